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
}
