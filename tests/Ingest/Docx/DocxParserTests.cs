using DirectiveTracker.Ingest.Docx;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Tests.Fixtures;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveTracker.Ingest.Tests.Docx;

public class DocxParserTests
{
    private const long Cap = 50L * 1024 * 1024;

    private static WordDocumentBuilder PlanWithLists() => new WordDocumentBuilder()
        .AbstractList(1, (NumberFormatValues.Decimal, "%1.", 1, false), (NumberFormatValues.LowerLetter, "%2)", 1, false))
        .AbstractList(2, (NumberFormatValues.Bullet, "-", 1, false))
        .AbstractList(3, (NumberFormatValues.UpperRoman, "%1.", 1, false), (NumberFormatValues.Decimal, "%2.", 1, false),
            (NumberFormatValues.Decimal, "%2.%3.", 1, false))
        .List(1, 1).List(2, 1, restartAt: 1).List(3, 2).List(4, 3).List(5, 1)
        .ParagraphStyle("DanhSach", "Danh sach", numId: 5)
        .Header("UBND TỈNH ĐẦU TRANG")
        .Footer("Trang chân trang 1/1");

    private static IReadOnlyList<StructuredBlock> Parse(byte[] docx)
    {
        // DocxParser does its work synchronously and returns a completed task.
        var parsed = new DocxParser(Cap).ParseAsync(new SourceFile("kehoach.docx", docx, SourceFormat.Docx), default)
            .GetAwaiter().GetResult();
        Assert.NotNull(parsed.Blocks);
        return parsed.Blocks!;
    }

    [Fact]
    public void List_numbers_are_rendered_as_Word_shows_them_and_restart_per_list()
    {
        var blocks = Parse(PlanWithLists()
            .Para("Sở Nội vụ chủ trì tổng hợp.", numId: 1)
            .Para("Sở Tài chính bố trí kinh phí.", numId: 1)
            .Para("Trong quý I.", numId: 1, level: 1)
            .Para("Trong quý II.", numId: 1, level: 1)
            .Para("Các sở, ngành khác.", numId: 1)
            .Para("Nội dung con đầu tiên.", numId: 1, level: 1)
            .Para("Danh sách mới bắt đầu lại.", numId: 2)
            .Para("Gạch đầu dòng.", numId: 3)
            .Build());

        var items = blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(["1.", "2.", "a)", "b)", "3.", "a)", "1.", "-"], items.Select(b => b.Marker));
        Assert.Equal("1. Sở Nội vụ chủ trì tổng hợp.", items[0].Text);
        Assert.Equal("b) Trong quý II.", items[3].Text);
        Assert.Equal("- Gạch đầu dòng.", items[7].Text);
    }

    [Fact]
    public void An_empty_numbered_paragraph_still_takes_its_number()
    {
        var blocks = Parse(PlanWithLists()
            .Para("Việc một.", numId: 1).Para("", numId: 1).Para("Việc ba.", numId: 1)
            .Build());
        Assert.Equal(["1. Việc một.", "3. Việc ba."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Roman_and_multi_level_markers_follow_lvlText()
    {
        var blocks = Parse(PlanWithLists()
            .Para("MỤC ĐÍCH, YÊU CẦU", numId: 4)
            .Para("Mục đích", numId: 4, level: 1)
            .Para("Cụ thể hóa Chỉ thị.", numId: 4, level: 2)
            .Para("Bảo đảm sự lãnh đạo.", numId: 4, level: 2)
            .Para("NHIỆM VỤ, GIẢI PHÁP", numId: 4)
            .Para("Tuyên truyền", numId: 4, level: 1)
            .Para("Quán triệt.", numId: 4, level: 2)
            .Build());

        Assert.Equal(["I.", "1.", "1.1.", "1.2.", "II.", "1.", "1.1."],
            blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Marker));
    }

    [Fact]
    public void Style_linked_numbering_is_counted()
    {
        var blocks = Parse(PlanWithLists()
            .Para("Việc thứ nhất.", style: "DanhSach")
            .Para("Việc thứ hai.", style: "DanhSach")
            .Build());
        Assert.Equal(["1. Việc thứ nhất.", "2. Việc thứ hai."], blocks.Select(b => b.Text));
        Assert.All(blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Fact]
    public void List_style_numbering_follows_the_numbering_style_link()
    {
        // abstract 9 links to numbering style "DanhSachLaMa", defined by list 6 (abstract 3: I., 1., 1.1.).
        var blocks = Parse(PlanWithLists()
            .StyleLinkedAbstractList(9, "DanhSachLaMa").NumberingStyle("DanhSachLaMa", 6).List(6, 3).List(7, 9)
            .Para("MỤC ĐÍCH", numId: 7)
            .Para("NHIỆM VỤ", numId: 7)
            .Para("Tuyên truyền", numId: 7, level: 1)
            .Build());
        Assert.Equal(["I.", "II.", "1."], blocks.Select(b => b.Marker));
    }

    [Fact]
    public void Table_cells_stay_in_their_rows_and_cells()
    {
        var blocks = Parse(PlanWithLists()
            .Para("Phân công thực hiện:")
            .Table(
                ["Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
                ["Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ngành;\nUBND cấp huyện", "Quý II/2025"],
                ["Báo cáo kết quả", "Văn phòng UBND tỉnh", "", "Trước 15/12/2025"])
            .Para("Sau bảng.")
            .Build());

        var table = Assert.Single(blocks, b => b.Kind == BlockKind.Table);
        Assert.NotNull(table.Rows);
        Assert.Equal(3, table.Rows!.Count);
        Assert.Equal(["Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"], table.Rows[0]);
        Assert.Equal(["Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ngành; UBND cấp huyện", "Quý II/2025"], table.Rows[1]);
        Assert.Equal("", table.Rows[2][2]);
        Assert.Equal("Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn", table.Text.Split('\n')[0]);
        Assert.Equal(["Phân công thực hiện:", table.Text, "Sau bảng."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Borderless_header_table_is_read_column_by_column_as_paragraphs()
    {
        var blocks = Parse(PlanWithLists()
            .LayoutTable(["ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 556/KH-UBND",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐồng Tháp, ngày 12 tháng 3 năm 2025"])
            .Para("KẾ HOẠCH", centred: true)
            .Build());
        Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "Số: 556/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Đồng Tháp, ngày 12 tháng 3 năm 2025", "KẾ HOẠCH"],
            blocks.Select(b => b.Text));
        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.Table);
    }

    [Fact]
    public void Borderless_signature_table_keeps_capacity_position_and_name_as_lines()
    {
        var blocks = Parse(PlanWithLists()
            .Para("Kế hoạch này có hiệu lực kể từ ngày ký.")
            .LayoutTable(["Nơi nhận:\n- Như trên;\n- Lưu: VT.",
                          "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Phong"])
            .Build());
        var texts = blocks.Select(b => b.Text).ToList();
        var capacity = texts.IndexOf("KT. CHỦ TỊCH");
        Assert.True(capacity >= 0, string.Join(" / ", texts));
        Assert.Equal(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Phong"], texts.Skip(capacity).Take(3));
        Assert.True(texts.IndexOf("Nơi nhận:") < capacity);
        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.Table);
    }

    [Fact]
    public void A_small_table_with_borders_stays_a_table()
    {
        var blocks = Parse(PlanWithLists().Table(["Cơ quan", "Thời hạn"], ["Sở Tư pháp", "Quý II/2025"]).Build());
        var table = Assert.Single(blocks);
        Assert.Equal(BlockKind.Table, table.Kind);
        Assert.Equal("Cơ quan | Thời hạn\nSở Tư pháp | Quý II/2025", table.Text);
    }

    [Fact]
    public void Header_and_footer_stay_out_of_the_body()
    {
        var blocks = Parse(PlanWithLists().Para("Nội dung chính.").Build());
        Assert.Equal("Nội dung chính.", Assert.Single(blocks).Text);
        Assert.DoesNotContain(blocks, b => b.Text.Contains("ĐẦU TRANG") || b.Text.Contains("chân trang"));
    }

    [Fact]
    public void Footnote_becomes_a_footnote_block_after_the_body()
    {
        var blocks = Parse(PlanWithLists()
            .ParaWithFootnote("Thực hiện Chỉ thị số 41-CT/TW", "Chỉ thị ngày 26/12/2024 của Bộ Chính trị.", " của Bộ Chính trị.")
            .Para("Đoạn tiếp theo.")
            .Build());

        Assert.Equal(3, blocks.Count);
        Assert.Equal("Thực hiện Chỉ thị số 41-CT/TW của Bộ Chính trị.", blocks[0].Text);
        Assert.Equal("1", blocks[0].Label);
        var note = blocks[2];
        Assert.Equal(BlockKind.Footnote, note.Kind);
        Assert.Equal("1", note.Label);
        Assert.Equal("Chỉ thị ngày 26/12/2024 của Bộ Chính trị.", note.Text);
    }

    [Fact]
    public void Endnotes_follow_the_footnotes_as_footnote_blocks_with_roman_labels()
    {
        var blocks = Parse(PlanWithLists()
            .ParaWithEndnote("Căn cứ Luật Thi đua, khen thưởng.", "Luật số 06/2022/QH15.")
            .ParaWithFootnote("Thực hiện Chỉ thị số 41-CT/TW", "Ngày 26/12/2024.", ".")
            .Build());
        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Footnote, BlockKind.Footnote], blocks.Select(b => b.Kind));
        Assert.Equal(["i", "1", "1", "i"], blocks.Select(b => b.Label));
        Assert.Equal("Luật số 06/2022/QH15.", blocks[3].Text);
    }

    [Fact]
    public async Task Run_in_a_legacy_TCVN3_font_is_converted_by_its_font_name()
    {
        // ".VnTime" shows TCVN3 bytes; Word stores them as the Latin-1 characters of those bytes.
        var parsed = await new DocxParser(Cap).ParseAsync(new SourceFile("cu.docx", PlanWithLists()
            .Runs(("Giao ", null), ("c¸c së, ngµnh triÓn khai", ".VnTime"), (" ngay.", null))
            .Build(), SourceFormat.Docx), default);

        Assert.Equal("Giao các sở, ngành triển khai ngay.", VietnameseTextNfc(Assert.Single(parsed.Blocks!).Text));
        Assert.Contains(parsed.Warnings, w => w.Code == "legacy-tcvn3");
    }

    private static string VietnameseTextNfc(string s) => s.Normalize(System.Text.NormalizationForm.FormC);

    [Fact]
    public void Heading_styles_and_centred_capitals_are_headings()
    {
        var blocks = Parse(PlanWithLists()
            .Para("KẾ HOẠCH", centred: true)
            .Para("Thực hiện công tác thi đua", style: "Heading1")
            .Para("Nội dung thường.", centred: true)
            .Build());
        Assert.Equal([BlockKind.Heading, BlockKind.Heading, BlockKind.Paragraph], blocks.Select(b => b.Kind));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Text_box_text_is_read_once_after_its_paragraph(bool alternateCopy)
    {
        var blocks = Parse(PlanWithLists()
            .ParaWithTextBox("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", alternateCopy)
            .Para("Sau.")
            .Build());
        Assert.Equal(["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Sau."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Text_moved_away_or_deleted_in_tracked_changes_is_left_out()
    {
        var blocks = Parse(PlanWithLists().ParaWithTrackedChanges("Giao Sở Tư pháp.", " Chuyển đi.", " Đã xóa.").Build());
        Assert.Equal("Giao Sở Tư pháp.", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Page_breaks_advance_the_page_number()
    {
        var blocks = Parse(PlanWithLists().Para("Trang một.").PageBreak().Para("Trang hai.").Build());
        Assert.Equal([1, 2], blocks.Select(b => b.Page));
    }
}
