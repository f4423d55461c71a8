using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>A task table that ingest cut at its group rows, and the cells such tables write.</summary>
public class SplitTableTests
{
    private static readonly DocumentExtractor Extractor = new();

    // Blocks as ingest gives them: a string is a line (paragraph), a string[][] a table.
    private static IngestedDocument Document(params object[] parts)
    {
        var blocks = new List<Block>();
        var text = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            if (text.Length > 0) text.Append('\n');
            int start = text.Length;
            if (part is string[][] rows)
            {
                var tableText = string.Join("\n", rows.Select(r => string.Join(" | ", r)));
                text.Append(tableText);
                blocks.Add(new Block(BlockKind.Table, tableText, 1, start, tableText.Length) { Rows = rows });
                continue;
            }
            var line = (string)part;
            text.Append(line);
            var (marker, _) = ListMarker.Read(line);
            var kind = marker.Kind != MarkerKind.None ? BlockKind.ListItem : BodyText.IsUpperLine(line) ? BlockKind.Heading : BlockKind.Paragraph;
            blocks.Add(new Block(kind, line, 1, start, line.Length) { Marker = marker.Kind == MarkerKind.None ? null : marker.Text });
        }
        return new IngestedDocument("test.txt", "", SourceFormat.Txt, [new PageInfo(1, false)], blocks, text.ToString(), []);
    }

    private static readonly string[][] Header =
    [
        ["Thời gian", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp"],
    ];

    [Fact]
    public void A_table_cut_at_its_group_rows_is_read_as_one()
    {
        var doc = Document(
            "KẾ HOẠCH", "Số hóa hồ sơ lưu trữ", "III. TIẾN ĐỘ",
            Header,
            "I | BƯỚC MỘT: CHUẨN BỊ",
            "1 | Khảo sát",
            new[] { new[] { "Quý I/2027", "Khảo sát khối hồ sơ của các phòng", "Trung tâm Lưu trữ", "Phòng Nội vụ" } },
            "2 | Lập dự toán",
            new[] { new[] { "Quý II/2027", "Lập dự toán kinh phí số hóa", "Phòng Tài chính", "Trung tâm Lưu trữ" } },
            "II | BƯỚC HAI: SỐ HÓA",
            new[] { new[] { "Quý IV/2027", "Số hóa hồ sơ đã chỉnh lý", "Trung tâm Lưu trữ", "Phòng Văn hóa" } });
        var tasks = Extractor.Extract(doc).Tasks;
        Assert.Equal(["Khảo sát khối hồ sơ của các phòng", "Lập dự toán kinh phí số hóa", "Số hóa hồ sơ đã chỉnh lý"], tasks.Select(t => t.Text));
        Assert.Equal("Phòng Tài chính", Assert.Single(tasks[1].Lead));
        Assert.Equal(new DateOnly(2027, 12, 31), tasks[2].Deadline?.Due);
    }

    [Fact]
    public void Group_rows_between_tables_of_another_width_do_not_join_them()
    {
        var blocks = Document(
            new[] { new[] { "a", "b", "c" } },
            "1 | Khảo sát",
            new[] { new[] { "a", "b", "c", "d" } }).Blocks;
        Assert.Equal(3, SplitTables.Join(blocks).Count);
    }

    [Fact]
    public void An_empty_time_cell_first_in_its_row_keeps_the_time_above()
    {
        var doc = Document(
            "KẾ HOẠCH", "Số hóa hồ sơ lưu trữ", "III. TIẾN ĐỘ",
            new[]
            {
                Header[0],
                new[] { "Quý I/2027", "Khảo sát khối hồ sơ của các phòng", "Trung tâm Lưu trữ", "Phòng Nội vụ" },
                new[] { "", "Lập danh mục hồ sơ cần số hóa", "Trung tâm Lưu trữ", "Phòng Nội vụ" },
            });
        var tasks = Extractor.Extract(doc).Tasks;
        Assert.Equal([new DateOnly(2027, 3, 31), new DateOnly(2027, 3, 31)], tasks.Select(t => t.Deadline?.Due));
    }

    [Theory]
    [InlineData("9/2027", DeadlineKind.Date, 2027, 9, 30)]
    [InlineData("03-5/2027", DeadlineKind.Period, 2027, 5, 31)]
    public void A_time_cell_of_months_is_that_month_or_a_period_to_the_last(string cell, DeadlineKind kind, int y, int m, int d)
    {
        var doc = Document(
            "KẾ HOẠCH", "Số hóa hồ sơ lưu trữ", "III. TIẾN ĐỘ",
            new[] { Header[0], new[] { cell, "Khảo sát khối hồ sơ của các phòng", "Trung tâm Lưu trữ", "Phòng Nội vụ" } });
        var deadline = Assert.Single(Extractor.Extract(doc).Tasks).Deadline;
        Assert.Equal(kind, deadline?.Kind);
        Assert.Equal(new DateOnly(y, m, d), deadline?.Due);
        Assert.Equal(cell, deadline?.Text);
    }

    [Fact]
    public void Each_part_of_a_cell_between_semicolons_names_its_own_bodies()
    {
        var doc = Document(
            "KẾ HOẠCH", "Số hóa hồ sơ lưu trữ", "III. TIẾN ĐỘ",
            new[] { Header[0], new[] { "Quý I/2027", "Khảo sát khối hồ sơ của các phòng", "Trung tâm Lưu trữ", "- Vụ Di sản văn hóa; - Vụ Kế hoạch -Tài chính." } });
        var task = Assert.Single(Extractor.Extract(doc).Tasks);
        Assert.Equal(2, task.Support.Count);
        Assert.Contains(task.Support, s => s.StartsWith("Vụ Kế hoạch", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_row_that_leaves_out_the_cells_merged_down_from_the_row_above_is_its_lettered_sub_row()
    {
        // A converter writing a table cell by cell leaves out the cells the row above spans over the row below: its
        // number, and the partner and time the two rows share.
        var doc = Document(
            "KẾ HOẠCH", "Phòng chống thiên tai năm 2027", "II. NHIỆM VỤ",
            new[]
            {
                new[] { "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành" },
                new[] { "I", "Công tác chuẩn bị" },
                new[] { "1", "Rà soát các điểm sạt lở ven sông", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã", "Quý II/2027" },
                new[] { "Cắm biển cảnh báo tại các điểm sạt lở", "Sở Xây dựng" },
                new[] { "2", "Diễn tập ứng phó bão", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Quý III/2027" },
            });
        var tasks = Extractor.Extract(doc).Tasks;
        Assert.Equal(["Rà soát các điểm sạt lở ven sông", "Cắm biển cảnh báo tại các điểm sạt lở", "Diễn tập ứng phó bão"], tasks.Select(t => t.Text));
        Assert.Equal(["II.1.a", "II.1.b", "II.2"], tasks.Select(t => t.Path));
        Assert.Equal("Sở Xây dựng", Assert.Single(tasks[1].Lead));
        Assert.Equal("Ủy ban nhân dân các xã", Assert.Single(tasks[1].Support));
        Assert.Equal(new DateOnly(2027, 6, 30), tasks[1].Deadline?.Due);
    }

    [Theory]
    [InlineData("Chủ trì", 2)]
    [InlineData("Cơ quan chủ trì theo dõi, đánh giá", 0)]
    [InlineData("Đơn vị tính", 0)]
    public void Indicators_beside_their_lead_are_its_tasks_and_indicators_only_followed_or_counted_are_none(string column, int tasks)
    {
        var doc = Document(
            "KẾ HOẠCH", "Phát triển du lịch năm 2027", "II. CHỈ TIÊU",
            new[]
            {
                new[] { "TT", "Chỉ tiêu", column },
                new[] { "1", "Đón 2 triệu lượt khách du lịch.", "Sở Văn hóa, Thể thao và Du lịch" },
                new[] { "2", "Mỗi xã có ít nhất một sản phẩm du lịch cộng đồng.", "Ủy ban nhân dân các xã" },
            });
        var found = Extractor.Extract(doc).Tasks;
        Assert.Equal(tasks, found.Count);
        if (tasks > 0) Assert.Equal("Ủy ban nhân dân các xã", Assert.Single(found[1].Lead));
    }
}
