using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Tasks;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// Closing lines and stated topics that are no tasks (corpus/EXTRACTION.md "Tasks"), each on an example made for it: a
/// letter's thanks, a call listing those answerable with semicolons, a bare "Tổ chức thực hiện" title over the closing
/// call, a share of the funding stated with "là", and the paragraph that introduces eligibility under a heading of its own.
/// </summary>
public class ClosingAndTopicShapeTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    private static readonly string[] PlanHeader = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 77/KH-UBND", "Hà Tĩnh, ngày 12 tháng 5 năm 2026", "KẾ HOẠCH", "Sửa chữa nhà ở cho hộ nghèo năm 2026"];

    private static ExtractionResult Plan(params string[] body) => Extract([.. PlanHeader, .. body]);

    [Theory]
    [InlineData("Sở Tài chính trân trọng cảm ơn sự quan tâm, phối hợp của Quý cơ quan./.")]
    [InlineData("Xin chân thành cảm ơn sự hợp tác của Quý Ủy ban.")]
    // Those answerable listed with semicolons, no asking word, then the notice of difficulties to report.
    [InlineData("Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã; người đứng đầu các đơn vị liên quan chịu trách nhiệm tổ chức thực hiện nghiêm túc các nội dung nêu trên; trong quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời báo cáo Sở Nội vụ để tổng hợp./.")]
    // A bare call closed by the notice after a semicolon.
    [InlineData("Các xã, phường nghiêm túc thực hiện; trong quá trình thực hiện nếu có vướng mắc, báo cáo về Sở Tài chính để xem xét.")]
    public void A_closing_line_is_recognised(string text) => Assert.True(ClosingNotice.Is(text));

    [Theory]
    // Thanking someone is work when it is what the item asks for.
    [InlineData("Tổ chức gặp mặt, cảm ơn các nhà tài trợ đã đóng góp xây nhà cho hộ nghèo trong năm 2026.")]
    // A semicolon between tasks: the last part is not made answerable for carrying the document out.
    [InlineData("Sở Xây dựng lập danh sách nhà ở cần sửa chữa; Ủy ban nhân dân cấp xã thực hiện nghiêm túc các nội dung nêu trên.")]
    // The call with a follow-up of its own before the notice.
    [InlineData("Sở Nội vụ theo dõi, đôn đốc các đơn vị thực hiện nghiêm túc; trong quá trình thực hiện nếu có khó khăn, báo cáo Ủy ban nhân dân tỉnh.")]
    public void A_task_with_thanks_or_a_listed_call_is_no_closing_line(string text) => Assert.False(ClosingNotice.Is(text));

    [Fact]
    public void A_bare_execution_title_over_the_closing_call_gives_no_task()
    {
        var r = Plan("1. Sở Xây dựng hướng dẫn các xã lập hồ sơ sửa chữa nhà ở trước ngày 30/6/2026.",
            "2. Sở Tài chính bố trí kinh phí sửa chữa nhà ở trong dự toán năm 2026.",
            "3. Tổ chức thực hiện",
            "Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã; người đứng đầu các đơn vị liên quan chịu trách nhiệm tổ chức thực hiện nghiêm túc các nội dung nêu trên; trong quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời báo cáo Sở Nội vụ để tổng hợp./.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
        Assert.Equal(["1", "2"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_paragraph_with_its_own_follow_up_under_the_execution_title_stays_a_task()
    {
        var r = Plan("1. Sở Xây dựng hướng dẫn các xã lập hồ sơ sửa chữa nhà ở trước ngày 30/6/2026.",
            "2. Tổ chức thực hiện",
            "Sở Nội vụ chủ trì theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này./.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
        Assert.Equal(2, r.Tasks.Count);
        Assert.StartsWith("Sở Nội vụ chủ trì", r.Tasks[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(r.Tasks, t => t.Text == "Tổ chức thực hiện");
    }

    [Theory]
    [InlineData("Từ ngân sách tỉnh là 12 tỷ đồng;", true)]
    [InlineData("Vốn vay ODA là 3.500.000 USD.", true)]
    // Not a source of money before "là", or more than the amount after it.
    [InlineData("Sở Xây dựng là cơ quan thường trực, tổng hợp kết quả sửa chữa nhà ở.", false)]
    [InlineData("Nguồn hỗ trợ là 2 tỷ đồng, Sở Tài chính phân bổ cho các xã trước ngày 30/6/2026 theo danh sách được duyệt.", false)]
    public void A_source_and_its_share_joined_by_la_is_an_allocation(string text, bool allocation) =>
        Assert.Equal(allocation, AllocationField.Is(text));

    [Fact]
    public void Shares_of_the_funding_stated_with_la_are_no_tasks()
    {
        var r = Plan("II. NỘI DUNG",
            "1. Ủy ban nhân dân cấp xã rà soát nhà ở của hộ nghèo trước ngày 30/6/2026.",
            "2. Kinh phí thực hiện dự kiến khoảng 20 tỷ đồng, trong đó:",
            "- Từ ngân sách tỉnh là 12 tỷ đồng;",
            "- Từ nguồn xã hội hóa là 8 tỷ đồng.");
        Assert.Equal(["II.1"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void Bullets_after_a_paragraph_naming_who_is_eligible_are_tasks_only_with_an_owner()
    {
        var r = Plan("II. NỘI DUNG",
            "1. Sở Xây dựng lập đề án sửa chữa nhà ở trước ngày 30/6/2026.",
            "2. Những điểm cần lưu ý khi lập đề án",
            "Đề án cần nêu rõ số hộ được hỗ trợ trong năm 2026 và năm tiếp theo.",
            "Đối tượng được hỗ trợ được xếp theo thứ tự ưu tiên sau đây:",
            "- Hộ nghèo có nhà ở dột nát, không an toàn khi sử dụng.",
            "- Hộ nghèo có người cao tuổi sống một mình.");
        Assert.Equal(["II.1"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void Bullets_after_a_paragraph_that_introduces_work_stay_tasks()
    {
        var r = Plan("II. NỘI DUNG",
            "1. Sửa chữa nhà ở",
            "Các xã thực hiện các nội dung sau đây:",
            "- Rà soát nhà ở dột nát của hộ nghèo trước ngày 30/6/2026.",
            "- Lập danh sách hộ được hỗ trợ gửi Sở Xây dựng.");
        Assert.Equal(["II.1.1", "II.1.2"], r.Tasks.Select(t => t.Path));
    }
}
