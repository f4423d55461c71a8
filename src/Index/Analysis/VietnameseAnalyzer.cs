namespace DirectiveTracker.Index.Analysis;

/// <summary>Options of the Vietnamese analysis chain.</summary>
public sealed class AnalyzerOptions
{
    /// <summary>Treat final y after a consonant as i (kỹ = kĩ, lý = lí). On by default.</summary>
    public bool IYEquivalence { get; set; } = true;
}

/// <summary>The three fields one text is indexed as: exact (canonical, lower-case), folded (accent-free) and syllable bigrams.</summary>
public sealed record AnalyzedText(IReadOnlyList<Token> Exact, IReadOnlyList<Token> Folded, IReadOnlyList<Token> Bigrams)
{
    /// <summary>The exact field as the FTS5 column text.</summary>
    public string ExactTerms => IndexTerms.Join(Exact);
    public string FoldedTerms => IndexTerms.Join(Folded);
    public string BigramTerms => IndexTerms.Join(Bigrams);
}

/// <summary>
/// The Vietnamese analyzer: one tokenizer and small filters, the same for documents and queries.
/// Exact: tokenizer → normalise → lower-case → i/y → compound parts → dates.
/// Folded: exact → fold. Bigrams: folded words → shingles.
/// </summary>
public sealed class VietnameseAnalyzer
{
    private readonly VietnameseTokenizer _tokenizer = new();
    private readonly ITokenFilter[] _exact;
    private readonly ITokenFilter[] _exactWithoutParts;
    private readonly FoldFilter _fold = new();
    private readonly ShingleFilter _shingles = new();

    public VietnameseAnalyzer(AnalyzerOptions? options = null)
    {
        options ??= new AnalyzerOptions();
        var head = new List<ITokenFilter> { new NormalizeFilter(), new LowerCaseFilter() };
        if (options.IYEquivalence) head.Add(new IYEquivalenceFilter());
        _exact = [.. head, new CompoundPartsFilter(), new DateFilter()];
        _exactWithoutParts = [.. head, new DateFilter()];
    }

    public static VietnameseAnalyzer Default { get; } = new();

    /// <summary>The exact field: canonical lower-case terms. <paramref name="withParts"/> adds compound parts after each compound.</summary>
    public IReadOnlyList<Token> Exact(string text, bool withParts = true) =>
        Run(_tokenizer.Tokenize(text), withParts ? _exact : _exactWithoutParts).ToList();

    /// <summary>The folded field: accent-free, đ→d.</summary>
    public IReadOnlyList<Token> Folded(string text, bool withParts = true) => _fold.Apply(Exact(text, withParts)).ToList();

    /// <summary>The folded field computed lazily, for scanning a long text until enough is found.</summary>
    public IEnumerable<Token> FoldedLazily(string text) => _fold.Apply(Run(_tokenizer.Tokenize(text), _exact));

    /// <summary>All three fields of <paramref name="text"/>, tokenizing once.</summary>
    public AnalyzedText Analyze(string text)
    {
        var exact = Exact(text);
        var folded = _fold.Apply(exact).ToList();
        var bigrams = _shingles.Apply(folded, text).ToList();
        return new AnalyzedText(exact, folded, bigrams);
    }

    /// <summary>Bigrams of already folded tokens of <paramref name="original"/>.</summary>
    public IReadOnlyList<Token> Bigrams(IReadOnlyList<Token> folded, string? original) => _shingles.Apply(folded, original).ToList();

    private static IEnumerable<Token> Run(IEnumerable<Token> tokens, ITokenFilter[] filters)
    {
        foreach (var f in filters) tokens = f.Apply(tokens);
        return tokens;
    }
}

/// <summary>How terms are written into FTS5 columns: one FTS5 token each, punctuation inside a compound becomes '_'.</summary>
public static class IndexTerms
{
    /// <summary>The FTS5 tokenizer over our own terms: no folding of its own, '_' kept inside tokens.</summary>
    public const string Fts5Tokenizer = "unicode61 remove_diacritics 0 tokenchars '_'";

    public static string Encode(string term)
    {
        foreach (char c in term)
            if (!char.IsLetterOrDigit(c) && c != ShingleFilter.Joiner) return Rewrite(term);
        return term;
    }

    private static string Rewrite(string term)
    {
        var chars = term.ToCharArray();
        for (int i = 0; i < chars.Length; i++) if (!char.IsLetterOrDigit(chars[i])) chars[i] = '_';
        return new string(chars);
    }

    public static string Join(IReadOnlyList<Token> tokens)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var t in tokens)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(Encode(t.Text));
        }
        return sb.ToString();
    }
}
