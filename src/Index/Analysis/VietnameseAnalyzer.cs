using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DirectiveTracker.Index.Analysis;

/// <summary>Options of the Vietnamese analysis chain.</summary>
public sealed class AnalyzerOptions
{
    /// <summary>Treat final y after a consonant as i (kỹ = kĩ, lý = lí). On by default.</summary>
    public bool IYEquivalence { get; set; } = true;
}

/// <summary>The kinds of analysed text fields: exact (diacritics kept), folded (accent-free) and syllable bigrams.</summary>
public enum TextFieldKind
{
    /// <summary>Canonical lower-case terms, compound parts after each compound.</summary>
    Exact,
    /// <summary>Exact without compound parts (a query's single words).</summary>
    ExactWhole,
    /// <summary>Exact, folded: no diacritics, đ→d.</summary>
    Folded,
    /// <summary>Folded without compound parts.</summary>
    FoldedWhole,
    /// <summary>Folded syllable bigrams only.</summary>
    Bigrams,
}

/// <summary>
/// One Lucene analyzer per text field kind: the syllable tokenizer and small filters, the same for documents and
/// queries. Exact: tokenizer → canonical form (NFC) → lower-case → i/y → compound parts → dates. Folded: exact → fold.
/// Bigrams: canonical → lower-case → i/y → fold → bigrams.
/// </summary>
public sealed class VietnameseFieldAnalyzer(TextFieldKind kind, AnalyzerOptions? options = null) : Analyzer
{
    private readonly bool _iy = (options ?? new AnalyzerOptions()).IYEquivalence;

    public TextFieldKind Kind => kind;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new SyllableTokenizer(reader);
        TokenStream chain = new InvariantLowerCaseFilter(new CanonicalFormFilter(source));
        if (_iy) chain = new IYEquivalenceFilter(chain);
        if (kind is TextFieldKind.Exact or TextFieldKind.Folded) chain = new CompoundPartsFilter(chain);
        if (kind != TextFieldKind.Bigrams) chain = new DateFilter(chain);
        if (kind is TextFieldKind.Folded or TextFieldKind.FoldedWhole or TextFieldKind.Bigrams) chain = new FoldFilter(chain);
        if (kind == TextFieldKind.Bigrams) chain = new SyllableBigramFilter(chain);
        return new TokenStreamComponents(source, chain);
    }

    /// <summary>Between two values of one field (a head and a body): wider than any phrase, so no phrase spans them.</summary>
    public override int GetPositionIncrementGap(string fieldName) => PositionGap;

    /// <summary>The position gap between two values of one field.</summary>
    public const int PositionGap = 1000;
}

/// <summary>The three fields one text is indexed as: exact (canonical, lower-case), folded (accent-free) and syllable bigrams.</summary>
public sealed record AnalyzedText(IReadOnlyList<Token> Exact, IReadOnlyList<Token> Folded, IReadOnlyList<Token> Bigrams);

/// <summary>
/// The Vietnamese analysis chain as lists of tokens with offsets into the original text: what queries are built
/// from and snippets are marked with. The same Lucene analyzers index the text (<see cref="For"/>).
/// </summary>
public sealed class VietnameseAnalyzer
{
    private readonly VietnameseFieldAnalyzer[] _analyzers;
    private readonly ThreadLocal<TermForms> _terms;

    public VietnameseAnalyzer(AnalyzerOptions? options = null)
    {
        _analyzers = Enum.GetValues<TextFieldKind>().Select(k => new VietnameseFieldAnalyzer(k, options)).ToArray();
        bool iy = (options ?? new AnalyzerOptions()).IYEquivalence;
        _terms = new ThreadLocal<TermForms>(() => new TermForms(iy));
    }

    public static VietnameseAnalyzer Default { get; } = new();

    /// <summary>The Lucene analyzer of one field kind.</summary>
    public VietnameseFieldAnalyzer For(TextFieldKind kind) => _analyzers[(int)kind];

    /// <summary>The exact field: canonical lower-case terms. <paramref name="withParts"/> adds compound parts after each compound.</summary>
    public IReadOnlyList<Token> Exact(string text, bool withParts = true) =>
        Tokens(For(withParts ? TextFieldKind.Exact : TextFieldKind.ExactWhole), text).ToList();

    /// <summary>The folded field: accent-free, đ→d.</summary>
    public IReadOnlyList<Token> Folded(string text, bool withParts = true) =>
        Tokens(For(withParts ? TextFieldKind.Folded : TextFieldKind.FoldedWhole), text).ToList();

    /// <summary>The folded field computed lazily, for scanning a long text until enough is found.</summary>
    public IEnumerable<Token> FoldedLazily(string text) => Tokens(For(TextFieldKind.Folded), text);

    /// <summary>The folded syllable bigrams of <paramref name="text"/>.</summary>
    public IReadOnlyList<Token> Bigrams(string text) => Tokens(For(TextFieldKind.Bigrams), text).ToList();

    /// <summary>
    /// All three fields of <paramref name="text"/> from one pass of the exact chain: the same tokens as
    /// <see cref="Exact"/>, <see cref="Folded"/> and <see cref="Bigrams"/> (each token folded as the folded chain does,
    /// words paired as the bigram chain does), at a third of the cost of running the three chains.
    /// </summary>
    public AnalyzedText Analyze(string text)
    {
        List<Token> exact = [], folded = [], bigrams = [];
        Analyze(text, exact, folded, bigrams);
        return new(exact, folded, bigrams);
    }

    /// <summary>
    /// <see cref="Analyze(string)"/> into lists the caller reuses (cleared first). An index build analyses hundreds of
    /// thousands of texts: lists grown afresh for each long one were most of the garbage collector's work.
    /// </summary>
    public void Analyze(string text, List<Token> exact, List<Token> folded, List<Token> bigrams)
    {
        exact.Clear();
        folded.Clear();
        bigrams.Clear();
        var terms = _terms.Value!;
        var pairs = new BigramPairs(text, bigrams);
        int position = 0;
        while (VietnameseTokenizer.Next(text, ref position, out int start, out int end, out var type))
        {
            if (type is TokenType.Word or TokenType.Number)
            {
                // A plain token: its terms from the table (what the chains make of the same characters).
                var (e, f) = terms.Of(text.AsSpan(start, end - start), type);
                var t = new Token(e, start, end, type);
                exact.Add(t);
                if (f.Length > 0) folded.Add(ReferenceEquals(f, e) ? t : new Token(f, start, end, type));
                pairs.Next(t, f);
                continue;
            }
            // A document number or date (its ISO form, its parts): the exact chain over the token alone, shifted to its
            // place (the tokenizer finds the same single token in its own characters).
            foreach (var c in Tokens(For(TextFieldKind.Exact), text.Substring(start, end - start)))
            {
                var t = c with { Start = c.Start + start, End = c.End + start };
                exact.Add(t);
                var f = FoldFilter.Fold(t.Text);
                if (f.Length > 0) folded.Add(ReferenceEquals(f, t.Text) ? t : t with { Text = f });
                if (t.Type != TokenType.Part) pairs.Next(t, f);
            }
        }
    }

    /// <summary>The bigram chain over the tokenizer's tokens (not compound parts), given each one's folded term.</summary>
    private struct BigramPairs(string text, List<Token> bigrams)
    {
        private string? _word; // the folded word a bigram would start with (the bigram chain's previous word)
        private int _wordStart, _wordEnd;
        private int _previousEnd = -1; // end of the tokenizer's previous token

        public void Next(Token t, string folded)
        {
            bool afterSpaces = _previousEnd >= 0 && OnlySpaces(text, _previousEnd, t.Start);
            _previousEnd = t.End;
            if (folded.Length == 0) return; // dropped before the bigram filter sees it
            if (t.Type != TokenType.Word) { _word = null; return; }
            if (_word is not null && afterSpaces && t.Start - _wordEnd <= SyllableBigramFilter.MaxGap)
                bigrams.Add(new Token(_word + SyllableBigramFilter.Joiner + folded, _wordStart, t.End, TokenType.Bigram));
            (_word, _wordStart, _wordEnd) = (folded, t.Start, t.End);
        }
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    /// <summary>Runs a Lucene analyzer over <paramref name="text"/>, token by token.</summary>
    public static IEnumerable<Token> Tokens(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            yield return new Token(term.ToString(), offset.StartOffset, offset.EndOffset, TokenTypes.Parse(type.Type));
        stream.End();
    }
}
