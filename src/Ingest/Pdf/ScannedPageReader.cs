using System.Globalization;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Pdf;

/// <summary>What OCR read on one scanned page, and the skew the page was turned by when it was fed askew.</summary>
public sealed record ScannedPageText(string Text, double? Skew)
{
    /// <summary>The "ocr-deskewed" warning for page <paramref name="page"/>, or null when the page was not turned.</summary>
    public IngestWarning? DeskewWarning(int page) => Skew is { } degrees
        ? new IngestWarning("ocr-deskewed",
            $"Trang {page} được quét nghiêng {Math.Abs(degrees).ToString("0.0", CultureInfo.InvariantCulture)}° "
            + "và đã được xoay thẳng trước khi nhận dạng chữ.", page)
        : null;
}

/// <summary>
/// Reads one scanned page held as an 8-bit greyscale PGM, whatever it came from (a PDF page rendered by pdftoppm, a
/// scanner's image decoded by ImageMagick): a blank sheet is skipped, the page is straightened and binarised as
/// configured (<see cref="ScanCleanup"/>), then read by OCR. The PGM is changed in place.
/// </summary>
public sealed class ScannedPageReader(IOcrEngine ocr, bool deskew, bool binarise)
{
    public async Task<ScannedPageText> ReadAsync(string fileName, string pgmPath, CancellationToken ct)
    {
        if (BlankImage.IsBlank(pgmPath)) return new("", null);
        var cleanup = deskew || binarise ? ScanCleanup.Clean(pgmPath, deskew, binarise) : null;
        var text = await ocr.RecognizeAsync(fileName, pgmPath, ct).ConfigureAwait(false);
        return new(text, cleanup is { Rotated: true } ? cleanup.SkewDegrees : null);
    }
}
