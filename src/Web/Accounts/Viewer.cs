using System.Security.Claims;
using DirectiveTracker.Index;

namespace DirectiveTracker.Web.Accounts;

/// <summary>Who is asking and what they may see and change; pages and API apply the same rules through it.</summary>
public sealed record Viewer(string Name, string DisplayName, IReadOnlySet<string> Roles, string? AgencyKey)
{
    public static Viewer From(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        user.FindFirstValue(TrackerClaims.DisplayName) ?? user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        user.FindFirstValue(TrackerClaims.Agency));

    public bool IsAdmin => Roles.Contains(TrackerRoles.Admin);

    /// <summary>Uploads, reviews and corrects documents.</summary>
    public bool CanEdit => IsAdmin || Roles.Contains(TrackerRoles.Clerk);

    /// <summary>Sees every agency's tasks (not only their own).</summary>
    public bool CanReadAll => CanEdit || Roles.Contains(TrackerRoles.Leader);

    /// <summary>Agency staff: restricted to the tasks of <see cref="AgencyKey"/>.</summary>
    public bool IsAgencyOnly => !CanReadAll;

    public bool CanSee(StoredTask task) =>
        CanReadAll || (AgencyKey is { } key && task.Owners.Any(o => string.Equals(o.AgencyKey, key, StringComparison.Ordinal)));

    /// <summary>Marks done or reopens: editors, and the task's own agency.</summary>
    public bool CanUpdateStatus(StoredTask task) => CanEdit || (IsAgencyOnly && CanSee(task));

    public bool CanSeeAgency(string agencyKey) => CanReadAll || string.Equals(AgencyKey, agencyKey, StringComparison.Ordinal);

    /// <summary>The document as this viewer may see it: agency staff see only their tasks, and no document without one.</summary>
    public StoredDocument? Visible(StoredDocument? document)
    {
        if (document is null || CanReadAll) return document;
        var mine = document.Tasks.Where(CanSee).ToList();
        return mine.Count == 0 ? null : document with { Tasks = mine };
    }

    /// <summary>The query a viewer's search runs: agency staff search within their own agency's entries.</summary>
    public string ScopeQuery(string query, ITrackerStore store)
    {
        if (CanReadAll) return query;
        var name = AgencyKey is { } key ? store.GetAgency(key)?.Name : null;
        // An agency missing from the directory owns nothing yet: a filter no entry carries.
        var filter = name is null ? "number:\"-\"" : "agency:\"" + name.Replace("\"", "", StringComparison.Ordinal) + "\"";
        return $"({query}) {filter}";
    }

    public string RoleLabel => string.Join(", ", TrackerRoles.All.Where(Roles.Contains).Select(TrackerRoles.Label));
}
