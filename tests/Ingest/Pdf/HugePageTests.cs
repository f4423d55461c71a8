using System.Diagnostics;
using System.Text;
using DirectiveTracker.Ingest.Model;
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

    /// <summary>A one-page PDF of <paramref name="inches"/> × <paramref name="inches"/> with a square drawn on it and no text.</summary>
    internal static byte[] BlankPagePdf(int inches)
    {
        var size = inches * 72;
        var content = "0 0 0 rg 72 72 144 144 re f";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {size} {size}] /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(sb.ToString()));
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(sb.ToString());
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

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
        var pdf = BlankPagePdf(100);
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
        await parser.ParseAsync(new SourceFile("khong-lo.pdf", BlankPagePdf(100), SourceFormat.Pdf), default);
        // The blank-page probe (itself cropped) may spare the full render; whatever is rendered stays within the cap.
        Assert.InRange(ocr.LargestImageBytes, 0, cap + 100);
    }
}
