using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// Owner shapes of Vietnamese administrative writing (issue 10): the authority that hands work on is no owner, owners
/// listed with semicolons or slashes are each an owner, and an item's own sentence splits the bodies of its heading.
/// </summary>
public class OwnerAssignmentShapeTests
{
    private readonly OwnerParser _parser = new();
    private static readonly DocumentExtractor Extractor = new();

    [Theory]
    [InlineData("Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức kiểm tra.", new[] { "Sở Nội vụ" }, AssignmentMode.Assigned)]
    [InlineData("Ủy ban nhân dân tỉnh giao Sở Xây dựng hướng dẫn các địa phương triển khai.", new[] { "Sở Xây dựng" }, AssignmentMode.Assigned)]
    [InlineData("Thủ tướng Chính phủ giao nhiệm vụ cho Bộ Công an, Bộ Quốc phòng rà soát lực lượng.", new[] { "Bộ Công an", "Bộ Quốc phòng" }, AssignmentMode.Assigned)]
    [InlineData("Ủy ban nhân dân tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động nhân dân.", new[] { "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" }, AssignmentMode.Requested)]
    [InlineData("Bộ Tài chính yêu cầu Kho bạc Nhà nước tỉnh kiểm soát chi.", new[] { "Kho bạc Nhà nước tỉnh" }, AssignmentMode.Required)]
    public void The_authority_that_hands_the_work_on_is_no_owner(string text, string[] lead, AssignmentMode mode)
    {
        var o = _parser.Parse(text);
        Assert.Equal(lead, o.Lead);
        Assert.Equal(mode, o.Mode);
    }

    [Fact]
    public void A_subject_that_hands_nothing_to_a_body_keeps_the_work()
    {
        // "giao" before a thing, not a body: the subject gives out land, it hands its task to nobody.
        Assert.Equal(["Ủy ban nhân dân huyện"], _parser.Parse("Ủy ban nhân dân huyện giao đất cho hộ gia đình theo quy định.").Lead);
    }

    [Theory]
    [InlineData("Sở Y tế chủ trì, phối hợp với Sở Tài chính; Sở Nội vụ tổ chức hội nghị.", new[] { "Sở Y tế" }, new[] { "Sở Tài chính", "Sở Nội vụ" })]
    [InlineData("Sở Tài chính; Sở Nội vụ bố trí kinh phí thực hiện.", new[] { "Sở Tài chính", "Sở Nội vụ" }, new string[0])]
    [InlineData("Cơ quan chủ trì: Sở Y tế; Cơ quan phối hợp: Sở Tài chính.", new[] { "Sở Y tế" }, new[] { "Sở Tài chính" })]
    public void Bodies_listed_with_semicolons_keep_the_role_of_their_list(string text, string[] lead, string[] support)
    {
        var o = _parser.Parse(text);
        Assert.Equal(lead, o.Lead);
        Assert.Equal(support, o.Support);
    }

    [Fact]
    public void A_semicolon_after_a_body_that_is_an_object_still_ends_the_clause()
    {
        // "… cho Sở Nội vụ; Sở Y tế …": the body before the semicolon is no list of owners, so the next clause has its own subject.
        var o = _parser.Parse("Sở Tài chính bố trí kinh phí cho Sở Nội vụ; Sở Y tế tổ chức tập huấn.");
        Assert.Equal(["Sở Tài chính", "Sở Y tế"], o.Lead);
    }

    [Fact]
    public void An_items_own_sentence_tells_the_lead_among_the_bodies_of_its_heading()
    {
        var tasks = Extractor.Extract(DocumentBuilder.FromLines(
            "KẾ HOẠCH", "Chuyển đổi số năm 2026", "III. TỔ CHỨC THỰC HIỆN",
            "1. Sở Khoa học và Công nghệ, Sở Nội vụ",
            "a) Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ tổ chức tập huấn cho cán bộ.",
            "b) Theo dõi, tổng hợp kết quả thực hiện.")).Tasks;
        Assert.Equal(["Sở Khoa học và Công nghệ"], tasks[0].Lead);
        Assert.Equal(["Sở Nội vụ"], tasks[0].Support);
        Assert.Equal(["Sở Khoa học và Công nghệ", "Sở Nội vụ"], tasks[1].Lead); // no sentence of its own: the heading's bodies
    }

    [Fact]
    public void An_items_own_subject_among_the_bodies_of_its_heading_leads_alone()
    {
        var tasks = Extractor.Extract(DocumentBuilder.FromLines(
            "KẾ HOẠCH", "Phát triển du lịch năm 2026", "III. TỔ CHỨC THỰC HIỆN",
            "2. Các Sở: Tài chính, Xây dựng, Y tế",
            "- Sở Xây dựng rà soát quy hoạch các điểm du lịch trên địa bàn tỉnh.",
            "- Hướng dẫn các địa phương thực hiện Kế hoạch.")).Tasks;
        Assert.Equal(["Sở Xây dựng"], tasks[0].Lead);
        Assert.Equal(["Sở Tài chính", "Sở Xây dựng", "Sở Y tế"], tasks[1].Lead); // no subject of its own: the heading's bodies
    }

    [Fact]
    public void A_slash_between_names_in_an_owner_cell_separates_them()
    {
        var doc = DocumentBuilder.WithTable(
            ["KẾ HOẠCH", "Chuyển đổi số năm 2026", "PHỤ LỤC"],
            [
                ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
                ["1", "Xây dựng quy chế quản lý dữ liệu", "Sở Khoa học và Công nghệ/Sở Nội vụ", "Công an tỉnh / Sở Tư pháp", "Quý II/2026"],
            ]);
        var task = Assert.Single(Extractor.Extract(doc).Tasks);
        Assert.Equal(["Sở Khoa học và Công nghệ", "Sở Nội vụ"], task.Lead);
        Assert.Equal(["Công an tỉnh", "Sở Tư pháp"], task.Support);
        Assert.Equal(new DateOnly(2026, 6, 30), task.Deadline?.Due); // the slash of a quarter stays a date's
    }

    [Theory]
    [InlineData("Các Bộ quản lý chuyên ngành rà soát danh mục tài sản.", "Các Bộ quản lý chuyên ngành")]
    [InlineData("Các sở quản lý chuyên ngành hướng dẫn thực hiện.", "Các sở quản lý chuyên ngành")]
    [InlineData("Các bộ, ngành quản lý lĩnh vực xây dựng hướng dẫn.", "Các bộ, ngành quản lý lĩnh vực")]
    [InlineData("Sở Tài chính quản lý ngân sách theo quy định.", "Sở Tài chính")] // after a whole name "quản lý" is the verb
    public void What_a_body_manages_after_its_head_word_names_its_kind(string text, string lead) =>
        Assert.Equal([lead], _parser.Parse(text).Lead);

    [Fact]
    public void A_concerning_heading_wrapped_over_two_lines_leads_its_items_over_a_letters_addressees()
    {
        var tasks = Extractor.Extract(DocumentBuilder.FromLines(
            "BỘ TÀI CHÍNH", "Số: 12/BTC-QLCS",
            "Bộ Tài chính đề nghị các Bộ, cơ quan ngang bộ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương triển khai các nhiệm vụ sau:",
            "1. Tổ chức tuyên truyền Nghị định.",
            "2. Đối với các Bộ quản lý chuyên ngành (theo quy định tại khoản 5 Điều 3",
            "Nghị định số 178/2026/NĐ-CP)",
            "a) Rà soát danh mục tài sản kết cấu hạ tầng.",
            "b) Phối hợp với Bộ Tài chính xây dựng cơ sở dữ liệu.")).Tasks;
        Assert.Equal(["các Bộ quản lý chuyên ngành"], tasks.Single(t => t.Path == "2.a").Lead);
        Assert.Equal(["các Bộ quản lý chuyên ngành"], tasks.Single(t => t.Path == "2.b").Lead);
        Assert.Equal(["Bộ Tài chính"], tasks.Single(t => t.Path == "2.b").Support);
        Assert.Equal(AssignmentMode.Requested, tasks.Single(t => t.Path == "2.a").Mode);
    }

    [Theory]
    [InlineData("Phối hợp với Ban Quản lý Khu kinh tế, Sở Công Thương kiểm tra.", new[] { "Ban Quản lý Khu kinh tế", "Sở Công Thương" })]
    [InlineData("Phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Khoa học và Công nghệ kiểm tra.",
        new[] { "Ban Quản lý các khu công nghệ cao và khu công nghiệp", "Sở Khoa học và Công nghệ" })]
    [InlineData("Phối hợp với Ban Thi đua - Khen thưởng, Sở Nội vụ tổng hợp.", new[] { "Ban Thi đua - Khen thưởng, Sở Nội vụ" })] // a unit and its parent
    public void A_zone_board_beside_a_provincial_department_is_a_body_of_its_own(string text, string[] support) =>
        Assert.Equal(support, _parser.Parse(text).Support);

    [Theory]
    [InlineData("Thực hiện nguyên tắc một việc chỉ giao một cơ quan chủ trì, chịu trách nhiệm chính.", new string[0])]
    [InlineData("Sở Nội vụ chủ trì, bảo đảm mỗi việc chỉ giao một đơn vị thực hiện.", new[] { "Sở Nội vụ" })]
    public void A_body_counted_by_mot_is_no_owner(string text, string[] lead) => Assert.Equal(lead, _parser.Parse(text).Lead);
}
