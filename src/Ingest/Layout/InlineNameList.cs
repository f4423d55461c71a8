namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// The opening of a list of names inside a sentence: a plural word, a kind of body and a colon, the names after it
/// ("… phối hợp với các Vụ: Kế hoạch, Pháp chế, …"). Kinds and plurals are data (inline-name-lists.json).
/// </summary>
public sealed class InlineNameList
{
    /// <summary>The shipped lists.</summary>
    public InlineNameList() : this(Default.Plurals, Default.Kinds) { }

    private InlineNameList(IReadOnlyList<string> plurals, IReadOnlyList<string> kinds)
    {
        Plurals = plurals;
        Kinds = kinds;
    }

    /// <summary>Words that make the kind after them plural, lower case as inside a sentence ("các", "những").</summary>
    public IReadOnlyList<string> Plurals { get; init; }

    /// <summary>Heads of bodies' names ("Vụ", "Sở", "Tổng cục").</summary>
    public IReadOnlyList<string> Kinds { get; init; }

    /// <summary>The kind named by a line that ends "các Vụ:" (segmented text too: "các Tổng_cục :"), or null.</summary>
    public string? KindOpenedAtEnd(string line)
    {
        var text = line.TrimEnd();
        if (text.Length == 0 || text[^1] != ':') return null;
        text = text[..^1].TrimEnd().Replace('_', ' ');
        foreach (var kind in Kinds)
        {
            if (!text.EndsWith(kind, StringComparison.Ordinal)) continue;
            var before = text[..^kind.Length];
            foreach (var plural in Plurals)
                if (before.EndsWith(plural + " ", StringComparison.Ordinal)
                    && (before.Length == plural.Length + 1 || before[^(plural.Length + 2)] == ' ')) return kind;
        }
        return null;
    }

    /// <summary>True when <paramref name="line"/> opens with <paramref name="kind"/> as a word ("Sở Tài chính …").</summary>
    public static bool StartsWithKind(string line, string kind)
    {
        var text = line.Replace('_', ' ');
        return text.StartsWith(kind, StringComparison.Ordinal) && (text.Length == kind.Length || !char.IsLetter(text[kind.Length]));
    }

    private static InlineNameList? _default;

    private static InlineNameList Default => _default ??= Load();

    private static InlineNameList Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Ingest.inline-name-lists.json");
        return new InlineNameList(raw.Plurals, raw.Kinds);
    }

    private sealed record Raw(string[] Plurals, string[] Kinds);
}
