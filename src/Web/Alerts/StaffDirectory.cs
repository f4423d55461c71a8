using DirectiveTracker.Index.Alerts;
using DirectiveTracker.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DirectiveTracker.Web.Alerts;

/// <summary>The web's users an alert can go to: leaders (the leaders' digest) and each agency's staff (its digest).</summary>
/// <param name="Leaders">Addresses of users with the Leader role.</param>
/// <param name="ByAgency">Addresses of agency staff, by the agency key they belong to.</param>
public sealed record StaffAddresses(IReadOnlyList<string> Leaders, IReadOnlyDictionary<string, IReadOnlyList<string>> ByAgency)
{
    public static readonly StaffAddresses None = new([], new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));

    public IReadOnlyList<string> Staff(string agencyKey) => ByAgency.TryGetValue(agencyKey, out var emails) ? emails : [];
}

/// <summary>Where the users' addresses come from; read once per sending pass (users change rarely, digests come in hundreds).</summary>
public interface IStaffDirectory
{
    Task<StaffAddresses> LoadAsync(CancellationToken ct);
}

/// <summary>
/// Reads the accounts database (users.db, ASP.NET Core Identity): users with the Leader role, and AgencyStaff users by their
/// agency key. Locked-out accounts (a disabled user) and accounts without an email get nothing.
/// </summary>
public sealed class UserStaffDirectory(IServiceScopeFactory scopes, string accountsPath, TimeProvider time, ILogger<UserStaffDirectory> log) : IStaffDirectory
{
    public async Task<StaffAddresses> LoadAsync(CancellationToken ct)
    {
        // A worker started before the web application ever ran has no accounts yet; opening would create an empty file.
        if (!File.Exists(accountsPath))
        {
            log.LogWarning("No accounts database at {Path}: digests go to the agency directory's addresses only", accountsPath);
            return StaffAddresses.None;
        }
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WebDb>();
        string[] roles = [TrackerRoles.Leader, TrackerRoles.AgencyStaff];
        var rows = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where roles.Contains(r.Name!) && u.Email != null && u.Email != ""
            select new { Role = r.Name, u.Email, u.AgencyKey, u.LockoutEnd }).ToListAsync(ct);
        var now = time.GetUtcNow();
        var active = rows.Where(r => r.LockoutEnd is not { } end || end <= now).ToList();
        var leaders = active.Where(r => r.Role == TrackerRoles.Leader).Select(r => r.Email!)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var byAgency = active.Where(r => r.Role == TrackerRoles.AgencyStaff && !string.IsNullOrEmpty(r.AgencyKey))
            .GroupBy(r => r.AgencyKey!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Email!).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
        return new StaffAddresses(leaders, byAgency);
    }
}

/// <summary>The addresses of an outbox recipient: an agency key, or the leaders.</summary>
public static class AlertAddresses
{
    /// <summary>An agency: its directory addresses and its staff; the leaders: Leader users and the configured addresses. Empty: unmapped.</summary>
    public static IReadOnlyList<string> Of(string recipient, IAlertStore store, StaffAddresses users, IReadOnlyList<string> leaderEmails)
    {
        IEnumerable<string> all = recipient == OutboxMessage.Leaders ? users.Leaders.Concat(leaderEmails)
            : recipient.Length == 0 ? [] : store.AgencyEmails(recipient).Concat(users.Staff(recipient));
        return all.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Owners with neither a directory address nor a staff account: their digests wait, listed for admins.</summary>
    public static IReadOnlyList<UnmappedOwner> Unmapped(IAlertStore store, StaffAddresses users) =>
        store.UnmappedOwners().Where(o => users.Staff(o.AgencyKey).Count == 0).ToList();
}
