using System.Globalization;
using System.Text;

namespace DirectiveTracker.Ingest.Tests;

/// <summary>
/// Test-side encoders from Unicode to the legacy fonts, written independently of the production decoder tables
/// (TCVN3 row by row from the VN3 chart; VNI by decomposing each letter into base + modifier byte).
/// </summary>
internal static class LegacyEncoders
{
    // TCVN3 chart: for each base, the codes for no tone, grave, hook, tilde, acute, dot.
    private static readonly (string Base, string Letters, string Codes)[] Tcvn3Rows =
    [
        ("a", "aàảãáạ", "a\u00B5\u00B6\u00B7\u00B8\u00B9"),
        ("ă", "ăằẳẵắặ", "\u00A8\u00BB\u00BC\u00BD\u00BE\u00C6"),
        ("â", "âầẩẫấậ", "\u00A9\u00C7\u00C8\u00C9\u00CA\u00CB"),
        ("e", "eèẻẽéẹ", "e\u00CC\u00CE\u00CF\u00D0\u00D1"),
        ("ê", "êềểễếệ", "\u00AA\u00D2\u00D3\u00D4\u00D5\u00D6"),
        ("i", "iìỉĩíị", "i\u00D7\u00D8\u00DC\u00DD\u00DE"),
        ("o", "oòỏõóọ", "o\u00DF\u00E1\u00E2\u00E3\u00E4"),
        ("ô", "ôồổỗốộ", "\u00AB\u00E5\u00E6\u00E7\u00E8\u00E9"),
        ("ơ", "ơờởỡớợ", "\u00AC\u00EA\u00EB\u00EC\u00ED\u00EE"),
        ("u", "uùủũúụ", "u\u00EF\u00F1\u00F2\u00F3\u00F4"),
        ("ư", "ưừửữứự", "\u00AD\u00F5\u00F6\u00F7\u00F8\u00F9"),
        ("y", "yỳỷỹýỵ", "y\u00FA\u00FB\u00FC\u00FD\u00FE"),
    ];

    private static readonly Dictionary<char, char> Tcvn3 = BuildTcvn3();

    private static Dictionary<char, char> BuildTcvn3()
    {
        var map = new Dictionary<char, char> { ['đ'] = '\u00AE', ['Đ'] = '\u00A7', ['Ă'] = '\u00A1', ['Â'] = '\u00A2',
            ['Ê'] = '\u00A3', ['Ô'] = '\u00A4', ['Ơ'] = '\u00A5', ['Ư'] = '\u00A6' };
        foreach (var (_, letters, codes) in Tcvn3Rows)
            for (int i = 0; i < letters.Length; i++)
            {
                if (letters[i] < 0x80) continue;
                map[letters[i]] = codes[i];
                // Capitals other than Ă Â Ê Ô Ơ Ư Đ have no code: the H fonts draw the lower-case code as a capital.
                map.TryAdd(char.ToUpperInvariant(letters[i]), codes[i]);
            }
        return map;
    }

    /// <summary>Unicode → TCVN3 text as Latin-1 characters (one per font byte).</summary>
    public static string ToTcvn3(string unicode)
    {
        var sb = new StringBuilder(unicode.Length);
        foreach (char c in unicode.Normalize(NormalizationForm.FormC)) sb.Append(Tcvn3.TryGetValue(c, out var code) ? code : c);
        return sb.ToString();
    }

    /// <summary>True for a capital TCVN3 has no code of its own for (drawn by an H font from the lower-case code).</summary>
    public static bool IsCapitalTcvn3Lacks(char c) => char.IsUpper(c) && c > 0x7F && c is not ('Ă' or 'Â' or 'Ê' or 'Ô' or 'Ơ' or 'Ư' or 'Đ');

    /// <summary>Unicode → VNI Windows text as Latin-1 characters.</summary>
    public static string ToVni(string unicode)
    {
        var sb = new StringBuilder(unicode.Length * 2);
        foreach (char c in unicode.Normalize(NormalizationForm.FormC)) sb.Append(VniLetter(c));
        return sb.ToString();
    }

    private static string VniLetter(char c)
    {
        if (c == 'đ') return "ñ";
        if (c == 'Đ') return "Ñ";
        var nfd = c.ToString().Normalize(NormalizationForm.FormD);
        char baseLetter = nfd[0];
        if (nfd.Length == 1 || !"aeiouyAEIOUY".Contains(baseLetter)) return c.ToString();
        bool upper = char.IsUpper(baseLetter);
        char shape = '\0', tone = '\0';
        foreach (char m in nfd[1..])
        {
            if (m is '\u0302' or '\u0306' or '\u031B') shape = m;
            else tone = m;
        }
        int toneIndex = tone switch { '\u0301' => 1, '\u0300' => 2, '\u0309' => 3, '\u0303' => 4, '\u0323' => 5, _ => 0 };
        string Pick(string lower, string capital) => (upper ? capital : lower)[toneIndex].ToString();
        char lowerBase = char.ToLowerInvariant(baseLetter);
        if (lowerBase == 'i') return Pick("iíìæóò", "IÍÌÆÓÒ");
        if (lowerBase == 'y' && toneIndex == 5) return upper ? "Î" : "î";
        // Index 0 of each modifier row is "no tone" (the shape byte alone, or nothing for a plain vowel).
        return shape switch
        {
            '\u031B' when lowerBase == 'o' => (upper ? "Ô" : "ô") + (toneIndex == 0 ? "" : Pick(" ùøûõï", " ÙØÛÕÏ")),
            '\u031B' when lowerBase == 'u' => (upper ? "Ö" : "ö") + (toneIndex == 0 ? "" : Pick(" ùøûõï", " ÙØÛÕÏ")),
            '\u0302' => baseLetter + Pick("âáàåãä", "ÂÁÀÅÃÄ"),
            '\u0306' => baseLetter + Pick("êéèúüë", "ÊÉÈÚÜË"),
            _ => baseLetter + (toneIndex == 0 ? "" : Pick(" ùøûõï", " ÙØÛÕÏ")),
        };
    }

    /// <summary>The text as windows-1258 writes it: base letters (with â ê ô ă ơ ư đ) plus combining tone marks.</summary>
    public static string ToWindows1258Form(string unicode)
    {
        var sb = new StringBuilder();
        foreach (char c in unicode.Normalize(NormalizationForm.FormC))
        {
            var nfd = c.ToString().Normalize(NormalizationForm.FormD);
            var letter = new StringBuilder();
            var tones = new StringBuilder();
            foreach (char m in nfd)
                if (CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark && m is not ('\u0302' or '\u0306' or '\u031B'))
                    tones.Append(m);
                else letter.Append(m);
            sb.Append(letter.ToString().Normalize(NormalizationForm.FormC)).Append(tones);
        }
        return sb.ToString();
    }
}
