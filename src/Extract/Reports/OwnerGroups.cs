using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Reports;

/// <summary>
/// Owner groups: an owner written as a class of bodies ("Các sở, ban, ngành", "UBND các xã, phường") and whether an
/// agency belongs to it (a Sở is one of "các sở, ban, ngành"; a phường's People's Committee one of "UBND xã, phường").
/// Cues and members are data (report-words.json).
/// </summary>
public sealed class OwnerGroups(ReportWords? words = null)
{
    private readonly ReportWords _words = words ?? ReportWords.Embedded;

    /// <summary>Whether <paramref name="owner"/> names a class of bodies that <paramref name="agency"/> belongs to.</summary>
    public bool IsMember(string agency, string owner) => Membership(agency, owner) != GroupMembership.None;

    /// <summary>
    /// How <paramref name="agency"/> belongs to <paramref name="owner"/>: as one of a named kind of body ("UBND các xã,
    /// phường" for a phường), as one of every body ("các cơ quan, đơn vị"), or not at all.
    /// </summary>
    public GroupMembership Membership(string agency, string owner)
    {
        var o = Key(owner);
        var a = Key(agency);
        var found = GroupMembership.None;
        foreach (var (cues, members) in _words.OwnerGroups)
        {
            if (!cues.Any(c => o.Contains(c, StringComparison.Ordinal))) continue;
            if (members.Any(m => m != "*" && a.StartsWith(m, StringComparison.Ordinal))) return GroupMembership.Kind;
            if (members.Contains("*")) found = GroupMembership.Any;
        }
        return found;
    }

    /// <summary>Whether the owner is a class of bodies rather than one body.</summary>
    public bool IsGroup(string owner)
    {
        var o = Key(owner);
        return _words.OwnerGroups.Any(g => g.Cues.Any(c => o.Contains(c, StringComparison.Ordinal)));
    }

    private static string Key(string name) =>
        string.Join(' ', VietnameseText.Fold(name).ToLowerInvariant().Replace("ủy", "uy").Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>How an agency belongs to an owner group: not at all, as one of every body, or as one of the kind of body the group names.</summary>
public enum GroupMembership { None, Any, Kind }
