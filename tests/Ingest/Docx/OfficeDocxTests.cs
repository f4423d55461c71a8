using DirectiveTracker.Ingest.Docx;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Tests.Fixtures;
using Xunit.Abstractions;

namespace DirectiveTracker.Ingest.Tests.Docx;

/// <summary>DOCX files saved by LibreOffice from corpus texts: the parser reads them whole and in order.</summary>
[Collection(OfficeCollection.Name)]
public class OfficeDocxTests(OfficeFixtures office, ITestOutputHelper output)
{
    [Theory]
    [InlineData(OfficeFixtures.Seed003, "seeds")]
    [InlineData(OfficeFixtures.Realdoc16, "realdocs")]
    public async Task LibreOffice_docx_reads_back_the_source_text_in_order(string name, string folder)
    {
        var bytes = File.ReadAllBytes(office.Docx(name));
        var parsed = await new DocxParser(50L << 20).ParseAsync(new SourceFile(name + ".docx", bytes, SourceFormat.Docx), default);

        var source = File.ReadAllText(RepoPaths.Corpus($"{folder}/{name}.txt"));
        var text = string.Join("\n", parsed.Blocks!.Select(b => b.Text));
        var accuracy = TextAccuracy.Words(source, text);
        output.WriteLine($"{name}: {parsed.Blocks!.Count} blocks, word accuracy {accuracy:P2}");
        Assert.True(accuracy >= 0.99, $"word accuracy {accuracy:P2}");
        Assert.DoesNotContain(parsed.Blocks!, b => b.Text.Length == 0);
    }

    [Fact]
    public async Task LibreOffice_header_table_gives_the_issuer_number_and_date_as_separate_blocks()
    {
        var bytes = File.ReadAllBytes(office.Docx("header"));
        var parsed = await new DocxParser(50L << 20).ParseAsync(new SourceFile("header.docx", bytes, SourceFormat.Docx), default);
        var texts = parsed.Blocks!.Select(b => b.Text).ToList();
        Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "Số: 556/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Đồng Tháp, ngày 12 tháng 3 năm 2025", "KẾ HOẠCH"], texts.Take(7));
    }
}
