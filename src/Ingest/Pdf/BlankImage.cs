namespace DirectiveTracker.Ingest.Pdf;

/// <summary>
/// Tells a blank page from a rendered greyscale page (binary PGM, as pdftoppm -gray writes it) by counting dark
/// pixels, so that OCR is not run on empty sheets: a scan of 300 blank pages took minutes to end in nothing.
/// </summary>
public static class BlankImage
{
    /// <summary>A page with fewer dark pixels than this share (1 in 20,000: less than one short word at 300 dpi) is blank.</summary>
    public const double MaxDarkShare = 1.0 / 20_000;

    /// <summary>Resolution of the quick look taken before a page is rendered for OCR: a blank page is never rendered at full size.</summary>
    public const int ProbeDpi = 36;

    /// <summary>True when the PGM at <paramref name="path"/> is (nearly) all light; false when unsure or not an 8-bit PGM.</summary>
    /// <param name="darkBelow">A pixel darker than this share of white is ink (½; a coarse probe uses a lighter cut, as its
    /// small text is grey).</param>
    public static bool IsBlank(string path, double darkBelow = 0.5)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        if (ReadToken(stream) != "P5") return false;
        if (!long.TryParse(ReadToken(stream), out var width) || !long.TryParse(ReadToken(stream), out var height)
            || !int.TryParse(ReadToken(stream), out var maxValue) || maxValue is <= 0 or > 255 || width <= 0 || height <= 0)
            return false;
        long pixels = width * height, maxDark = (long)(pixels * MaxDarkShare), dark = 0, seen = 0;
        int threshold = (int)(maxValue * darkBelow);
        var buffer = new byte[1 << 16];
        int read;
        while (seen < pixels && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, pixels - seen))) > 0)
        {
            for (int i = 0; i < read; i++)
                if (buffer[i] < threshold && ++dark > maxDark) return false;
            seen += read;
        }
        return seen == pixels;
    }

    /// <summary>The next whitespace-separated header token; '#' comments skipped. Consumes the one whitespace after it.</summary>
    internal static string? ReadToken(Stream s)
    {
        var token = new System.Text.StringBuilder();
        int b;
        while ((b = s.ReadByte()) >= 0)
        {
            if (b == '#' && token.Length == 0) { while ((b = s.ReadByte()) >= 0 && b != '\n') { } continue; }
            if (b is ' ' or '\t' or '\n' or '\r')
            {
                if (token.Length > 0) return token.ToString();
                continue;
            }
            token.Append((char)b);
            if (token.Length > 20) return null;
        }
        return token.Length > 0 ? token.ToString() : null;
    }
}
