using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Tasks;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// Closing lines and stated topics that are no tasks (corpus/EXTRACTION.md "Tasks"), each on an example made for it: a
/// letter's thanks, a call listing those answerable with semicolons, a bare "Tổ chức thực hiện" title over the closing
/// call, a share of the funding stated with "là", a count given to a label, a background topic listed in a section's
/// heading, an emulation plan's theme and period, fields a scan ran into one lettered item, a letter's
/// addressees that start on the "Kính gửi:" line, and the paragraph that introduces eligibility under a heading of its own.
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
    // The programme's amendment clause: bodies propose changes, the issuer decides.
    [InlineData("Trong quá trình tổ chức thực hiện, nếu thấy cần sửa đổi, bổ sung nội dung của Chương trình, các sở, ngành, địa phương chủ động đề xuất gửi Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./.")]
    public void A_closing_line_is_recognised(string text) => Assert.True(ClosingNotice.Is(text));

    [Theory]
    // Thanking someone is work when it is what the item asks for.
    [InlineData("Tổ chức gặp mặt, cảm ơn các nhà tài trợ đã đóng góp xây nhà cho hộ nghèo trong năm 2026.")]
    // A semicolon between tasks: the last part is not made answerable for carrying the document out.
    [InlineData("Sở Xây dựng lập danh sách nhà ở cần sửa chữa; Ủy ban nhân dân cấp xã thực hiện nghiêm túc các nội dung nêu trên.")]
    // The call with a follow-up of its own before the notice.
    [InlineData("Sở Nội vụ theo dõi, đôn đốc các đơn vị thực hiện nghiêm túc; trong quá trình thực hiện nếu có khó khăn, báo cáo Ủy ban nhân dân tỉnh.")]
    // An amendment asked of a body as work, not the closing clause.
    [InlineData("Sở Tư pháp rà soát, nếu thấy cần sửa đổi, bổ sung các quy định về nhà ở thì đề xuất Ủy ban nhân dân tỉnh trước ngày 30/6/2026.")]
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

    [Fact]
    public void A_closing_call_to_carry_out_and_report_difficulties_after_the_last_item_gives_no_task()
    {
        var r = Plan("1. Sở Xây dựng hướng dẫn các xã lập hồ sơ sửa chữa nhà ở trước ngày 30/6/2026.",
            "2. Ủy ban nhân dân các xã rà soát danh sách hộ nghèo cần hỗ trợ.",
            "Sửa chữa nhà ở cho hộ nghèo là việc cần làm trước mùa mưa lũ. Yêu cầu các cơ quan, đơn vị và địa phương nghiêm túc thực hiện theo nhiệm vụ được phân công; kịp thời phản ánh những khó khăn, vướng mắc về Sở Xây dựng để tổng hợp./.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
        Assert.Equal(["1", "2"], r.Tasks.Select(t => t.Path));
        Assert.DoesNotContain("nghiêm túc", r.Tasks[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sửa chữa nhà ở là việc cấp bách. Đề nghị các sở, ban, ngành và địa phương khẩn trương thực hiện đúng chức năng được giao; kịp thời báo cáo Ủy ban nhân dân tỉnh những khó khăn, vướng mắc để xem xét, chỉ đạo./.", true)]
    [InlineData("Yêu cầu các đơn vị nghiêm túc thực hiện./.", true)]
    // Reporting results, not difficulties: work of its own.
    [InlineData("Đề nghị các xã khẩn trương thực hiện; báo cáo kết quả về Sở Xây dựng trước ngày 30/6/2026./.", false)]
    // A follow-up asked in the call.
    [InlineData("Đề nghị Sở Nội vụ khẩn trương thực hiện, theo dõi, đôn đốc các xã; kịp thời báo cáo khó khăn, vướng mắc./.", false)]
    // An earlier sentence that asks something itself.
    [InlineData("Đề nghị Sở Tài chính bố trí kinh phí. Yêu cầu các xã nghiêm túc thực hiện./.", false)]
    // Not the document's end.
    [InlineData("Đề nghị các xã khẩn trương thực hiện; kịp thời báo cáo khó khăn, vướng mắc.", false)]
    public void A_closing_call_is_recognised(string text, bool closing) => Assert.Equal(closing, ClosingNotice.IsClosingCall(text));

    [Theory]
    [InlineData("Từ ngân sách tỉnh là 12 tỷ đồng;", true)]
    [InlineData("Vốn vay ODA là 3.500.000 USD.", true)]
    // Not a source of money before "là", or more than the amount after it.
    [InlineData("Sở Xây dựng là cơ quan thường trực, tổng hợp kết quả sửa chữa nhà ở.", false)]
    [InlineData("Nguồn hỗ trợ là 2 tỷ đồng, Sở Tài chính phân bổ cho các xã trước ngày 30/6/2026 theo danh sách được duyệt.", false)]
    public void A_source_and_its_share_joined_by_la_is_an_allocation(string text, bool allocation) =>
        Assert.Equal(allocation, AllocationField.Is(text));

    [Theory]
    [InlineData("Ban Chỉ đạo cấp tỉnh: Không quá 05 cá nhân;", true)]
    [InlineData("Tổ công tác cấp xã: 01 tập thể/01 tổ;", true)]
    [InlineData("Số lượng: 3.000 tờ rơi.", true)]
    // A number that opens a sentence, or a bare year, is no count given.
    [InlineData("Sở Y tế: 02 ngày tổ chức kiểm tra các cơ sở kinh doanh thực phẩm.", false)]
    [InlineData("Năm: 2026", false)]
    public void A_label_given_a_count_is_an_allocation(string text, bool allocation) =>
        Assert.Equal(allocation, AllocationField.Is(text));

    [Theory]
    [InlineData("Thời gian thực hiện: Từ tháng 3/2026 đến hết tháng 12/2026.", true)]
    [InlineData("Thời gian: 15/11/2026 - 15/12/2026", true)]
    // The time label over work, or a deadline a task's field gives.
    [InlineData("Thời gian thực hiện: Sở Nội vụ tổng hợp kết quả thi đua gửi Ủy ban nhân dân tỉnh.", false)]
    [InlineData("Thời hạn: Hoàn thành trước ngày 30/6/2026.", false)]
    [InlineData("Tổ chức hội nghị: Từ ngày 01/3/2026.", false)]
    public void A_time_label_over_a_period_is_a_period_field(string text, bool period) => Assert.Equal(period, PeriodField.Is(text));

    [Fact]
    public void An_emulation_plan_s_theme_and_period_are_no_tasks()
    {
        var r = Plan("II. NỘI DUNG THI ĐUA",
            "1. Chủ đề thi đua",
            "“Đoàn kết, sáng tạo, hoàn thành thắng lợi nhiệm vụ năm 2026”.",
            "2. Thời gian thực hiện: Từ tháng 3/2026 đến hết tháng 12/2026.",
            "3. Nội dung thi đua",
            "a) Các xã hoàn thành sửa chữa nhà ở cho hộ nghèo trước ngày 30/11/2026.",
            "b) Sở Xây dựng kiểm tra chất lượng nhà ở sau sửa chữa.");
        Assert.Equal(["II.3.a", "II.3.b"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_theme_whose_quoted_slogan_ran_onto_its_line_is_no_task()
    {
        var r = Plan("II. NỘI DUNG THI ĐUA",
            "1. Chủ đề thi đua “Đoàn kết, sáng tạo, hoàn thành thắng lợi nhiệm vụ sửa chữa nhà ở cho hộ nghèo năm 2026”.",
            "2. Nội dung thi đua",
            "a) Các xã hoàn thành sửa chữa nhà ở cho hộ nghèo trước ngày 30/11/2026.");
        Assert.Equal(["II.2.a"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void An_owner_heading_whose_closing_paragraphs_have_their_own_subjects_is_no_task_of_its_own()
    {
        var r = Plan("III. TỔ CHỨC THỰC HIỆN",
            "1. Sở Xây dựng hướng dẫn các xã lập hồ sơ sửa chữa nhà ở trước ngày 30/6/2026.",
            "2. Sở Tài chính; Ủy ban nhân dân các xã",
            "Ủy ban nhân dân các xã chủ động rà soát, lập danh sách hộ nghèo cần sửa chữa nhà ở.",
            "Giao Sở Tài chính chủ trì, hướng dẫn các xã thanh quyết toán kinh phí sửa chữa nhà ở.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
        Assert.Equal(3, r.Tasks.Count);
        Assert.DoesNotContain(r.Tasks, t => t.Text.StartsWith("Sở Tài chính; Ủy ban", StringComparison.Ordinal));
        Assert.StartsWith("Ủy ban nhân dân các xã chủ động", r.Tasks[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_a_scan_ran_into_one_lettered_item_make_their_item_one_task()
    {
        var r = Plan("II. NHIỆM VỤ",
            "1. Rà soát các văn bản quy phạm pháp luật của tỉnh sau sắp xếp đơn vị hành chính",
            "a) Cơ quan chủ trì: Sở Tư pháp; b) Cơ quan phối hợp: các sở, ngành c) Thời gian thực hiện: Quý II năm 2026",
            "2. Tổ chức hội nghị sơ kết việc sắp xếp đơn vị hành chính",
            "a) Cơ quan chủ trì: Sở Nội vụ",
            "b) Thời gian thực hiện: Tháng 12 năm 2026");
        Assert.Equal(["II.1", "II.2"], r.Tasks.Select(t => t.Path));
        Assert.Equal(["Sở Tư pháp"], r.Tasks[0].Lead);
    }

    [Fact]
    public void Addressees_that_start_on_the_label_s_line_and_wrap_are_no_tasks()
    {
        var r = Extract("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 812/UBND-XD", "Hà Tĩnh, ngày 12 tháng 5 năm 2026",
            "V/v sửa chữa nhà ở cho hộ nghèo",
            "Kính gửi: - Sở Xây dựng,",
            "- Các cơ quan chuyên trách tham mưu, giúp việc",
            "Ban Chỉ đạo giảm nghèo tỉnh,",
            "- Ủy ban nhân dân các xã, phường.",
            "Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:",
            "1. Sở Xây dựng hướng dẫn các xã lập hồ sơ sửa chữa nhà ở trước ngày 30/6/2026.",
            "2. Ủy ban nhân dân các xã, phường báo cáo kết quả sửa chữa nhà ở trước ngày 30/11/2026.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
        Assert.Equal(["1", "2"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_section_listing_a_background_topic_after_another_holds_no_tasks()
    {
        var r = Plan("I. ĐẶC ĐIỂM, TÌNH HÌNH",
            "Năm 2025, toàn tỉnh còn 1.200 hộ nghèo có nhà ở dột nát cần sửa chữa trước mùa mưa bão.",
            "II. KIỂM TRA, ĐÁNH GIÁ",
            "1. Sở Xây dựng kiểm tra việc sửa chữa nhà ở tại các xã trước ngày 30/11/2026.");
        Assert.Equal(["II.1"], r.Tasks.Select(t => t.Path));
    }

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
    public void A_caption_in_capitals_after_the_last_item_is_no_task()
    {
        var r = Plan("III. TỔ CHỨC THỰC HIỆN",
            "1. Sở Xây dựng hướng dẫn các xã lập hồ sơ sửa chữa nhà ở trước ngày 30/6/2026.",
            "2. Sở Tài chính bố trí kinh phí sửa chữa nhà ở trong dự toán năm 2026.",
            "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
        Assert.Equal(["III.1", "III.2"], r.Tasks.Select(t => t.Path));
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
