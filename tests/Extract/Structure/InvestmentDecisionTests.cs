using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// Decisions approving an investment policy or project and setting up a council to choose an investor (corpus/EXTRACTION.md,
/// "Decisions that issue plans", "Owners"), on examples made for it: the approving article states the project; the
/// duty titles name the investor by its role and the council by its short name; the execution clause gives none.
/// </summary>
public class InvestmentDecisionTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    private static readonly string[] Header =
        ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "Số: 845/QĐ-UBND", "Tuyên Quang, ngày 9 tháng 4 năm 2026", "QUYẾT ĐỊNH",
         "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Căn cứ Luật Đầu tư ngày 11/12/2025;", "QUYẾT ĐỊNH:"];

    [Fact]
    public void The_investor_named_by_its_role_in_a_duty_title_leads_its_items_and_the_approved_particulars_give_none()
    {
        var r = Extract([.. Header,
            "Điều 1. Chấp thuận chủ trương đầu tư dự án Nhà máy chế biến gỗ Sơn Dương gồm các nội dung sau:",
            "1. Nhà đầu tư",
            "Tên doanh nghiệp: Công ty Cổ phần Gỗ Xanh Sơn Dương.",
            "Địa chỉ trụ sở chính: Tổ 5, thị trấn Sơn Dương.",
            "2. Quy mô dự án: 12 ha nhà xưởng và kho bãi.",
            "3. Thời hạn hoạt động của dự án: 50 năm kể từ ngày được giao đất.",
            "4. Tiến độ thực hiện dự án:",
            "- Tiến độ khởi công công trình: Quý III/2026.",
            "- Tiến độ hoàn thành dự án đưa vào hoạt động: Quý IV/2027.",
            "Điều 2. Tổ chức thực hiện",
            "1. Trách nhiệm của chủ đầu tư trong việc triển khai dự án:",
            "- Chịu trách nhiệm trước pháp luật về tính chính xác của hồ sơ dự án; góp đủ số vốn đã đăng ký.",
            "- Nộp báo cáo tình hình thực hiện dự án cho Sở Tài chính hằng quý.",
            "2. Trách nhiệm của các sở, ngành",
            "- Sở Tài chính có trách nhiệm theo dõi, giám sát tiến độ thực hiện dự án.",
            "Điều 3. Điều khoản thi hành",
            "1. Quyết định này có hiệu lực kể từ ngày ký.",
            "2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tài chính và Công ty Cổ phần Gỗ Xanh Sơn Dương có trách nhiệm thi hành Quyết định này."]);
        Assert.Equal(["2.1.1", "2.1.2", "2.2.1"], r.Tasks.Select(t => t.Path).ToArray());
        Assert.Equal(["chủ đầu tư"], r.Tasks[0].Lead);
        Assert.Equal(["chủ đầu tư"], r.Tasks[1].Lead);
        Assert.Equal(AssignmentMode.Assigned, r.Tasks[1].Mode);
        Assert.Equal(["Sở Tài chính"], r.Tasks[2].Lead);
    }

    [Fact]
    public void A_duty_title_gives_the_investor_and_a_lettered_item_with_its_own_subject_keeps_it()
    {
        var r = Extract([.. Header,
            "Điều 2. Tổ chức thực hiện",
            "1. Trách nhiệm của nhà đầu tư:",
            "a. Nhà đầu tư phải đăng ký tài khoản trên Hệ thống thông tin quốc gia về đầu tư.",
            "b. Thực hiện đúng các nội dung đã cam kết với Ủy ban nhân dân tỉnh.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."]);
        Assert.Equal(["2.1.a", "2.1.b"], r.Tasks.Select(t => t.Path).ToArray());
        Assert.All(r.Tasks, t => Assert.Equal("nhà đầu tư", Assert.Single(t.Lead), ignoreCase: true));
    }

    [Fact]
    public void A_council_named_by_its_short_name_leads_its_duties_and_its_members_terms_and_seal_give_none()
    {
        var r = Extract([.. Header,
            "Điều 1. Thành lập Hội đồng thẩm định hồ sơ lựa chọn nhà đầu tư, gồm các thành viên sau:",
            "1. Chủ tịch Hội đồng: Phó Chủ tịch Ủy ban nhân dân tỉnh.",
            "2. Các thành viên: đại diện Sở Tài chính, Sở Xây dựng.",
            "Điều 2. Nhiệm vụ của Hội đồng và Tổ giúp việc",
            "1. Nhiệm vụ của Hội đồng",
            "- Xem xét, chấm điểm hồ sơ của các nhà đầu tư theo tiêu chí đã ban hành.",
            "- Thành viên Hội đồng làm việc theo chế độ kiêm nhiệm, được hưởng chế độ theo quy định.",
            "- Chủ tịch Hội đồng sử dụng con dấu của Ủy ban nhân dân tỉnh.",
            "2. Nhiệm vụ của Tổ giúp việc Hội đồng",
            "Giúp Hội đồng tổng hợp hồ sơ và chuẩn bị tài liệu các phiên họp.",
            "Thành viên Tổ giúp việc hoạt động theo chế độ kiêm nhiệm.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."]);
        Assert.Equal(["2.1.1", "2.2"], r.Tasks.Select(t => t.Path).ToArray());
        Assert.Equal(["Hội đồng"], r.Tasks[0].Lead);
        Assert.Equal(["Tổ giúp việc Hội đồng"], r.Tasks[1].Lead);
    }
}
