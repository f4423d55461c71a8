using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Pdf;
using DirectiveTracker.Ingest.Tests.Fixtures;
using DirectiveTracker.Ingest.Tools;
using Xunit.Abstractions;

namespace DirectiveTracker.Ingest.Tests.Pdf;

[Collection(OfficeCollection.Name)]
public class PdfParserTests(OfficeFixtures office, ITestOutputHelper output)
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    /// <summary>An OCR engine that records which page images it was given and returns a marker text.</summary>
    private sealed class RecordingOcr : IOcrEngine
    {
        public List<string> Images { get; } = new();

        public Task<string> RecognizeAsync(string fileName, string imagePath, CancellationToken ct)
        {
            lock (Images) Images.Add(Path.GetFileName(imagePath));
            Assert.True(File.Exists(imagePath));
            return Task.FromResult($"Văn bản nhận dạng từ {Path.GetFileName(imagePath)}");
        }
    }

    /// <summary>The parser as configured; with a <paramref name="pdftotext"/> given, pdftotext is the reader (the fallback path).</summary>
    private static PdfParser Parser(IOcrEngine ocr, string? pdftotext = null) =>
        new(new PopplerTools(new ExternalTool(pdftotext ?? "pdftotext", "poppler-utils", ToolTimeout),
                new ExternalTool("pdftoppm", "poppler-utils", ToolTimeout)),
            ocr, new PdfOcrSettings(MinLetters: 20, Dpi: 300, Parallelism: 2),
            reader: pdftotext is null ? PdfTextReader.PdfPig : PdfTextReader.Pdftotext);

    private static PdfParser Parser(IOcrEngine ocr, PdfOcrSettings settings) =>
        new(new PopplerTools(new ExternalTool("pdftotext", "poppler-utils", ToolTimeout),
                new ExternalTool("pdftoppm", "poppler-utils", ToolTimeout)), ocr, settings);

    private static Task<ParsedSource> ParseFile(PdfParser parser, string path, string? name = null) =>
        parser.ParseAsync(new SourceFile(name ?? Path.GetFileName(path), File.ReadAllBytes(path), SourceFormat.Pdf), default);

    [Fact]
    public async Task Text_pdf_keeps_its_pages_in_order_with_their_numbers()
    {
        var pdf = office.Pdf(OfficeFixtures.Seed003);
        var ocr = new RecordingOcr();
        var parsed = await ParseFile(Parser(ocr), pdf);

        var info = office.ToolText("pdfinfo", [pdf]);
        var pageCount = int.Parse(info.Split('\n').First(l => l.StartsWith("Pages:"))["Pages:".Length..].Trim());
        Assert.True(pageCount > 1);
        Assert.Equal(Enumerable.Range(1, pageCount), parsed.Pages.Select(p => p.Number));
        Assert.Empty(ocr.Images);
        Assert.All(parsed.Pages, p => Assert.False(p.Ocr));
        Assert.Null(parsed.Blocks);
        for (var n = 1; n <= pageCount; n++)
        {
            var firstLine = office.ToolText("pdftotext", ["-raw", "-f", $"{n}", "-l", $"{n}", pdf, "-"]).Split('\n')[0].Trim();
            Assert.StartsWith(firstLine, parsed.Pages[n - 1].Text.TrimStart());
        }

        var source = File.ReadAllText(RepoPaths.Corpus($"seeds/{OfficeFixtures.Seed003}.txt"));
        var accuracy = TextAccuracy.Words(source, string.Join("\n", parsed.Pages.Select(p => p.Text)));
        output.WriteLine($"word accuracy of the text layer against the seed: {accuracy:P2}");
        Assert.True(accuracy >= 0.99, $"word accuracy {accuracy:P2}");
        // Raw mode keeps line-final hyphens: the document number split over two lines stays "41-" + "CT/TW".
        Assert.DoesNotContain("41CT/TW", string.Join("\n", parsed.Pages.Select(p => p.Text)));
    }

    [Fact]
    public async Task Two_column_header_columns_stay_apart_in_the_default_text_mode()
    {
        // -layout would put "Số: 556/KH-UBND" and the date on one line; the number must stay on its own line.
        var parsed = await ParseFile(Parser(new RecordingOcr()), office.Pdf("header"));
        var lines = parsed.Pages.Single().Text.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains("Số: 556/KH-UBND", lines);
        Assert.Contains("Đồng Tháp, ngày 12 tháng 3 năm 2025", lines);
        Assert.True(lines.IndexOf("TỈNH ĐỒNG THÁP") < lines.IndexOf("Số: 556/KH-UBND"));
    }

    [Fact]
    public async Task Text_layer_in_TCVN3_codes_is_converted_with_a_warning()
    {
        var parsed = await ParseFile(Parser(new RecordingOcr()), office.Pdf("tcvn3"));
        var page = Assert.Single(parsed.Pages);
        Assert.Contains("thực hiện kế hoạch về công tác thi đua của các cơ quan, đơn vị trong tỉnh năm 2025.",
            TextAccuracy.Collapse(page.Text));
        Assert.Equal("legacy-tcvn3", Assert.Single(parsed.Warnings).Code);
    }

    [Fact]
    public void Create_takes_the_OCR_settings_from_the_ingest_options()
    {
        var parser = PdfParser.Create(new IngestOptions { OcrMinLetters = 7, OcrDpi = 150, OcrParallelism = 3, MaxOcrPages = 9 });
        Assert.Equal(new PdfOcrSettings(MinLetters: 7, Dpi: 150, Parallelism: 3, MaxPages: 9), parser.OcrSettings);
        var defaults = PdfParser.Create(new IngestOptions()).OcrSettings;
        Assert.Equal((20, 300, 200), (defaults.MinLetters, defaults.Dpi, defaults.MaxPages));
    }

    [Fact]
    public async Task Scanned_pages_past_the_OCR_cap_are_skipped_with_a_warning()
    {
        var threePages = Path.Combine(Path.GetTempPath(), $"dtrack-scanned3-{Guid.NewGuid():N}.pdf");
        office.ToolText("pdfunite", [office.Pdf("scanned"), office.Pdf("scanned"), office.Pdf("scanned"), threePages]);
        try
        {
            var ocr = new RecordingOcr();
            var parsed = await ParseFile(Parser(ocr, new PdfOcrSettings(MaxPages: 1)), threePages);

            Assert.Equal(["page-1.pgm"], ocr.Images);
            Assert.Equal([true, false, false], parsed.Pages.Select(p => p.Ocr));
            var skipped = Assert.Single(parsed.Warnings, w => w.Code == "ocr-skipped");
            Assert.Equal(2, skipped.Page);
            Assert.Contains("bỏ qua", skipped.Message);
            Assert.Contains("từ trang 2 đến trang 3", skipped.Message);
        }
        finally { File.Delete(threePages); }
    }

    [Fact]
    public async Task Scanned_pdf_has_no_text_layer_and_its_page_goes_to_OCR()
    {
        var pdf = office.Pdf("scanned");
        Assert.Equal("", office.ToolText("pdftotext", [pdf, "-"]).Trim());

        var ocr = new RecordingOcr();
        var parsed = await ParseFile(Parser(ocr), pdf);

        var page = Assert.Single(parsed.Pages);
        Assert.True(page.Ocr);
        Assert.Equal("Văn bản nhận dạng từ page-1.pgm", page.Text);
        var warning = Assert.Single(parsed.Warnings);
        Assert.Equal("ocr", warning.Code);
        Assert.Equal("Trang 1 được nhận dạng bằng OCR", warning.Message);
        Assert.Equal(1, warning.Page);
    }

    [Fact]
    public async Task Mixed_pdf_OCRs_only_the_scanned_page_and_reads_it_accurately()
    {
        var tesseract = new TesseractOcrEngine(TesseractOcrEngine.Tool("tesseract", ToolTimeout));
        var parsed = await ParseFile(Parser(tesseract), office.Pdf("mixed"));

        Assert.Equal([1, 2], parsed.Pages.Select(p => p.Number));
        Assert.False(parsed.Pages[0].Ocr);
        Assert.True(parsed.Pages[1].Ocr);
        Assert.Equal(["Trang 2 được nhận dạng bằng OCR"], parsed.Warnings.Select(w => w.Message));
        Assert.Contains("CHỈ THỊ", parsed.Pages[0].Text);

        var accuracy = TextAccuracy.Characters(office.ScannedPageSourceText, parsed.Pages[1].Text);
        output.WriteLine($"OCR character accuracy (1 - edit distance / length) on the 200 dpi scan: {accuracy:P2}");
        Assert.True(accuracy >= 0.9, $"OCR character accuracy {accuracy:P2} is below 90%");
    }

    [Fact]
    public async Task Encrypted_pdf_is_refused_as_encrypted()
    {
        var e = await Assert.ThrowsAsync<IngestException>(() => ParseFile(Parser(new RecordingOcr()), office.Pdf("locked"), "matkhau.pdf"));
        Assert.Equal(IngestErrorCode.Encrypted, e.Code);
        Assert.StartsWith("matkhau.pdf: ", e.UserMessage);
        Assert.Contains("mật khẩu", e.UserMessage);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated-header")]
    public async Task Corrupt_pdf_is_refused_as_corrupt(string kind)
    {
        var real = File.ReadAllBytes(office.Pdf(OfficeFixtures.Realdoc16));
        var bytes = kind == "garbage"
            ? "%PDF-1.4\nđây không phải là PDF\n"u8.ToArray()
            : real[..200];
        var e = await Assert.ThrowsAsync<IngestException>(() =>
            Parser(new RecordingOcr()).ParseAsync(new SourceFile("hong.pdf", bytes, SourceFormat.Pdf), default));
        Assert.Equal(IngestErrorCode.Corrupt, e.Code);
        Assert.Contains("hỏng", e.UserMessage);
    }

    [Fact]
    public async Task Hanging_pdftotext_times_out()
    {
        // pdftotext is the fallback reader: forced here, as when PdfPig cannot read a file.
        var pidFile = Path.Combine(Path.GetTempPath(), $"dtrack-{Guid.NewGuid():N}.pid");
        var parser = new PdfParser(
            new PopplerTools(new ExternalTool(FakeTools.Hanging(pidFile), "poppler-utils", TimeSpan.FromSeconds(1)),
                new ExternalTool("pdftoppm", "poppler-utils", ToolTimeout)),
            new RecordingOcr(), new PdfOcrSettings(), reader: PdfTextReader.Pdftotext);
        var e = await Assert.ThrowsAsync<IngestException>(() => ParseFile(parser, office.Pdf(OfficeFixtures.Realdoc16)));
        Assert.Equal(IngestErrorCode.Timeout, e.Code);
    }

    [Fact]
    public async Task Hanging_tesseract_times_out()
    {
        var pidFile = Path.Combine(Path.GetTempPath(), $"dtrack-{Guid.NewGuid():N}.pid");
        var hanging = new TesseractOcrEngine(new ExternalTool(FakeTools.Hanging(pidFile), "tesseract-ocr", TimeSpan.FromSeconds(1)));
        var e = await Assert.ThrowsAsync<IngestException>(() => ParseFile(Parser(hanging), office.Pdf("scanned")));
        Assert.Equal(IngestErrorCode.Timeout, e.Code);
        Assert.Contains("quá thời gian", e.UserMessage);
    }

    [Fact]
    public async Task Missing_pdftotext_says_which_package_to_install()
    {
        var e = await Assert.ThrowsAsync<IngestException>(() =>
            ParseFile(Parser(new RecordingOcr(), pdftotext: FakeTools.Missing), office.Pdf(OfficeFixtures.Realdoc16)));
        Assert.Equal(IngestErrorCode.ToolMissing, e.Code);
        Assert.Contains("poppler-utils", e.UserMessage);
    }

    [Fact]
    public async Task Missing_tesseract_says_which_package_to_install()
    {
        var missing = new TesseractOcrEngine(TesseractOcrEngine.Tool(FakeTools.Missing, ToolTimeout));
        var e = await Assert.ThrowsAsync<IngestException>(() => ParseFile(Parser(missing), office.Pdf("scanned")));
        Assert.Equal(IngestErrorCode.ToolMissing, e.Code);
        Assert.Contains("tesseract-ocr", e.UserMessage);
    }
}
