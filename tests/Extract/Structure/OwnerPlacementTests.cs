using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// Where Vietnamese administrative writing puts an owner other than at the sentence's start (issue 10), each on an
/// example made for it: a body after a dash at an item's end, a body after "do" in a relative clause.
/// </summary>
public class OwnerPlacementTests
{
    private readonly OwnerParser _parser = new();

    [Theory]
    [InlineData("Rà soát danh mục tài sản kết cấu hạ tầng giao thông - Bộ Xây dựng.", new[] { "Bộ Xây dựng" })]
    [InlineData("Công bố danh mục tài sản hạ tầng thủy lợi – Bộ Nông nghiệp và Môi trường;", new[] { "Bộ Nông nghiệp và Môi trường" })]
    [InlineData("Tài sản kết cấu hạ tầng y tế, giáo dục — Bộ Y tế, Bộ Giáo dục và Đào tạo.", new[] { "Bộ Y tế", "Bộ Giáo dục và Đào tạo" })]
    public void A_body_after_a_dash_at_an_items_end_leads_it(string text, string[] lead)
    {
        var o = _parser.Parse(text);
        Assert.Equal(lead, o.Lead);
        Assert.Equal(AssignmentMode.Assigned, o.Mode);
    }

    [Theory]
    // A unit before its parent, joined by a dash, is one address, not a matter and its owner.
    [InlineData("Gửi báo cáo về Cục Chính sách, Tổng cục Chính trị - Bộ Quốc phòng.")]
    // A dash inside a body's name.
    [InlineData("Khen thưởng theo đề nghị của Ban Thi đua - Khen thưởng.")]
    // Words after the body: it is no item's end.
    [InlineData("Tập huấn - Sở Nội vụ và các đơn vị cùng tham gia tổ chức hằng năm.")]
    public void A_dash_that_pairs_no_matter_with_a_body_names_no_lead(string text)
    {
        Assert.Empty(_parser.Parse(text).Lead);
    }

    [Fact]
    public void A_body_after_do_in_a_relative_clause_is_no_owner_of_the_subjects_work()
    {
        var o = _parser.Parse("Trung tâm Dữ liệu tỉnh vận hành hệ thống theo các tiêu chuẩn kỹ thuật do Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính xây dựng.");
        Assert.Equal(["Trung tâm Dữ liệu tỉnh"], o.Lead);
        Assert.Empty(o.Support);
    }

    [Fact]
    public void A_relative_clause_leaves_the_subjects_own_supports()
    {
        var o = _parser.Parse("Sở Y tế chủ trì, phối hợp với Sở Tài chính lập dự toán theo định mức do Bộ Y tế ban hành.");
        Assert.Equal(["Sở Y tế"], o.Lead);
        Assert.Equal(["Sở Tài chính"], o.Support);
    }

    [Fact]
    public void The_heads_of_one_tiers_unnamed_bodies_are_one_owner()
    {
        var o = _parser.Parse("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo rà soát quy hoạch.");
        Assert.Equal(["Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"], o.Lead);
    }

    [Fact]
    public void Heads_of_named_ministries_stay_one_owner_each()
    {
        var o = _parser.Parse("Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Tài chính chỉ đạo kiểm tra việc thanh toán.");
        Assert.Equal(["Bộ trưởng Bộ Y tế", "Bộ trưởng Bộ Tài chính"], o.Lead);
    }

    [Fact]
    public void A_provinces_party_committee_of_the_front_and_mass_organisations_is_one_body()
    {
        // "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh" is one Party committee's official name, comma included.
        var o = _parser.Parse("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo việc tuyên truyền trong đoàn viên, hội viên.");
        Assert.Equal(["Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"], o.Lead);
    }

    [Fact]
    public void A_body_after_a_dash_picks_the_lead_among_the_bodies_its_heading_groups()
    {
        var tasks = DocumentBuilder.ExtractTasks(
            "KẾ HOẠCH", "Kiểm kê tài sản kết cấu hạ tầng năm 2026", "II. NHIỆM VỤ",
            "1. Đối với các sở quản lý chuyên ngành",
            "a) Kiểm kê, cập nhật danh mục tài sản như sau:",
            "- Tài sản kết cấu hạ tầng giao thông đường thủy nội địa - Sở Xây dựng.",
            "- Tài sản kết cấu hạ tầng thủy lợi, đê điều – Sở Nông nghiệp và Môi trường.");
        Assert.Equal(["Sở Xây dựng"], tasks.Single(t => t.Text.Contains("đường thủy", StringComparison.Ordinal)).Lead);
        Assert.Equal(["Sở Nông nghiệp và Môi trường"], tasks.Single(t => t.Text.Contains("đê điều", StringComparison.Ordinal)).Lead);
    }

    [Theory]
    [InlineData("Các cấp ủy, cơ quan, đơn vị, tổ chức quán triệt sâu sắc chủ trương sắp xếp.", "Các cấp ủy, cơ quan, đơn vị, tổ chức")]
    [InlineData("Các cấp ủy, tổ chức đảng, chính quyền lãnh đạo việc phân loại rác tại nguồn.", "Các cấp ủy, tổ chức đảng, chính quyền")]
    public void Party_organisations_and_the_bodies_beside_them_under_one_determiner_are_one_owner(string text, string owner)
    {
        Assert.Equal([owner], _parser.Parse(text).Lead);
    }

    [Fact]
    public void A_second_determiner_after_party_organisations_starts_another_owner()
    {
        Assert.Equal(["Các cấp ủy, tổ chức đảng", "các cơ quan, đơn vị"], _parser.Parse("Các cấp ủy, tổ chức đảng, các cơ quan, đơn vị tổ chức tuyên truyền.").Lead);
    }
}
