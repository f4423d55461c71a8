using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Tests;

public class DocumentIngestorCorpusTests
{
    private static readonly DocumentIngestor Ingestor = IngestServices.CreateDefault();

    private static IngestedDocument Ingest(string path) => Ingestor.IngestAsync(path).GetAwaiter().GetResult();

    public static TheoryData<string> AllCorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Corpus.Seeds.Concat(Corpus.RealDocs).Where(f => !f.EndsWith("README.md"))) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory, MemberData(nameof(AllCorpusFiles))]
    public async Task Every_seed_and_realdoc_ingests_with_consistent_offsets(string name)
    {
        var path = Corpus.Seeds.Concat(Corpus.RealDocs).Single(f => Path.GetFileName(f) == name);
        var doc = await Ingestor.IngestAsync(path);
        Assert.Equal(SourceFormat.Txt, doc.Format);
        Assert.Equal(64, doc.Sha256.Length);
        Assert.NotEmpty(doc.Blocks);
        int previousEnd = -1;
        foreach (var b in doc.Blocks)
        {
            Assert.Equal(b.Text, doc.Text.Substring(b.Start, b.Length));
            Assert.True(b.Start > previousEnd, "blocks are ordered and separated");
            previousEnd = b.End;
            Assert.DoesNotContain('\n', b.Kind == BlockKind.Table ? "" : b.Text);
            if (b.Kind == BlockKind.ListItem) Assert.StartsWith(b.Marker!, b.Text);
        }
        // Footnotes come after the body.
        var kinds = doc.Blocks.Select(b => b.Kind).ToList();
        int firstFootnote = kinds.IndexOf(BlockKind.Footnote);
        if (firstFootnote >= 0) Assert.All(kinds.Skip(firstFootnote), k => Assert.Equal(BlockKind.Footnote, k));
        Assert.Equal(doc.Text, doc.Text.Normalize(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Seed_003_paragraphs_come_out_whole()
    {
        var doc = Ingest(Corpus.Seed("003"));
        var item = Assert.Single(doc.Blocks, b => b.Text.StartsWith("- Tổ chức nghiên cứu, tuyên truyền"));
        Assert.Equal(BlockKind.ListItem, item.Kind);
        Assert.Equal("-", item.Marker);
        Assert.Contains("trong tình hình mới. Qua đó, đưa việc thi đua thực sự trở thành ý thức tự giác", item.Text);
        Assert.EndsWith("của tỉnh, của đất nước.", item.Text);

        // No body block starts mid-sentence (a lower-case start is allowed only under a heading, e.g. a title's second line).
        for (int i = 0; i < doc.Blocks.Count; i++)
        {
            var b = doc.Blocks[i];
            if (b.Kind is BlockKind.Footnote || !char.IsLower(b.Text[0])) continue;
            Assert.True(i > 0 && doc.Blocks[i - 1].Kind == BlockKind.Heading, $"block starts mid-sentence: {b.Text[..Math.Min(60, b.Text.Length)]}");
        }
        Assert.Contains(doc.Blocks, b => b.Text == "I. MỤC ĐÍCH, YÊU CẦU" && b.Marker == "I.");
        Assert.Contains(doc.Blocks, b => b.Text.StartsWith("* Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn") && b.Marker == "*");
        Assert.Contains("Chỉ thị số 41-CT/TW, bảo đảm", doc.Text); // "41-" / "CT/TW" wrapped at the dash
    }

    [Fact]
    public void Seed_003_running_header_is_gone()
    {
        var doc = Ingest(Corpus.Seed("003"));
        Assert.DoesNotContain("BCSĐUBND-VPTU", doc.Text);
        // The sentence the header interrupted is whole again.
        Assert.Contains("từng bước thay đổi nếp nghĩ, cách làm", doc.Text);
        Assert.Contains(doc.Warnings, w => w.Code == "furniture-removed");
    }

    [Fact]
    public void Seed_003_footnote_body_is_a_footnote_block_not_body()
    {
        var doc = Ingest(Corpus.Seed("003"));
        var note = Assert.Single(doc.Blocks, b => b.Kind == BlockKind.Footnote);
        Assert.Equal("1", note.Label);
        Assert.StartsWith("Gắn với việc thực hiện Nghị quyết số 57-NQ/TW", note.Text);
        // The part carried over to the last page joins the same footnote.
        Assert.Contains("của Bộ Chính trị và Nghị định số 73/2023/NĐ-CP", note.Text);
        Assert.EndsWith("vì lợi ích chung\".", note.Text);
        var body = doc.Blocks.Where(b => b.Kind != BlockKind.Footnote).ToList();
        Assert.DoesNotContain(body, b => b.Text.Contains("Nghị quyết số 57-NQ/TW") || b.Text.Contains("73/2023/NĐ-CP"));
        // The body sentence the footnote interrupted continues.
        var referring = Assert.Single(body, b => b.Text.Contains("vì lợi ích chung1; trực tiếp công tác, lao động, chiến đấu, thực hiện các nhiệm vụ đặc biệt"));
        Assert.Equal("1", referring.Label); // the block that carries the reference
        Assert.Equal(BlockKind.Footnote, doc.Blocks[^1].Kind);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("02")]
    public void Gazette_documents_lose_their_page_headers_and_stamps(string prefix)
    {
        var doc = Ingest(Corpus.RealDoc(prefix));
        Assert.DoesNotContain("CÔNG BÁO/Số", doc.Text);
        Assert.DoesNotContain("Ngày ký:", doc.Text);
        Assert.DoesNotContain(doc.Blocks, b => b.Text.Trim().All(char.IsDigit)); // page numbers
    }

    [Fact]
    public void Gazette_01_keeps_sentences_across_page_breaks()
    {
        var doc = Ingest(Corpus.RealDoc("01"));
        Assert.Contains(doc.Blocks, b => b.Marker == "a)" && b.Text.StartsWith("a) Khẩn trương tổ chức rà soát toàn bộ thôn, tổ dân phố"));
        Assert.Contains(doc.Blocks, b => b.Kind == BlockKind.Heading && b.Text == "CHỈ THỊ");
    }

    [Fact]
    public void Seed_004_soft_break_inside_a_name_is_not_a_bullet()
    {
        var doc = Ingest(Corpus.Seed("004"));
        Assert.DoesNotContain(doc.Blocks, b => b.Text.StartsWith("- Khen thưởng tỉnh Thái Bình"));
        Assert.Contains(doc.Blocks, b => b.Text.StartsWith("- Quyết định ban hành Quy chế") &&
                                          b.Text.Contains("Hội đồng Thi đua - Khen thưởng tỉnh Thái Bình (thay thế"));
    }

    [Fact]
    public void Seed_000_bold_debris_is_removed_and_glued_heading_split()
    {
        var doc = Ingest(Corpus.Seed("000"));
        Assert.DoesNotContain("**", doc.Text);
        Assert.Contains(doc.Blocks, b => b.Text == "I. MỤC ĐÍCH, YÊU CẦU");
        Assert.Contains(doc.Blocks, b => b.Text == "1. Mục đích" && b.Marker == "1.");
        Assert.Contains("*Chỉ thị số 41-CT/TW*".Trim('*'), doc.Text);
    }

    [Fact]
    public void Word_segmented_realdoc_20_reads_as_ordinary_text()
    {
        var doc = Ingest(Corpus.RealDoc("20"));
        Assert.DoesNotContain("_", doc.Text);
        Assert.DoesNotContain(" ,", doc.Text);
        Assert.Contains("Báo cáo tình hình thực hiện nhiệm vụ công tác tháng 02", doc.Text);
        Assert.Contains(doc.Blocks, b => b.Marker == "I." && b.Text.StartsWith("I. Xây dựng văn bản quy phạm pháp luật"));
    }

    [Fact]
    public void Markdown_table_rows_of_realdoc_15_become_a_table_and_the_collection_heading_goes()
    {
        var doc = Ingest(Corpus.RealDoc("15"));
        Assert.DoesNotContain(doc.Blocks, b => b.Text.StartsWith("#"));
        var table = doc.Blocks.First(b => b.Kind == BlockKind.Table);
        Assert.Equal(2, table.Rows![0].Count);
        Assert.Contains(table.Rows, r => r[0] == "Số: 252/KH-BCĐQG1237");
        Assert.DoesNotContain(table.Rows, r => r.Any(c => c.StartsWith("---")));
    }
}
