using System.Globalization;
using System.Text;

namespace DirectiveTracker.Ingest.Text;

/// <summary>The project's one Vietnamese normaliser: display form, canonical comparison form and folded form.</summary>
/// <remarks>
/// Every stage (ingest, extraction, search) calls this class and nothing else for normalisation,
/// so that a word compares the same wherever it is looked at.
/// - <see cref="Normalize"/>: what people see. NFC, look-alike letters fixed, whitespace and dashes unified;
///   spelling (including tone placement) is kept as the document wrote it.
/// - <see cref="Canonical"/>: what is compared. <see cref="Normalize"/> plus one tone placement per syllable,
///   so "hoà"/"hòa", "uỷ"/"ủy", "qúy"/"quý" are the same string. Case is kept.
/// - <see cref="Fold"/>: accent-free, đ→d, for queries typed without diacritics.
/// </remarks>
public static class VietnameseText
{
    // Tone marks as combining characters (NFD). The other diacritics (circumflex, breve, horn) are part of the letter.
    private const char Grave = '\u0300', Acute = '\u0301', Tilde = '\u0303', Hook = '\u0309', DotBelow = '\u0323';

    private static bool IsToneMark(char c) => c is Grave or Acute or Tilde or Hook or DotBelow;

    /// <summary>Display normalisation: NFC, look-alike letters (Ð → Đ, ƣ → ư) fixed, unified spaces and dashes, no control characters.</summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
        var nfc = UnicodeForms.ToNfc(text);
        StringBuilder? sb = null;
        for (int i = 0; i < nfc.Length; i++)
        {
            char c = nfc[i];
            char r = MapLookAlike(c);
            if (r != c && sb is null) sb = new StringBuilder(nfc.Length).Append(nfc, 0, i);
            if (r == '\0') continue; // dropped (zero-width, soft hyphen is kept: see MapLookAlike)
            sb?.Append(r);
        }
        return sb?.ToString() ?? nfc;
    }

    private static char MapLookAlike(char c) => c switch
    {
        '\u0110' or '\u0111' => c,
        '\u00A0' or '\u2007' or '\u202F' or '\u2002' or '\u2003' or '\u2009' or '\u200A' or '\u3000' => ' ',
        '\u2010' or '\u2011' or '\u2012' or '\u2212' => '-',
        '\u2013' or '\u2014' or '\u2015' => c, // en/em dashes stay: they are punctuation the reader sees
        '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u2060' => '\0',
        '\t' or '\n' or '\r' or '\f' => c,
        _ when char.IsControl(c) => ' ',
        // Look-alike letters (Ð for Đ, a PDF font's ƣ for ư) are data: look-alike-letters.json.
        _ => LookAlikeLetters.Map(c),
    };

    /// <summary>
    /// Comparison form: <see cref="Normalize"/> with all dashes as '-' and one tone placement per syllable
    /// (traditional placement: hòa, thủy, khỏe, ủy, quý). Case and length-independent details are kept.
    /// </summary>
    public static string Canonical(string text) => CanonicalCache.Get(text);

    private static string ComputeCanonical(string text)
    {
        var normal = Normalize(text);
        if (IsAscii(normal)) return normal;
        var sb = new StringBuilder(normal.Length);
        int i = 0;
        while (i < normal.Length)
        {
            if (!char.IsLetter(normal[i]))
            {
                char c = normal[i];
                sb.Append(c is '\u2013' or '\u2014' or '\u2015' ? '-' : c);
                i++;
                continue;
            }
            int start = i;
            while (i < normal.Length && (char.IsLetter(normal[i]) || char.GetUnicodeCategory(normal[i]) == UnicodeCategory.NonSpacingMark)) i++;
            sb.Append(CanonicalSyllable(normal.AsSpan(start, i - start)));
        }
        return sb.ToString();
    }

    /// <summary>Accent-free form: every diacritic removed and đ/Đ → d/D. Case is kept.</summary>
    public static string Fold(string text) => FoldCache.Get(text);

    private static string ComputeFold(string text)
    {
        var normal = Normalize(text);
        if (IsAscii(normal)) return normal;
        var nfd = UnicodeForms.ToNfd(normal);
        var sb = new StringBuilder(nfd.Length);
        foreach (char c in nfd)
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', '\u2013' or '\u2014' or '\u2015' => '-', _ => c });
        }
        return UnicodeForms.ToNfc(sb.ToString());
    }

    /// <summary>
    /// The text without its tone marks, each vowel's own marks (circumflex, breve, horn) and đ kept: "phố" → "phô",
    /// "Hạ" → "Ha" — what is left when OCR loses a tone.
    /// </summary>
    public static string WithoutTone(string text)
    {
        if (IsAscii(text)) return text;
        var nfd = UnicodeForms.ToNfd(text);
        var sb = new StringBuilder(nfd.Length);
        foreach (char c in nfd)
            if (!IsToneMark(c)) sb.Append(c);
        return UnicodeForms.ToNfc(sb.ToString());
    }

    /// <summary>Lower-case canonical form: the key two spellings of one phrase share.</summary>
    public static string ComparisonKey(string text) => KeyCache.Get(text);

    // Extraction folds and compares the same words over and over (every token of every task text, every segment of
    // a folded text). Each form is a pure function of its input, so single words are remembered.
    private static readonly ShortTextCache FoldCache = new(ComputeFold);
    private static readonly ShortTextCache CanonicalCache = new(ComputeCanonical);
    private static readonly ShortTextCache KeyCache = new(t => ComputeCanonical(t).ToLowerInvariant());

    /// <summary>Remembers a string function's answers for single words; bounded (cleared when full), safe across threads.</summary>
    private sealed class ShortTextCache(Func<string, string> compute)
    {
        private const int MaxInputLength = 24, MaxEntries = 50_000;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _answers = new(StringComparer.Ordinal);

        public string Get(string text)
        {
            if (text is null || text.Length > MaxInputLength || text.Contains(' ')) return compute(text!);
            if (_answers.TryGetValue(text, out var answer)) return answer;
            answer = compute(text);
            if (_answers.Count >= MaxEntries) _answers.Clear();
            _answers[text] = answer;
            return answer;
        }
    }

    /// <summary>True when two strings are the same Vietnamese text up to tone placement, Unicode form and case.</summary>
    public static bool SameText(string a, string b) =>
        string.Equals(ComparisonKey(a), ComparisonKey(b), StringComparison.Ordinal);

    /// <summary>The number of words: runs of characters between white space.</summary>
    public static int WordCount(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    private static bool IsAscii(string s)
    {
        foreach (char c in s) if (c > 0x7F) return false;
        return true;
    }

    /// <summary>Places the tone mark of one syllable (a run of letters) by the traditional rule.</summary>
    internal static string CanonicalSyllable(ReadOnlySpan<char> syllable)
    {
        var nfd = UnicodeForms.ToNfd(syllable.ToString());
        char tone = '\0';
        var bare = new StringBuilder(nfd.Length);
        foreach (char c in nfd)
        {
            if (IsToneMark(c)) { if (tone == '\0') tone = c; continue; }
            bare.Append(c);
        }
        var letters = UnicodeForms.ToNfc(bare.ToString());
        if (tone == '\0') return letters;

        int at = TonePosition(letters);
        if (at < 0) return UnicodeForms.ToNfc(syllable.ToString());
        var withTone = UnicodeForms.ToNfc(letters[at].ToString() + tone);
        return string.Concat(letters.AsSpan(0, at), withTone, letters.AsSpan(at + 1));
    }

    private static bool IsVowel(char c) => "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".Contains(c);
    private static bool HasOwnDiacritic(char c) => "ăâêôơưĂÂÊÔƠƯ".Contains(c);

    /// <summary>Index of the letter that carries the tone, or -1 when the run is not a Vietnamese syllable.</summary>
    private static int TonePosition(string s)
    {
        int first = -1;
        for (int i = 0; i < s.Length; i++) if (IsVowel(s[i])) { first = i; break; }
        if (first < 0) return -1;

        // "qu" and "gi" + vowel: the u / i belongs to the initial consonant.
        if (first > 0 && first + 1 < s.Length && IsVowel(s[first + 1]))
        {
            char prev = char.ToLowerInvariant(s[first - 1]), v = char.ToLowerInvariant(s[first]);
            if ((prev == 'q' && v == 'u') || (prev == 'g' && v == 'i')) first++;
        }
        int end = first;
        while (end < s.Length && IsVowel(s[end])) end++;
        int count = end - first;
        if (count > 3 || first > 3) return -1;

        // A vowel with its own diacritic takes the tone; in "ươ" it is the ơ.
        int marked = -1;
        for (int i = first; i < end; i++) if (HasOwnDiacritic(s[i])) marked = i;
        if (marked >= 0)
        {
            for (int i = first; i < end; i++)
                if (HasOwnDiacritic(s[i])) { marked = i; if (char.ToLowerInvariant(s[i]) is not ('ư')) break; }
            return marked;
        }
        if (count == 1) return first;
        bool closed = end < s.Length; // a final consonant follows
        if (closed) return end - 1;
        return count == 3 ? first + 1 : first;
    }
}
