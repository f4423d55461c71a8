using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Extract.Tasks;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// Item shapes that hold on unseen documents (corpus/EXTRACTION.md "Tasks"), each on an example made for it: a letter
/// after an item's number, a numbered closing notice, an ownerless funding field, the papers of a dossier.
/// </summary>
public class ItemShapeTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    private static readonly string[] PlanHeader = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "Số: 45/KH-UBND", "Bắc Ninh, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH", "Hỗ trợ nhà ở cho hộ nghèo năm 2026"];

    private static ExtractionResult Plan(params string[] body) => Extract([.. PlanHeader, .. body]);

    // ---- 1. "2.1.a." is a lettered sub-item of 2.1

    [Theory]
    [InlineData("2.1.a. Thành lập tổ công tác", "a")]
    [InlineData("2.1.b Lập danh sách hộ nghèo", "b")]
    [InlineData("3.2a) Kiểm tra hiện trạng nhà ở", "a")]
    [InlineData("1.đ. Niêm yết công khai danh sách", "đ")]
    public void A_letter_after_an_item_s_number_is_a_lettered_sub_item(string line, string label)
    {
        var (marker, body) = ListMarker.Read(line);
        Assert.Equal(MarkerKind.Letter, marker.Kind);
        Assert.Equal(label, marker.Label);
        Assert.False(char.IsDigit(body[0]) || body.StartsWith(label + ".", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2.1. Thành lập tổ công tác", "2.1")]
    [InlineData("2.1) Ban chỉ đạo", "2.1")]
    [InlineData("3. an toàn thực phẩm", "3")]
    public void A_number_before_a_word_stays_a_numbered_item(string line, string label)
    {
        var (marker, _) = ListMarker.Read(line);
        Assert.Equal(MarkerKind.Number, marker.Kind);
        Assert.Equal(label, marker.Label);
    }

    [Fact]
    public void Lettered_sub_items_under_a_numbered_step_are_its_tasks()
    {
        var r = Plan("II. NỘI DUNG", "2. Trình tự thực hiện", "2.1. Bước 1:",
            "2.1.a. Ủy ban nhân dân cấp xã thành lập tổ công tác trước ngày 30/4/2026.",
            "2.1.b. Ủy ban nhân dân cấp xã tiếp nhận đơn của các hộ gia đình trước ngày 15/5/2026.",
            "2.2. Bước 2: Sở Xây dựng kiểm tra hiện trạng nhà ở trước ngày 30/6/2026.");
        Assert.Equal(["II.2.1.a", "II.2.1.b", "II.2.2"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void Items_under_an_investment_capital_section_are_tasks_only_with_an_owner()
    {
        var r = Plan("I. NHIỆM VỤ", "1. Sở Công Thương rà soát quy hoạch các cụm công nghiệp trên địa bàn tỉnh.",
            "II. VỐN ĐẦU TƯ", "Khái toán tổng vốn đầu tư thực hiện: 500 tỷ đồng, trong đó:",
            "1. Vốn ngân sách nhà nước: 200 tỷ đồng, bao gồm:",
            "+ Hoàn thiện hạ tầng kỹ thuật cụm công nghiệp Bắc Sơn với tổng vốn đầu tư 80 tỷ đồng;",
            "+ Đầu tư xây dựng hệ thống xử lý nước thải tập trung 120 tỷ đồng.",
            "2. Vốn ngoài ngân sách: 300 tỷ đồng.",
            "3. Sở Tài chính tham mưu bố trí vốn đầu tư công trung hạn giai đoạn 2026-2030.");
        Assert.Equal(["I.1", "II.3"], r.Tasks.Select(t => t.Path));
    }

    // ---- 2. A numbered closing notice is no task

    [Theory]
    [InlineData("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Xây dựng để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết.")]
    [InlineData("Quá trình tổ chức thực hiện nếu phát sinh khó khăn, các địa phương báo cáo về Sở Tài chính.")]
    [InlineData("Kế hoạch này có hiệu lực thi hành kể từ ngày ký.")]
    [InlineData("Yêu cầu Thủ trưởng các sở, ngành, Chủ tịch Ủy ban nhân dân cấp xã nghiêm túc thực hiện.")]
    [InlineData("Các sở, ban, ngành, địa phương tổ chức thực hiện nghiêm túc Kế hoạch này./.")]
    // Those asked listed with semicolons.
    [InlineData("Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường; Thủ trưởng các cơ quan, đơn vị, doanh nghiệp có liên quan nghiêm túc tổ chức triển khai thực hiện./.")]
    // The issuer's call with a long list of those asked, then the difficulties notice.
    [InlineData("Ủy ban nhân dân huyện yêu cầu Trưởng các phòng, ban chuyên môn thuộc huyện, Chủ tịch Ủy ban nhân dân các xã, thị trấn và các hợp tác xã, hộ kinh doanh có liên quan đến hoạt động khai thác cát sỏi lòng sông trên địa bàn huyện nghiêm túc thực hiện. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh về Phòng Tài nguyên và Môi trường để tổng hợp.")]
    public void A_closing_notice_is_recognised(string text) => Assert.True(ClosingNotice.Is(text));

    [Theory]
    // The execution article assigns: a second sentence names who carries the decision out.
    [InlineData("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng chịu trách nhiệm thi hành Quyết định này.")]
    // Following up the plan is a task of its own.
    [InlineData("Giao Sở Xây dựng theo dõi, đôn đốc các đơn vị tổ chức thực hiện nghiêm túc.")]
    // Strictly doing something named is a task.
    [InlineData("Các đơn vị thực hiện nghiêm túc chế độ báo cáo định kỳ hằng quý về Sở Tài chính.")]
    // Removing difficulties is work, not the notice.
    [InlineData("Chủ trì tháo gỡ khó khăn, vướng mắc cho doanh nghiệp trong quá trình đầu tư.")]
    // Semicolons between tasks, not between those asked.
    [InlineData("Sở Xây dựng rà soát quy hoạch các cụm công nghiệp; Ủy ban nhân dân cấp xã nghiêm túc thực hiện.")]
    [InlineData("Yêu cầu Sở Xây dựng rà soát toàn bộ quy hoạch các cụm công nghiệp đã phê duyệt trên địa bàn tỉnh; Ủy ban nhân dân cấp xã nghiêm túc thực hiện.")]
    // The issuer's call with a follow-up of its own, or a second sentence that is not the difficulties notice.
    [InlineData("Ủy ban nhân dân huyện yêu cầu Phòng Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân các xã, thị trấn theo dõi, kiểm tra việc khai thác cát sỏi lòng sông, nghiêm túc thực hiện.")]
    [InlineData("Ủy ban nhân dân huyện yêu cầu các xã, thị trấn nghiêm túc thực hiện. Phòng Tài chính - Kế hoạch bố trí kinh phí cho các đoàn kiểm tra.")]
    public void A_task_that_mentions_difficulties_or_strictness_is_no_closing_notice(string text) => Assert.False(ClosingNotice.Is(text));

    [Fact]
    public void A_numbered_closing_notice_is_no_task()
    {
        var r = Plan("III. TỔ CHỨC THỰC HIỆN",
            "1. Sở Xây dựng chủ trì hướng dẫn các địa phương lập danh sách hộ nghèo trước ngày 30/4/2026.",
            "2. Sở Tài chính bố trí kinh phí thực hiện trong dự toán năm 2026.",
            "3. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Xây dựng để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.");
        Assert.Equal(["III.1", "III.2"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_closing_paragraph_whose_subject_follows_the_document_up_is_a_task()
    {
        var r = Plan("III. TỔ CHỨC THỰC HIỆN",
            "1. Sở Xây dựng chủ trì hướng dẫn các địa phương lập danh sách hộ nghèo trước ngày 30/4/2026.",
            "2. Sở Tài chính bố trí kinh phí thực hiện trong dự toán năm 2026.",
            "Sở Nội vụ chịu trách nhiệm theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch này./.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
        Assert.Equal(3, r.Tasks.Count);
        Assert.Equal(["Sở Nội vụ"], r.Tasks[2].Lead);
        Assert.StartsWith("Sở Nội vụ chịu trách nhiệm theo dõi", r.Tasks[2].Text, StringComparison.Ordinal);
    }

    [Theory]
    // A bare call, and a call that only asks to report difficulties, stay boilerplate.
    [InlineData("Các sở, ban, ngành, địa phương tổ chức thực hiện nghiêm túc Kế hoạch này./.")]
    [InlineData("Các cơ quan, đơn vị khẩn trương triển khai thực hiện Kế hoạch này; kịp thời báo cáo Ủy ban nhân dân tỉnh (qua Sở Xây dựng) để xem xét, giải quyết./.")]
    public void A_closing_paragraph_that_only_calls_for_the_document_to_be_carried_out_is_no_task(string closing)
    {
        var r = Plan("III. TỔ CHỨC THỰC HIỆN",
            "1. Sở Xây dựng chủ trì hướng dẫn các địa phương lập danh sách hộ nghèo trước ngày 30/4/2026.",
            "2. Sở Tài chính bố trí kinh phí thực hiện trong dự toán năm 2026.",
            closing, "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
        Assert.Equal(["III.1", "III.2"], r.Tasks.Select(t => t.Path));
    }

    // ---- 3. An ownerless funding field is no task

    [Theory]
    [InlineData("Kinh phí thực hiện: Do ngân sách nhà nước bảo đảm theo phân cấp hiện hành.", true)]
    [InlineData("Kinh phí thực hiện Kế hoạch này: Từ nguồn ngân sách tỉnh và nguồn xã hội hóa.", true)]
    [InlineData("Nguồn kinh phí: Ngân sách địa phương.", true)]
    // No colon: a sentence about money, not a field.
    [InlineData("Kinh phí thực hiện được bố trí trong dự toán của các cơ quan, đơn vị.", false)]
    // No colon, but it only says the money follows the rules.
    [InlineData("Kinh phí hỗ trợ nhà ở thực hiện theo quy định về quản lý ngân sách nhà nước.", true)]
    [InlineData("Kinh phí thực hiện Kế hoạch thực hiện theo các quy định hiện hành của Bộ Tài chính.", true)]
    // "Kinh phí" is no word of "Kinh tế".
    [InlineData("Kinh tế tập thể: Sở Nông nghiệp hướng dẫn thành lập hợp tác xã.", false)]
    public void A_funding_field_is_a_label_and_a_source(string text, bool expected) => Assert.Equal(expected, FundingField.Is(text));

    [Fact]
    public void A_funding_field_without_an_owner_is_no_task_and_one_that_names_its_owner_stays()
    {
        var r = Plan("III. TỔ CHỨC THỰC HIỆN",
            "1. Sở Xây dựng chủ trì hướng dẫn các địa phương lập danh sách hộ nghèo trước ngày 30/4/2026.",
            "2. Kinh phí thực hiện: Do ngân sách nhà nước bảo đảm theo phân cấp quản lý ngân sách hiện hành.",
            "3. Kinh phí hỗ trợ: Sở Tài chính chủ trì tham mưu bố trí từ nguồn ngân sách tỉnh trước ngày 30/6/2026.");
        Assert.Equal(["III.1", "III.3"], r.Tasks.Select(t => t.Path));
        Assert.Equal(["Sở Tài chính"], r.Tasks[1].Lead);
    }

    [Fact]
    public void A_funding_item_that_only_says_the_money_follows_the_rules_is_no_task()
    {
        var r = Plan("III. TỔ CHỨC THỰC HIỆN",
            "1. Sở Xây dựng chủ trì hướng dẫn các địa phương lập danh sách hộ nghèo trước ngày 30/4/2026.",
            "2. Kinh phí hỗ trợ nhà ở thực hiện theo quy định phân cấp quản lý ngân sách hiện hành.",
            "3. Kinh phí sửa chữa nhà ở thực hiện theo quy định; Sở Tài chính tham mưu bố trí trước ngày 30/6/2026.");
        Assert.Equal(["III.1", "III.3"], r.Tasks.Select(t => t.Path));
        Assert.Equal(["Sở Tài chính"], r.Tasks[1].Lead);
    }

    [Fact]
    public void A_funding_field_under_an_owner_heading_takes_no_owner_from_it()
    {
        var r = Plan("III. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính:",
            "- Thẩm định dự toán hỗ trợ nhà ở của các huyện trước ngày 30/5/2026.",
            "- Kinh phí thực hiện: Từ nguồn ngân sách tỉnh năm 2026.");
        Assert.Equal(["III.1.1"], r.Tasks.Select(t => t.Path));
    }

    // ---- 4. The papers of a dossier are not tasks

    [Theory]
    [InlineData("Đơn đề nghị hỗ trợ nhà ở của hộ gia đình;", true)]
    [InlineData("Biên bản họp xét duyệt của thôn (01 bản);", true)]
    [InlineData("02 bản sao giấy chứng minh nhân dân;", true)]
    [InlineData("Các chứng từ giải ngân vốn hỗ trợ.", true)]
    [InlineData("Danh sách hộ gia đình đề nghị hỗ trợ;", true)]
    // "Đơn vị" is no "Đơn …" paper: the word must be whole.
    [InlineData("Đơn vị chủ trì tổng hợp danh sách gửi Sở Xây dựng.", false)]
    [InlineData("Báo cáo kết quả thực hiện về Sở Xây dựng trước ngày 15/12/2026.", false)]
    public void A_paper_of_a_dossier_is_recognised_by_its_first_words(string text, bool expected) => Assert.Equal(expected, DossierPapers.IsPaper(text));

    [Fact]
    public void The_papers_of_a_dossier_are_not_tasks_and_their_introduction_is_one()
    {
        var r = Plan("III. TỔ CHỨC THỰC HIỆN", "1. Ủy ban nhân dân cấp xã:",
            "- Tổ chức rà soát, lập danh sách hộ nghèo được hỗ trợ trên địa bàn.",
            "- Lập hồ sơ đề nghị hỗ trợ cho từng hộ gia đình, bao gồm:",
            "+ Đơn đề nghị hỗ trợ về nhà ở của hộ gia đình;",
            "+ Biên bản xác nhận hoàn thành xây dựng nhà ở (01 bản);",
            "+ Các chứng từ giải ngân vốn hỗ trợ.",
            "- Báo cáo kết quả thực hiện về Ủy ban nhân dân huyện trước ngày 15/12/2026.");
        Assert.Equal(["III.1.1", "III.1.2", "III.1.3"], r.Tasks.Select(t => t.Path));
        Assert.StartsWith("Lập hồ sơ đề nghị hỗ trợ", r.Tasks[1].Text, StringComparison.Ordinal);
        Assert.Equal(["Ủy ban nhân dân cấp xã"], r.Tasks[1].Lead);
    }

    [Fact]
    public void Papers_listed_after_a_bare_dossier_heading_leave_no_task_without_an_owner()
    {
        var r = Plan("II. NỘI DUNG", "1. Sở Xây dựng hướng dẫn các địa phương lập hồ sơ trước ngày 30/4/2026.",
            "2. Hồ sơ đề nghị hỗ trợ gồm:", "a) Đơn đề nghị của hộ gia đình;", "b) Biên bản họp xét duyệt của thôn;",
            "c) Tờ trình của Ủy ban nhân dân cấp xã.");
        Assert.Equal(["II.1"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void Items_that_start_like_papers_outside_a_dossier_stay_tasks()
    {
        // "Danh sách …" and "Đơn vị …" with no dossier above: ordinary items.
        var r = Plan("III. TỔ CHỨC THỰC HIỆN", "1. Các đơn vị:",
            "- Danh sách hộ nghèo được cập nhật hằng quý, gửi Sở Xây dựng trước ngày 15 của tháng cuối quý.",
            "- Đơn vị được giao chủ trì tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.");
        Assert.Equal(["III.1.1", "III.1.2"], r.Tasks.Select(t => t.Path));
    }

    // ---- An allocation of money and a body's standing in a project are stated, not assigned

    [Theory]
    [InlineData("+ Bộ Công Thương: 3.600.000.000 VNĐ (1.000.000.000 VNĐ tiền mặt).", true)]
    [InlineData("- Sở Tài chính: 2 tỷ đồng từ ngân sách tỉnh;", true)]
    [InlineData("- Tổng mức vốn của Dự án: 3.600.000 USD.", true)]
    [InlineData("- Sở Tài chính: bố trí 2 tỷ đồng cho các xã.", false)]
    [InlineData("- Sở Tài chính: tham mưu phân bổ kinh phí năm 2026.", false)]
    public void An_item_giving_a_body_a_sum_of_money_is_an_allocation(string line, bool allocation) =>
        Assert.Equal(allocation, AllocationField.Is(ListMarker.Read(line).Body));

    [Fact]
    public void Allocations_and_standing_roles_in_a_plan_give_no_task_while_the_work_beside_them_does()
    {
        var r = Plan("II. NHIỆM VỤ", "1. Phân bổ vốn hỗ trợ cho các cơ quan như sau:", "- Sở Xây dựng: 1.200.000.000 đồng;",
            "- Sở Tài chính: 300 triệu đồng.", "2. Cơ quan chủ quản: Sở Xây dựng.",
            "3. Sở Xây dựng chủ trì hướng dẫn các xã lập hồ sơ hỗ trợ.");
        Assert.Equal(["II.3"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_bullet_naming_a_funding_source_alone_lists_it_and_gives_no_task_without_an_owner()
    {
        // "Giải pháp về vốn" names a task word, yet its bullets only name where the money comes from.
        var r = Plan("II. GIẢI PHÁP", "1. Giải pháp về vốn", "- Nguồn vốn quốc tế", "Đóng góp, tài trợ của các tổ chức quốc tế và doanh nghiệp.",
            "- Các nguồn vốn hợp pháp khác.", "2. Sở Tài chính chủ trì cân đối vốn đối ứng cho Kế hoạch.");
        Assert.Equal(["II.2"], r.Tasks.Select(t => t.Path));
    }

    // ---- An item whose subject is a piece of work says how it is done

    [Fact]
    public void An_item_whose_subject_is_a_piece_of_work_is_a_task_only_with_an_owner()
    {
        var r = Plan("IV. TỔ CHỨC THỰC HIỆN",
            "1. Việc theo dõi, đánh giá Kế hoạch căn cứ vào báo cáo định kỳ của các địa phương.",
            "2. Các sở, ngành:",
            "- Việc hỗ trợ sửa chữa nhà ở phải bảo đảm công khai, đúng đối tượng.",
            "3. Sở Xây dựng tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.");
        Assert.Equal(["IV.2.1", "IV.3"], r.Tasks.Select(t => t.Path));
        Assert.Equal(["Các sở, ngành"], r.Tasks[0].Lead);
    }

    // ---- A roadmap inside a section that describes a thing states its phases

    [Fact]
    public void A_roadmap_item_under_a_descriptive_heading_gives_tasks_only_with_an_owner()
    {
        var r = Plan("II. MÔ HÌNH HỢP TÁC XÃ KIỂU MỚI",
            "1. Sở Nông nghiệp và Môi trường hướng dẫn thành lập các hợp tác xã kiểu mới.",
            "2. Lộ trình phát triển mô hình",
            "a) Giai đoạn 2026 - 2027",
            "- Mô hình được thí điểm tại 05 xã có điều kiện thuận lợi.",
            "- Sở Tài chính bố trí kinh phí thí điểm mô hình tại các xã.",
            "b) Giai đoạn từ năm 2028",
            "- Mô hình được nhân rộng trên địa bàn toàn tỉnh.",
            "III. NHIỆM VỤ",
            "1. Lộ trình thực hiện",
            "- Rà soát, hoàn thiện cơ chế hỗ trợ hợp tác xã trong năm 2026.");
        Assert.Equal(["II.1", "II.2.a.2", "III.1.1"], r.Tasks.Select(t => t.Path));
    }

    // ---- The contents a programme to be drafted is to cover spell out that item

    [Fact]
    public void The_contents_listed_under_an_item_ordering_a_programme_drafted_belong_to_that_one_task()
    {
        var r = Plan("II. NHIỆM VỤ",
            "1. Xây dựng chương trình hỗ trợ sửa chữa nhà ở cho hộ nghèo",
            "Chương trình được xây dựng tập trung vào các nội dung ưu tiên sau:",
            "- Nhà ở vùng thường xuyên ngập lụt",
            "+ Gia cố nền, móng nhà;",
            "+ Nâng cao mái nhà.",
            "- Nhà ở vùng núi",
            "+ Chống sạt lở quanh nhà.",
            "2. Rà soát danh sách hộ nghèo cần hỗ trợ",
            "Việc rà soát được thực hiện theo các nội dung sau:",
            "- Kiểm tra hiện trạng nhà ở của từng hộ;",
            "- Lập danh sách đề nghị hỗ trợ.");
        Assert.Equal(["II.1", "II.2.1", "II.2.2"], r.Tasks.Select(t => t.Path));
        Assert.Contains("Chống sạt lở quanh nhà", r.Tasks[0].Text, StringComparison.Ordinal);
    }

    // ---- An item that stands for tasks set out in an appendix points there

    [Fact]
    public void An_item_titled_by_its_tasks_that_points_to_an_appendix_is_no_task()
    {
        var r = Plan("II. NHIỆM VỤ",
            "1. Các nhiệm vụ trọng tâm năm 2026",
            "Các nhiệm vụ trọng tâm năm 2026 được xác định tại Phụ lục kèm theo Kế hoạch này.",
            "2. Nhiệm vụ của Sở Xây dựng: triển khai các nhiệm vụ được giao tại Phụ lục kèm theo.",
            "3. Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ nêu tại Phụ lục kèm theo.");
        Assert.Equal(["II.2", "II.3"], r.Tasks.Select(t => t.Path));
    }

    // ---- A field that only says the matter follows the rules states which rule applies

    [Theory]
    [InlineData("Ngày nghỉ lễ trong năm: Thực hiện theo quy định của Bộ Luật Lao động.", true)]
    [InlineData("Chế độ báo cáo: thực hiện theo các quy định hiện hành.", true)]
    [InlineData("Ngày nghỉ lễ trong năm: Sở Nội vụ hướng dẫn thực hiện theo quy định.", false)]
    [InlineData("Các trường thực hiện theo quy định của Bộ Giáo dục và Đào tạo.", false)]
    public void A_field_whose_value_only_says_it_follows_the_rules_is_recognised(string text, bool expected) =>
        Assert.Equal(expected, RuleField.Is(text));

    [Fact]
    public void A_field_that_follows_the_rules_is_a_task_only_with_an_owner()
    {
        var r = Plan("II. NỘI DUNG",
            "1. Khai giảng năm học mới: Ngày 05/9/2026.",
            "2. Ngày nghỉ lễ, tết trong năm: Thực hiện theo quy định của Bộ Luật Lao động.",
            "3. Chế độ nghỉ phép của giáo viên: Thực hiện theo quy định; Sở Giáo dục và Đào tạo hướng dẫn các trường bố trí.");
        Assert.DoesNotContain("II.2", r.Tasks.Select(t => t.Path));
        Assert.Contains("II.3", r.Tasks.Select(t => t.Path));
    }

    // ---- A topic of a report named alone says what the report covers

    [Fact]
    public void Items_naming_only_a_report_topic_are_tasks_only_with_an_owner()
    {
        var r = Plan("II. NỘI DUNG",
            "1. Đánh giá kết quả thực hiện",
            "- Đánh giá công tác chỉ đạo, điều hành thực hiện Kế hoạch trong năm.",
            "- Tình hình bố trí và sử dụng kinh phí hỗ trợ.",
            "- Khó khăn, vướng mắc và nguyên nhân.",
            "- Phương hướng thực hiện năm tiếp theo.",
            "- Tình hình giải ngân: Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh hằng quý.");
        Assert.Equal(["II.1.1", "II.1.5"], r.Tasks.Select(t => t.Path));
    }

    // ---- The kind of party an emulation plan names is who is concerned, not who acts

    [Fact]
    public void A_field_naming_the_kind_of_party_concerned_is_no_task()
    {
        var r = Plan("II. THI ĐUA",
            "1. Phạm vi thi đua",
            "a) Tập thể: Các sở, ban, ngành; Ủy ban nhân dân các xã, phường; các doanh nghiệp trên địa bàn tỉnh.",
            "b) Cá nhân: Cán bộ, công chức, viên chức và người lao động trong các cơ quan, đơn vị.",
            "2. Sở Nội vụ hướng dẫn các cơ quan, đơn vị tổ chức phong trào thi đua.");
        Assert.Equal(["II.2"], r.Tasks.Select(t => t.Path));
    }
}
