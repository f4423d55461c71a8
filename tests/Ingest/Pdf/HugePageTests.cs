using System.Diagnostics;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Tests.Fixtures;
using DirectiveTracker.Ingest.Pdf;
using DirectiveTracker.Ingest.Tools;

namespace DirectiveTracker.Ingest.Tests.Pdf;

/// <summary>
/// Issue 8: a 553-byte PDF with one 100×100-inch page wrote 859 MB to /tmp and peaked at 3.3 GB when rendered for
/// OCR at 300 dpi. Pages are now rendered within a pixel cap: a lower dpi, a warning, and a crop as the hard bound.
/// </summary>
public class HugePageTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Records the size of every page image it is given (the render is what must stay bounded).</summary>
    private sealed class MeasuringOcr : IOcrEngine
    {
        public long LargestImageBytes;

        public Task<string> RecognizeAsync(string fileName, string imagePath, CancellationToken ct)
        {
            Interlocked.Exchange(ref LargestImageBytes, Math.Max(LargestImageBytes, new FileInfo(imagePath).Length));
            return Task.FromResult("Trang trắng.");
        }
    }

    [Fact]
    public async Task A_100_inch_page_is_rendered_within_the_pixel_cap_with_a_warning()
    {
        var pdf = HostileInputs.HugePagePdf(100);
        Assert.True(pdf.Length < 1024, $"{pdf.Length} bytes");
        const long cap = 35_000_000;
        var ocr = new MeasuringOcr();
        var parser = new PdfParser(new PopplerTools(new ExternalTool("pdftotext", "poppler-utils", Timeout),
            new ExternalTool("pdftoppm", "poppler-utils", Timeout)), ocr, new PdfOcrSettings(MaxPagePixels: cap));

        var clock = Stopwatch.StartNew();
        var parsed = await parser.ParseAsync(new SourceFile("khong-lo.pdf", pdf, SourceFormat.Pdf), default);
        clock.Stop();

        // Greyscale PGM: one byte per pixel plus a short header. At 300 dpi this page would be 900 MP.
        Assert.InRange(ocr.LargestImageBytes, 1, cap + 100);
        var warning = Assert.Single(parsed.Warnings, w => w.Code == "page-too-large");
        Assert.Contains("triệu điểm ảnh", warning.Message);   // names the limit
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(45), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task The_crop_bounds_the_render_even_when_the_page_size_is_unknown()
    {
        // Forced onto pdftotext, the parser knows no page size: the -W/-H crop alone must hold the cap.
        const long cap = 4_000_000;
        var ocr = new MeasuringOcr();
        var parser = new PdfParser(new PopplerTools(new ExternalTool("pdftotext", "poppler-utils", Timeout),
            new ExternalTool("pdftoppm", "poppler-utils", Timeout)), ocr, new PdfOcrSettings(MaxPagePixels: cap),
            reader: PdfTextReader.Pdftotext);
        await parser.ParseAsync(new SourceFile("khong-lo.pdf", HostileInputs.HugePagePdf(100), SourceFormat.Pdf), default);
        // The blank-page probe (itself cropped) may spare the full render; whatever is rendered stays within the cap.
        Assert.InRange(ocr.LargestImageBytes, 0, cap + 100);
    }
}
