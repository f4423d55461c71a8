using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// Decisions without an attached plan (corpus/EXTRACTION.md, "Decisions that issue plans"): their articles give the
/// tasks, on examples made for it.
/// </summary>
public class DecisionArticleTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    private static readonly string[] Header =
        ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 77/QĐ-UBND", "Gia Lai, ngày 10 tháng 3 năm 2026", "QUYẾT ĐỊNH",
         "Về hỗ trợ nhà ở cho hộ nghèo", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI", "Căn cứ Luật Nhà ở ngày 27 tháng 11 năm 2023;", "QUYẾT ĐỊNH:"];

    [Fact]
    public void Articles_that_assign_give_tasks_and_policy_effect_and_execution_articles_give_none()
    {
        var r = Extract([.. Header,
            "Điều 1. Đối tượng được hỗ trợ", "1. Hộ nghèo có nhà ở bị hư hỏng nặng.", "2. Hộ cận nghèo thuộc vùng thiên tai.",
            "Điều 2. Mức hỗ trợ", "1. Hỗ trợ 30 triệu đồng mỗi hộ xây mới nhà ở.",
            "Điều 3. Tổ chức thực hiện", "1. Sở Xây dựng chủ trì hướng dẫn các xã lập danh sách hộ được hỗ trợ.",
            "2. Ủy ban nhân dân các xã báo cáo kết quả trước ngày 30/6/2026.",
            "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng chịu trách nhiệm thi hành Quyết định này."]);
        Assert.Equal(["3.1", "3.2"], r.Tasks.Select(t => t.Path).Order(StringComparer.Ordinal));
        Assert.Equal(["Sở Xây dựng"], r.Tasks.Single(t => t.Path == "3.1").Lead);
    }

    [Fact]
    public void An_article_that_issues_the_plan_in_its_items_gives_each_item_as_a_task()
    {
        var r = Extract([.. Header, "Điều 1. Ban hành Kế hoạch thời gian năm học 2026-2027 như sau:",
            "1. Tựu trường ngày 25/8/2026.", "2. Khai giảng năm học mới ngày 05/9/2026.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]);
        Assert.Equal(["1.1", "1.2"], r.Tasks.Select(t => t.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_numbered_items_of_an_article_that_is_the_plan_are_its_sections_and_its_views_and_aims_give_no_task()
    {
        var r = Extract([.. Header, "Điều 1. Phê duyệt Chương trình hỗ trợ nhà ở cho hộ nghèo với các nội dung sau:",
            "1. Quan điểm:", "- Chương trình phải bảo đảm công khai, minh bạch.",
            "2. Mục tiêu:", "a) Mục tiêu chung", "Nâng cao chất lượng nhà ở của hộ nghèo.", "b) Mục tiêu cụ thể",
            "- Đến năm 2027, hỗ trợ 5.000 hộ xây mới nhà ở.",
            "3. Nhiệm vụ chủ yếu", "- Rà soát danh sách hộ nghèo cần hỗ trợ.",
            "4. Tổ chức thực hiện", "- Sở Xây dựng chủ trì hướng dẫn các xã triển khai Chương trình.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]);
        Assert.Equal(["1.3.1", "1.4.1"], r.Tasks.Select(t => t.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_body_without_sections_whose_first_item_states_the_aims_gives_tasks_only_from_the_others()
    {
        var tasks = DocumentBuilder.ExtractTasks("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 78/KH-UBND", "Gia Lai, ngày 10 tháng 3 năm 2026",
            "KẾ HOẠCH", "Hỗ trợ nhà ở cho hộ nghèo",
            "1. Mục đích, yêu cầu", "- Bảo đảm hỗ trợ đúng đối tượng, công khai.",
            "2. Nhiệm vụ", "- Sở Xây dựng hướng dẫn các xã lập danh sách hộ được hỗ trợ.");
        Assert.Equal(["2.1"], tasks.Select(t => t.Path));
    }

    [Fact]
    public void An_article_approving_what_is_no_plan_states_it_and_its_items_without_an_owner_are_no_tasks()
    {
        // "Phê duyệt danh mục Dự án …" approves a project's entry: its capital, objective and duration are stated, not
        // assigned; the next article gives the work.
        var r = Extract([.. Header, "Điều 1. Phê duyệt danh mục Dự án hỗ trợ kỹ thuật “Nhà ở an toàn” như sau:",
            "1. Tổng mức vốn của Dự án: 2.000.000 USD.", "2. Mục tiêu chung: nâng cao năng lực phòng chống thiên tai cho hộ nghèo.",
            "3. Thời gian thực hiện Dự án: 24 tháng.",
            "Điều 2. Giao Sở Xây dựng:", "- Hoàn thiện thủ tục phê duyệt Văn kiện Dự án.", "- Chủ trì triển khai Dự án đúng tiến độ.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."]);
        Assert.Equal(["2.1", "2.2"], r.Tasks.Select(t => t.Path).Order(StringComparer.Ordinal));
        Assert.All(r.Tasks, t => Assert.Equal("Sở Xây dựng", Assert.Single(t.Lead)));
    }

    [Fact]
    public void The_articles_of_a_decision_that_attaches_its_plan_are_not_tasks()
    {
        var r = Extract([.. Header, "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hỗ trợ nhà ở.",
            "Điều 2. Sở Xây dựng có trách nhiệm theo dõi việc thực hiện Kế hoạch.",
            "Điều 3. Giám đốc Sở Xây dựng chịu trách nhiệm thi hành Quyết định này./.",
            "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An",
            "KẾ HOẠCH", "Hỗ trợ nhà ở", "I. NHIỆM VỤ", "1. Sở Xây dựng hướng dẫn lập danh sách hộ được hỗ trợ."]);
        Assert.Equal(["I.1"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_resolution_article_opening_with_a_request_hands_its_items_to_the_bodies_required()
    {
        var r = Extract(["ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Số: 12/NQ-UBTVQH15", "Hà Nội, ngày 10 tháng 3 năm 2026", "NGHỊ QUYẾT",
            "Về kết quả giám sát chính sách nhà ở xã hội", "QUYẾT NGHỊ:",
            "Điều 1.", "Ủy ban thường vụ Quốc hội yêu cầu Chính phủ thực hiện các nhiệm vụ sau đây:",
            "1. Rà soát, sửa đổi các quy định về nhà ở xã hội trong năm 2026.", "2. Chỉ đạo các địa phương bố trí quỹ đất cho nhà ở xã hội.",
            "Điều 2.", "Nghị quyết này có hiệu lực kể từ ngày ký."]);
        Assert.Equal(["1.1", "1.2"], r.Tasks.Select(t => t.Path).Order(StringComparer.Ordinal));
        Assert.All(r.Tasks, t => Assert.Equal(AssignmentMode.Required, t.Mode));
        Assert.All(r.Tasks, t => Assert.Equal(["Chính phủ"], t.Lead));
    }

    [Theory]
    [InlineData("1. Xác định đối tượng được hỗ trợ")]
    [InlineData("1. Yêu cầu về kỹ thuật và chất lượng:")]
    public void Items_under_a_heading_that_states_who_or_what_are_tasks_only_with_an_owner(string heading)
    {
        var r = Extract(["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 31/KH-UBND", "Gia Lai, ngày 10 tháng 11 năm 2025", "KẾ HOẠCH",
            "Hỗ trợ nhà ở năm 2026", "I. NỘI DUNG THỰC HIỆN", heading,
            "a) Hộ gia đình có nhà ở bị hư hỏng nặng.", "b) Sở Xây dựng ban hành mẫu nhà ở điển hình trong quý I/2026."]);
        Assert.Equal(["I.1.b"], r.Tasks.Select(t => t.Path));
    }

    [Theory]
    [InlineData("Điều 4. Tổ chức thực hiện", "4")]
    [InlineData("Điều 12.", "12")]
    public void An_article_line_is_an_outline_level_above_sections(string line, string label)
    {
        var (marker, _) = ListMarker.Read(line);
        Assert.Equal(MarkerKind.Article, marker.Kind);
        Assert.Equal(label, marker.Label);
        Assert.True(marker.Rank < ListMarker.Read("A. NHIỆM VỤ").Marker.Rank);
    }

    [Fact]
    public void A_title_quyet_dinh_is_not_a_q_capacity_line()
    {
        Assert.False(BodyText.IsCapacityLine("QUYẾT ĐỊNH"));
        Assert.True(BodyText.IsCapacityLine("Q. CHỦ TỊCH"));
        Assert.True(BodyText.IsCapacityLine("KT. CHỦ TỊCH"));
    }

    // A decentralising decision ("Phân cấp cho <body> thực hiện … nhiệm vụ, quyền hạn sau", "Ủy quyền cho …") hands each
    // body the numbered duties of its article: the body leads them, as under "Nhiệm vụ của <body>"; a title wrapped
    // over two lines names the whole body. A principles article gives none.
    [Fact]
    public void An_article_devolving_duties_to_a_body_gives_that_body_its_items()
    {
        var r = Extract([.. Header,
            "Điều 1. Nguyên tắc phân cấp", "1. Bảo đảm mỗi công trình chỉ do một cơ quan cấp giấy phép.",
            "Điều 2. Phân cấp cho Sở Xây dựng thực hiện một số nhiệm vụ, quyền hạn sau",
            "1. Cấp giấy phép xây dựng đối với công trình cấp I, cấp II trên địa bàn tỉnh.",
            "2. Chủ trì, phối hợp với các cơ quan liên quan kiểm tra trật tự xây dựng đối với các công trình quy định tại khoản 1 Điều này.",
            "Điều 3. Ủy quyền cho Ủy ban nhân dân cấp xã thực hiện các", "nhiệm vụ, quyền hạn sau:",
            "1. Cấp giấy phép xây dựng nhà ở riêng lẻ trên địa bàn.",
            "2. Quản lý trật tự xây dựng tại các khu dân cư.",
            "Điều 4. Quyết định này có hiệu lực kể từ ngày ký."]);
        Assert.Equal(["2.1", "2.2", "3.1", "3.2"], r.Tasks.Select(t => t.Path).Order(StringComparer.Ordinal));
        Assert.All(r.Tasks.Where(t => t.Path.StartsWith("2.", StringComparison.Ordinal)), t => Assert.Equal(["Sở Xây dựng"], t.Lead));
        Assert.All(r.Tasks.Where(t => t.Path.StartsWith("3.", StringComparison.Ordinal)), t => Assert.Equal(["Ủy ban nhân dân cấp xã"], t.Lead));
        Assert.Equal(["các cơ quan liên quan"], r.Tasks.Single(t => t.Path == "2.2").Support);
    }

    // A title may name the powers first and the body they go to last ("Thẩm quyền của <authority> phân cấp cho <body>"),
    // or the body alone ("Ủy quyền cho <body>"): the body after "cho", to the title's end, leads the items, not the
    // authority that devolves. An authority's own powers listed without handing them on name no new holder.
    [Fact]
    public void A_title_naming_the_powers_before_the_body_they_are_devolved_to_gives_that_body_its_items()
    {
        var r = Extract([.. Header,
            "Điều 1. Thẩm quyền của Ủy ban nhân dân tỉnh phân cấp cho Giám đốc Sở Xây dựng",
            "1. Cấp giấy phép xây dựng đối với công trình cấp II trên địa bàn tỉnh.",
            "2. Quyết định thu hồi giấy phép xây dựng do Sở cấp.",
            "Điều 2. Ủy quyền cho Ủy ban nhân dân cấp xã",
            "1. Cấp giấy phép xây dựng nhà ở riêng lẻ trên địa bàn.",
            "Điều 3. Thẩm quyền của Chủ tịch Ủy ban nhân dân tỉnh",
            "1. Phê duyệt quy hoạch chi tiết xây dựng khu chức năng.",
            "Điều 4. Quyết định này có hiệu lực kể từ ngày ký."]);
        Assert.Equal(["1.1", "1.2", "2.1"], r.Tasks.Select(t => t.Path).Order(StringComparer.Ordinal));
        Assert.All(r.Tasks.Where(t => t.Path.StartsWith("1.", StringComparison.Ordinal)), t => Assert.Equal(["Giám đốc Sở Xây dựng"], t.Lead));
        Assert.Equal(["Ủy ban nhân dân cấp xã"], r.Tasks.Single(t => t.Path == "2.1").Lead);
        Assert.All(r.Tasks, t => Assert.Equal(AssignmentMode.Assigned, t.Mode));
    }

    // An item closing on the cases it excepts lists cases, not work: one task with them, not one per case.
    [Fact]
    public void The_cases_an_item_excepts_are_part_of_its_task()
    {
        var r = Extract([.. Header,
            "Điều 1. Phân cấp cho Ủy ban nhân dân cấp xã thực hiện các nhiệm vụ sau:",
            "1. Cấp giấy phép sửa chữa nhà ở riêng lẻ, trừ các trường hợp sau đây:",
            "a) Nhà ở thuộc khu vực bảo tồn di tích;", "b) Nhà ở trên đất chưa được cấp giấy chứng nhận.",
            "2. Kiểm tra trật tự xây dựng trên địa bàn.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]);
        Assert.Equal(["1.1", "1.2"], r.Tasks.Select(t => t.Path).Order(StringComparer.Ordinal));
        Assert.Contains("khu vực bảo tồn di tích", r.Tasks.Single(t => t.Path == "1.1").Text, StringComparison.Ordinal);
    }

    // A decision that gives a class of regulated establishments a duty names them by a determiner and what they are
    // ("Các cơ sở được cấp … có trách nhiệm …"): that subject owns the article's work, as "Các doanh nghiệp …" does.
    [Fact]
    public void An_article_giving_the_establishments_it_regulates_a_duty_is_their_task()
    {
        var r = Extract([.. Header,
            "Điều 1. Cấp chứng nhận đủ điều kiện an toàn thực phẩm cho 12 cơ sở chế biến nông sản theo danh sách kèm theo.",
            "Điều 2. Các cơ sở được cấp chứng nhận có trách nhiệm báo cáo sản lượng chế biến hằng năm về Sở Nông nghiệp và Môi trường.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."]);
        var task = Assert.Single(r.Tasks);
        Assert.Equal("2", task.Path);
        Assert.Equal(["Các cơ sở được cấp chứng nhận"], task.Lead);
    }

    private static readonly string[] Strategy =
        ["THỦ TƯỚNG CHÍNH PHỦ", "Số: 45/QĐ-TTg", "Hà Nội, ngày 10 tháng 3 năm 2026", "QUYẾT ĐỊNH",
         "Phê duyệt Chiến lược phát triển ngành muối đến năm 2035", "THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ;", "QUYẾT ĐỊNH:",
         "Điều 1. Phê duyệt Chiến lược phát triển ngành muối đến năm 2035 với các nội dung sau:",
         "I. QUAN ĐIỂM", "- Phát triển ngành muối gắn với bảo vệ môi trường ven biển."];

    // The decision goes on after the strategy its first article approves: "Điều 2. Tổ chức thực hiện" hands the work to
    // the ministries, as a decision's articles do; the effect and execution articles give none.
    [Fact]
    public void The_articles_after_the_sections_an_article_approves_give_their_tasks()
    {
        var r = Extract([.. Strategy,
            "II. NHIỆM VỤ VÀ GIẢI PHÁP", "- Quy hoạch lại các vùng sản xuất muối tập trung.",
            "Điều 2. Tổ chức thực hiện", "1. Bộ Nông nghiệp và Môi trường",
            "- Chủ trì, phối hợp với các địa phương tổ chức thực hiện Chiến lược.", "- Hằng năm báo cáo Thủ tướng Chính phủ kết quả thực hiện.",
            "2. Bộ Tài chính", "Bố trí kinh phí thực hiện Chiến lược theo quy định.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 4. Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Quyết định này./."]);
        Assert.Equal(["2.1.1", "2.1.2", "2.2", "II.1"], r.Tasks.Select(t => t.Path).Order(StringComparer.Ordinal));
        Assert.Equal(["Bộ Nông nghiệp và Môi trường"], r.Tasks.Single(t => t.Path == "2.1.1").Lead);
        Assert.Equal(["Bộ Tài chính"], r.Tasks.Single(t => t.Path == "2.2").Lead);
    }

    // Orientations say where the field is headed, as targets do, when a section of the work stands beside them.
    [Fact]
    public void An_orientation_section_beside_a_section_of_the_work_gives_no_tasks()
    {
        var r = Extract([.. Strategy,
            "II. ĐỊNH HƯỚNG PHÁT TRIỂN", "1. Về sản xuất", "- Mở rộng sản xuất muối công nghiệp tại các tỉnh Nam Trung Bộ.",
            "III. NHIỆM VỤ VÀ GIẢI PHÁP", "- Quy hoạch lại các vùng sản xuất muối tập trung.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]);
        Assert.Equal(["III.1"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void An_orientation_section_without_a_section_of_the_work_keeps_its_tasks()
    {
        var r = Extract([.. Strategy,
            "II. ĐỊNH HƯỚNG PHÁT TRIỂN", "- Mở rộng sản xuất muối công nghiệp tại các tỉnh Nam Trung Bộ.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]);
        Assert.Equal(["II.1"], r.Tasks.Select(t => t.Path));
    }

    // A party given the work after an opening adverbial ("Căn cứ …, chủ đầu tư và các cơ quan … tổ chức thực hiện"), and a
    // request written under the effect clause, which is the last article's paragraph and takes its number.
    [Fact]
    public void An_article_s_subject_after_its_basis_and_a_request_under_the_effect_clause_are_tasks_of_their_articles()
    {
        var r = Extract([.. Header,
            "Điều 1. Phân bổ vốn hỗ trợ nhà ở năm 2026 là 50.000 triệu đồng.",
            "Điều 2. Căn cứ vốn được giao, chủ đầu tư và các cơ quan có liên quan tổ chức thực hiện, quản lý và sử dụng vốn hiệu quả.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
            "Đề nghị Thanh tra tỉnh kiểm tra, giám sát việc thực hiện Quyết định này.",
            "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng chịu trách nhiệm thi hành Quyết định này./."]);
        Assert.Equal(["2", "3"], r.Tasks.Select(t => t.Path));
        Assert.Equal(["chủ đầu tư", "các cơ quan có liên quan"], r.Tasks[0].Lead);
        Assert.Equal(["Thanh tra tỉnh"], r.Tasks[1].Lead);
    }
}
