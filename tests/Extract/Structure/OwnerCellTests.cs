using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// A task table's owner cell is a list of owners (corpus/EXTRACTION.md "Owners"): the parties it lists in lower case,
/// which the recogniser does not know as bodies, are owners beside the named bodies, in the role of the cell's column.
/// </summary>
public class OwnerCellTests
{
    private static readonly DocumentExtractor Extractor = new();

    private static readonly string[] Lines =
    [
        "ỦY BAN NHÂN DÂN", "TỈNH YÊN BÁI", "Số: 31/KH-UBND", "KẾ HOẠCH", "Phát triển lâm nghiệp bền vững năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích: nâng cao chất lượng rừng.", "II. NHIỆM VỤ",
    ];

    // The plan's lines, then one table block of a header row and the given rows, as ingest gives a DOCX table.
    private static IReadOnlyList<TaskItem> Rows(params string[][] rows)
    {
        string[][] table = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"], .. rows];
        var blocks = new List<Block>();
        var text = new System.Text.StringBuilder();
        foreach (var line in Lines)
        {
            if (text.Length > 0) text.Append('\n');
            int start = text.Length;
            text.Append(line);
            var (marker, _) = ListMarker.Read(line);
            var kind = marker.Kind != MarkerKind.None ? BlockKind.ListItem : BodyText.IsUpperLine(line) ? BlockKind.Heading : BlockKind.Paragraph;
            blocks.Add(new Block(kind, line, 1, start, line.Length) { Marker = marker.Kind == MarkerKind.None ? null : marker.Text });
        }
        var tableText = string.Join("\n", table.Select(r => string.Join(" | ", r)));
        text.Append('\n');
        blocks.Add(new Block(BlockKind.Table, tableText, 1, text.Length, tableText.Length) { Rows = table });
        text.Append(tableText);
        var doc = new IngestedDocument("test.txt", "", SourceFormat.Txt, [new PageInfo(1, false)], blocks, text.ToString(), []);
        return Extractor.Extract(doc).Tasks;
    }

    [Fact]
    public void Lower_case_parties_in_a_support_cell_are_supports()
    {
        var t = Rows(["1", "Lập cơ sở dữ liệu rừng trồng", "Sở Nông nghiệp và Môi trường", "Sở Tài chính, chủ rừng, tổ chức phi chính phủ", "2026"]);
        Assert.Equal(["Sở Nông nghiệp và Môi trường"], t[0].Lead);
        Assert.Equal(["Sở Tài chính", "chủ rừng", "tổ chức phi chính phủ"], t[0].Support);
    }

    // "Do Chủ tịch Hội đồng thẩm định quyết định": the cell says who will choose the owner, and names none yet.
    [Fact]
    public void A_lead_cell_that_leaves_the_choice_to_someone_names_no_lead()
    {
        var t = Rows(["1", "Lấy ý kiến thành viên Tổ thẩm định về phương án trồng rừng", "Do Giám đốc Sở Nông nghiệp và Môi trường quyết định (*)", "Sở Tài chính", "2026"]);
        Assert.Empty(t[0].Lead);
        Assert.Equal(["Sở Tài chính"], t[0].Support);
    }

    // A long list of known bodies is still a list: only the words outside them make a cell a paragraph.
    [Fact]
    public void A_long_list_of_known_bodies_keeps_its_lower_case_parties()
    {
        var t = Rows(["1", "Xây dựng hệ thống thông tin rừng", "Sở Nông nghiệp và Môi trường",
            "Sở Tài chính, Sở Xây dựng, Sở Công Thương, Sở Y tế, Sở Tư pháp, Sở Nội vụ, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Ủy ban nhân dân các huyện, Ban Quản lý Khu kinh tế tỉnh, Báo Yên Bái, chủ rừng, tổ chức phi chính phủ", "2026"]);
        Assert.Equal(["chủ rừng", "tổ chức phi chính phủ"], t[0].Support.TakeLast(2));
        Assert.Equal(13, t[0].Support.Count);
    }

    [Fact]
    public void A_group_a_determiner_opens_is_one_party_and_a_party_after_a_known_bodys_va_is_another()
    {
        var t = Rows(["1", "Kiểm tra khai thác gỗ", "Công an tỉnh", "Sở Công Thương và các hợp tác xã lâm nghiệp; các hiệp hội, doanh nghiệp", "2026"]);
        Assert.Equal(["Sở Công Thương", "các hợp tác xã lâm nghiệp", "các hiệp hội, doanh nghiệp"], t[0].Support);
    }

    [Fact]
    public void Lower_case_parties_in_a_lead_cell_lead()
    {
        var t = Rows(["1", "Trồng rừng thay thế", "Sở Nông nghiệp và Môi trường, chủ rừng nhà nước", "Sở Tài chính", "2026"]);
        Assert.Equal(["Sở Nông nghiệp và Môi trường", "chủ rừng nhà nước"], t[0].Lead);
    }

    [Fact]
    public void Qualifiers_and_text_from_another_column_are_no_parties()
    {
        var t = Rows(
            ["1", "Rà soát quy hoạch", "Sở Xây dựng", "Sở Tài chính, theo chức năng, nhiệm vụ", "2026"],
            ["2", "Xây dựng quy chuẩn", "Sở Y tế", "tiêu chuẩn, quy chuẩn kỹ thuật", "2026"]);
        Assert.Equal(["Sở Tài chính"], t[0].Support);
        Assert.Empty(t[1].Support);
    }
}
