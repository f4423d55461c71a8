using DirectiveTracker.Ingest.Image;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Tests.Fixtures;
using Xunit.Abstractions;

namespace DirectiveTracker.Ingest.Tests.Image;

/// <summary>
/// Scanners' image files read like scanned PDF pages: decoded by ImageMagick to grey pages, straightened, read by
/// tesseract. The scans are page 1–3 of a LibreOffice PDF of seed 003, rendered by pdftoppm and saved by ImageMagick.
/// </summary>
[Collection(OfficeCollection.Name)]
public class ImageScanTests(OfficeFixtures office, ITestOutputHelper output)
{
    private string SeedPdf => office.Pdf(OfficeFixtures.Seed003);

    private static async Task<ParsedSource> ParseAsync(byte[] image, string name, IngestOptions? options = null) =>
        await ImageParser.Create(options ?? new IngestOptions()).ParseAsync(new SourceFile(name, image, SourceFormat.Image), default);

    private static string TextOf(ParsedSource parsed) => string.Join("\n", parsed.Pages.Select(p => p.Text));

    [Fact]
    public async Task A_png_scanned_2_degrees_askew_is_straightened_and_read_above_the_floor()
    {
        var scan = ScanFixtures.ScanImage(SeedPdf, 1, 300, 2, "png");

        var parsed = await ParseAsync(scan, "nghieng.png");
        var straightened = TextAccuracy.Characters(office.ScannedPageSourceText, TextOf(parsed));
        var askew = TextAccuracy.Characters(office.ScannedPageSourceText, TextOf(await ParseAsync(scan, "nghieng.png",
            new IngestOptions { OcrDeskew = false })));
        output.WriteLine($"character accuracy of a PNG turned 2°: deskewed {straightened:P1}, as scanned {askew:P1}");

        var warning = Assert.Single(parsed.Warnings, w => w.Code == "ocr-deskewed");
        Assert.Contains("2.0°", warning.Message);
        // Measured 98.7 % deskewed, 98.2 % as scanned (2026-12-05); the floor sits below it.
        Assert.True(straightened >= 0.95, $"deskewed accuracy {straightened:P1}");
    }

    [Fact]
    public async Task A_multi_page_tiff_is_read_page_by_page()
    {
        var scan = ScanFixtures.ScanImage(SeedPdf, [1, 2, 3], 200, 0, "tiff");

        var doc = await IngestServices.CreateDefault().IngestAsync(new MemoryStream(scan), "ba-trang.tif");

        Assert.Equal(SourceFormat.Image, doc.Format);
        Assert.Equal(3, doc.Pages.Count);
        Assert.Equal(3, doc.OcrPageCount);
        Assert.Contains(doc.Warnings, w => w.Code == "ocr" && w.Message.StartsWith("3 trang", StringComparison.Ordinal));
        for (var page = 1; page <= 3; page++)
        {
            var truth = office.ToolText("pdftotext", ["-f", $"{page}", "-l", $"{page}", "-raw", SeedPdf, "-"]);
            var read = string.Join("\n", doc.Blocks.Where(b => b.Page == page).Select(b => b.Text));
            var accuracy = TextAccuracy.Words(truth, read);
            output.WriteLine($"page {page}: word accuracy {accuracy:P1}");
            // Measured 87.5 %, 87.8 %, 95.6 % (bilevel Group 4 at 200 dpi, against the text layer before layout repair).
            Assert.True(accuracy >= 0.80, $"page {page}: word accuracy {accuracy:P1}");
        }
    }

    [Fact]
    public async Task A_colour_jpeg_scan_is_read_above_the_floor()
    {
        var scan = ScanFixtures.ScanImage(SeedPdf, 1, 300, 0, "jpeg", colour: true);

        var parsed = await ParseAsync(scan, "mau.jpg");

        var accuracy = TextAccuracy.Characters(office.ScannedPageSourceText, TextOf(parsed));
        output.WriteLine($"character accuracy of a colour JPEG: {accuracy:P1}");
        Assert.True(accuracy >= 0.95, $"accuracy {accuracy:P1}");
        Assert.DoesNotContain(parsed.Warnings, w => w.Code == "ocr-deskewed");
    }

    [Theory]
    [InlineData("png", "hong.png")]
    [InlineData("tiff", "hong.tif")]
    public async Task A_corrupt_image_gets_a_clear_Vietnamese_error(string target, string name)
    {
        // The header is whole (so the size check passes), the image data after it is cut off and replaced by noise.
        var scan = ScanFixtures.ScanImage(SeedPdf, 1, 50, 0, target);
        var damaged = scan.AsSpan(0, Math.Min(scan.Length, 200)).ToArray().Concat(Enumerable.Repeat((byte)0x5A, 400)).ToArray();

        var e = await Assert.ThrowsAsync<IngestException>(() => IngestServices.CreateDefault().IngestAsync(new MemoryStream(damaged), name));

        Assert.Equal(IngestErrorCode.Corrupt, e.Code);
        Assert.StartsWith($"{name}: ", e.UserMessage);
        Assert.Contains("bị hỏng", e.UserMessage);
        output.WriteLine(e.UserMessage);
    }

    [Fact]
    public async Task A_truncated_jpeg_keeps_what_decodes_and_says_it_is_damaged()
    {
        var scan = ScanFixtures.ScanImage(SeedPdf, 1, 100, 0, "jpeg");

        var parsed = await ParseAsync(scan[..(scan.Length / 2)], "cat-cut.jpg");

        Assert.Contains(parsed.Warnings, w => w.Code == "image-damaged" && w.Message.Contains("bị hỏng một phần", StringComparison.Ordinal));
    }
}
