using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Pdf;
using DirectiveTracker.Ingest.Tests.Fixtures;
using DirectiveTracker.Ingest.Tools;

namespace DirectiveTracker.Ingest.Tests.Pdf;

/// <summary>The PdfPig text layer on LibreOffice PDFs: positions put to use, and the pdftotext fallback.</summary>
[Collection(OfficeCollection.Name)]
public class PdfPigTextLayerTests(OfficeFixtures office)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static PdfParser Parser(PdfTextReader reader = PdfTextReader.PdfPig, string pdftotext = "pdftotext") =>
        new(new PopplerTools(new ExternalTool(pdftotext, "poppler-utils", Timeout), new ExternalTool("pdftoppm", "poppler-utils", Timeout)),
            new TesseractOcrEngine(TesseractOcrEngine.Tool("tesseract", Timeout)), new PdfOcrSettings(), reader: reader);

    private static DocumentIngestor Ingestor(PdfParser parser) => new(new IngestOptions(), [parser]);

    [Fact]
    public async Task Appendix_rows_keep_their_owners_in_their_own_cells_across_pages()
    {
        var pdf = office.Pdf("appendix");
        Assert.True(FixtureTools.PageCount(pdf) >= 2, "the fixture table must run across pages");
        var doc = await Ingestor(Parser()).IngestAsync(pdf);

        var rows = doc.Blocks.Where(b => b.Kind == BlockKind.Table).SelectMany(b => b.Rows!).ToList();
        foreach (var expected in FixtureTools.AppendixRows)
        {
            var matching = rows.Where(r => r.Count == 5 && r[1] == expected[1]).ToList();
            Assert.Equal(OfficeFixtures.AppendixRepeat, matching.Count);
            Assert.All(matching, r => Assert.Equal(expected[2..], r.Skip(2)));   // lead body, coordinating bodies, deadline
        }
        Assert.DoesNotContain(doc.Warnings, w => w.Code == "pdf-reader-fallback");
    }

    [Fact]
    public async Task A_table_without_rules_is_read_as_rows_whose_owners_stay_with_their_task()
    {
        var doc = await Ingestor(Parser()).IngestAsync(office.Pdf("aligned"));

        var rows = doc.Blocks.Where(b => b.Kind == BlockKind.Table).SelectMany(b => b.Rows!).ToList();
        Assert.Contains(rows, r => r.SequenceEqual(["STT", "Tên nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]));
        foreach (var expected in FixtureTools.AppendixRows)
            Assert.Contains(rows, r => r.SequenceEqual(expected));   // task, lead body, coordinating bodies, deadline in one row
        // The header's two columns and the paragraphs around the table are not cut into cells.
        Assert.Contains(doc.Blocks, b => b.Text == "Số: 556/KH-UBND");
        Assert.Contains(doc.Blocks, b => b.Kind != BlockKind.Table && b.Text.StartsWith("Thực hiện Nghị quyết số 48/NQ-CP", StringComparison.Ordinal));
        Assert.Contains(doc.Blocks, b => b.Kind != BlockKind.Table && b.Text.StartsWith("Các bộ, ngành, địa phương căn cứ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_table_without_rules_across_two_pages_keeps_each_row_s_cells_on_both_pages()
    {
        var pdf = office.Pdf("aligned-pages");
        Assert.Equal(2, FixtureTools.PageCount(pdf));
        var pages = new PdfPigTextLayer(1).Read(pdf, File.ReadAllBytes(pdf), default);
        Assert.All(pages, p => Assert.Contains("| Bộ Y tế | Bảo hiểm xã hội Việt Nam |", p.Text));   // the table runs on both pages

        var doc = await Ingestor(Parser()).IngestAsync(pdf);

        var rows = doc.Blocks.Where(b => b.Kind == BlockKind.Table).SelectMany(b => b.Rows!).ToList();
        foreach (var expected in FixtureTools.AppendixRows)
            Assert.Equal(OfficeFixtures.AppendixRepeat, rows.Count(r => r.SequenceEqual(expected)));
        Assert.Equal(1 + OfficeFixtures.AppendixRepeat * FixtureTools.AppendixRows.Count, rows.Count);   // no row cut into two
        Assert.Contains(doc.Blocks, b => b.Kind != BlockKind.Table && b.Text.StartsWith("Các bộ, ngành, địa phương căn cứ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Runs_in_VnTime_fonts_are_converted_by_their_font_name()
    {
        var pdf = office.Pdf("vntime");
        var fonts = office.ToolText("pdffonts", [pdf]);
        Assert.Contains("+.VnTime ", fonts);
        Assert.Contains("+.VnTimeH ", fonts);

        var doc = await Ingestor(Parser()).IngestAsync(pdf);

        Assert.Contains(doc.Blocks, b => b.Text == "KẾ HOẠCH");
        Assert.Contains("thực hiện kế hoạch về công tác thi đua của các cơ quan, đơn vị trong tỉnh năm 2025.", doc.Text);
        Assert.Contains("Sở Nội vụ chủ trì, phối hợp với các sở, ngành, địa phương", doc.Text);   // Unicode runs as they are
        // Mostly Unicode, the page's text does not give the codes away: without the font names they stay codes.
        var raw = await Ingestor(Parser(PdfTextReader.Pdftotext)).IngestAsync(pdf);
        Assert.Contains(OfficeFixtures.Tcvn3Sentence, raw.Text);
    }

    [Fact]
    public async Task Pdftotext_alone_loses_the_appendix_cells()
    {
        // What PdfPig's positions fix: -raw gives each cell's lines as separate lines, so no table rows at all.
        var doc = await Ingestor(Parser(PdfTextReader.Pdftotext)).IngestAsync(office.Pdf("appendix"));
        Assert.DoesNotContain(doc.Blocks, b => b.Rows is { Count: > 0 } rows && rows.Any(r => r.Contains("Bộ Tài chính")));
    }

    [Fact]
    public void Pages_read_side_by_side_give_the_text_of_pages_read_one_after_the_other()
    {
        // Long enough for several workers; the appendix keeps its cross-page join, which runs after all pages are read.
        var joined = Path.Combine(Path.GetTempPath(), $"dtrack-joined-{Guid.NewGuid():N}.pdf");
        var parts = Enumerable.Repeat(new[] { office.Pdf(OfficeFixtures.Seed003), office.Pdf("appendix"), office.Pdf(OfficeFixtures.Realdoc16) }, 4)
            .SelectMany(p => p).ToList();
        FixtureTools.Poppler("pdfunite", [.. parts, joined]);
        try
        {
            var bytes = File.ReadAllBytes(joined);
            var parallel = new PdfPigTextLayer(3);
            Assert.True(parallel.Workers(FixtureTools.PageCount(joined)) == 3, "the file must be long enough for three workers");
            var one = new PdfPigTextLayer(1).Read(joined, bytes, default);
            var three = parallel.Read(joined, bytes, default);
            Assert.Equal(one.Select(p => (p.Number, p.Text)), three.Select(p => (p.Number, p.Text)));
            Assert.Contains(three, p => p.Text.Contains("| Bộ Tài chính", StringComparison.Ordinal));
        }
        finally { File.Delete(joined); }
    }

    [Fact]
    public async Task Header_number_stays_apart_from_the_date()
    {
        var doc = await Ingestor(Parser()).IngestAsync(office.Pdf("header"));
        Assert.Contains(doc.Blocks, b => b.Text == "Số: 556/KH-UBND");
        Assert.Contains(doc.Blocks, b => b.Text.StartsWith("Đồng Tháp, ngày 12 tháng 3 năm 2025", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_matches_pdftotext_raw_line_for_line_on_a_corpus_pdf()
    {
        var pdf = office.Pdf(OfficeFixtures.Seed003);
        var pig = await Parser().ParseAsync(new SourceFile("a.pdf", await File.ReadAllBytesAsync(pdf), SourceFormat.Pdf), default);
        var raw = await Parser(PdfTextReader.Pdftotext).ParseAsync(new SourceFile("a.pdf", await File.ReadAllBytesAsync(pdf), SourceFormat.Pdf), default);
        Assert.Equal(raw.Pages.Count, pig.Pages.Count);
        var accuracy = TextAccuracy.Words(string.Join("\n", raw.Pages.Select(p => p.Text)), string.Join("\n", pig.Pages.Select(p => p.Text)));
        Assert.True(accuracy >= 0.995, $"word accuracy against pdftotext -raw {accuracy:P2}");
    }

    [Fact]
    public async Task A_file_PdfPig_cannot_read_falls_back_to_pdftotext_and_says_so()
    {
        // Cut the cross-reference table and trailer off: PdfPig refuses it, poppler rebuilds it by scanning objects.
        var bytes = await File.ReadAllBytesAsync(office.Pdf("header"));
        var xref = bytes.AsSpan().LastIndexOf("xref"u8);
        var damaged = bytes[..xref];
        var parsed = await Parser().ParseAsync(new SourceFile("hong.pdf", damaged, SourceFormat.Pdf), default);
        if (parsed.Warnings.Any(w => w.Code == "pdf-reader-fallback"))
            Assert.Contains("pdftotext", parsed.Warnings.First(w => w.Code == "pdf-reader-fallback").Message);
        Assert.Contains("556/KH-UBND", string.Join("\n", parsed.Pages.Select(p => p.Text)));
    }

    [Fact]
    public async Task A_user_password_pdf_is_refused_in_Vietnamese()
    {
        var e = await Assert.ThrowsAsync<IngestException>(() => Ingestor(Parser()).IngestAsync(office.Pdf("locked")));
        Assert.Equal(IngestErrorCode.Encrypted, e.Code);
        Assert.Contains("mật khẩu", e.UserMessage);
    }

    [Fact]
    public async Task An_owner_only_restricted_pdf_opens_and_is_read_by_PdfPig()
    {
        Assert.Contains("Encrypted:       yes", office.ToolText("pdfinfo", [office.Pdf("restricted")]));

        var doc = await Ingestor(Parser()).IngestAsync(office.Pdf("restricted"));

        Assert.Contains("thực hiện Chỉ thị số 41-CT/TW", doc.Text);
        Assert.DoesNotContain(doc.Warnings, w => w.Code == "pdf-reader-fallback");
    }

    [Fact]
    public void Page_raster_lowers_the_dpi_of_a_huge_page_within_the_pixel_cap()
    {
        Assert.Equal(300, PageRaster.Dpi(595, 842, 300, 35_000_000));                  // A4 at 300 dpi: 8.7 MP
        var dpi = PageRaster.Dpi(7200, 7200, 300, 35_000_000);                         // 100 × 100 inch
        Assert.InRange(dpi, PageRaster.MinDpi, 60);
        Assert.True(100.0 * dpi * 100.0 * dpi <= 35_000_000);
    }
}
