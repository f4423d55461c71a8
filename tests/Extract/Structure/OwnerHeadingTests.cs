using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>Owner headings (broken, or naming bodies the grammar does not know), addressees, field blocks, odd section numerals.</summary>
public class OwnerHeadingTests
{
    [Fact]
    public void Owner_heading_broken_across_lines_is_joined()
    {
        // Ingest delivers "**2. Sở\nKhoa học và Công nghệ**" as the item "2. Sở" and the paragraph "Khoa học và Công nghệ".
        var tasks = DocumentBuilder.ExtractTasks(
            "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành thực hiện tốt các nhiệm vụ sau:",
            "1. Sở Nội vụ",
            "a) Tham mưu kiện toàn tổ chức bộ máy.",
            "2. Sở",
            "Khoa học và Công nghệ",
            "a) Bám sát các nhiệm vụ, chỉ tiêu của tỉnh về chuyển đổi số.",
            "b) Kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin.");
        Assert.Equal(["1.a", "2.a", "2.b"], tasks.Select(t => t.Path));
        Assert.All(tasks.Skip(1), t => Assert.Equal(["Sở Khoa học và Công nghệ"], t.Lead));
        Assert.All(tasks, t => Assert.Equal(AssignmentMode.Assigned, t.Mode));
        Assert.DoesNotContain(tasks, t => t.Text.StartsWith("Khoa học", StringComparison.Ordinal));
    }

    [Fact]
    public void Heading_of_bodies_the_grammar_does_not_know_gives_its_names()
    {
        var tasks = DocumentBuilder.ExtractTasks(
            "7. Báo và Phát thanh, Truyền hình thành phố",
            "a) Đẩy mạnh tuyên truyền về bảo vệ tài nguyên nước.",
            "8. Giám đốc",
            "Sở, Thủ trưởng cơ quan, ban, ngành",
            "a) Phối hợp tuyên truyền, phổ biến quy định của pháp luật.",
            "b) Giao Thanh tra thành phố tăng cường thanh tra việc khai thác nước.",
            "12. Các tổ chức, cá nhân và hộ gia đình khai thác nước dưới đất có trách nhiệm",
            "a) Tuân thủ các quy định của giấy phép.");
        Assert.Equal(["7.a", "8.a", "8.b", "12.a"], tasks.Select(t => t.Path));
        Assert.Equal(["Báo và Phát thanh, Truyền hình thành phố"], tasks[0].Lead);
        Assert.Equal(2, tasks[1].Lead.Count);
        Assert.StartsWith("Giám đốc Sở", tasks[1].Lead[0], StringComparison.Ordinal);
        Assert.Contains("Thủ trưởng", tasks[1].Lead[1], StringComparison.Ordinal);
        Assert.Equal(["Thanh tra thành phố"], tasks[2].Lead); // the item's own "Giao X" beats the heading above it
        Assert.Equal(["Các tổ chức, cá nhân và hộ gia đình khai thác nước dưới đất"], tasks[3].Lead);
        Assert.All(tasks, t => Assert.Equal(AssignmentMode.Assigned, t.Mode));
    }

    [Fact]
    public void Party_bodies_head_their_items()
    {
        var tasks = DocumentBuilder.ExtractTasks(
            "II. NHIỆM VỤ",
            "1. Các cấp ủy, tổ chức đảng trong tỉnh thực hiện các nhiệm vụ sau:",
            "a) Tổ đảng ở Thường trực Hội đồng nhân dân tỉnh",
            "- Giám sát việc thực hiện chính sách hỗ trợ người cao tuổi.",
            "- Đề xuất sửa đổi quy chế hoạt động của Hội đồng.",
            "b) Chi bộ Văn phòng Ủy ban nhân dân tỉnh",
            "- Quán triệt nghị quyết đến từng đảng viên.",
            "c) Ban Thường vụ Thành ủy",
            "- Chỉ đạo sơ kết việc thực hiện nghị quyết vào quý IV năm 2026.");
        Assert.Equal(["II.1.a.1", "II.1.a.2", "II.1.b.1", "II.1.c.1"], tasks.Select(t => t.Path));
        Assert.All(tasks.Take(2), t => Assert.Equal(["Tổ đảng ở Thường trực Hội đồng nhân dân tỉnh"], t.Lead));
        Assert.Equal(["Chi bộ Văn phòng Ủy ban nhân dân tỉnh"], tasks[2].Lead);
        Assert.Equal(["Ban Thường vụ Thành ủy"], tasks[3].Lead);
    }

    [Fact]
    public void A_nested_giao_intro_beats_the_owner_heading_above_it()
    {
        var tasks = DocumentBuilder.ExtractTasks(
            "3. Sở Xây dựng",
            "a) Hướng dẫn các địa phương lập quy hoạch cấp nước.",
            "b) Giao Ban Quản lý các khu chế xuất và công nghiệp tỉnh chỉ đạo các đơn vị kinh doanh hạ tầng có trách nhiệm:",
            "- Rà soát hệ thống cấp nước tập trung trong các khu công nghiệp.",
            "- Vận động doanh nghiệp tiết kiệm nước.");
        Assert.Equal(["3.a", "3.b.1", "3.b.2"], tasks.Select(t => t.Path));
        Assert.Equal(["Sở Xây dựng"], tasks[0].Lead);
        Assert.All(tasks.Skip(1), t => Assert.Equal(["Ban Quản lý các khu chế xuất và công nghiệp tỉnh"], t.Lead));
    }

    [Fact]
    public void The_task_s_own_de_nghi_makes_it_requested_even_when_its_lead_comes_from_a_field()
    {
        var tasks = DocumentBuilder.ExtractTasks(
            "II. NHIỆM VỤ",
            "1. Nâng cao năng lực",
            "- Đề nghị người đứng đầu cấp ủy quan tâm chỉ đạo công tác đào tạo cán bộ.",
            "Đơn vị thực hiện: Sở Nội vụ",
            "Thời gian: Thường xuyên");
        var task = Assert.Single(tasks);
        Assert.Equal(AssignmentMode.Requested, task.Mode);
    }

    [Fact]
    public void Topic_heading_with_an_action_is_not_an_owner()
    {
        var tasks = DocumentBuilder.ExtractTasks(
            "II. NỘI DUNG",
            "4. Tổ chức thực hiện phong trào thi đua",
            "- Phát động phong trào thi đua trong toàn tỉnh.",
            "5. Các cơ quan tăng cường kiểm tra",
            "- Xây dựng kế hoạch kiểm tra hằng năm.");
        Assert.Equal(["II.4.1", "II.5.1"], tasks.Select(t => t.Path));
        Assert.Empty(tasks[0].Lead);
        Assert.Null(tasks[0].Mode);
    }

    [Fact]
    public void Directive_addressees_apply_only_where_the_item_names_no_owner()
    {
        var tasks = DocumentBuilder.ExtractTasks(
            "Bộ trưởng yêu cầu các đơn vị thuộc Bộ triển khai thực hiện những nhiệm vụ sau:",
            "1. Vụ Kế hoạch chủ trì, phối hợp với các Vụ liên quan hướng dẫn xây dựng kế hoạch đầu tư.",
            "2. Các Vụ Thị trường ngoài nước:",
            "- Nắm bắt tình hình thị trường nước nhập khẩu.",
            "3. Rà soát các chính sách về đầu tư.",
            "4. Các Vụ, Cục, Tập đoàn kinh tế, Tổng Công ty Nhà nước, Công ty nghiêm túc thực hiện chỉ đạo của Bộ.",
            "5. Thủ trưởng, Lãnh đạo các đơn vị chủ động, khẩn trương triển khai nhiệm vụ được phân công.");
        Assert.Equal(["1", "2.1", "3", "4", "5"], tasks.Select(t => t.Path));
        Assert.Equal(["Vụ Kế hoạch"], tasks[0].Lead);
        Assert.Equal(AssignmentMode.Assigned, tasks[0].Mode);
        Assert.Equal(["Các Vụ Thị trường ngoài nước"], tasks[1].Lead);
        Assert.Equal(AssignmentMode.Assigned, tasks[1].Mode);
        Assert.StartsWith("các đơn vị", Assert.Single(tasks[2].Lead), StringComparison.Ordinal);
        Assert.Equal(AssignmentMode.Required, tasks[2].Mode);
        // A subject the grammar does not know keeps a shared-determiner list whole, and words glued to an agency.
        Assert.Equal(["Các Vụ, Cục, Tập đoàn kinh tế, Tổng Công ty Nhà nước, Công ty"], tasks[3].Lead);
        Assert.Equal(["Thủ trưởng, Lãnh đạo các đơn vị"], tasks[4].Lead);
        Assert.Equal(AssignmentMode.Assigned, tasks[4].Mode);
    }

    [Fact]
    public void Field_block_after_bullets_applies_to_every_bullet_since_the_last_block()
    {
        var tasks = DocumentBuilder.ExtractTasks(
            "III. NHIỆM VỤ",
            "3. Nâng cao nhận thức của các cơ quan, đơn vị",
            "- Tiếp tục nâng cao nhận thức về công tác xây dựng pháp luật.",
            "- Trực tiếp chỉ đạo các nhiệm vụ, giải pháp nâng cao năng lực.",
            "Đơn vị thực hiện: Sở Nội vụ, Ủy ban nhân dân cấp xã.",
            "Đơn vị phối hợp: Sở Tư pháp.",
            "Thời gian thực hiện: Thường xuyên.",
            "- Tổ chức tập huấn cho công chức.",
            "Đơn vị thực hiện: Sở Tư pháp.",
            "Thời gian thực hiện: Năm 2025.");
        Assert.Equal(["III.3.1", "III.3.2", "III.3.3"], tasks.Select(t => t.Path));
        foreach (var t in tasks.Take(2))
        {
            Assert.Contains("Sở Nội vụ", t.Lead);
            Assert.Contains("Sở Tư pháp", t.Support);
            Assert.Equal(DeadlineKind.Ongoing, t.Deadline?.Kind);
        }
        Assert.Equal(["Sở Tư pháp"], tasks[2].Lead);
        Assert.NotEqual(DeadlineKind.Ongoing, tasks[2].Deadline?.Kind);
    }

    [Theory]
    [InlineData("Ii. tổ chức thực hiện", "II")]
    [InlineData("Iii. Nhiệm vụ và giải pháp", "III")]
    [InlineData("iv. KINH PHÍ", "IV")]
    public void Case_mangled_roman_numeral_before_a_heading_is_a_section(string line, string label)
    {
        var (marker, body) = ListMarker.Read(line);
        Assert.Equal(MarkerKind.Roman, marker.Kind);
        Assert.Equal(label, marker.Label);
        Assert.False(string.IsNullOrEmpty(body));
    }

    [Theory]
    [InlineData("Vi. Đây là một câu dài nói về việc thực hiện các nhiệm vụ trong năm tới.")]
    [InlineData("ix. và một dòng nữa;")]
    [InlineData("Ví dụ. Một đoạn văn")]
    public void Case_mangled_numeral_before_a_sentence_is_not_a_section(string line) =>
        Assert.NotEqual(MarkerKind.Roman, ListMarker.Read(line).Marker.Kind);

    [Fact]
    public void Lowercased_section_numeral_numbers_its_items()
    {
        var tasks = DocumentBuilder.ExtractTasks(
            "I. PHÂN CÔNG CHỈ ĐẠO",
            "1. Sở Tài chính bố trí kinh phí thực hiện.",
            "Ii. tổ chức thực hiện",
            "1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện.");
        Assert.Equal(["I.1", "II.1"], tasks.Select(t => t.Path));
    }

    [Fact]
    public void Party_committees_as_a_group_head_their_items()
    {
        var tasks = DocumentBuilder.ExtractTasks(
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Quân ủy Trung ương",
            "a) Chỉ đạo rà soát kế hoạch phòng, chống thiên tai của các quân khu.",
            "2. Các tỉnh ủy, thành ủy",
            "a) Xây dựng kế hoạch thực hiện Chỉ thị phù hợp với tình hình địa phương.",
            "b) Bố trí nguồn lực cho công tác phòng, chống thiên tai.");
        Assert.Equal(["III.1.a", "III.2.a", "III.2.b"], tasks.Select(t => t.Path));
        Assert.Equal(["Quân ủy Trung ương"], tasks[0].Lead);
        Assert.All(tasks.Skip(1), t => Assert.Equal(["Các tỉnh ủy, thành ủy"], t.Lead));
    }

    [Fact]
    public void An_item_titled_with_whose_duties_follow_gives_its_body()
    {
        var tasks = DocumentBuilder.ExtractTasks(
            "Để tăng cường công tác phòng cháy, chữa cháy, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
            "1. Trách nhiệm chung của các sở, ban, ngành",
            "- Thực hiện nghiêm các quy định về phòng cháy, chữa cháy.",
            "- Kiểm tra điều kiện an toàn tại các cơ sở thuộc phạm vi quản lý.",
            "2. Công an tỉnh",
            "- Tổ chức diễn tập phòng cháy, chữa cháy tại các khu dân cư.");
        Assert.Equal(["1.1", "1.2", "2.1"], tasks.Select(t => t.Path));
        Assert.All(tasks.Take(2), t => Assert.Equal(["các sở, ban, ngành"], t.Lead));
        Assert.Equal(["Công an tỉnh"], tasks[2].Lead);
    }

    [Fact]
    public void Lead_as_a_verb_leaves_the_items_to_their_heading()
    {
        var tasks = DocumentBuilder.ExtractTasks(
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Các huyện ủy, thị ủy",
            "a) Xây dựng kế hoạch thực hiện Nghị quyết phù hợp với điều kiện địa phương.",
            "b) Lãnh đạo, chỉ đạo kiểm tra việc sử dụng đất công trên địa bàn.",
            "2. Sở Tài chính",
            "a) Bố trí kinh phí thực hiện Nghị quyết.");
        Assert.Equal(["III.1.a", "III.1.b", "III.2.a"], tasks.Select(t => t.Path));
        Assert.All(tasks.Take(2), t => Assert.Equal(["Các huyện ủy, thị ủy"], t.Lead));
    }
}
