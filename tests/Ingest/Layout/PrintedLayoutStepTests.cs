using DirectiveTracker.Ingest.Layout;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Tests.Layout;

/// <summary>The layout steps that read each line's print: furniture by position, footnotes by size, headings by weight and size.</summary>
public class PrintedLayoutStepTests
{
    private static LayoutLine Line(string text, int page, double top, double size = 13, bool bold = false) =>
        new(text, page, Style: new LineStyle(size, bold, top));

    /// <summary>Pages of body text, each with the given lines at its top and bottom edges.</summary>
    private static List<LayoutLine> Pages(int count, Func<int, string?> header, Func<int, string?> footer)
    {
        var lines = new List<LayoutLine>();
        for (var p = 1; p <= count; p++)
        {
            if (p > 1) lines.Add(new LayoutLine("", p, LineKind.PageBreak));
            if (header(p) is { } h) lines.Add(Line(h, p, 0.05));
            for (var k = 0; k < 5; k++)
                lines.Add(Line($"các cơ quan, đơn vị thực hiện nhiệm vụ được giao tại trang {p} dòng {k} đúng thời hạn", p, 0.15 + 0.1 * k));
            if (footer(p) is { } f) lines.Add(Line(f, p, 0.95));
        }
        return lines;
    }

    [Fact]
    public void Furniture_is_the_same_text_in_the_top_or_bottom_band_of_most_pages()
    {
        var document = new LayoutDocument(Pages(4, _ => "Kế hoạch số 29/KH-UBND", p => $"Trang {p}"));
        new FurnitureByPosition().Apply(document);
        Assert.DoesNotContain(document.Lines, l => l.Text.Contains("29/KH-UBND", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Lines, l => l.Text.StartsWith("Trang ", StringComparison.Ordinal));
        Assert.Equal(20, document.Lines.Count(l => l.IsBody));
        Assert.Contains(document.Warnings, w => w.Code == "furniture-removed");
    }

    [Fact]
    public void Text_in_a_band_on_few_pages_or_in_the_middle_of_pages_stays()
    {
        // A title at the top of page 1 only, and the same line in mid-page on every page: neither is furniture.
        var lines = Pages(4, p => p == 1 ? "KẾ HOẠCH" : null, _ => null);
        for (var p = 1; p <= 4; p++) lines.Add(Line("Ủy ban nhân dân tỉnh", p, 0.5));
        var document = new LayoutDocument(lines);
        new FurnitureByPosition().Apply(document);
        Assert.Equal(lines.Count, document.Lines.Count);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Without_positions_furniture_by_position_does_nothing()
    {
        var document = Lines.Of("Kế hoạch số 29/KH-UBND", "nội dung", "Kế hoạch số 29/KH-UBND", "nội dung", "Kế hoạch số 29/KH-UBND");
        new FurnitureByPosition().Apply(document);
        Assert.Equal(5, document.Lines.Count);
    }

    [Fact]
    public void Footnotes_are_the_small_lines_at_a_page_foot_starting_with_their_label()
    {
        var document = new LayoutDocument(
        [
            Line("Căn cứ Nghị quyết số 60/NQ-HĐND1 của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành kế hoạch.", 1, 0.2),
            Line("Các sở, ngành thực hiện nhiệm vụ được giao.", 1, 0.3),
            Line("1 Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025", 1, 0.86, size: 10),
            Line("của tỉnh, ban hành ngày 12/12/2024.", 1, 0.88, size: 10),
            Line("2 Xem Phụ lục kèm theo.", 1, 0.9, size: 10),
        ]);
        new FootnotesByPrint().Apply(document);
        Assert.Equal(2, document.Lines.Count);
        Assert.Equal(
            [("1", "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025 của tỉnh, ban hành ngày 12/12/2024."), ("2", "Xem Phụ lục kèm theo.")],
            document.Footnotes.Select(f => (f.Label, f.Text)));
    }

    [Fact]
    public void Small_print_without_a_label_or_high_on_the_page_is_not_a_footnote()
    {
        var lines = new List<LayoutLine>
        {
            Line("1 Ghi chú in nhỏ ở giữa trang", 1, 0.3, size: 10),
            Line("Các sở, ngành thực hiện nhiệm vụ được giao, báo cáo kết quả về Ủy ban nhân dân tỉnh.", 1, 0.4),
            Line("Các sở, ngành thực hiện nhiệm vụ được giao, báo cáo kết quả về Ủy ban nhân dân tỉnh.", 1, 0.45),
            Line("Nguồn: Sở Tài chính tỉnh", 1, 0.9, size: 10),
        };
        var document = new LayoutDocument(lines);
        new FootnotesByPrint().Apply(document);
        Assert.Equal(4, document.Lines.Count);
        Assert.Empty(document.Footnotes);
    }

    [Fact]
    public void Headings_are_short_bold_or_large_runs_and_never_join_the_body()
    {
        var document = new LayoutDocument(
        [
            Line("Công tác thi đua, khen thưởng tỉnh Thái Bình", 1, 0.2, bold: true),
            Line("Căn cứ Luật Thi đua, Khen thưởng năm 2022, Ủy ban nhân dân tỉnh ban hành kế", 1, 0.25),
            Line("hoạch công tác thi đua, khen thưởng như sau.", 1, 0.27),
            Line("1. Mục đích", 1, 0.3, bold: true),
            Line("Tạo sự thống nhất trong chỉ đạo, điều hành.", 1, 0.32),
            Line("Tổng kết năm", 1, 0.4, size: 16),
            Line("Các sở, ngành báo cáo kết quả.", 1, 0.42),
        ]);
        new HeadingsByPrint().Apply(document);
        new LineJoiner().Apply(document);
        new BlockClassifier().Apply(document);
        Assert.Equal(
        [
            (BlockKind.Heading, "Công tác thi đua, khen thưởng tỉnh Thái Bình"),
            (BlockKind.Paragraph, "Căn cứ Luật Thi đua, Khen thưởng năm 2022, Ủy ban nhân dân tỉnh ban hành kế hoạch công tác thi đua, khen thưởng như sau."),
            (BlockKind.ListItem, "1. Mục đích"), // a marked line stays a list item: the outline is built from markers
            (BlockKind.Paragraph, "Tạo sự thống nhất trong chỉ đạo, điều hành."),
            (BlockKind.Heading, "Tổng kết năm"),
            (BlockKind.Paragraph, "Các sở, ngành báo cáo kết quả."),
        ], document.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void A_long_run_of_bold_lines_is_an_emphasised_paragraph_not_a_heading()
    {
        var document = new LayoutDocument(Enumerable.Range(0, 4)
            .Select(k => Line($"Nghiêm cấm các hành vi lợi dụng thi đua, khen thưởng để trục lợi, dòng {k} của đoạn", 1, 0.2 + 0.02 * k, bold: true))
            .Append(Line("Các sở, ngành thực hiện nhiệm vụ được giao và báo cáo kết quả.", 1, 0.4))
            .Append(Line("Các sở, ngành thực hiện nhiệm vụ được giao và báo cáo kết quả.", 1, 0.45)));
        new HeadingsByPrint().Apply(document);
        Assert.DoesNotContain(document.Lines, l => l.Kind == LineKind.Heading);
    }
}
