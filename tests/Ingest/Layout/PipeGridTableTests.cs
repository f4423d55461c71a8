using DirectiveTracker.Ingest.Layout;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Tests.Layout;

/// <summary>Tables a converter wrote one cell at a time, each cell separator "|" alone on its line.</summary>
public class PipeGridTableTests
{
    // Each row is written "|", its cells (a cell's text may wrap over lines; an empty cell has none) each followed by "|".
    private static string[] Grid(params string[][] rows) =>
        rows.SelectMany(r => new[] { "|" }.Concat(r.SelectMany(c => (c.Length == 0 ? [] : c.Split('\n')).Append("|")))).ToArray();

    private static readonly string[] Header = ["**STT**", "**Nội dung công việc**", "**Đơn vị chủ trì**", "**Thời hạn**"];

    private static List<LayoutLine> Rebuild(params string[] lines)
    {
        var d = Lines.Of(lines);
        new PipeGridTable().Apply(d);
        return d.Lines;
    }

    [Fact]
    public void Each_row_becomes_one_table_row_with_its_wrapped_cells_joined()
    {
        var lines = Rebuild(["Phụ lục", "", .. Grid(Header,
            ["1", "Kiểm tra hồ sơ đất đai\ncủa các hộ dân ven sông", "Phòng Kinh tế", "Tháng 6/2027"],
            ["2", "Lập danh sách hộ nghèo", "Phòng Văn hóa", "Tháng 9/2027"]), "", "Nơi nhận:"]);
        Assert.Equal(["Phụ lục", "", "| STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn |",
            "| 1 | Kiểm tra hồ sơ đất đai của các hộ dân ven sông | Phòng Kinh tế | Tháng 6/2027 |",
            "| 2 | Lập danh sách hộ nghèo | Phòng Văn hóa | Tháng 9/2027 |", "", "Nơi nhận:"], lines.Select(l => l.Text));
        Assert.All(lines.Skip(2).Take(3), l => Assert.Equal(LineKind.TableRow, l.Kind));
    }

    [Fact]
    public void Empty_cells_keep_their_places_and_a_row_that_leaves_out_merged_cells_is_a_row_of_its_own()
    {
        var lines = Rebuild(Grid(Header,
            ["1", "Tập huấn cán bộ xã", "", "Năm 2027"],
            ["Tập huấn cán bộ thôn", "Phòng Nội vụ"],
            ["2", "Tổng kết", "Phòng Nội vụ", "Tháng 12/2027"]));
        Assert.Equal(["| STT | Nội dung công việc | Đơn vị chủ trì | Thời hạn |", "| 1 | Tập huấn cán bộ xã |  | Năm 2027 |",
            "| Tập huấn cán bộ thôn | Phòng Nội vụ |", "| 2 | Tổng kết | Phòng Nội vụ | Tháng 12/2027 |"], lines.Select(l => l.Text));
    }

    [Fact]
    public void An_empty_cell_written_as_an_empty_line_is_a_cell_not_the_end_of_the_grid()
    {
        // A converter that writes plain text instead of "** **" leaves an empty cell's line blank; a blank line after a
        // separator with no separator after it still ends the grid.
        var lines = Rebuild(["|", "STT", "|", "Nội dung", "|", "Chủ trì", "|", "Thời hạn", "|", "|", "I", "|", "KIỂM TRA", "|", "", "|", "", "|",
            "|", "1", "|", "Kiểm tra cầu treo", "|", "Sở Xây dựng", "|", "Quý II/2027", "|", "", "Nơi nhận:"]);
        Assert.Equal(["| STT | Nội dung | Chủ trì | Thời hạn |", "| I | KIỂM TRA |  |  |",
            "| 1 | Kiểm tra cầu treo | Sở Xây dựng | Quý II/2027 |", "", "Nơi nhận:"], lines.Select(l => l.Text));
    }

    [Fact]
    public void A_grid_of_two_columns_is_page_layout_and_stays()
    {
        var grid = Grid(["SỞ XÂY DỰNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Số: 12/KH-SXD", "Huế, ngày 3 tháng 2 năm 2027"]);
        Assert.Equal(grid, Rebuild(grid).Select(l => l.Text));
    }

    [Fact]
    public void Row_numbers_and_repeated_cells_inside_the_table_are_not_page_furniture()
    {
        // Alone on their lines and counting up, the row numbers would be read as page numbers, and the funding cell
        // repeated on every row as a running footer.
        var rows = Enumerable.Range(1, 5).Select(n => new[] { n.ToString(), $"Xây dựng hạng mục số {n} của dự án\nnâng cấp đê biển", "Sở Nông nghiệp", "Ngân sách tỉnh" });
        var body = Enumerable.Range(1, 20).Select(n => $"Đoạn văn bản thứ {n} của kế hoạch.");
        var text = string.Join("\n", body.Concat(Grid([["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Kinh phí"], .. rows])));
        var (blocks, _) = new LayoutRepair().Repair([new RawPage(1, text, false)]);
        var table = Assert.Single(blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal(["TT", "1", "2", "3", "4", "5"], table.Rows!.Select(r => r[0]));
        Assert.All(table.Rows!.Skip(1), r => Assert.Equal("Ngân sách tỉnh", r[3]));
    }
}
