namespace DirectiveTracker.Index.Analysis;

/// <summary>
/// The strings of the terms one thread has analysed, by their characters: a term's exact text, its folded form and
/// the bigrams it starts. An index build analyses millions of syllables drawn from a few thousand: a new string per
/// term, per folded term and per bigram was most of what the garbage collector had to collect. One per thread
/// (<see cref="ForThread"/>); emptied when it grows past a bound, so a long-lived process keeps it small.
/// </summary>
internal sealed class TermForms
{
    private const int MaxEntries = 100_000;

    [ThreadStatic] private static TermForms? _current;

    /// <summary>The cache of the calling thread.</summary>
    public static TermForms ForThread => _current ??= new TermForms();

    private sealed class Forms(string exact)
    {
        public string Exact { get; } = exact;
        public string? Folded { get; set; }
    }

    private readonly Dictionary<string, Forms> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Forms>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Dictionary<(string, string), string> _bigrams = [];

    private TermForms() => _bySpan = _terms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The term <paramref name="chars"/> as a string, with its folded form as <see cref="FoldFilter.Fold"/> makes it.</summary>
    public (string Exact, string Folded) Of(ReadOnlySpan<char> chars)
    {
        if (!_bySpan.TryGetValue(chars, out var forms))
        {
            if (_terms.Count >= MaxEntries) _terms.Clear();
            forms = new Forms(chars.ToString());
            _terms[forms.Exact] = forms;
        }
        return (forms.Exact, forms.Folded ??= FoldFilter.Fold(forms.Exact));
    }

    /// <summary>The bigram term of two folded words, as the bigram filter joins them.</summary>
    public string Bigram(string first, string second)
    {
        if (_bigrams.TryGetValue((first, second), out var bigram)) return bigram;
        if (_bigrams.Count >= MaxEntries) _bigrams.Clear();
        return _bigrams[(first, second)] = first + SyllableBigramFilter.Joiner + second;
    }
}
