namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// The word pairs and dashed phrases ("Thi đua - Khen thưởng") that stand whole within a line of a document, so that a
/// line break splitting one of them can be recognised in constant time.
/// </summary>
public sealed class PhraseIndex
{
    private readonly IEnumerable<string> _lines;
    private HashSet<string>? _pairs;
    private HashSet<string>? _dashed;

    /// <summary>Indexes <paramref name="lines"/> on the first question: most documents never ask one.</summary>
    public PhraseIndex(IEnumerable<string> lines) => _lines = lines;

    private void Build()
    {
        _pairs = new HashSet<string>(StringComparer.Ordinal);
        _dashed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in _lines)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int k = 0; k + 1 < words.Length; k++)
            {
                if (IsWord(words[k])) _pairs.Add(Pair(words[k], words[k + 1]));
                if (words[k] == "-" && k >= 2 && k + 2 < words.Length)
                    _dashed.Add(Dashed(words[k - 2], words[k - 1], words[k + 1], words[k + 2]));
            }
        }
    }

    private static bool IsWord(string s)
    {
        foreach (char c in s) if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>True when "<paramref name="first"/> <paramref name="second"/>" stands within a line (trailing punctuation aside).</summary>
    public bool HasPair(string first, string second)
    {
        if (_pairs is null) Build();
        return _pairs!.Contains(Pair(first, second));
    }

    /// <summary>True when "a b - c d" stands within a line.</summary>
    public bool HasDashed(string a, string b, string c, string d)
    {
        if (_dashed is null) Build();
        return _dashed!.Contains(Dashed(a, b, c, d));
    }

    private static string Pair(string first, string second) => $"{first} {second.TrimEnd(',', ';', ':', '.', ')')}";

    private static string Dashed(string a, string b, string c, string d) => $"{a} {b} - {c} {d}";
}
