using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// Rules for documents of unusual shape (corpus/EXTRACTION.md), each on an example made for it: a directive describing
/// the plan it orders, a part titled by one short sentence, Party numbers and headers.
/// </summary>
public class UnusualShapeTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    private static readonly string[] DraftedPlanBody =
    [
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030 với những nội dung sau:",
        "A. Những nội dung chủ yếu của kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030",
        "I. Về đánh giá tình hình thực hiện kế hoạch 5 năm 2021-2025",
        "1. Đánh giá kết quả tăng trưởng kinh tế của từng ngành, lĩnh vực.",
        "2. Phân tích những tồn tại, hạn chế và nguyên nhân.",
        "B. Yêu cầu trong xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030.",
        "I. Về phương pháp đánh giá",
        "1. Bám sát các mục tiêu, chỉ tiêu đã đề ra.",
        "C. Phân công và tiến độ xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030.",
        "I. Phân công trách nhiệm",
        "1. Sở Tài chính chủ trì hướng dẫn các sở, ngành xây dựng kế hoạch trước ngày 30/6/2026.",
        "2. Cục Thống kê công bố số liệu thống kê giai đoạn 2021-2025.",
    ];

    [Fact]
    public void A_directive_s_parts_describing_the_plan_it_orders_hold_no_tasks()
    {
        var r = Extract(["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "CHỈ THỊ", "Về việc xây dựng kế hoạch 5 năm 2026-2030", .. DraftedPlanBody]);
        Assert.Equal(DocumentKind.ChiThi, r.Document.Kind);
        Assert.Equal(["C.I.1", "C.I.2"], r.Tasks.Select(t => t.Path));
        Assert.Equal(["Sở Tài chính"], r.Tasks[0].Lead);
    }

    [Fact]
    public void A_plan_s_own_content_parts_stay_tasks()
    {
        // In a plan, "Nội dung của kế hoạch" is the plan itself: its items are tasks.
        var r = Extract("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "KẾ HOẠCH", "Phát triển kinh tế - xã hội năm 2026",
            "I. NỘI DUNG CỦA KẾ HOẠCH", "1. Sở Tài chính chủ trì hướng dẫn các sở, ngành xây dựng dự toán trước ngày 30/6/2026.",
            "2. Cục Thống kê công bố số liệu thống kê giai đoạn 2021-2025.");
        Assert.Equal(["I.1", "I.2"], r.Tasks.Select(t => t.Path));
    }

    [Theory]
    [InlineData("B. Yêu cầu trong xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030.", MarkerKind.Part)]
    [InlineData("A. Những nội dung chủ yếu của kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030", MarkerKind.Part)]
    [InlineData("Iii. tiến độ xây dựng kế hoạch phát triển kinh tế xã hội 5 năm 2026-2030", MarkerKind.Roman)]
    [InlineData("A. Nguyễn Văn Nam phụ trách. Trần Văn Bình phụ trách phần còn lại.", MarkerKind.None)]
    [InlineData("B. Báo cáo về tình hình …", MarkerKind.None)]
    public void A_part_title_may_be_one_short_sentence(string line, MarkerKind kind) =>
        Assert.Equal(kind, ListMarker.Read(line).Marker.Kind);

    [Fact]
    public void A_responsibility_line_under_bullets_gives_them_all_its_owners()
    {
        var r = Extract("KẾ HOẠCH", "I. NHIỆM VỤ", "1. Bảo vệ môi trường",
            "- Đổi mới công tác tuyên truyền pháp luật về bảo vệ môi trường trên địa bàn tỉnh.",
            "- Nhân rộng các mô hình phân loại chất thải tại nguồn trong cộng đồng dân cư.",
            "Trách nhiệm chỉ đạo thực hiện: Sở Nông nghiệp và Môi trường; Ủy ban nhân dân các xã.",
            "2. Huy động nguồn lực", "- Ưu tiên bố trí vốn đầu tư công cho các công trình xử lý chất thải rắn.");
        Assert.Equal(["I.1.1", "I.1.2", "I.2.1"], r.Tasks.Select(t => t.Path));
        Assert.All(r.Tasks.Take(2), t => Assert.Equal(["Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã"], t.Lead));
        Assert.DoesNotContain("Trách nhiệm", r.Tasks[1].Text, StringComparison.Ordinal);
        Assert.Empty(r.Tasks[2].Lead);
    }

    [Fact]
    public void An_appendix_titled_in_lower_case_still_numbers_its_table_rows()
    {
        var doc = DocumentBuilder.WithTable(
            ["KẾ HOẠCH", "I. NHIỆM VỤ", "1. Sở Tài chính chủ trì bố trí kinh phí thực hiện kế hoạch trong năm 2026.", "Nơi nhận:", "- Lưu: VT.", "Phụ lục"],
            [["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"],
             ["1", "Rà soát quy hoạch khoáng sản của tỉnh", "Sở Công Thương", "Quý II/2026"],
             ["2", "Kiểm tra hoạt động khai thác cát trên sông", "Công an tỉnh", "Thường xuyên"]]);
        var tasks = new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(doc).Tasks;
        Assert.Equal(["I.1", "PL1.1", "PL1.2"], tasks.Select(t => t.Path));
        Assert.Equal(["Công an tỉnh"], tasks[2].Lead);
    }

    [Theory]
    [InlineData("I- BỐI CẢNH, TÌNH HÌNH", "I")]
    [InlineData("II- NHIỆM VỤ CHỦ YẾU", "II")]
    [InlineData("IV - TỔ CHỨC THỰC HIỆN", "IV")]
    [InlineData("1- MỤC ĐÍCH, YÊU CẦU", "I")] // OCR reads I as 1
    [InlineData("HI- TỔ CHỨC THỰC HIỆN", "III")] // and II as H
    [InlineData("Il- QUAN ĐIỂM", "II")]
    public void A_party_section_is_a_numeral_and_a_dash_before_a_title_in_capitals(string line, string label)
    {
        var marker = ListMarker.Read(line).Marker;
        Assert.Equal(MarkerKind.Roman, marker.Kind);
        Assert.Equal(label, marker.Label);
    }

    [Theory]
    [InlineData("1- Tăng cường sự lãnh đạo của Đảng")]
    [InlineData("12- NĂM 2026")]
    [InlineData("II- nhiệm vụ chủ yếu")]
    public void A_dash_before_a_sentence_or_a_plain_number_is_no_section(string line) =>
        Assert.NotEqual(MarkerKind.Roman, ListMarker.Read(line).Marker.Kind);

    [Fact]
    public void A_party_header_gives_the_issuing_body_and_its_number_with_the_term()
    {
        var r = Extract("ĐẢNG CỘNG SẢN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG ĐOÀN QUỐC HỘI", "Số 125-KH/ĐĐQH15",
            "Hà Nội, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH", "Thực hiện Nghị quyết số 66-NQ/TW",
            "I. NHIỆM VỤ", "1. Văn phòng Quốc hội chủ trì tổ chức hội nghị quán triệt trong quý II/2026.");
        Assert.Equal("125-KH/ĐĐQH15", r.Document.Number);
        Assert.Equal(DocumentKind.KeHoach, r.Document.Kind);
        Assert.Equal("Đảng đoàn Quốc hội", r.Document.Issuer);
    }
}
