namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// The word pairs and dashed phrases ("Thi đua - Khen thưởng") that stand whole within a line of a document, so that a
/// line break splitting one of them can be recognised in constant time.
/// </summary>
public sealed class PhraseIndex
{
    private readonly HashSet<string> _pairs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dashed = new(StringComparer.Ordinal);

    public PhraseIndex(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int k = 0; k + 1 < words.Length; k++)
            {
                if (words[k].All(char.IsLetter)) _pairs.Add(Pair(words[k], words[k + 1]));
                if (words[k] == "-" && k >= 2 && k + 2 < words.Length)
                    _dashed.Add(Dashed(words[k - 2], words[k - 1], words[k + 1], words[k + 2]));
            }
        }
    }

    /// <summary>True when "<paramref name="first"/> <paramref name="second"/>" stands within a line (trailing punctuation aside).</summary>
    public bool HasPair(string first, string second) => _pairs.Contains(Pair(first, second));

    /// <summary>True when "a b - c d" stands within a line.</summary>
    public bool HasDashed(string a, string b, string c, string d) => _dashed.Contains(Dashed(a, b, c, d));

    private static string Pair(string first, string second) => $"{first} {second.TrimEnd(',', ';', ':', '.', ')')}";

    private static string Dashed(string a, string b, string c, string d) => $"{a} {b} - {c} {d}";
}
