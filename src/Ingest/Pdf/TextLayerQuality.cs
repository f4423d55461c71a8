namespace DirectiveTracker.Ingest.Pdf;

/// <summary>Decides whether a PDF page's text layer can be used or the page must be OCR'd.</summary>
/// <remarks>
/// A scanned page has no text layer (few letters). A page printed with fonts that lack a Unicode map has one
/// that is junk: private-use code points, U+FFFD, control characters or letters of scripts Vietnamese never uses.
/// </remarks>
public static class TextLayerQuality
{
    /// <summary>Share of junk among non-space characters above which the layer is not used.</summary>
    public const double MaxJunkShare = 0.3;

    public static bool IsUsable(string text, int minLetters)
    {
        int letters = 0, junk = 0, visible = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            visible++;
            if (IsJunk(c)) junk++;
            else if (char.IsLetter(c)) letters++;
        }
        return letters >= minLetters && junk <= MaxJunkShare * visible;
    }

    private static bool IsJunk(char c) =>
        c == '\uFFFD'
        || char.IsControl(c)
        || c is >= '\uE000' and <= '\uF8FF'
        || char.IsSurrogate(c)
        || char.IsLetter(c) && !IsLatinScript(c);

    // Vietnamese (and legacy TCVN3/VNI text shown as Latin-1) lives in these blocks.
    private static bool IsLatinScript(char c) =>
        c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF' || c is >= '\u0300' and <= '\u036F';
}
