using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DirectiveTracker.Index.Analysis;

/// <summary>
/// Emits every two adjacent terms made only of letters as one pair term at the first one's position, so that a phrase
/// of n syllables is found as n − 1 pairs in a row: far rarer terms with far fewer positions than the syllables'. Two
/// words side by side across spaces only make a bigram (<c>thi_dua</c>, the <see cref="SyllableBigramFilter"/>'s term,
/// scored as a word); any other neighbours — across punctuation (<c>dua|khen</c>), a document number's letter parts —
/// are joined by <see cref="Across"/>, so a phrase query (which ignores punctuation) looks up either joiner.
/// Numbers, dates and document numbers pair with nothing: a phrase holding one is matched by syllable positions.
/// Placed after <see cref="FoldFilter"/> in the folded chain (compound parts included), so positions are the folded field's.
/// </summary>
public sealed class SyllablePairFilter : TokenFilter
{
    /// <summary>Joins two neighbours that are not a bigram (punctuation or more than a bigram's gap between them).</summary>
    public const char Across = '|';

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IFlagsAttribute _flags;
    private readonly IPositionIncrementAttribute _increment;
    private string? _previous;
    private int _previousStart, _previousEnd, _previousPosition;
    private bool _previousWord;
    private int _position = -1, _emitted = -1;

    public SyllablePairFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            _position += _increment.PositionIncrement;
            if (!IsLetters(_term.Buffer.AsSpan(0, _term.Length))) { _previous = null; continue; }
            var text = _term.ToString();
            int start = _offset.StartOffset, end = _offset.EndOffset;
            bool word = TokenTypes.Is(_type, TokenType.Word);
            var previous = _previous;
            int previousStart = _previousStart, previousPosition = _previousPosition;
            bool bigram = _previousWord && word && (_flags.Flags & SyllableTokenizer.AfterSpaces) != 0 && start - _previousEnd <= SyllableBigramFilter.MaxGap;
            (_previous, _previousStart, _previousEnd, _previousPosition, _previousWord) = (text, start, end, _position, word);
            if (previous is null || _position - previousPosition != 1) continue;
            _term.SetEmpty().Append(previous).Append(bigram ? SyllableBigramFilter.Joiner : Across).Append(text);
            _offset.SetOffset(previousStart, end);
            _type.Type = TokenTypes.Name(TokenType.Bigram);
            _increment.PositionIncrement = previousPosition - _emitted;
            _emitted = previousPosition;
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _previous = null;
        _position = _emitted = -1;
    }

    /// <summary>
    /// The pairs this filter emits, from the folded field's tokens of <paramref name="text"/> (in positions 0, 1, …) and
    /// the text itself (a bigram has only whitespace between its words): for indexing from one pass of the chain.
    /// </summary>
    public static List<Token> Pairs(IReadOnlyList<Token> folded, string text)
    {
        var pairs = new List<Token>();
        int emitted = -1;
        for (int i = 1; i < folded.Count; i++)
        {
            Token a = folded[i - 1], b = folded[i];
            if (!IsLetters(a.Text) || !IsLetters(b.Text)) continue;
            bool bigram = a.Type == TokenType.Word && b.Type == TokenType.Word && b.Start - a.End <= SyllableBigramFilter.MaxGap && OnlySpaces(text, a.End, b.Start);
            pairs.Add(new Token(a.Text + (bigram ? SyllableBigramFilter.Joiner : Across) + b.Text, a.Start, b.End, TokenType.Bigram) { Increment = i - 1 - emitted });
            emitted = i - 1;
        }
        return pairs;
    }

    /// <summary>The pair terms a phrase's adjacent <paramref name="first"/> and <paramref name="second"/> may be indexed as: a bigram or across punctuation.</summary>
    public static string[] Terms(string first, string second) =>
        [first + SyllableBigramFilter.Joiner + second, first + Across + second];

    /// <summary>Whether a term can be part of a pair: letters only (words and a document number's letter parts).</summary>
    public static bool IsLetters(ReadOnlySpan<char> term)
    {
        if (term.IsEmpty) return false;
        foreach (char c in term) if (!char.IsLetter(c)) return false;
        return true;
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        if (from > to || to > text.Length) return false;
        for (int i = from; i < to; i++) if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }
}
