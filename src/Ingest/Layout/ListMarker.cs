using System.Text.RegularExpressions;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>Recognises the list marker a line starts with: "I.", "II-", "1.", "1.1.", "a)", "a.", "A.", "-", "+", "*", "•".</summary>
public static partial class ListMarker
{
    // Roman numerals (first letter a capital: "Ii." is a lower-cased "II."), numbers and sub-numbers,
    // letters with ")" (Vietnamese has đ), capital section letters, bullets.
    [GeneratedRegex(@"^(?<m>" + RomanNumber + @"\.|\d{1,2}(?:\.\d{1,2}){0,3}\.|\d{1,2}(?:\.\d{1,2}){1,3}|\d{1,2}\)|\(\d{1,2}\)|[a-zđ]\)|\([a-zđ]\)|" + SectionLetter + @"\.|[-+*•–‒])(?=\s|$)")]
    private static partial Regex MarkerPattern();

    /// <summary>A section's Roman number, its first letter a capital ("II", "Ii"), without its dot.</summary>
    internal const string RomanNumber = "[IVXL][IVXLivxl]{0,4}";

    /// <summary>A section's capital letter ("A", "B"; not I, J or V, which are Roman numbers or rarely used), without its dot.</summary>
    internal const string SectionLetter = "[A-HK-UW-Z]";

    [GeneratedRegex(@"^(?<m>-)(?=\p{Lu})")]
    private static partial Regex GluedDashPattern();

    // A letter with a dot before a sentence ("a. Nhà đầu tư chịu trách nhiệm …"), as some provinces letter an article's
    // items: a capital must follow, so that a wrapped line of prose that opens with a lone letter stays text.
    [GeneratedRegex(@"^(?<m>[a-zđ]\.)(?=\s+\p{Lu})")]
    private static partial Regex DottedLetterPattern();

    // A Party document's section numeral with a dash before a title in capitals ("II- NHIỆM VỤ"), OCR'd I read as 1, l
    // or H ("1- MỤC ĐÍCH", "HI- TỔ CHỨC").
    [GeneratedRegex(@"^(?<m>[IVXLHl1]{1,5}\s?-)(?=\s+\p{Lu}\p{Lu})")]
    private static partial Regex DashRomanPattern();

    /// <summary>The marker at the start of <paramref name="line"/> (leading spaces ignored), or null.</summary>
    public static string? Match(string line)
    {
        var s = line.AsSpan().TrimStart();
        if (!MayStartWithMarker(s)) return null; // most lines: skip the regex
        foreach (var m in MarkerPattern().EnumerateMatches(s)) return MarkerOf(s.Slice(m.Index, m.Length));
        foreach (var m in GluedDashPattern().EnumerateMatches(s)) return "-";
        foreach (var m in DottedLetterPattern().EnumerateMatches(s)) return MarkerOf(s.Slice(m.Index, m.Length));
        foreach (var m in DashRomanPattern().EnumerateMatches(s)) return MarkerOf(s.Slice(m.Index, m.Length));
        return null;
    }

    /// <summary>The marker of a pattern match: the match is the marker itself (the lookahead takes no characters).</summary>
    private static string MarkerOf(ReadOnlySpan<char> match) => match.ToString();

    /// <summary>A cheap test that rules out most lines: a marker starts with a bullet, a digit, "(" or a letter followed by "." or ")".</summary>
    private static bool MayStartWithMarker(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        char c = s[0];
        if (c is '-' or '+' or '*' or '•' or '–' or '‒' or '(' || char.IsAsciiDigit(c)) return true;
        if (!char.IsAsciiLetter(c) && c != 'đ') return false;
        for (int i = 1; i < s.Length && i < 7; i++)
        {
            if (s[i] is '.' or ')' or '-') return true;
            if (!char.IsAsciiLetter(s[i])) return false;
        }
        return false;
    }

    /// <summary>True when the line is nothing but a marker ("1.", "a)"), whose text followed on the next line.</summary>
    public static bool IsMarkerOnly(string line)
    {
        var s = line.Trim();
        return s.Length > 0 && Match(s) is { } m && m.Length == s.Length;
    }
}
