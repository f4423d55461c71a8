using System.Text.RegularExpressions;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>Recognises the list marker a line starts with: "I.", "1.", "1.1.", "a)", "A.", "-", "+", "*", "•".</summary>
public static partial class ListMarker
{
    // Roman numerals (first letter a capital: "Ii." is a lower-cased "II."), numbers and sub-numbers,
    // letters with ")" (Vietnamese has đ), capital section letters, bullets.
    [GeneratedRegex(@"^(?<m>[IVXL][IVXLivxl]{0,4}\.|\d{1,2}(?:\.\d{1,2}){0,3}\.|\d{1,2}(?:\.\d{1,2}){1,3}|\d{1,2}\)|\(\d{1,2}\)|[a-zđ]\)|\([a-zđ]\)|[A-HK-UW-Z]\.|[-+*•–‒])(?=\s|$)")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"^(?<m>-)(?=\p{Lu})")]
    private static partial Regex GluedDashPattern();

    /// <summary>The marker at the start of <paramref name="line"/> (leading spaces ignored), or null.</summary>
    public static string? Match(string line)
    {
        var s = line.TrimStart();
        var m = MarkerPattern().Match(s);
        if (m.Success) return m.Groups["m"].Value;
        m = GluedDashPattern().Match(s);
        return m.Success ? m.Groups["m"].Value : null;
    }

    /// <summary>True when the line is nothing but a marker ("1.", "a)"), whose text followed on the next line.</summary>
    public static bool IsMarkerOnly(string line)
    {
        var s = line.Trim();
        return s.Length > 0 && Match(s) is { } m && m.Length == s.Length;
    }
}
