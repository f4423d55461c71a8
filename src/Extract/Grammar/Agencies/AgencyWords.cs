using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>The word lists of the agency grammar (agency-words.json, embedded), as the document writes them.</summary>
public sealed class AgencyWords
{
    /// <summary>Private parties that are owners as a determined group ("hộ gia đình", "chủ đầu tư").</summary>
    public required IReadOnlyList<string> PrivateParties { get; init; }

    /// <summary>Levels of government that pair through "và" after a kind of body ("trung ương" … "địa phương").</summary>
    public required IReadOnlyList<string> PairedLevels { get; init; }

    /// <summary>Official names with a comma inside, after their head word ("tài chính , ngân sách"), the comma a word of its own.</summary>
    public required IReadOnlyList<string> NamesWithComma { get; init; }

    /// <summary>Head words "các" makes plural over a list of names ("các Sở: Nội vụ, Tài chính").</summary>
    public required IReadOnlyList<string> PluralHeads { get; init; }

    /// <summary>Names after their head word a plural head lists, known to tell a name with "và" from two names joined by it.</summary>
    public required IReadOnlyList<string> ListedNames { get; init; }

    /// <summary>A Party committee's collective organs ("ban thường vụ"), which name the bodies they stand in after them.</summary>
    public required IReadOnlyList<string> CollectiveOrgans { get; init; }

    /// <summary>What a body manages, written after its head word: the kind of body it is ("quản lý chuyên ngành"), longest first.</summary>
    public required IReadOnlyList<string> ManagedFields { get; init; }

    /// <summary>Levels of local government a committee's name is made plural over ("các xã: Gia Phú, Bảo Thắng").</summary>
    public required IReadOnlyList<string> LocalLevels { get; init; }

    /// <summary>Official names with their head word whose later words may be in lower case ("ban công tác đặc biệt").</summary>
    public required IReadOnlyList<string> OfficialNames { get; init; }

    /// <summary>Titles of the heads of a tier's unnamed bodies ("bộ trưởng", "thủ trưởng cơ quan ngang bộ"): listed with commas, one group of owners.</summary>
    public required IReadOnlyList<string> TierHeadTitles { get; init; }

    /// <summary>Classes of bodies in lower case that a determiner or an enumeration makes a group ("viện nghiên cứu", "lực lượng").</summary>
    public required IReadOnlyList<string> GroupClasses { get; init; }

    /// <summary>Forces named by their kind, owners without a determiner ("lực lượng công an", "lực lượng chức năng").</summary>
    public required IReadOnlyList<string> Forces { get; init; }

    /// <summary>Councils, teams and delegations named by their job after a capitalised head ("Hội đồng thẩm định", "Tổ công tác").</summary>
    public required IReadOnlyList<string> CollegialBodies { get; init; }

    /// <summary>The heads of those bodies alone ("Hội đồng", "Tổ"): the short name a decision setting one up gives it.</summary>
    public required IReadOnlyList<string> CollegialHeads { get; init; }

    public static AgencyWords Embedded { get; } = Load();

    private sealed record Raw(List<string> PrivateParties, List<string> PairedLevels, List<string> NamesWithComma, List<string> PluralHeads, List<string> ListedNames, List<string> CollectiveOrgans, List<string> ManagedFields, List<string> LocalLevels, List<string> OfficialNames, List<string> TierHeadTitles, List<string> GroupClasses, List<string> Forces, List<string> CollegialBodies, List<string> CollegialHeads);

    private static AgencyWords Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Extract.agency-words.json");
        return new AgencyWords
        {
            PrivateParties = raw.PrivateParties, PairedLevels = raw.PairedLevels, NamesWithComma = raw.NamesWithComma,
            PluralHeads = raw.PluralHeads, ListedNames = raw.ListedNames, CollectiveOrgans = raw.CollectiveOrgans,
            ManagedFields = raw.ManagedFields, LocalLevels = raw.LocalLevels, OfficialNames = raw.OfficialNames,
            TierHeadTitles = raw.TierHeadTitles, GroupClasses = raw.GroupClasses, Forces = raw.Forces,
            CollegialBodies = raw.CollegialBodies, CollegialHeads = raw.CollegialHeads,
        };
    }
}
