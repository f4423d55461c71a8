using System.Text;

namespace DirectiveTracker.Ingest.Text;

/// <summary>Legacy Vietnamese font encodings still found in government files.</summary>
public enum LegacyEncoding { None, Tcvn3, Vni }

/// <summary>
/// Recognises and converts text typed in the pre-Unicode Vietnamese font encodings: TCVN3/ABC (TCVN 5712:1993 VN3,
/// fonts ".VnTime", ".VnArial", capitals-only ".VnTimeH") and VNI Windows (fonts "VNI-Times" …).
/// </summary>
/// <remarks>
/// Such text reaches us as Latin-1 letters: one character per font byte ("KÕ ho¹ch", "Keá hoaïch").
/// TCVN3 is single-byte: each code is a whole letter. It has lower-case toned letters only (plus Ă Â Ê Ô Ơ Ư Đ);
/// capitals were typed in the "H" fonts, which draw the lower-case codes as capitals — a fact plain text loses,
/// so a word typed in capitals, or standing among words typed in capitals, gets its converted letters in capitals too
/// (see <c>RestoreCapitalWords</c>); a title-case word in running text ("Sở", "Bộ") stays title case.
/// VNI is base letter + modifier byte ("e" + "á" = "ế"), with single bytes for the i-tones, ơ, ư, đ and ỵ.
/// Note TCVN3's 0xAD is "ư": a reader that drops it as a soft hyphen loses letters, so conversion runs first.
/// </remarks>
public static class LegacyFontText
{
    // TCVN3 (VN3): code (as a Latin-1 character) → Unicode letter.
    private const string Tcvn3Codes =
        "\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE" +
        "\u00B5\u00B6\u00B7\u00B8\u00B9" + "\u00BB\u00BC\u00BD\u00BE\u00C6" + "\u00C7\u00C8\u00C9\u00CA\u00CB" +
        "\u00CC\u00CE\u00CF\u00D0\u00D1" + "\u00D2\u00D3\u00D4\u00D5\u00D6" + "\u00D7\u00D8\u00DC\u00DD\u00DE" +
        "\u00DF\u00E1\u00E2\u00E3\u00E4" + "\u00E5\u00E6\u00E7\u00E8\u00E9" + "\u00EA\u00EB\u00EC\u00ED\u00EE" +
        "\u00EF\u00F1\u00F2\u00F3\u00F4" + "\u00F5\u00F6\u00F7\u00F8\u00F9" + "\u00FA\u00FB\u00FC\u00FD\u00FE";
    private const string Tcvn3Letters =
        "ĂÂÊÔƠƯĐăâêôơưđ" +
        "àảãáạ" + "ằẳẵắặ" + "ầẩẫấậ" +
        "èẻẽéẹ" + "ềểễếệ" + "ìỉĩíị" +
        "òỏõóọ" + "ồổỗốộ" + "ờởỡớợ" +
        "ùủũúụ" + "ừửữứự" + "ỳỷỹýỵ";

    private static readonly Dictionary<char, char> FromTcvn3Map = BuildTcvn3Map();

    // VNI Windows: modifier bytes (lower and upper case forms) and what they add to the base vowel.
    private const char Acute = '\u0301', Grave = '\u0300', Hook = '\u0309', Tilde = '\u0303', Dot = '\u0323';
    private const char Circumflex = '\u0302', Breve = '\u0306';

    private static readonly Dictionary<char, string> VniToneModifiers = new()
    {
        ['ù'] = $"{Acute}", ['ø'] = $"{Grave}", ['û'] = $"{Hook}", ['õ'] = $"{Tilde}", ['ï'] = $"{Dot}",
        ['Ù'] = $"{Acute}", ['Ø'] = $"{Grave}", ['Û'] = $"{Hook}", ['Õ'] = $"{Tilde}", ['Ï'] = $"{Dot}",
    };
    private static readonly Dictionary<char, string> VniCircumflexModifiers = new()
    {
        ['â'] = $"{Circumflex}", ['á'] = $"{Circumflex}{Acute}", ['à'] = $"{Circumflex}{Grave}",
        ['å'] = $"{Circumflex}{Hook}", ['ã'] = $"{Circumflex}{Tilde}", ['ä'] = $"{Circumflex}{Dot}",
        ['Â'] = $"{Circumflex}", ['Á'] = $"{Circumflex}{Acute}", ['À'] = $"{Circumflex}{Grave}",
        ['Å'] = $"{Circumflex}{Hook}", ['Ã'] = $"{Circumflex}{Tilde}", ['Ä'] = $"{Circumflex}{Dot}",
    };
    private static readonly Dictionary<char, string> VniBreveModifiers = new()
    {
        ['ê'] = $"{Breve}", ['é'] = $"{Breve}{Acute}", ['è'] = $"{Breve}{Grave}",
        ['ú'] = $"{Breve}{Hook}", ['ü'] = $"{Breve}{Tilde}", ['ë'] = $"{Breve}{Dot}",
        ['Ê'] = $"{Breve}", ['É'] = $"{Breve}{Acute}", ['È'] = $"{Breve}{Grave}",
        ['Ú'] = $"{Breve}{Hook}", ['Ü'] = $"{Breve}{Tilde}", ['Ë'] = $"{Breve}{Dot}",
    };
    // Whole letters in one byte.
    private static readonly Dictionary<char, char> VniSingles = new()
    {
        ['ì'] = 'ì', ['í'] = 'í', ['æ'] = 'ỉ', ['ó'] = 'ĩ', ['ò'] = 'ị', ['î'] = 'ỵ', ['ô'] = 'ơ', ['ö'] = 'ư', ['ñ'] = 'đ',
        ['Ì'] = 'Ì', ['Í'] = 'Í', ['Æ'] = 'Ỉ', ['Ó'] = 'Ĩ', ['Ò'] = 'Ị', ['Î'] = 'Ỵ', ['Ô'] = 'Ơ', ['Ö'] = 'Ư', ['Ñ'] = 'Đ',
    };

    /// <summary>Latin-1 letters that ordinary Unicode Vietnamese uses too, so they prove nothing about a legacy font.</summary>
    private const string CommonVietnameseLatin1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

    /// <summary>True when <paramref name="text"/> reads as TCVN3 (ABC) font text shown as Latin-1 letters.</summary>
    public static bool DetectTcvn3(string text) => Identify(text) == LegacyEncoding.Tcvn3;

    /// <summary>True when <paramref name="text"/> reads as VNI font text shown as Latin-1 letters.</summary>
    public static bool DetectVni(string text) => Identify(text) == LegacyEncoding.Vni;

    /// <summary>Which legacy encoding, if any, the text is in. Text with real Vietnamese Unicode letters is never legacy.</summary>
    public static LegacyEncoding Identify(string text)
    {
        if (string.IsNullOrEmpty(text)) return LegacyEncoding.None;
        text = UnmapPrivateUse(text);
        // Fast exit for ordinary Unicode: evidence can only come from high characters, and it must outnumber
        // real Vietnamese letters ten to one.
        int high = 0, vietnameseLetters = 0, letters = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c)) letters++;
            if (c < 0x80) continue;
            high++;
            if (IsUnicodeOnlyVietnameseLetter(c)) vietnameseLetters++;
        }
        if (high == 0 || vietnameseLetters * 11 >= high) return LegacyEncoding.None;
        int unicodeVietnamese = 0, tcvnEvidence = 0, tcvnOnly = 0, tcvnContradiction = 0;
        int vniSingles = 0, vniPairs = 0, vniContradiction = 0;
        bool tcvnTelling = false, vniTelling = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80) continue;
            if (IsUnicodeOnlyVietnameseLetter(c)) { unicodeVietnamese++; continue; }
            if (c > 0xFF) continue;
            bool inWord = (i > 0 && IsWordChar(text[i - 1])) || (i + 1 < text.Length && IsWordChar(text[i + 1]));
            if (!inWord) continue;
            bool telling = !CommonVietnameseLatin1.Contains(c);
            char prev = i > 0 ? text[i - 1] : '\0';

            if (FromTcvn3Map.ContainsKey(c))
            {
                tcvnEvidence++;
                tcvnTelling |= telling;
                // Codes VNI never uses (A1–BE), and whole letters straight after a consonant, are TCVN3's own marks.
                if (c <= '\u00BE' || (prev < 0x80 && char.IsLetter(prev) && !IsVniBase(prev) && !VniSingles.ContainsKey(c))) tcvnOnly++;
            }
            else tcvnContradiction++;

            if (IsVniModifier(c) && IsVniBase(prev) && ModifierFor(prev, c) is not null) { vniPairs++; vniTelling |= telling; }
            else if (VniSingles.ContainsKey(c)) { vniSingles++; vniTelling |= telling && c is not ('ô' or 'Ô'); }
            else if (IsVniBase(c) && i + 1 < text.Length && IsVniModifier(text[i + 1])) { /* base of a pair */ }
            else vniContradiction++;
        }
        int vniEvidence = vniSingles + vniPairs;
        // Legacy text is thick with its codes (a tenth of the letters or more); a name like "Peña" in English is not.
        int minimum = Math.Max(2, letters / 50);
        bool tcvn = tcvnTelling && tcvnEvidence >= minimum && tcvnEvidence >= 3 * tcvnContradiction && unicodeVietnamese * 10 < tcvnEvidence;
        bool vni = vniTelling && vniEvidence >= minimum && vniEvidence >= 3 * vniContradiction && unicodeVietnamese * 10 < vniEvidence;
        if (tcvn && vni)
        {
            // A modifier right after its vowel is VNI's structure; a whole letter after a consonant is TCVN3's.
            int vniScore = vniSingles + 2 * vniPairs - 2 * vniContradiction;
            int tcvnScore = tcvnEvidence + tcvnOnly - 2 * tcvnContradiction;
            return vniScore >= tcvnScore ? LegacyEncoding.Vni : LegacyEncoding.Tcvn3;
        }
        return tcvn ? LegacyEncoding.Tcvn3 : vni ? LegacyEncoding.Vni : LegacyEncoding.None;
    }

    /// <summary>Converts TCVN3 text to Unicode (NFC); words typed in capitals get capital converted letters (H fonts).</summary>
    public static string FromTcvn3(string text) => FromTcvn3(text, capitalsFont: false);

    /// <summary>Converts VNI Windows text to Unicode (NFC).</summary>
    public static string FromVni(string text)
    {
        text = UnmapPrivateUse(text);
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (i + 1 < text.Length && IsVniBase(c) && ModifierFor(c, text[i + 1]) is { } marks)
            {
                char baseLetter = c switch { 'ô' => 'ơ', 'Ô' => 'Ơ', 'ö' => 'ư', 'Ö' => 'Ư', _ => c };
                sb.Append(UnicodeForms.ToNfc(baseLetter + marks));
                i++;
                continue;
            }
            sb.Append(VniSingles.TryGetValue(c, out var single) ? single : c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Converts a run of text by the font it was typed in: ".Vn…" fonts are TCVN3 (".Vn…H" capitals-only),
    /// "VNI-…" fonts are VNI; any other font's text is returned unchanged.
    /// </summary>
    public static string ConvertByFontName(string text, string fontName)
    {
        if (string.IsNullOrEmpty(text) || !IsLegacyFontName(fontName)) return text;
        var font = fontName.Trim();
        if (font.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase))
            return FromTcvn3(text, capitalsFont: font.EndsWith('H'));
        if (font.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || font.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase))
            return FromVni(text);
        return text;
    }

    /// <summary>Whether <see cref="ConvertByFontName"/> converts text in the font <paramref name="fontName"/> (".Vn…", "VNI-…").</summary>
    public static bool IsLegacyFontName(string? fontName)
    {
        if (string.IsNullOrEmpty(fontName)) return false;
        var font = fontName.AsSpan().Trim();
        return font.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase)
               || font.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || font.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase);
    }

    private static string FromTcvn3(string text, bool capitalsFont)
    {
        text = UnmapPrivateUse(text);
        var chars = text.ToCharArray();
        var converted = new bool[chars.Length];
        for (int i = 0; i < chars.Length; i++)
            if (FromTcvn3Map.TryGetValue(chars[i], out var letter)) { chars[i] = letter; converted[i] = true; }
        var result = new string(chars);
        if (capitalsFont) return result.ToUpperInvariant();
        return RestoreCapitalWords(result, converted);
    }

    /// <summary>
    /// How a word's ASCII letters are cased. Strong: a capital after the first letter ("HO¹CH", "ñY"), so the word
    /// was typed in capitals. Capitalised: only the first letter is an ASCII capital ("KÕ", "Së"), title case or
    /// capitals alike. Neutral: no ASCII letter at all ("ë"). Lower: a small letter.
    /// </summary>
    private enum WordCase { Lower, Neutral, Capitalised, Strong }

    private readonly record struct LegacyWord(int Start, int End, bool HasConverted, bool HasTonedCode, WordCase Case,
        bool SeparatedBefore, int Segment);

    /// <summary>
    /// A word typed in an H font has capital ASCII letters: its converted letters are capitals too. A Strong word is
    /// surely so. A Capitalised or Neutral word ("KÕ", "Së", "Bé") is only in an all-caps context, for "Sở", "Bộ" in
    /// running text look the same: within a segment of a line (columns are cut at tabs and runs of spaces) that has
    /// no small letter, when another word there has capitals; in a segment with small letters, when a neighbour with
    /// only a space between is a Strong word with a toned letter ("HO¹CH" — "GD" in "Sở GD&ĐT" is an acronym, not
    /// evidence) and the other neighbour is not a lower-case word.
    /// </summary>
    private static string RestoreCapitalWords(string text, bool[] converted)
    {
        var words = new List<LegacyWord>();
        bool separated = true;
        int segment = 0, spaces = 0;
        for (int i = 0; i < text.Length;)
        {
            char c = text[i];
            if (!char.IsLetter(c))
            {
                if (c == ' ') spaces++;
                else separated = true;
                if (c is '\n' or '\r' or '\t' || spaces >= 2) { segment++; separated = true; }
                i++;
                continue;
            }
            spaces = 0;
            int start = i;
            bool hasConverted = false, hasTonedCode = false, anySmall = false, innerCapital = false, initialCapital = false;
            for (; i < text.Length && char.IsLetter(text[i]); i++)
            {
                if (converted[i]) { hasConverted = true; hasTonedCode |= char.IsLower(text[i]); continue; }
                if (char.IsUpper(text[i])) { if (text[i] < 0x80) { if (i == start) initialCapital = true; else innerCapital = true; } }
                else anySmall = true;
            }
            var wordCase = anySmall ? WordCase.Lower : innerCapital ? WordCase.Strong
                : initialCapital ? WordCase.Capitalised : WordCase.Neutral;
            words.Add(new LegacyWord(start, i, hasConverted, hasTonedCode, wordCase, separated, segment));
            separated = false;
        }
        var segmentHasSmall = new HashSet<int>();
        foreach (var word in words) if (word.Case == WordCase.Lower) segmentHasSmall.Add(word.Segment);

        var sb = new StringBuilder(text);
        for (int w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (word.Case == WordCase.Lower && IsUyOfUyBan(text, word, w + 1 < words.Count ? words[w + 1] : null))
            {
                sb[word.Start] = 'Ủ';
                continue;
            }
            if (!word.HasConverted || word.Case == WordCase.Lower) continue;
            if (word.Case != WordCase.Strong && !InCapitalsContext(words, w, segmentHasSmall.Contains(word.Segment))) continue;
            for (int i = word.Start; i < word.End; i++) sb[i] = char.ToUpperInvariant(sb[i]);
        }
        return sb.ToString();
    }

    /// <summary>
    /// "ñy ban": TCVN3 has no "Ủ", and "Ủy ban" (the people's committee, the front's committee) is a name written with
    /// a capital in administrative text; "ủy" alone ("Đảng ủy") stays small.
    /// </summary>
    private static bool IsUyOfUyBan(string text, LegacyWord word, LegacyWord? next) =>
        word.End - word.Start == 2 && text[word.Start] == 'ủ' && text[word.Start + 1] == 'y'
        && next is { SeparatedBefore: false } n && n.End - n.Start == 3 && text.AsSpan(n.Start, 3).SequenceEqual("ban")
        && n.Start == word.End + 1;

    private static bool InCapitalsContext(List<LegacyWord> words, int w, bool segmentHasSmall)
    {
        var word = words[w];
        if (!segmentHasSmall)
        {
            // Evidence is another word with a toned letter and a capital ("HO¹CH", "TÕ"): acronyms ("KH", "UBND")
            // stand in title-case lines too ("Số: …/KH-UBND").
            static bool Evidence(LegacyWord o) => o.HasTonedCode && o.Case is WordCase.Strong or WordCase.Capitalised;
            for (int o = w - 1; o >= 0 && words[o].Segment == word.Segment; o--)
                if (Evidence(words[o])) return true;
            for (int o = w + 1; o < words.Count && words[o].Segment == word.Segment; o++)
                if (Evidence(words[o])) return true;
            return false;
        }
        LegacyWord? prev = w > 0 && !word.SeparatedBefore ? words[w - 1] : null;
        LegacyWord? next = w + 1 < words.Count && !words[w + 1].SeparatedBefore ? words[w + 1] : null;
        static bool Toned(LegacyWord? n) => n is { Case: WordCase.Strong, HasTonedCode: true };
        static bool NotLower(LegacyWord? n) => n is null || n.Value.Case != WordCase.Lower;
        return (Toned(prev) && NotLower(next)) || (Toned(next) && NotLower(prev));
    }

    private static Dictionary<char, char> BuildTcvn3Map()
    {
        var map = new Dictionary<char, char>(Tcvn3Codes.Length);
        for (int i = 0; i < Tcvn3Codes.Length; i++) map[Tcvn3Codes[i]] = Tcvn3Letters[i];
        return map;
    }

    /// <summary>A letter, or a Latin-1 symbol that a legacy font draws as one ("§¶ng" is "Đảng").</summary>
    private static bool IsWordChar(char c) => char.IsLetter(c) || (c >= '\u00A1' && c <= '\u00FF');

    private static bool IsVniBase(char c) => c is 'a' or 'e' or 'o' or 'u' or 'y' or 'A' or 'E' or 'O' or 'U' or 'Y'
        or 'ô' or 'Ô' or 'ö' or 'Ö';

    private static bool IsVniModifier(char c) =>
        VniToneModifiers.ContainsKey(c) || VniCircumflexModifiers.ContainsKey(c) || VniBreveModifiers.ContainsKey(c);

    /// <summary>The combining marks a VNI modifier adds to <paramref name="baseChar"/>, or null when it does not apply to it.</summary>
    private static string? ModifierFor(char baseChar, char modifier)
    {
        if (VniToneModifiers.TryGetValue(modifier, out var tone)) return tone;
        char b = char.ToLowerInvariant(baseChar);
        if (b is 'a' or 'e' or 'o' && VniCircumflexModifiers.TryGetValue(modifier, out var circ)) return circ;
        if (b is 'a' && VniBreveModifiers.TryGetValue(modifier, out var breve)) return breve;
        return null;
    }

    private static bool IsUnicodeOnlyVietnameseLetter(char c) =>
        c is 'ă' or 'Ă' or 'đ' or 'Đ' or 'ĩ' or 'Ĩ' or 'ũ' or 'Ũ' or 'ơ' or 'Ơ' or 'ư' or 'Ư' || (c >= '\u1EA0' && c <= '\u1EF9');

    /// <summary>Word keeps symbol-font characters in the private-use area (U+F0xx); their low byte is the font code.</summary>
    private static string UnmapPrivateUse(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uF020', '\uF0FF')) return text;
        return string.Create(text.Length, text, (span, s) =>
        {
            for (int i = 0; i < s.Length; i++) span[i] = s[i] >= '\uF020' && s[i] <= '\uF0FF' ? (char)(s[i] - 0xF000) : s[i];
        });
    }
}
