using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Ingest.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DirectiveTracker.Index.Analysis;

/// <summary>
/// Puts each term in the project's canonical form (NFC, one tone placement) through <see cref="VietnameseText.Canonical"/>,
/// first in the chain, so that NFD input and old tone placement fold like composed text.
/// </summary>
public sealed class CanonicalFormFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public CanonicalFormFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (TermText.IsAscii(_term)) return true;
        var text = _term.ToString();
        var canonical = VietnameseText.Canonical(text);
        if (!ReferenceEquals(canonical, text) && canonical != text) _term.SetEmpty().Append(canonical);
        return true;
    }

    /// <summary>What this filter makes of a term (the same string when it keeps it).</summary>
    public static string Of(string term)
    {
        foreach (char c in term) if (c > 0x7F) return VietnameseText.Canonical(term);
        return term;
    }
}

/// <summary>
/// Lower-cases terms as Lucene's <c>LowerCaseFilter</c> does (the invariant culture), unit by unit through the shared
/// table of <see cref="InvariantLower"/>, without its culture call for every term (a third of the analysis chain's time
/// in the index build). Surrogate pairs are left as they are, as in extraction: Vietnamese text has none to lower.
/// </summary>
public sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        int length = _term.Length;
        for (int i = 0; i < length; i++) buffer[i] = InvariantLower.Of(buffer[i]);
        return true;
    }
}

/// <summary>Removes every diacritic and folds đ→d through <see cref="VietnameseText.Fold"/>; a term that folds to nothing is dropped.</summary>
public sealed class FoldFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public FoldFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (TermText.IsAscii(_term)) return true;
            var folded = VietnameseText.Fold(_term.ToString());
            if (folded.Length == 0) continue;
            _term.SetEmpty().Append(folded);
            return true;
        }
        return false;
    }

    /// <summary>The folded form of one term, as this filter makes it (the same string when it is ASCII); empty when the filter drops it.</summary>
    public static string Fold(string term)
    {
        foreach (char c in term) if (c > 0x7F) return VietnameseText.Fold(term);
        return term;
    }
}

/// <summary>
/// Treats a final <c>y</c> after a consonant as <c>i</c> (kỹ/kĩ, lý/lí, mỹ/mĩ), the spelling variants
/// Vietnamese allows. Syllables where y is part of a diphthong (uy, ay, yêu) are left alone.
/// </summary>
public sealed class IYEquivalenceFilter : TokenFilter
{
    private const string Ys = "yýỳỷỹỵ", Is = "iíìỉĩị", Consonants = "bcdđghklmnpqrstvx";
    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;

    public IYEquivalenceFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (TokenTypes.Is(_type, TokenType.Word)) Apply(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }

    /// <summary>Replaces the final y of a word's (lower-case) <paramref name="term"/> by i where this filter does.</summary>
    public static void Apply(Span<char> term)
    {
        int k = term.Length - 1;
        if (k < 1) return;
        int y = Ys.IndexOf(term[k]);
        if (y < 0) return;
        for (int i = 0; i < k; i++) if (Consonants.IndexOf(term[i]) < 0) return;
        term[k] = Is[y];
    }
}

/// <summary>
/// After each document number or date, adds its parts (<c>41-ct/tw</c> → <c>41</c>, <c>ct</c>, <c>tw</c>) at the
/// following positions, so that <c>41 CT TW</c> and <c>41</c> find it too. The whole compound stays first.
/// </summary>
public sealed class CompoundPartsFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly Queue<Token> _parts = new();

    public CompoundPartsFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_parts.TryDequeue(out var part))
        {
            // Attributes other than these (position increment 1, flags 0) are those of a fresh token.
            ClearAttributes();
            _term.SetEmpty().Append(part.Text);
            _offset.SetOffset(part.Start, part.End);
            _type.Type = TokenTypes.Name(TokenType.Part);
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        bool date = TokenTypes.Is(_type, TokenType.Date);
        if (date || TokenTypes.Is(_type, TokenType.DocumentNumber)) QueueParts(_term.ToString(), _offset.StartOffset, _offset.EndOffset, date);
        return true;
    }

    private void QueueParts(string text, int tokenStart, int tokenEnd, bool date)
    {
        // Offsets of a part map into the original only when the text kept its length (no normalisation change).
        bool exact = tokenEnd - tokenStart == text.Length;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int from = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i <= from) continue;
            var part = text[from..i];
            // Date parts compare without leading zeros: "06" and "6" are one month.
            if (date) part = part.TrimStart('0') is { Length: > 0 } p ? p : "0";
            _parts.Enqueue(new Token(part, exact ? tokenStart + from : tokenStart, exact ? tokenStart + i : tokenEnd, TokenType.Part));
        }
    }

    public override void Reset()
    {
        base.Reset();
        _parts.Clear();
    }
}

/// <summary>Turns a date's text into ISO form (<c>30/6/2025</c> → <c>2025-06-30</c>) so every writing of a date is one term.</summary>
public sealed class DateFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly ITypeAttribute _type;

    public DateFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (TokenTypes.Is(_type, TokenType.Date) && DateText.TryParse(_term.ToString(), out var d))
            _term.SetEmpty().Append(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}

/// <summary>
/// Emits syllable bigrams (<c>thi đua</c> → <c>thi_đua</c>) of adjacent words separated by spaces only, so that
/// multi-syllable words rank as words without a segmentation dictionary. Only the bigrams are emitted; unigrams
/// live in other fields.
/// </summary>
public sealed class SyllableBigramFilter : TokenFilter
{
    /// <summary>Joins the two syllables of a bigram term.</summary>
    public const char Joiner = '_';

    /// <summary>The largest gap of original characters between two syllables that still makes a bigram, by default.</summary>
    public const int MaxGap = 2;

    /// <summary>The largest gap of original characters between two syllables that still makes a bigram.</summary>
    private readonly int _maxGap;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IFlagsAttribute _flags;
    private string? _previous;
    private int _previousStart, _previousEnd;

    public SyllableBigramFilter(TokenStream input, int maxGap = MaxGap) : base(input)
    {
        if (maxGap < 1) throw new ArgumentOutOfRangeException(nameof(maxGap), "A bigram needs at least one separating character.");
        _maxGap = maxGap;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (!TokenTypes.Is(_type, TokenType.Word)) { _previous = null; continue; }
            var text = _term.ToString();
            int start = _offset.StartOffset, end = _offset.EndOffset;
            var previous = _previous;
            int previousStart = _previousStart;
            bool pairs = previous is not null && (_flags.Flags & SyllableTokenizer.AfterSpaces) != 0 && start - _previousEnd <= _maxGap;
            (_previous, _previousStart, _previousEnd) = (text, start, end);
            if (!pairs) continue;
            _term.SetEmpty().Append(previous).Append(Joiner).Append(text);
            _offset.SetOffset(previousStart, end);
            _type.Type = TokenTypes.Name(TokenType.Bigram);
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _previous = null;
    }
}

/// <summary>Small checks on a term buffer.</summary>
internal static class TermText
{
    public static bool IsAscii(ICharTermAttribute term)
    {
        var buffer = term.Buffer;
        for (int i = 0; i < term.Length; i++) if (buffer[i] > 0x7F) return false;
        return true;
    }
}
