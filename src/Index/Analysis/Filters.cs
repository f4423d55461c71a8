using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Index.Analysis;

/// <summary>One step of an analysis chain: tokens in, tokens out.</summary>
public interface ITokenFilter
{
    IEnumerable<Token> Apply(IEnumerable<Token> input);
}

/// <summary>Puts each term in the project's canonical form (NFC, one tone placement) through <see cref="VietnameseText.Canonical"/>.</summary>
public sealed class NormalizeFilter : ITokenFilter
{
    private readonly TermCache _cache = new(VietnameseText.Canonical);

    public IEnumerable<Token> Apply(IEnumerable<Token> input)
    {
        foreach (var t in input)
        {
            if (IsAscii(t.Text)) { yield return t; continue; }
            var canonical = _cache.Get(t.Text);
            yield return canonical == t.Text ? t : t with { Text = canonical };
        }
    }

    internal static bool IsAscii(string s)
    {
        foreach (char c in s) if (c > 0x7F) return false;
        return true;
    }
}

/// <summary>Lower-cases terms (invariant culture: Vietnamese has no special casing).</summary>
public sealed class LowerCaseFilter : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> input)
    {
        foreach (var t in input)
        {
            var lower = t.Text.ToLowerInvariant();
            yield return (object)lower == t.Text || lower == t.Text ? t : t with { Text = lower };
        }
    }
}

/// <summary>Removes every diacritic and folds đ→d (FTS5 does not), through <see cref="VietnameseText.Fold"/>.</summary>
public sealed class FoldFilter : ITokenFilter
{
    private readonly TermCache _cache = new(VietnameseText.Fold);

    public IEnumerable<Token> Apply(IEnumerable<Token> input)
    {
        foreach (var t in input)
        {
            if (NormalizeFilter.IsAscii(t.Text)) { yield return t; continue; }
            var folded = _cache.Get(t.Text);
            if (folded.Length > 0) yield return t with { Text = folded };
        }
    }
}

/// <summary>
/// Treats a final <c>y</c> after a consonant as <c>i</c> (kỹ/kĩ, lý/lí, mỹ/mĩ), the spelling variants
/// Vietnamese allows. Syllables where y is part of a diphthong (uy, ay, yêu) are left alone.
/// </summary>
public sealed class IYEquivalenceFilter : ITokenFilter
{
    private const string Ys = "yýỳỷỹỵ", Is = "iíìỉĩị";

    public IEnumerable<Token> Apply(IEnumerable<Token> input)
    {
        foreach (var t in input)
        {
            var s = t.Text;
            int k = s.Length - 1;
            int y = k >= 1 && t.Type == TokenType.Word ? Ys.IndexOf(s[k]) : -1;
            if (y >= 0 && IsConsonantRun(s.AsSpan(0, k)))
                yield return t with { Text = string.Concat(s.AsSpan(0, k), Is[y].ToString()) };
            else yield return t;
        }
    }

    private static bool IsConsonantRun(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if ("bcdđghklmnpqrstvx".IndexOf(c) < 0) return false;
        return true;
    }
}

/// <summary>
/// After each document number or date, adds its parts (<c>41-ct/tw</c> → <c>41</c>, <c>ct</c>, <c>tw</c>), so that
/// <c>41 CT TW</c> and <c>41</c> find it too. The whole compound stays first.
/// </summary>
public sealed class CompoundPartsFilter : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> input)
    {
        foreach (var t in input)
        {
            yield return t;
            if (!t.IsCompound) continue;
            int i = 0;
            var text = t.Text;
            while (i < text.Length)
            {
                while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
                int from = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                if (i > from)
                {
                    // Offsets of a part map into the original only when the text kept its length (no normalisation change).
                    int len = t.End - t.Start == text.Length ? 1 : 0;
                    int start = len == 1 ? t.Start + from : t.Start, end = len == 1 ? t.Start + i : t.End;
                    var part = text[from..i];
                    // Date parts compare without leading zeros: "06" and "6" are one month.
                    if (t.Type == TokenType.Date) part = part.TrimStart('0') is { Length: > 0 } p ? p : "0";
                    yield return new Token(part, start, end, TokenType.Part);
                }
            }
        }
    }
}

/// <summary>Turns a date's text into ISO form (<c>30/6/2025</c> → <c>2025-06-30</c>) so every writing of a date is one term.</summary>
public sealed class DateFilter : ITokenFilter
{
    public IEnumerable<Token> Apply(IEnumerable<Token> input)
    {
        foreach (var t in input)
        {
            if (t.Type == TokenType.Date && DateText.TryParse(t.Text, out var d))
                yield return t with { Text = d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
            else yield return t;
        }
    }
}

/// <summary>
/// Emits syllable bigrams (<c>thi đua</c> → <c>thi_đua</c>) of adjacent words, so that multi-syllable words rank
/// as words without a segmentation dictionary. Only the bigrams are emitted; unigrams live in other fields.
/// </summary>
public sealed class ShingleFilter : ITokenFilter
{
    /// <summary>Joins the two syllables of a bigram term; FTS5 is told it is a token character.</summary>
    public const char Joiner = '_';

    /// <summary>The largest gap of original characters between two syllables that still makes a bigram (spaces, not punctuation).</summary>
    private readonly int _maxGap;

    public ShingleFilter(int maxGap = 2)
    {
        if (maxGap < 1) throw new ArgumentOutOfRangeException(nameof(maxGap), "A bigram needs at least one separating character.");
        _maxGap = maxGap;
    }

    public IEnumerable<Token> Apply(IEnumerable<Token> input) => Apply(input, null);

    /// <summary>Bigrams of <paramref name="input"/>; with <paramref name="original"/>, syllables separated by punctuation do not pair.</summary>
    public IEnumerable<Token> Apply(IEnumerable<Token> input, string? original)
    {
        Token? previous = null;
        foreach (var t in input)
        {
            if (t.Type != TokenType.Word) { previous = null; continue; }
            if (previous is not null && t.Start - previous.End <= _maxGap && OnlySpaces(original, previous.End, t.Start))
                yield return new Token(previous.Text + Joiner + t.Text, previous.Start, t.End, TokenType.Bigram);
            previous = t;
        }
    }

    private static bool OnlySpaces(string? s, int from, int to)
    {
        if (s is null) return true;
        for (int i = from; i < to; i++) if (!char.IsWhiteSpace(s[i])) return false;
        return true;
    }
}

/// <summary>
/// Remembers a per-term function's results: Vietnamese has a few thousand syllables, so normalising each distinct
/// spelling once makes analysis many times faster. Thread-safe; emptied when it grows past its bound.
/// </summary>
internal sealed class TermCache(Func<string, string> compute, int capacity = 200_000)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);

    public string Get(string term)
    {
        if (_terms.TryGetValue(term, out var known)) return known;
        var value = compute(term);
        if (term.Length <= 32)
        {
            if (_terms.Count >= capacity) _terms.Clear();
            _terms[term] = value;
        }
        return value;
    }
}
