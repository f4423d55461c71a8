using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>Task tables that arrive from PDF text as broken lines (EXTRACTION.md, "In PDF text it arrives as broken lines").</summary>
public class BrokenLineTableTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    // A programme whose appendix holds the given lines.
    private static List<TaskItem> AppendixTasks(params string[] appendix) => Extract([
        "TỈNH ỦY HÀ GIANG", "Số 55-CTr/TU", "Hà Giang, ngày 2 tháng 4 năm 2026", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "Thực hiện Nghị quyết về rừng",
        "I. NHIỆM VỤ", "1. Các cấp ủy quán triệt Nghị quyết đến cán bộ, đảng viên.", "Nơi nhận:", "- Như trên;",
        "PHỤ LỤC", "DANH MỤC NHIỆM VỤ TRỌNG TÂM", .. appendix]).Tasks.Where(t => t.Path.StartsWith("PL1.", StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_header_with_the_first_group_row_among_its_cells_and_a_person_column_still_heads_the_rows()
    {
        // The text layer set the first group row between the header's cells, glued row 1's number to the last one,
        // and lost the other rows' numbers; the person column's cells give the task nothing.
        var table = AppendixTasks(
            "TT", "Nhiệm vụ cụ thể", "I Các nhiệm vụ thực hiện ngay", "Cơ quan, tổ chức đảng chủ trì",
            "Cá nhân phụ trách chỉ đạo, kiểm tra, đôn đốc", "Thời hạn thực hiện 1",
            "Tổ chức hội nghị quán triệt Nghị quyết đến cán bộ chủ chốt.", "Các cấp ủy, tổ chức đảng",
            "Thủ trưởng các cơ quan, đơn vị", "Trước ngày 30/6/2026",
            "Xây dựng đề án trồng rừng gỗ lớn của tỉnh.", "Đảng ủy UBND tỉnh",
            "Đồng chí Lê Văn An - Phó Chủ tịch UBND tỉnh", "Trước 31/12/2026 2",
            "II Nhiệm vụ đến năm 2030",
            "Rà soát quy hoạch lâm nghiệp giai đoạn 2031 - 2040, tầm nhìn đến năm 2050", "Đảng ủy UBND tỉnh",
            "Đồng chí Lê Văn An - Phó Chủ tịch UBND tỉnh 2027 - 2028");

        Assert.Equal(["PL1.I.1", "PL1.I.2", "PL1.II.1"], table.Select(t => t.Path));
        Assert.Equal(["Các cấp ủy, tổ chức đảng"], table[0].Lead);
        Assert.Equal(new DateOnly(2026, 6, 30), table[0].Deadline?.Due);
        Assert.Equal(["Đảng ủy Ủy ban nhân dân tỉnh"], table[1].Lead);
        Assert.Equal(new DateOnly(2026, 12, 31), table[1].Deadline?.Due);
        // A time that ends the task's own sentence stays in it; the one glued after the person cell is the row's time.
        Assert.EndsWith("tầm nhìn đến năm 2050", table[2].Text);
        Assert.Equal(new DateOnly(2028, 12, 31), table[2].Deadline?.Due);
    }

    [Fact]
    public void Rows_whose_times_the_page_set_after_all_their_tasks_get_them_in_order()
    {
        // Each task with its owner cell, then the person and time cells of all of them; an owner cell wrapped after its
        // head word ("Đảng ủy HĐND tỉnh; Đảng ủy" / "UBND tỉnh") and a person's name wrapped over two lines.
        var table = AppendixTasks(
            "TT", "Nhiệm vụ cụ thể", "Cơ quan, tổ chức đảng chủ trì", "Cá nhân phụ trách", "Thời hạn thực hiện",
            "II.1 Hoàn thiện thể chế 1 2 3",
            "Rà soát cơ chế hỗ trợ trồng rừng sản xuất", "Đảng ủy HĐND tỉnh; Đảng ủy", "UBND tỉnh",
            "Xây dựng kế hoạch bảo vệ rừng đầu nguồn", "Đảng ủy UBND tỉnh",
            "Xây dựng cơ sở dữ liệu rừng cấp tỉnh", "Đảng ủy UBND tỉnh",
            "Đồng chí Lê Văn An - Phó Chủ tịch UBND tỉnh 2026 - 2027",
            "Đồng chí Trần Thị", "Bình, Phó Chủ tịch UBND tỉnh 2028 2029 - 2030");

        Assert.Equal(["PL1.1", "PL1.2", "PL1.3"], table.Select(t => t.Path));
        Assert.Equal(["Đảng ủy Hội đồng nhân dân tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh"], table[0].Lead);
        Assert.Equal(new DateOnly(2027, 12, 31), table[0].Deadline?.Due);
        Assert.Equal(new DateOnly(2028, 12, 31), table[1].Deadline?.Due);
        Assert.Equal(new DateOnly(2030, 12, 31), table[2].Deadline?.Due);
        Assert.All(table, t => Assert.Empty(t.Support));
    }

    [Fact]
    public void A_column_merged_down_over_its_group_leaves_the_other_rows_cells_in_place()
    {
        // "Nguồn kinh phí" is written on the group's first row only: the next row has one cell fewer.
        var table = AppendixTasks(
            "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm", "Nguồn kinh phí",
            "I", "Hoàn thiện thể chế 1",
            "Xây dựng quy chế quản lý dữ liệu rừng.", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp", "Quý IV/2026", "Quy chế",
            "Ngân sách tỉnh 2",
            "Rà soát thủ tục hành chính về lâm nghiệp.", "Sở Nông nghiệp và Môi trường", "Các sở, ngành", "Quý II/2027", "Báo cáo");

        Assert.Equal(["PL1.1", "PL1.2"], table.Select(t => t.Path));
        Assert.Equal(["Sở Tư pháp"], table[0].Support);
        Assert.Equal(new DateOnly(2026, 12, 31), table[0].Deadline?.Due);
        Assert.Equal(["Các sở, ngành"], table[1].Support);
        Assert.Equal(new DateOnly(2027, 6, 30), table[1].Deadline?.Due);
    }

    [Fact]
    public void A_table_whose_rows_keep_their_numbers_is_read_by_them_even_with_cells_that_name_no_body()
    {
        // A support cell without a body's head word would start a row if rows were read by their lines; the numbers
        // that stand alone before each row decide.
        var table = AppendixTasks(
            "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
            "1", "Kiểm kê rừng trồng trên địa bàn tỉnh.", "Sở Nông nghiệp và Môi trường",
            "Phối hợp với các xã có rừng trồng tập trung", "Năm 2026",
            "2", "Tập huấn phòng cháy chữa cháy rừng.", "Chi cục Kiểm lâm", "Lực lượng bảo vệ rừng ở các xã", "Quý II/2026",
            "3", "Tổng kết công tác bảo vệ rừng.", "Sở Nông nghiệp và Môi trường", "Các sở, ngành", "Năm 2027");

        Assert.Equal(["PL1.1", "PL1.2", "PL1.3"], table.Select(t => t.Path));
        Assert.Equal(["Chi cục Kiểm lâm"], table[1].Lead);
        Assert.Equal(new DateOnly(2026, 6, 30), table[1].Deadline?.Due);
    }
}
