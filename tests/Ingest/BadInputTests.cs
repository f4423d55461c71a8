using System.IO.Compression;
using System.Text;

namespace DirectiveTracker.Ingest.Tests;

public class BadInputTests
{
    private static readonly DocumentIngestor Ingestor = IngestServices.CreateDefault();

    private static async Task<IngestException> Refusal(byte[] bytes, string name, DocumentIngestor? ingestor = null)
    {
        var e = await Assert.ThrowsAsync<IngestException>(() => (ingestor ?? Ingestor).IngestAsync(new MemoryStream(bytes), name));
        Assert.Equal(name, e.FileName);
        Assert.Contains(name, e.UserMessage);
        Assert.Contains(name, e.Message);
        Assert.True(HasVietnameseLetters(e.UserMessage), "the user's message is in Vietnamese");
        return e;
    }

    private static bool HasVietnameseLetters(string s) => s.Any(c => "ăâđêôơưáàảãạếềểễệíìịóòỏõọúùủũụ".Contains(char.ToLowerInvariant(c)));

    [Theory]
    [InlineData("", "rong.txt")]
    [InlineData(" \n\n \t\n", "trang.txt")]
    public async Task Empty_or_blank_file_is_refused(string content, string name) =>
        Assert.Equal(IngestErrorCode.Empty, (await Refusal(Encoding.UTF8.GetBytes(content), name)).Code);

    [Fact]
    public async Task Binary_junk_is_an_unknown_type()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        var e = await Refusal(junk, "rac.txt");
        Assert.Equal(IngestErrorCode.UnknownType, e.Code);
    }

    [Fact]
    public async Task A_docx_that_is_not_a_zip_is_refused()
    {
        var e = await Refusal(Encoding.UTF8.GetBytes("Kế hoạch số 1. Đây là văn bản thường."), "kehoach.docx");
        Assert.Equal(IngestErrorCode.ExtensionMismatch, e.Code);
        Assert.Contains(".docx", e.UserMessage);
    }

    [Fact]
    public async Task A_docx_that_is_a_zip_without_a_word_document_is_corrupt()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            using (var w = new StreamWriter(zip.CreateEntry("hello.txt").Open())) w.Write("xin chào");
        var e = await Refusal(ms.ToArray(), "nen.docx");
        Assert.Equal(IngestErrorCode.Corrupt, e.Code);
    }

    [Fact]
    public async Task A_pdf_named_file_that_is_text_is_read_as_text_with_a_warning()
    {
        var doc = await Ingestor.IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes("KẾ HOẠCH\n1. Nhiệm vụ.")), "kehoach.pdf");
        Assert.Equal(Model.SourceFormat.Txt, doc.Format);
        Assert.Contains(doc.Warnings, w => w.Code == "extension-mismatch");
    }

    [Fact]
    public async Task A_txt_named_pdf_is_detected_from_its_bytes()
    {
        // Without a PDF parser registered (this test's ingestor has TXT only) it is refused naming the format,
        // never read as text.
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
        Assert.Equal(SniffedKind.Pdf, FormatSniffer.Sniff(pdf));
        var txtOnly = new DocumentIngestor(new IngestOptions(), [new Txt.TxtParser()]);
        var e = await Refusal(pdf, "vanban.txt", txtOnly);
        Assert.Contains("PDF", e.UserMessage);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_parsing()
    {
        var small = new DocumentIngestor(new IngestOptions { MaxFileBytes = 100 }, [new Txt.TxtParser()]);
        var e = await Refusal(Encoding.UTF8.GetBytes(new string('a', 101)), "lon.txt", small);
        Assert.Equal(IngestErrorCode.TooLarge, e.Code);

        var path = Path.Combine(Path.GetTempPath(), $"dtrack-{Guid.NewGuid():N}-lon.txt");
        await File.WriteAllTextAsync(path, new string('b', 500));
        try
        {
            var fromPath = await Assert.ThrowsAsync<IngestException>(() => small.IngestAsync(path));
            Assert.Equal(IngestErrorCode.TooLarge, fromPath.Code);
            Assert.Contains(Path.GetFileName(path), fromPath.UserMessage);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task A_parser_that_crashes_becomes_a_corrupt_file_error()
    {
        var crashing = new DocumentIngestor(new IngestOptions(), [new CrashingParser()]);
        var e = await Refusal(Encoding.UTF8.GetBytes("văn bản"), "hong.txt", crashing);
        Assert.Equal(IngestErrorCode.Corrupt, e.Code);
        Assert.IsType<IndexOutOfRangeException>(e.InnerException);
    }

    [Theory]
    [InlineData("%PDF-1.4 rest", SniffedKind.Pdf)]
    [InlineData("Xin chào", SniffedKind.Text)]
    public void Sniffer_reads_the_bytes(string content, SniffedKind expected) =>
        Assert.Equal(expected, FormatSniffer.Sniff(Encoding.UTF8.GetBytes(content)));

    private sealed class CrashingParser : ISourceParser
    {
        public Model.SourceFormat Format => Model.SourceFormat.Txt;
        public Task<ParsedSource> ParseAsync(SourceFile file, CancellationToken ct) => throw new IndexOutOfRangeException("boom");
    }
}
