using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>The word lists of owner headings and lists (owner-shape-words.json, embedded), folded like <see cref="BodyText.Key"/>.</summary>
public sealed class OwnerShapeWords
{
    /// <summary>Words of assignment an owner heading may open with ("giao", "de nghi", "yeu cau"), in the order they are tried.</summary>
    public required IReadOnlyList<string> ModeWords { get; init; }

    /// <summary>Words that may stand between the bodies of an owner heading ("va", "cac", "co", "lien", "quan").</summary>
    public required IReadOnlySet<string> Glue { get; init; }

    /// <summary>Heads of a body or person the recogniser may not know ("giam doc", "cac to chuc").</summary>
    public required IReadOnlyList<string> BodyHeads { get; init; }

    /// <summary>Officials named by their title ("truong phong", "chuyen vien"), heads of a person like <see cref="BodyHeads"/>.</summary>
    public required IReadOnlyList<string> OfficialTitles { get; init; }

    /// <summary>Heads that count only before a capitalised name ("bao", "so", "cac vu").</summary>
    public required IReadOnlyList<string> NameHeads { get; init; }

    /// <summary>Verbs that make a heading a task's title ("thuc hien", "trien khai").</summary>
    public required IReadOnlyList<string> ActionVerbs { get; init; }

    /// <summary>Ends of a heading that gives its bodies their work ("co trach nhiem").</summary>
    public required IReadOnlyList<string> ResponsibilityTails { get; init; }

    /// <summary>Determiners that open a group of parties ("cac", "nhung"): the items after them up to the next one are one owner.</summary>
    public required IReadOnlyList<string> Determiners { get; init; }

    /// <summary>Descriptors that close a group a determiner opens ("lien quan"): items after them are owners of their own.</summary>
    public required IReadOnlyList<string> GroupClosers { get; init; }

    /// <summary>Words an item of an owner cell may open with that make it a qualifier, no party ("theo", "trong pham vi").</summary>
    public required IReadOnlyList<string> CellPartyStops { get; init; }

    /// <summary>Words after a known body that make an owner cell a sentence, not a list ("voi", "theo").</summary>
    public required IReadOnlyList<string> CellClauseWords { get; init; }

    /// <summary>Heads of the parties a cell naming no known body may list ("doanh nghiep", "nha dau tu").</summary>
    public required IReadOnlyList<string> PartyHeads { get; init; }

    /// <summary>Words that make an owner cell a sentence for the grammar to read rather than a list ("chu tri", "phoi hop").</summary>
    public required IReadOnlyList<string> CellRoleWords { get; init; }

    /// <summary>Short names a letter to one addressee uses for it ("Công ty", "Quý cơ quan"), as written (not folded).</summary>
    public required IReadOnlyList<string> BackReferences { get; init; }

    /// <summary>Forms of address before an addressee ("dong chi"), longest first.</summary>
    public required IReadOnlyList<string> FormsOfAddress { get; init; }

    /// <summary>The name opens with an official's title ("Phó Trưởng phòng được phân công …").</summary>
    public bool IsOfficial(string name)
    {
        var key = BodyText.Key(name);
        return OfficialTitles.Any(h => key == h || key.StartsWith(h + " ", StringComparison.Ordinal));
    }

    public static OwnerShapeWords Embedded { get; } = Load();

    private sealed record Raw(List<string> ModeWords, List<string> Glue, List<string> BodyHeads, List<string> OfficialTitles, List<string> NameHeads,
        List<string> ActionVerbs, List<string> ResponsibilityTails, List<string> BackReferences, List<string> Determiners, List<string> GroupClosers,
        List<string> CellPartyStops, List<string> CellRoleWords, List<string> CellClauseWords, List<string> PartyHeads,
        List<string> FormsOfAddress);

    private static OwnerShapeWords Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Extract.owner-shape-words.json");
        static List<string> Fold(IEnumerable<string> words) => words.Select(BodyText.Key).ToList();
        return new OwnerShapeWords
        {
            ModeWords = Fold(raw.ModeWords),
            Glue = Fold(raw.Glue).ToHashSet(StringComparer.Ordinal),
            BodyHeads = Fold(raw.BodyHeads),
            OfficialTitles = Fold(raw.OfficialTitles),
            NameHeads = Fold(raw.NameHeads),
            ActionVerbs = Fold(raw.ActionVerbs),
            ResponsibilityTails = Fold(raw.ResponsibilityTails),
            BackReferences = raw.BackReferences,
            Determiners = Fold(raw.Determiners),
            GroupClosers = Fold(raw.GroupClosers),
            CellPartyStops = Fold(raw.CellPartyStops),
            CellRoleWords = Fold(raw.CellRoleWords),
            CellClauseWords = Fold(raw.CellClauseWords),
            PartyHeads = Fold(raw.PartyHeads),
            FormsOfAddress = Fold(raw.FormsOfAddress),
        };
    }
}
