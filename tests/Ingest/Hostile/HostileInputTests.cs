using System.Diagnostics;
using System.Text;
using DirectiveTracker.Ingest.Docx;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Tests.Fixtures;
using Xunit.Abstractions;

namespace DirectiveTracker.Ingest.Tests.Hostile;

/// <summary>
/// Small inputs that used to take the machine (issue 8): each finishes within a generous bound or is refused with a
/// message naming the limit. Inputs are generated here; the figures are printed for the closing table.
/// </summary>
public class HostileInputTests(ITestOutputHelper output)
{
    private static async Task<IngestException> Refused(DocumentIngestor ingestor, byte[] bytes, string name)
    {
        var e = await Assert.ThrowsAsync<IngestException>(() => ingestor.IngestAsync(new MemoryStream(bytes), name));
        Assert.StartsWith(name, e.UserMessage);
        return e;
    }

    private void Report(string what, Stopwatch watch, long allocatedBefore) =>
        output.WriteLine($"{what}: {watch.Elapsed.TotalSeconds:0.00} s, {(GC.GetTotalAllocatedBytes(true) - allocatedBefore) / 1048576.0:0} MiB allocated");

    [Fact]
    public void Hard_wrap_joining_of_many_unpunctuated_paragraphs_is_linear()
    {
        // Paragraphs that end mid-sentence make the whole run one paragraph: joining it used to re-join every prefix.
        static IReadOnlyList<StructuredBlock> Paragraphs(int n) =>
            Enumerable.Range(0, n).Select(i => new StructuredBlock(BlockKind.Paragraph,
                $"các cơ quan đơn vị thực hiện nhiệm vụ tuyên truyền phổ biến giáo dục pháp luật số {i} và", 1)).ToList();
        var wrapped = new HardWrappedParagraphs();
        double Seconds(int n)
        {
            var blocks = Paragraphs(n);
            var plain = Enumerable.Range(0, n).ToHashSet();
            Assert.True(wrapped.LooksHardWrapped(blocks, plain));
            var watch = Stopwatch.StartNew();
            var joined = wrapped.Join(blocks, plain);
            watch.Stop();
            Assert.Single(joined);
            return watch.Elapsed.TotalSeconds;
        }
        Seconds(2_000); // warm-up
        double small = Seconds(20_000), large = Seconds(80_000); // ≈ 1.7 MB and 7 MB of text
        output.WriteLine($"hard-wrap join: 20,000 paragraphs {small:0.000} s, 80,000 paragraphs {large:0.000} s");
        Assert.True(large < 10, $"80,000 paragraphs took {large:0.0} s");
        Assert.True(large < 16 * small + 0.5, $"4× the paragraphs took {large / small:0.0}× the time: not linear");
    }

    [Fact]
    public async Task A_one_line_text_over_the_text_limit_is_refused_quickly_naming_the_limit()
    {
        var ingestor = IngestServices.CreateDefault();
        var bytes = Encoding.UTF8.GetBytes(HostileInputs.OneLine(20_000_000 / 3 * 2)); // ≈ 20 MB of UTF-8, 13 M chars
        long allocated = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        var e = await Refused(ingestor, bytes, "motdong.txt");
        Report("20 MB one-line text", watch, allocated);
        Assert.Equal(IngestErrorCode.LimitExceeded, e.Code);
        Assert.Contains("MaxTextChars", e.Message);
        Assert.Contains("5.000.000 ký tự", e.UserMessage);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_one_line_text_under_the_limit_is_read_in_linear_time()
    {
        var ingestor = IngestServices.CreateDefault();
        double Seconds(int chars)
        {
            var bytes = Encoding.UTF8.GetBytes(HostileInputs.OneLine(chars));
            var watch = Stopwatch.StartNew();
            var doc = ingestor.IngestAsync(new MemoryStream(bytes), "motdong.txt").GetAwaiter().GetResult();
            Assert.True(doc.Text.Length >= chars - 2);
            return watch.Elapsed.TotalSeconds;
        }
        Seconds(100_000);
        double small = Seconds(1_000_000), large = Seconds(4_000_000);
        output.WriteLine($"one-line text ingest: 1 M chars {small:0.00} s, 4 M chars {large:0.00} s");
        Assert.True(large < 60, $"4 M characters took {large:0.0} s");
        Assert.True(large < 10 * small + 1, $"4× the text took {large / small:0.0}× the time");
    }

    [Fact]
    public async Task Too_many_words_are_refused_naming_the_limit()
    {
        var ingestor = IngestServices.CreateDefault(new IngestOptions { MaxWordsPerDocument = 10_000 });
        var e = await Refused(ingestor, Encoding.UTF8.GetBytes(HostileInputs.OneLine(200_000)), "nhieutu.txt");
        Assert.Equal(IngestErrorCode.LimitExceeded, e.Code);
        Assert.Contains("MaxWordsPerDocument", e.Message);
        Assert.Contains("10.000 từ", e.UserMessage);
    }

    [Fact]
    public async Task A_PDF_with_too_many_pages_is_refused_naming_the_limit()
    {
        var ingestor = IngestServices.CreateDefault(new IngestOptions { MaxPages = 20 });
        var watch = Stopwatch.StartNew();
        var e = await Refused(ingestor, HostileInputs.Pdf(25), "dai.pdf");
        // Refused before any page is rendered for OCR (25 blank pages would each be).
        Assert.Equal(IngestErrorCode.LimitExceeded, e.Code);
        Assert.Contains("MaxPages", e.Message);
        Assert.Contains("25 trang", e.UserMessage);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_small_PDF_that_expands_to_megabytes_of_text_is_refused_naming_the_limit()
    {
        // ≈ 150 KB of PDF, 6 MB of text (one shared page content): the text limit stops it before layout repair.
        var pdf = HostileInputs.Pdf(1_000, "Cac co quan don vi thuc hien nhiem vu tuyen truyen pho bien giao duc", 90);
        var ingestor = IngestServices.CreateDefault(new IngestOptions { MaxTextChars = 1_000_000 });
        long allocated = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        var e = await Refused(ingestor, pdf, "no.pdf");
        Report($"{pdf.Length / 1024} KB PDF with 6 MB of text", watch, allocated);
        Assert.Equal(IngestErrorCode.LimitExceeded, e.Code);
        Assert.Contains("MaxTextChars", e.Message);
        // Seconds on a quiet machine; the bound is generous for a loaded CI host (35 s seen at load average 50).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"took {watch.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task Blank_pages_are_named_as_blank_and_not_read_by_OCR()
    {
        var progress = new List<PageProgress>();
        var ingestor = IngestServices.CreateDefault(pageProgress: new SyncProgress(progress));
        var watch = Stopwatch.StartNew();
        // Small pages keep rendering cheap; 12 of them without a letter.
        var e = await Refused(ingestor, HostileInputs.Pdf(12, widthPt: 300, heightPt: 400), "trang-trang.pdf");
        output.WriteLine($"12 blank pages: {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(IngestErrorCode.BlankPages, e.Code);
        Assert.Contains("cả 12 trang", e.UserMessage);
        Assert.Contains("trắng", e.UserMessage);
        Assert.Equal(12, progress.Max(p => p.Done));
        Assert.All(progress, p => Assert.Equal(12, p.Total));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task A_file_over_its_time_budget_is_refused_naming_the_limit()
    {
        var slow = new DocumentIngestor(new IngestOptions { MaxTimePerFile = TimeSpan.FromMilliseconds(300) }, [new StallingParser()]);
        var watch = Stopwatch.StartNew();
        var e = await Refused(slow, Encoding.UTF8.GetBytes("văn bản"), "cham.txt");
        Assert.Equal(IngestErrorCode.LimitExceeded, e.Code);
        Assert.Contains("MaxTimePerFile", e.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task One_stray_byte_keeps_a_UTF8_file_UTF8_with_a_warning()
    {
        var text = string.Concat(Enumerable.Repeat("Ủy ban nhân dân tỉnh Đồng Tháp chỉ đạo các sở, ngành thực hiện nhiệm vụ.\n", 200));
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        bytes.Insert(5000, 0xFF);
        var doc = await IngestServices.CreateDefault().IngestAsync(new MemoryStream(bytes.ToArray()), "lech.txt");
        Assert.Contains("Ủy ban nhân dân tỉnh Đồng Tháp", doc.Text);
        Assert.DoesNotContain(doc.Warnings, w => w.Code == "windows-1258");
        var warning = Assert.Single(doc.Warnings, w => w.Code == "utf8-invalid-bytes");
        Assert.Contains("1 chỗ", warning.Message);
        Assert.Single(doc.Text, c => c == '\uFFFD');
    }

    /// <summary>Records reports as they come (Progress&lt;T&gt; posts them later, on the thread pool).</summary>
    private sealed class SyncProgress(List<PageProgress> into) : IProgress<PageProgress>
    {
        public void Report(PageProgress value) { lock (into) into.Add(value); }
    }

    private sealed class StallingParser : ISourceParser
    {
        public SourceFormat Format => SourceFormat.Txt;

        public async Task<ParsedSource> ParseAsync(SourceFile file, CancellationToken ct)
        {
            await Task.Delay(TimeSpan.FromMinutes(5), ct);
            return new ParsedSource([], null, []);
        }
    }
}
