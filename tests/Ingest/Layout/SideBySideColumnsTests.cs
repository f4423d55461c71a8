using DirectiveTracker.Ingest.Layout;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Tests.Layout;

public class SideBySideColumnsTests
{
    private static List<string> Unfold(params string[] lines)
    {
        var d = Lines.Of(lines);
        new SideBySideColumns().Apply(d);
        return d.BodyTexts();
    }

    private static readonly string[] Body =
    [
        "      Căn cứ Luật Tổ chức chính quyền địa phương; xét đề nghị của Sở Kế hoạch, Ủy ban",
        "nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
        "      1. Sở Xây dựng chủ trì rà soát quy hoạch, hoàn thành trong quý II năm 2026.",
    ];

    [Fact]
    public void Unfolds_a_header_set_in_two_columns() =>
        Assert.Equal(
        [
            "ỦY BAN NHÂN DÂN", "TỈNH HÒA AN", "Số: 52 /KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa An, ngày 3 tháng 4 năm 2026",
            "KẾ HOẠCH", "Phát triển vùng nguyên liệu năm 2026",
            .. Body.Select(l => l.Trim()),
        ],
        Unfold(
        [
            "ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "     TỈNH HÒA AN                     Độc lập - Tự do - Hạnh phúc",
            "",
            "    Số: 52 /KH-UBND                 Hòa An, ngày 3 tháng 4 năm 2026",
            "",
            "                                KẾ HOẠCH",
            "                 Phát triển vùng nguyên liệu năm 2026",
            "",
            .. Body,
        ]));

    [Fact]
    public void Takes_a_right_column_line_standing_alone_and_leaves_the_reference_line_after_the_zone() =>
        Assert.Equal(
        [
            "ỦY BAN NHÂN DÂN", "TỈNH HÒA AN",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa An, ngày 9 tháng 7 năm 2026",
            "Số: 610 /UBND-KT", "V/v triển khai thực hiện Nghị định", "Kính gửi:", "- Các sở, ban, ngành tỉnh;",
        ],
        Unfold(
            "ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "     TỈNH HÒA AN                          Độc lập - Tự do - Hạnh phúc",
            "                                        Hòa An, ngày 9 tháng 7 năm 2026",
            "    Số: 610 /UBND-KT",
            "V/v triển khai thực hiện Nghị định",
            "",
            "             Kính gửi:",
            "                        - Các sở, ban, ngành tỉnh;"));

    [Fact]
    public void Unfolds_the_signature_block_beside_the_distribution_list() =>
        Assert.Equal(
        [
            "Tổ chức thực hiện nghiêm túc Kế hoạch này./.",
            "Nơi nhận:", "- Như trên;", "- TT. Tỉnh ủy, HĐND tỉnh;", "- Các sở, ngành, đoàn thể cấp tỉnh;", "- Lưu: VT, KT.",
            "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Minh",
        ],
        Unfold(
            "      Tổ chức thực hiện nghiêm túc Kế hoạch này./.",
            "",
            " Nơi nhận:                                      TM. ỦY BAN NHÂN DÂN",
            "- Như trên;                                         KT. CHỦ TỊCH",
            "- TT. Tỉnh ủy, HĐND tỉnh;                           PHÓ CHỦ TỊCH",
            "- Các sở, ngành, đoàn thể cấp tỉnh;",
            "",
            "",
            "",
            "- Lưu: VT, KT.                                     Trần Văn Minh"));

    [Fact]
    public void Takes_the_name_alone_below_the_list_into_the_right_column() =>
        Assert.Equal(
        [
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hoa",
        ],
        Unfold(
            "Nơi nhận:                                    KT. CHỦ TỊCH",
            "- Như trên;                                  PHÓ CHỦ TỊCH",
            "- Lưu: VT.",
            "",
            "",
            "",
            "                                              Lê Thị Hoa"));

    [Fact]
    public void Leaves_indented_and_justified_body_lines_alone()
    {
        string[] lines =
        [
            "      Căn cứ Kế hoạch số 12/KH-UBND, các   sở, ngành triển khai",
            "thực hiện các nội dung   sau đây theo đúng tiến độ được giao:",
            "      1. Sở Tài chính   bố trí kinh phí.",
            "          - Sở Nội vụ phối hợp.",
        ];
        Assert.Equal(lines.Select(l => l.Trim()), Unfold(lines));
    }

    [Fact]
    public void Leaves_a_table_laid_out_by_spaces_alone()
    {
        string[] lines =
        [
            "      Căn cứ tình hình thực tế, Ủy ban nhân dân tỉnh giao chỉ tiêu như sau:",
            "STT   Nhiệm vụ                      Cơ quan chủ trì      Thời hạn",
            "1     Rà soát quy hoạch             Sở Xây dựng          Quý II/2026",
            "2     Bố trí kinh phí               Sở Tài chính         Quý III/2026",
        ];
        Assert.Equal(lines.Select(l => l.Trim()), Unfold(lines));
    }

    [Fact]
    public void Leaves_a_header_in_one_column_alone()
    {
        string[] lines =
        [
            "ỦY BAN NHÂN DÂN TỈNH HÒA AN",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 52 /KH-UBND",
            "Hòa An, ngày 3 tháng 4 năm 2026",
            "                                KẾ HOẠCH",
            .. Body,
        ];
        Assert.Equal(lines.Select(l => l.Trim()), Unfold(lines));
    }

    [Fact]
    public void Leaves_a_distribution_list_without_a_column_beside_it_alone()
    {
        string[] lines = ["Nơi nhận:", "- Như trên;", "- Lưu: VT,   KT.", "", "                 TM. ỦY BAN NHÂN DÂN"];
        Assert.Equal(lines.Where(l => l.Length > 0).Select(l => l.Trim()), Unfold(lines));
    }

    [Fact]
    public void Does_nothing_when_lines_carry_their_place()
    {
        var d = new LayoutDocument(new[]
        {
            "ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "     TỈNH HÒA AN                     Độc lập - Tự do - Hạnh phúc",
        }.Select((t, i) => new LayoutLine(t, 1, Style: new LineStyle(13, false, 0.05 + 0.02 * i))));
        var before = d.Lines.ToList();
        new SideBySideColumns().Apply(d);
        Assert.Equal(before, d.Lines);
    }

    [Fact]
    public void Reads_as_a_normal_header_through_the_whole_chain()
    {
        var (blocks, _) = new LayoutRepair().Repair([new RawPage(1, string.Join("\n", (string[])[
            "ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "     TỈNH HÒA AN                     Độc lập - Tự do - Hạnh phúc",
            "",
            "    Số: 52 /KH-UBND                 Hòa An, ngày 3 tháng 4 năm 2026",
            "",
            "                                KẾ HOẠCH",
            "                 Phát triển vùng nguyên liệu năm 2026",
            "",
            .. Body]), false)]);
        var texts = blocks.Select(b => b.Text).ToList();
        Assert.Contains("Số: 52 /KH-UBND", texts);
        Assert.Contains("Hòa An, ngày 3 tháng 4 năm 2026", texts);
        Assert.Contains("KẾ HOẠCH", texts);
        Assert.DoesNotContain(texts, t => t.Contains("NHÂN DÂN CỘNG HÒA", StringComparison.Ordinal));
    }
}
