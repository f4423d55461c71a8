using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// A ministry's letter asking bodies it does not direct (corpus/EXTRACTION.md, "Owners"): OCR residue after "Kính gửi:",
/// a short name given in passing, an owner heading closed by its parenthesis, and `requested` for every owner it names.
/// </summary>
public class RequestLetterTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    private static readonly string[] Letter =
    [
        "BỘ Y TẾ", "Số: 410/BYT-KHTC", "V/v triển khai Nghị định về giá dịch vụ",
        "Kính gửi: Dt ä .",
        "- Các Bộ, cơ quan ngang bộ;",
        "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.",
        "Để triển khai Nghị định, Bộ Y tế đề nghị các Bộ, cơ quan ngang bộ (sau đây gọi là Bộ, ngành) và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương quan tâm chỉ đạo; trong đó lưu ý các nhiệm vụ sau:",
        "1. Tổ chức phổ biến nội dung Nghị định tới các cơ sở khám bệnh, chữa bệnh.",
        "2. Đối với Sở Tài chính (theo quy định tại khoản 3 Điều 4 Nghị định)",
        "a) Hướng dẫn việc lập dự toán kinh phí thực hiện giá dịch vụ.",
        "3. Các Bộ, ngành, Ủy ban nhân dân cấp tỉnh có trách nhiệm rà soát danh mục dịch vụ trước ngày 30/9/2026.",
    ];

    [Fact]
    public void Ocr_residue_after_kinh_gui_still_opens_the_recipients()
    {
        var r = Extract(Letter);
        Assert.Equal(["1", "2.a", "3"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_short_name_given_in_passing_is_no_owner_and_the_bodies_after_it_are()
    {
        var r = Extract(Letter);
        Assert.Equal(["các Bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], r.Tasks[0].Lead);
        Assert.Equal(AssignmentMode.Requested, r.Tasks[0].Mode);
    }

    [Fact]
    public void Owner_heading_closed_by_its_parenthesis_and_own_subjects_are_requested_in_a_letter_of_requests()
    {
        var r = Extract(Letter);
        Assert.Equal(["Sở Tài chính"], r.Tasks[1].Lead);
        Assert.Equal(AssignmentMode.Requested, r.Tasks[1].Mode);
        Assert.Equal(AssignmentMode.Requested, r.Tasks[2].Mode);
    }

    [Fact]
    public void A_giao_item_keeps_assigned()
    {
        var lines = Letter.Take(7).Append("1. Giao Sở Tài chính hướng dẫn việc lập dự toán kinh phí.").ToArray();
        Assert.Equal(AssignmentMode.Assigned, Assert.Single(Extract(lines).Tasks).Mode);
    }

    [Fact]
    public void An_opening_that_requires_and_asks_is_a_yeu_cau_opening_not_a_letter_of_requests()
    {
        var r = Extract(
            "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "Số: 77/UBND-NC", "V/v phòng chống cháy rừng mùa khô",
            "Để chủ động phòng chống cháy rừng, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu và đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:",
            "1. Sở Tài chính",
            "- Bố trí kinh phí mua sắm trang thiết bị chữa cháy rừng cho các xã.",
            "2. Đề nghị Hội Nông dân tỉnh tuyên truyền hội viên không đốt nương trong mùa khô.");
        Assert.Equal(["1.1", "2"], r.Tasks.Select(t => t.Path));
        Assert.Equal(AssignmentMode.Assigned, r.Tasks[0].Mode);
        Assert.Equal(AssignmentMode.Requested, r.Tasks[1].Mode);
    }

    // A letter to one addressee names it in full on "Kính gửi:" and then asks it by its kind alone ("đề nghị Công ty").
    private static readonly string[] FirmLetter =
    [
        "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", "SỞ XÂY DỰNG", "Số: 512/SXD-QLCL", "V/v khắc phục tồn tại sau kiểm tra công trình",
        "Kính gửi: Công ty TNHH Xây dựng Hòa Bình Minh (Địa chỉ: thôn 3, xã Mậu Đông)",
        "Qua kiểm tra công trình nhà văn hóa xã Mậu Đông, Sở Xây dựng đề nghị Công ty thực hiện các nội dung sau:",
        "1. Lập hồ sơ hoàn công hạng mục móng theo quy định.",
        "2. Phối hợp với Ủy ban nhân dân xã Mậu Đông thực hiện việc sửa chữa rãnh thoát nước trước mùa mưa.",
    ];

    [Fact]
    public void A_back_reference_to_the_single_addressee_names_it_as_the_owner()
    {
        var r = Extract(FirmLetter);
        Assert.Equal(["1", "2"], r.Tasks.Select(t => t.Path));
        Assert.All(r.Tasks, t => Assert.Equal(["Công ty TNHH Xây dựng Hòa Bình Minh"], t.Lead));
        Assert.All(r.Tasks, t => Assert.Equal(AssignmentMode.Requested, t.Mode));
        Assert.Equal(["Ủy ban nhân dân xã Mậu Đông"], r.Tasks[1].Support);
    }

    [Fact]
    public void A_back_reference_names_no_one_when_the_letter_lists_several_addressees()
    {
        var lines = FirmLetter.ToArray();
        lines[4] = "Kính gửi: Công ty TNHH Xây dựng Hòa Bình Minh; Công ty cổ phần Tư vấn Mậu Đông";
        Assert.All(Extract(lines).Tasks, t => Assert.Empty(t.Lead));
    }

    [Fact]
    public void A_back_reference_is_resolved_when_the_addressee_line_and_the_opening_arrive_as_one_paragraph()
    {
        var lines = FirmLetter.Where((_, i) => i != 5).ToArray();
        lines[4] = FirmLetter[4] + " Công ty TNHH Xây dựng Hòa Bình Minh thi công công trình nhà văn hóa xã Mậu Đông. " + FirmLetter[5];
        var r = Extract(lines);
        Assert.All(r.Tasks, t => Assert.Equal(["Công ty TNHH Xây dựng Hòa Bình Minh"], t.Lead));
    }

    // A province's letter up to a ministry: it states the rules and the difficulties, then lists its requests by small
    // roman numerals in parentheses, and closes by asking the ministry to consider them.
    [Fact]
    public void A_letter_to_a_ministry_gives_its_roman_numbered_requests_and_not_its_statements_or_courtesy_close()
    {
        var r = Extract(
            "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", "Số: 901/UBND-KT", "V/v kiến nghị tháo gỡ vướng mắc cấp phép bến thủy nội địa",
            "Kính gửi: Bộ Xây dựng",
            "Ủy ban nhân dân tỉnh Điện Biên báo cáo và đề nghị Bộ Xây dựng nội dung như sau:",
            "1. Quy định về cấp phép hoạt động bến thủy nội địa",
            "Theo quy định hiện hành, bến thủy nội địa phải có phương án bảo đảm an toàn được phê duyệt.",
            "2. Khó khăn, vướng mắc",
            "Các bến đò ngang trên hồ thủy điện chưa có hướng dẫn về phương án bảo đảm an toàn.",
            "3. Kiến nghị",
            "Ủy ban nhân dân tỉnh Điện Biên đề nghị Bộ Xây dựng:",
            "(i). Chỉ đạo Cục Đường thủy nội địa Việt Nam ban hành hướng dẫn lập phương án bảo đảm an toàn bến đò ngang.",
            "(ii). Sửa đổi quy chuẩn kỹ thuật về bến thủy nội địa cho phù hợp với bến trên hồ thủy điện.",
            "Ủy ban nhân dân tỉnh Điện Biên trân trọng đề nghị Bộ Xây dựng quan tâm, sớm xem xét, giải quyết./.");
        Assert.Equal(["3.i", "3.ii"], r.Tasks.Select(t => t.Path));
        Assert.All(r.Tasks, t => Assert.Contains("Bộ Xây dựng", t.Lead));
        Assert.All(r.Tasks, t => Assert.Equal(AssignmentMode.Requested, t.Mode));
    }
    // An opinion letter's closing "Trên đây là ý kiến …, đề nghị <body> <follow-up>" asks for work of its own: a task led by
    // the body asked; without a follow-up (reading and carrying out, the courtesy "quan tâm, xem xét") it is boilerplate.
    private static string[] OpinionLetter(string closing) =>
    [
        "UBND TỈNH HÀ GIANG", "SỞ TÀI CHÍNH", "Số: 88/STC-QLG", "V/v góp ý hồ sơ dự án khu dân cư",
        "Kính gửi: Sở Xây dựng tỉnh Hà Giang",
        "Sở Tài chính nhận được Văn bản số 51/SXD-QH của Sở Xây dựng; sau khi nghiên cứu, Sở Tài chính có ý kiến như sau:",
        "1. Về nguồn vốn: dự án sử dụng vốn ngân sách tỉnh đã được bố trí trong kế hoạch đầu tư công.",
        "2. Đề nghị chủ đầu tư bổ sung thuyết minh tổng mức đầu tư của dự án.",
        closing,
    ];

    [Fact]
    public void An_opinions_closing_that_asks_a_follow_up_is_a_task_led_by_the_body_asked()
    {
        var r = Extract(OpinionLetter("Trên đây là ý kiến của Sở Tài chính, đề nghị Sở Xây dựng tổng hợp, hoàn thiện hồ sơ trình Ủy ban nhân dân tỉnh./."));
        var closing = Assert.Single(r.Tasks, t => t.Text.StartsWith("Trên đây", StringComparison.Ordinal));
        Assert.Equal(["Sở Xây dựng"], closing.Lead);
        Assert.Equal(AssignmentMode.Requested, closing.Mode);
    }

    [Theory]
    [InlineData("Trên đây là ý kiến của Sở Tài chính để Quý Sở nghiên cứu, thực hiện theo quy định./.")]
    [InlineData("Trên đây là ý kiến của Sở Tài chính, đề nghị Sở Xây dựng quan tâm, xem xét./.")]
    [InlineData("Trên đây là ý kiến của Sở Tài chính, đề nghị Sở Xây dựng báo cáo theo quy định./.")]
    public void An_opinions_closing_without_a_follow_up_is_no_task(string closing) =>
        Assert.DoesNotContain(Extract(OpinionLetter(closing)).Tasks, t => t.Text.StartsWith("Trên đây", StringComparison.Ordinal));
    // An opinion letter ("… có ý kiến như sau:") sets findings under topics among its requests: a topic item that asks
    // nothing and names no owner states a finding; a letter giving directions ("ý kiến chỉ đạo") assigns in the same shape.
    private static string[] TopicLetter(string opening) =>
    [
        "UBND TỈNH HÀ GIANG", "SỞ XÂY DỰNG", "Số: 140/SXD-QH", "V/v hồ sơ dự án khu dân cư Nam Thành",
        "Kính gửi: Sở Tài chính tỉnh Hà Giang",
        opening,
        "1. Thông tin về dự án",
        "- Tên dự án: Khu dân cư Nam Thành.",
        "- Diện tích: 12,5 ha.",
        "2. Về quy hoạch xây dựng: Ranh giới dự án phù hợp với quy hoạch chung đô thị đã được phê duyệt.",
        "3. Về hạ tầng kỹ thuật: đề nghị bổ sung phương án cấp nước cho khu dân cư.",
        "4. Về tiến độ: Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư thẩm định tổng mức đầu tư.",
    ];

    [Fact]
    public void An_opinions_topic_items_that_ask_nothing_state_findings()
    {
        var r = Extract(TopicLetter("Sau khi nghiên cứu hồ sơ, Sở Xây dựng có ý kiến như sau:"));
        Assert.Equal(["3", "4"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_letter_giving_directions_keeps_its_topic_items()
    {
        var r = Extract(TopicLetter("Giám đốc Sở Xây dựng có ý kiến chỉ đạo như sau:"));
        Assert.Contains("2", r.Tasks.Select(t => t.Path));
    }
}
