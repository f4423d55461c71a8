using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>The contract's open cases (corpus/EXTRACTION.md), each on an example made for it.</summary>
public class OpenCaseTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    [Fact]
    public void A_decision_issuing_a_plan_is_read_as_the_plan_with_the_decisions_number_and_date()
    {
        var r = Extract(
            "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 318/QĐ-UBND", "Quảng Trị, ngày 14 tháng 3 năm 2025",
            "QUYẾT ĐỊNH", "BAN HÀNH KẾ HOẠCH PHÁT TRIỂN THƯ VIỆN SỐ TỈNH QUẢNG TRỊ NĂM 2025",
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
            "Căn cứ Luật Tổ chức chính quyền địa phương;",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển thư viện số tỉnh Quảng Trị năm 2025.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.",
            "KẾ HOẠCH", "Phát triển thư viện số tỉnh Quảng Trị năm 2025",
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích: nâng cao chất lượng phục vụ bạn đọc.",
            "II. NHIỆM VỤ", "1. Sở Văn hóa, Thể thao và Du lịch:", "- Xây dựng cơ sở dữ liệu sách điện tử trước ngày 30/9/2025;",
            "2. Sở Tài chính:", "- Bố trí kinh phí thực hiện Kế hoạch.");

        Assert.Equal(DocumentKind.KeHoach, r.Document.Kind);
        Assert.Equal("318/QĐ-UBND", r.Document.Number);
        Assert.Equal(new DateOnly(2025, 3, 14), r.Document.IssuedOn);
        Assert.Equal("PHÁT TRIỂN THƯ VIỆN SỐ TỈNH QUẢNG TRỊ NĂM 2025", r.Document.Title);
        Assert.DoesNotContain(r.Tasks, t => t.Text.StartsWith("Điều", StringComparison.Ordinal));
        Assert.Contains(r.Tasks, t => t.Text.Contains("sách điện tử", StringComparison.Ordinal));
    }

    [Fact]
    public void The_authority_line_is_cut_from_the_title_but_a_body_after_cua_stays()
    {
        var r = Extract(
            "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "Số: 77/QĐ-UBND", "Hải Phòng, ngày 2 tháng 4 năm 2025",
            "QUYẾT ĐỊNH", "BAN HÀNH KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 05/CT-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "Căn cứ Luật Tổ chức chính quyền địa phương;");
        Assert.Equal(DocumentKind.KeHoach, r.Document.Kind);
        Assert.Equal("THỰC HIỆN CHỈ THỊ SỐ 05/CT-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ", r.Document.Title);
    }

    [Theory]
    [InlineData("(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 8 tháng 5 năm 2023", "của Ủy ban nhân dân tỉnh Hà Giang)")]
    [InlineData("năm 2023 (Kèm theo Quyết định số 215/QĐ-UBND", "ngày 08/5/2023 của Ủy ban nhân dân tỉnh Hà Giang)")]
    public void A_plan_saved_without_its_decision_takes_the_number_and_date_of_its_attachment_line(string line, string next)
    {
        // The second form: ingest joined the attachment line onto the title's last line.
        var title = line.StartsWith('(') ? new[] { "Phòng, chống thiên tai năm 2023", line } : new[] { "Phòng, chống thiên tai " + line };
        var r = Extract(["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "KẾ HOẠCH", .. title, next,
            "I. NHIỆM VỤ", "1. Sở Nông nghiệp và Môi trường chủ trì rà soát các khu vực có nguy cơ sạt lở trước ngày 30/6/2023."]);

        Assert.Equal(DocumentKind.KeHoach, r.Document.Kind);
        Assert.Equal("215/QĐ-UBND", r.Document.Number);
        Assert.Equal(new DateOnly(2023, 5, 8), r.Document.IssuedOn);
        Assert.Equal("Phòng, chống thiên tai năm 2023", r.Document.Title);
        Assert.DoesNotContain(r.Document.References, c => c.Number == "215/QĐ-UBND");
    }

    [Fact]
    public void An_attachment_line_does_not_replace_the_plans_own_number()
    {
        var r = Extract("ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "Số: 31/KH-UBND", "Hà Giang, ngày 2 tháng 6 năm 2023",
            "KẾ HOẠCH", "Phòng, chống thiên tai năm 2023", "(Kèm theo Quyết định số 215/QĐ-UBND ngày 8 tháng 5 năm 2023)",
            "I. NHIỆM VỤ", "1. Sở Nông nghiệp và Môi trường chủ trì rà soát các khu vực có nguy cơ sạt lở.");
        Assert.Equal("31/KH-UBND", r.Document.Number);
        Assert.Equal(new DateOnly(2023, 6, 2), r.Document.IssuedOn);
    }

    [Theory]
    [InlineData("Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.")]
    [InlineData("Sở Tư pháp xin thông báo để các đơn vị được biết và phối hợp thực hiện.")]
    public void A_notices_closing_line_for_information_is_no_task(string closing)
    {
        var r = Extract("VĂN PHÒNG CHÍNH PHỦ", "Số: 12/TB-VPCP", "Hà Nội, ngày 3 tháng 2 năm 2025", "THÔNG BÁO",
            "Kết luận của Phó Thủ tướng tại cuộc họp về đề án chuyển đổi số",
            "1. Bộ Tài chính chủ trì hoàn thiện dự thảo Đề án, trình Thủ tướng Chính phủ trước ngày 30/3/2025.",
            "2. Bộ Tư pháp thẩm định dự thảo Nghị định trong tháng 4/2025.",
            closing);
        Assert.Equal(2, r.Tasks.Count);
    }

    [Fact]
    public void A_closing_line_that_assigns_more_than_information_stays_a_task()
    {
        var r = Extract("VĂN PHÒNG CHÍNH PHỦ", "Số: 12/TB-VPCP", "Hà Nội, ngày 3 tháng 2 năm 2025", "THÔNG BÁO",
            "Kết luận của Phó Thủ tướng tại cuộc họp về đề án chuyển đổi số",
            "1. Bộ Tài chính chủ trì hoàn thiện dự thảo Đề án, trình Thủ tướng Chính phủ trước ngày 30/3/2025.",
            "2. Bộ Tư pháp thẩm định dự thảo Nghị định trong tháng 4/2025.",
            "3. Bộ Nội vụ thông báo để các địa phương biết, đồng thời hướng dẫn việc sắp xếp cán bộ trước ngày 30/6/2025.");
        Assert.Equal(3, r.Tasks.Count);
    }

    [Theory]
    [InlineData("Rà soát các văn bản quy phạm pháp luật do địa phương ban hành để kịp thời sửa đổi", TaskCategory.BanHanhVanBan)]
    [InlineData("Rà soát lại hệ thống quy định về quản lý tài sản công", TaskCategory.BanHanhVanBan)]
    [InlineData("Rà soát toàn bộ các cơ sở chế biến khoáng sản trên địa bàn, xử lý các trường hợp sai phạm", TaskCategory.KiemTraGiamSat)]
    [InlineData("Rà soát các dự án chậm tiến độ trong khu công nghiệp", TaskCategory.KiemTraGiamSat)]
    [InlineData("Rà soát, cập nhật cơ sở dữ liệu đất đai", TaskCategory.Khac)]
    public void A_review_takes_the_category_of_what_it_reviews(string text, TaskCategory category) =>
        Assert.Equal(category, new DirectiveTracker.Extract.Grammar.CategoryRules().Classify(text));

    // EXTRACTION.md "Categories": a building verb takes the category of its object (mechanisms, standards, legal frameworks
    // and plans kept up to date are texts; databases and facilities are not), setting up a body organises, control inspects.
    [Theory]
    [InlineData("Thiết lập cơ chế chia sẻ thông tin giữa các sở, ngành về đất đai", TaskCategory.BanHanhVanBan)]
    [InlineData("Xây dựng các tiêu chuẩn, quy chuẩn kỹ thuật về nhà ở xã hội", TaskCategory.BanHanhVanBan)]
    [InlineData("Xây dựng khuôn khổ pháp lý cho hoạt động của quỹ đầu tư địa phương", TaskCategory.BanHanhVanBan)]
    [InlineData("Hoàn thiện các quy định về định mức kinh tế - kỹ thuật trong lĩnh vực thủy lợi", TaskCategory.BanHanhVanBan)]
    [InlineData("Xây dựng và triển khai quy chế phối hợp quản lý cụm công nghiệp", TaskCategory.BanHanhVanBan)]
    [InlineData("Lập kế hoạch bảo trì hệ thống đê điều hằng năm", TaskCategory.BanHanhVanBan)]
    [InlineData("Soạn thảo Nghị định quy định chi tiết Luật Thủy lợi", TaskCategory.BanHanhVanBan)]
    [InlineData("Thường xuyên rà soát, cập nhật kế hoạch ứng phó sự cố tràn dầu", TaskCategory.BanHanhVanBan)]
    [InlineData("Rà soát toàn diện các luật, nghị định về đầu tư công", TaskCategory.BanHanhVanBan)]
    [InlineData("Xây dựng cơ sở dữ liệu về nhà ở và thị trường bất động sản", TaskCategory.Khac)]
    [InlineData("Xây dựng Trung tâm dữ liệu tỉnh đạt chuẩn", TaskCategory.Khac)]
    [InlineData("Thành lập Ban Chỉ đạo chuyển đổi số cấp huyện", TaskCategory.ToChucBoMay)]
    [InlineData("Thành lập Đoàn kiểm tra liên ngành về an toàn thực phẩm", TaskCategory.KiemTraGiamSat)]
    [InlineData("Kiểm soát chặt chẽ hoạt động nạo vét luồng lạch", TaskCategory.KiemTraGiamSat)]
    [InlineData("Tăng cường kiểm soát thủ tục hành chính tại bộ phận một cửa", TaskCategory.Khac)]
    [InlineData("Cải tạo hệ thống kênh mương nhằm ngăn ngừa và kiểm soát xâm nhập mặn", TaskCategory.Khac)]
    [InlineData("Hoàn thành lập, phê duyệt quy hoạch vùng nuôi trồng thủy sản", TaskCategory.BanHanhVanBan)]
    public void A_building_verb_takes_the_category_of_its_object(string text, TaskCategory category) =>
        Assert.Equal(category, new DirectiveTracker.Extract.Grammar.CategoryRules().Classify(text));

    // EXTRACTION.md "Categories": raising awareness is dissemination; staff and human resources (đội ngũ, nhân lực,
    // attracting experts) are organisation and staffing, whatever verb develops them.
    [Theory]
    [InlineData("Nâng cao nhận thức của người dân về bảo vệ nguồn nước sinh hoạt", TaskCategory.TuyenTruyen)]
    [InlineData("Phát triển đội ngũ chuyên gia về quản lý chất thải rắn", TaskCategory.ToChucBoMay)]
    [InlineData("Nâng cao chất lượng đội ngũ giáo viên mầm non trên địa bàn", TaskCategory.ToChucBoMay)]
    [InlineData("Thu hút nhân tài về làm việc tại các cơ quan của tỉnh", TaskCategory.ToChucBoMay)]
    [InlineData("Phát triển nhân lực ngành logistics theo nhu cầu doanh nghiệp", TaskCategory.ToChucBoMay)]
    [InlineData("Phát triển hạ tầng logistics theo nhu cầu doanh nghiệp", TaskCategory.Khac)]
    public void Awareness_disseminates_and_staff_are_organisation(string text, TaskCategory category) =>
        Assert.Equal(category, new DirectiveTracker.Extract.Grammar.CategoryRules().Classify(text));

    // EXTRACTION.md "Categories": a submission or proposal to a higher body advises it, unless the owner drafts the text
    // it submits or proposes to amend or issue texts; a quy hoạch is a text ("chương trình", "kiến nghị của …" are nouns).
    [Theory]
    [InlineData("Trình Thủ tướng Chính phủ thành lập Hội đồng thẩm định nhiệm vụ lập quy hoạch", TaskCategory.ThamMuu)]
    [InlineData("Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp bố trí ngân sách địa phương", TaskCategory.ThamMuu)]
    [InlineData("Xây dựng, trình cấp có thẩm quyền quy định về quản lý tín chỉ các-bon", TaskCategory.BanHanhVanBan)]
    [InlineData("Trình Chính phủ ban hành Nghị định về gia hạn nộp thuế", TaskCategory.BanHanhVanBan)]
    [InlineData("Đề xuất giải pháp cải thiện môi trường đầu tư, kinh doanh", TaskCategory.ThamMuu)]
    [InlineData("Đề xuất sửa đổi hoặc ban hành mới các quy định về giá trị pháp lý của dữ liệu điện tử", TaskCategory.BanHanhVanBan)]
    [InlineData("Tổ chức lập, thẩm định và trình phê duyệt Quy hoạch thăm dò, khai thác khoáng sản", TaskCategory.BanHanhVanBan)]
    [InlineData("Trình, phê duyệt Quy hoạch mạng lưới cơ sở y tế tỉnh thời kỳ 2021 - 2030", TaskCategory.BanHanhVanBan)]
    [InlineData("Trình và phê duyệt chiến lược phát triển du lịch đến năm 2030", TaskCategory.BanHanhVanBan)]
    [InlineData("Trình Thủ tướng Chính phủ phê duyệt quy hoạch mạng lưới cơ sở y tế", TaskCategory.ThamMuu)]
    [InlineData("Hoàn thiện chính sách khuyến khích hợp tác, đầu tư nước ngoài", TaskCategory.BanHanhVanBan)]
    [InlineData("Nâng cao chất lượng chương trình đào tạo nghề cho lao động nông thôn", TaskCategory.Khac)]
    [InlineData("Tiếp nhận, giải quyết các kiến nghị của doanh nghiệp", TaskCategory.Khac)]
    public void A_submission_or_proposal_advises_unless_it_drafts_a_text(string text, TaskCategory category) =>
        Assert.Equal(category, new DirectiveTracker.Extract.Grammar.CategoryRules().Classify(text));

    // EXTRACTION.md "Categories": staffing is organisation (ToChucBoMay); publishing news on a site disseminates it.
    [Theory]
    [InlineData("Bố trí đủ cán bộ chuyên trách công tác cải cách hành chính tại các xã", TaskCategory.ToChucBoMay)]
    [InlineData("Bố trí nguồn nhân lực vận hành hệ thống quản lý văn bản điều hành", TaskCategory.ToChucBoMay)]
    [InlineData("Bố trí kinh phí vận hành hệ thống quản lý văn bản điều hành", TaskCategory.Khac)]
    [InlineData("Chuẩn bị các bài viết về gương người cao tuổi để đăng tải trên trang thông tin điện tử của huyện", TaskCategory.TuyenTruyen)]
    public void Staffing_organises_and_publishing_news_disseminates(string text, TaskCategory category) =>
        Assert.Equal(category, new DirectiveTracker.Extract.Grammar.CategoryRules().Classify(text));

    [Fact]
    public void A_decision_that_issues_no_plan_stays_a_decision()
    {
        var r = Extract("ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH", "Số: 12/QĐ-UBND", "Nam Định, ngày 2 tháng 4 năm 2025",
            "QUYẾT ĐỊNH", "VỀ VIỆC THÀNH LẬP BAN CHỈ ĐẠO", "Căn cứ Luật Tổ chức chính quyền địa phương;");
        Assert.Equal(DocumentKind.QuyetDinh, r.Document.Kind);
    }

    [Theory]
    [InlineData("Số:", "2820/QĐ-UBND")]
    [InlineData("| Số: |", "| 45/KH-UBND |")]
    public void The_number_on_the_line_after_so_is_read(string label, string numberLine)
    {
        var r = Extract("ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE", label, "", numberLine, "Bến Tre, ngày 2 tháng 4 năm 2025", "KẾ HOẠCH", "Phòng chống dịch năm 2025");
        Assert.Equal(numberLine.Trim('|', ' '), r.Document.Number);
    }

    [Fact]
    public void A_number_with_spaces_around_the_symbols_dash_is_read_whole()
    {
        var r = Extract("ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE", "Số: 45/QĐ - UBND", "Bến Tre, ngày 2 tháng 4 năm 2025", "QUYẾT ĐỊNH", "VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC");
        Assert.Equal("45/QĐ-UBND", r.Document.Number);
    }

    [Fact]
    public void Letters_split_by_stray_spaces_in_the_issuer_lines_are_rejoined()
    {
        var r = Extract("ỦY B AN NHÂN D Â N", "T HÀNH PHỐ ĐÀ N ẴNG", "Số: 77/KH-UBND", "Đà Nẵng, ngày 20 tháng 10 năm 2025", "KẾ HOẠCH", "Phát triển du lịch năm 2026");
        Assert.Equal("Ủy ban nhân dân thành phố Đà Nẵng", r.Document.Issuer);
        Assert.Equal("77/KH-UBND", r.Document.Number);
    }

    [Theory]
    [InlineData("ỦY B AN NHÂN D Â N", "ỦY BAN NHÂN DÂN")]
    [InlineData("T HÀNH PHỐ ĐÀ N ẴNG", "THÀNH PHỐ ĐÀ NẴNG")]
    [InlineData("SỞ GIÁO DỤC VÀ Đ ÀO TẠO", "SỞ GIÁO DỤC VÀ ĐÀO TẠO")]
    [InlineData("BAN CHỈ ĐẠO T ỈNH", "BAN CHỈ ĐẠO TỈNH")]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH BẾN TRE", "ỦY BAN NHÂN DÂN TỈNH BẾN TRE")]
    public void A_lone_consonant_joins_the_word_it_belongs_to(string line, string joined) =>
        Assert.Equal(joined, DirectiveTracker.Extract.Metadata.SpacedLetters.JoinLoneConsonants(line));
}

/// <summary>Owner cases of the contract (corpus/EXTRACTION.md, "Owners"), each on an example of its own.</summary>
public class OwnerCaseTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    private static readonly string[] Header =
        ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "Số: 12/KH-UBND", "Ninh Bình, ngày 2 tháng 4 năm 2025", "KẾ HOẠCH", "Phòng chống thiên tai năm 2025"];

    [Fact]
    public void A_body_named_after_la_is_what_the_subject_is_not_another_lead()
    {
        var r = Extract([.. Header, "I. NHIỆM VỤ",
            "1. Sở Xây dựng là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch."]);
        var task = Assert.Single(r.Tasks);
        Assert.Equal(["Sở Xây dựng"], task.Lead);
    }

    [Fact]
    public void A_heading_wrapped_over_two_lines_gives_its_whole_name()
    {
        var r = Extract([.. Header, "I. TỔ CHỨC THỰC HIỆN", "1. Sở", "Giáo dục và Đào tạo",
            "Tổ chức tập huấn kỹ năng phòng chống thiên tai cho học sinh.", "2. Sở Y tế", "Bảo đảm thuốc men cho vùng lũ."]);
        Assert.Equal(["Sở Giáo dục và Đào tạo"], r.Tasks.Single(t => t.Text.Contains("tập huấn", StringComparison.Ordinal)).Lead);
        Assert.Equal(["Sở Y tế"], r.Tasks.Single(t => t.Text.Contains("thuốc men", StringComparison.Ordinal)).Lead);
    }

    [Fact]
    public void An_intro_hands_down_its_subject_not_the_fields_it_names_after_a_preposition()
    {
        var r = Extract([.. Header, "I. NHIỆM VỤ",
            "Phát triển kinh tế số trong tất cả các ngành, lĩnh vực, cụ thể như sau:",
            "1. Nông nghiệp", "- Xây dựng nền tảng số truy xuất nguồn gốc nông sản."]);
        Assert.Empty(Assert.Single(r.Tasks).Lead);
    }

    [Fact]
    public void A_conjoined_group_under_one_determiner_is_one_owner()
    {
        var r = Extract([.. Header, "I. TỔ CHỨC THỰC HIỆN",
            "1. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ rà soát văn bản quy phạm pháp luật thuộc phạm vi quản lý."]);
        Assert.Equal(["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"], Assert.Single(r.Tasks).Lead);
    }

    [Fact]
    public void A_header_after_a_websites_text_is_read_from_the_motto_not_from_the_sites_fields()
    {
        var lines = new List<string> { "Bản dịch này thuộc quyền sở hữu của một trang văn bản pháp luật.", "X", "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI" };
        foreach (var (field, value) in new[] { ("Số hiệu:", "77/QĐ-TTg"), ("Loại văn bản:", "Quyết định"), ("Nơi ban hành:", "Thủ tướng Chính phủ"), ("Tình trạng:", "Đã biết") })
        { lines.Add(field); lines.Add(value); }
        lines.AddRange([
            "THỦ TƯỚNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 77/QĐ-TTg",
            "Hà Nội, ngày 3 tháng 2 năm 2025", "QUYẾT ĐỊNH", "VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN THƯ VIỆN SỐ THỦ TƯỚNG CHÍNH PHỦ",
            "Căn cứ Luật Tổ chức Chính phủ;"]);
        var r = Extract([.. lines]);
        Assert.Equal(DocumentKind.KeHoach, r.Document.Kind);
        Assert.Equal("77/QĐ-TTg", r.Document.Number);
        Assert.Equal("Thủ tướng Chính phủ", r.Document.Issuer);
        Assert.Equal("PHÁT TRIỂN THƯ VIỆN SỐ", r.Document.Title);
    }

    [Fact]
    public void A_decision_approving_a_strategy_is_read_as_the_plan_it_approves_named_by_its_word()
    {
        var r = Extract([
            "THỦ TƯỚNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 45/QĐ-TTg",
            "Hà Nội, ngày 9 tháng 3 năm 2025", "QUYẾT ĐỊNH", "PHÊ DUYỆT CHIẾN LƯỢC PHÁT TRIỂN NGÀNH THỦY SẢN ĐẾN NĂM 2035",
            "THỦ TƯỚNG CHÍNH PHỦ", "Căn cứ Luật Tổ chức Chính phủ;"]);
        Assert.Equal(DocumentKind.KeHoach, r.Document.Kind);
        Assert.Equal("45/QĐ-TTg", r.Document.Number);
        Assert.Equal("CHIẾN LƯỢC PHÁT TRIỂN NGÀNH THỦY SẢN ĐẾN NĂM 2035", r.Document.Title);
    }

    // A plan whose appendix holds the given lines (a task table flattened one cell per line).
    private static ExtractionResult ExtractAppendix(params string[] appendix) => Extract([
        "ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH", "Số: 12/KH-UBND", "Nam Định, ngày 2 tháng 4 năm 2025", "KẾ HOẠCH", "Chuyển đổi số năm 2025",
        "I. NHIỆM VỤ", "1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.", "Nơi nhận:", "- Như trên;",
        "PHỤ LỤC", "DANH MỤC NHIỆM VỤ", .. appendix]);

    [Fact]
    public void A_flattened_table_whose_row_numbers_stand_alone_or_end_the_row_above_gives_a_task_per_row()
    {
        var r = ExtractAppendix(
            "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian thực hiện",
            "I", "Hoàn thiện thể chế 1",
            "Xây dựng quy chế quản lý dữ liệu của tỉnh.", "Sở Khoa học và Công nghệ", "Sở Tư pháp", "Quy chế được ban hành", "Tháng 12/2025 2",
            "Rà soát thủ tục hành chính trên môi trường số.", "Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ngành Báo cáo", "2026",
            "II", "Hạ tầng số", "1",
            "Nâng cấp trung tâm dữ liệu của tỉnh Sở Khoa học và Công nghệ", "Sở Tài chính", "Trung tâm được nâng cấp 2025 - 2027");

        var table = r.Tasks.Where(t => t.Path.StartsWith("PL1.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["PL1.I.1", "PL1.I.2", "PL1.II.1"], table.Select(t => t.Path));
        Assert.Equal(["Sở Khoa học và Công nghệ"], table[0].Lead);
        Assert.Equal(["Sở Tư pháp"], table[0].Support);
        Assert.Equal(new DateOnly(2025, 12, 31), table[0].Deadline?.Due);
        Assert.Equal(new DateOnly(2026, 12, 31), table[1].Deadline?.Due);
        // The lead glued to the task text and the time glued to the product cell are cells of their own.
        Assert.Equal("Nâng cấp trung tâm dữ liệu của tỉnh", table[2].Text);
        Assert.Equal(["Sở Khoa học và Công nghệ"], table[2].Lead);
        Assert.Equal(new DateOnly(2027, 12, 31), table[2].Deadline?.Due);
    }

    [Fact]
    public void A_time_cell_s_years_before_a_note_and_a_year_gone_by_are_the_rows_deadlines()
    {
        var doc = DocumentBuilder.WithTable(
            ["ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH", "Số: 12/KH-UBND", "Nam Định, ngày 2 tháng 4 năm 2025", "KẾ HOẠCH", "Chuyển đổi số năm 2025",
             "I. NHIỆM VỤ", "1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ"],
            [
                ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
                ["1", "Xây dựng quy chế quản lý dữ liệu của tỉnh.", "Sở Khoa học và Công nghệ", "Sở Tư pháp", "2023 - 2026 Sở Tư pháp đã góp ý dự thảo"],
                ["2", "Tổng kết việc thực hiện chương trình số hóa hồ sơ.", "Sở Nội vụ", "Các sở, ngành", "2024"],
            ]);
        var table = new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(doc).Tasks
            .Where(t => t.Path.StartsWith("PL1.", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, table.Count);
        // The years before the cell's note; a year gone by at the document's date is still the row's time.
        Assert.Equal(new DateOnly(2026, 12, 31), table[0].Deadline?.Due);
        Assert.Equal(new DateOnly(2024, 12, 31), table[1].Deadline?.Due);
    }

    [Fact]
    public void A_flattened_table_without_row_numbers_ends_each_row_at_its_time_cell()
    {
        var r = ExtractAppendix(
            "STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
            "I. NÂNG CAO NHẬN THỨC",
            "Tổ chức tập huấn kỹ năng số cho doanh nghiệp nhỏ và vừa.", "Sở Công Thương", "Các sở, ban, ngành tỉnh", "Thường xuyên",
            "Khảo sát mức độ chuyển đổi số của doanh nghiệp trên địa bàn tỉnh.", "Sở Khoa học và Công nghệ", "Ủy ban nhân dân các xã, phường Quý IV/2025- Quý II/2026",
            "II. HẠ TẦNG SỐ",
            "Xây dựng kế hoạch triển khai hạ tầng 5G trong các khu công nghiệp.", "Sở Khoa học và Công nghệ", "Sở Công Thương", "Quý III năm 2026");

        var table = r.Tasks.Where(t => t.Path.StartsWith("PL1.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["PL1.1", "PL1.2", "PL1.3"], table.Select(t => t.Path));
        Assert.Equal(DeadlineKind.Ongoing, table[0].Deadline?.Kind);
        Assert.Equal(["Ủy ban nhân dân các xã, phường"], table[1].Support);
        Assert.Equal(new DateOnly(2026, 6, 30), table[1].Deadline?.Due); // a range is due at its end
        Assert.Equal(new DateOnly(2026, 9, 30), table[2].Deadline?.Due);
    }

    // Rows numbered "1", "2" whose first line is a group title, then lettered sub-rows, the letter alone ("a)") or before
    // the sub-row's task ("b) Biên soạn …"), with their cells.
    private static readonly string[] LetteredRows =
    [
        "1", "Tuyên truyền, phổ biến Luật Dữ liệu",
        "a)", "Tổ chức hội nghị phổ biến Luật đến các cơ quan, đơn vị.", "Sở Khoa học và Công nghệ", "Sở Tư pháp; các cơ quan có liên quan", "Quý III/2026",
        "b) Biên soạn tài liệu hỏi đáp về Luật.", "Sở Tư pháp", "Các cơ quan có liên quan", "Thường xuyên",
        "2", "Xây dựng cơ sở dữ liệu dùng chung của tỉnh.", "Sở Khoa học và Công nghệ", "Các sở, ngành", "Năm 2027",
    ];

    [Fact]
    public void A_flattened_table_s_lettered_sub_rows_standing_alone_are_rows_under_their_group()
    {
        var r = ExtractAppendix(["TT", "Nội dung hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", .. LetteredRows]);

        var table = r.Tasks.Where(t => t.Path.StartsWith("PL1.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["PL1.1.a", "PL1.1.b", "PL1.2"], table.Select(t => t.Path));
        Assert.Equal("Tổ chức hội nghị phổ biến Luật đến các cơ quan, đơn vị.", table[0].Text);
        Assert.Equal(["Sở Khoa học và Công nghệ"], table[0].Lead);
        Assert.Equal(new DateOnly(2026, 9, 30), table[0].Deadline?.Due);
        Assert.Equal(["Sở Tư pháp"], table[1].Lead);
        Assert.Equal(DeadlineKind.Ongoing, table[1].Deadline?.Kind);
        Assert.Equal(new DateOnly(2027, 12, 31), table[2].Deadline?.Due);
    }

    [Fact]
    public void Lettered_sub_rows_are_read_in_a_flattened_table_without_row_numbers()
    {
        // The group rows' numbers lost (a page-number filter took "1" and "2"): a title followed by "a) …" groups sub-rows;
        // a page break splits sub-row b: the rest of its task (lower case) and of its lead cell follow its time cell.
        var r = ExtractAppendix("TT", "Nội dung hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
            "Tuyên truyền, phổ biến Luật Dữ liệu",
            "a) Tổ chức hội nghị phổ biến Luật đến các cơ quan, đơn vị.", "Sở Khoa học và Công nghệ", "Sở Tư pháp", "Quý III, IV/2026",
            "b) Biên soạn tài liệu hỏi đáp về Luật và", "Sở Tư pháp, Sở Khoa học và", "Các cơ quan có liên quan", "Thường xuyên",
            "phát hành đến các xã, phường.", "Công nghệ",
            "Xây dựng cơ sở dữ liệu dùng chung của tỉnh.", "Sở Khoa học và Công nghệ", "Các sở, ngành", "Năm 2027");

        var table = r.Tasks.Where(t => t.Path.StartsWith("PL1.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["PL1.1.a", "PL1.1.b", "PL1.2"], table.Select(t => t.Path));
        Assert.Equal("Biên soạn tài liệu hỏi đáp về Luật và phát hành đến các xã, phường.", table[1].Text);
        Assert.Equal(["Sở Tư pháp", "Sở Khoa học và Công nghệ"], table[1].Lead);
        Assert.Equal(new DateOnly(2027, 12, 31), table[2].Deadline?.Due);
    }

    [Fact]
    public void A_table_cell_that_lists_bodies_with_commas_gives_an_owner_per_body_as_body_text_does()
    {
        var r = ExtractAppendix("TT", "Nội dung hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
            "1", "Kiểm tra chất lượng hàng hóa lưu thông trên địa bàn tỉnh.", "Cục Quản lý thị trường, Sở Công Thương",
            "Sở Khoa học và Công nghệ, Công an tỉnh; các cơ quan, đơn vị có liên quan", "Quý IV/2026",
            "2", "Tập huấn nghiệp vụ cho cán bộ văn hóa cấp xã.", "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các xã, phường", "Năm 2027");

        var table = r.Tasks.Where(t => t.Path.StartsWith("PL1.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Cục Quản lý thị trường", "Sở Công Thương"], table[0].Lead);
        Assert.Equal(["Sở Khoa học và Công nghệ", "Công an tỉnh", "các cơ quan, đơn vị có liên quan"], table[0].Support);
        // An official name with a comma inside and a conjoined group stay one owner each.
        Assert.Equal(["Sở Văn hóa, Thể thao và Du lịch"], table[1].Lead);
        Assert.Equal(["Ủy ban nhân dân các xã, phường"], table[1].Support);
    }

    [Fact]
    public void A_time_cell_that_lists_quarters_is_due_when_the_last_quarter_ends()
    {
        var r = ExtractAppendix("TT", "Nội dung hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
            "1", "Tổ chức hội nghị tập huấn cho cán bộ cấp xã.", "Sở Nội vụ", "Các sở, ngành", "Quý II và III/2026",
            "2", "Rà soát quy chế phối hợp liên ngành.", "Sở Tư pháp", "Sở Nội vụ", "Quý III-IV/2026",
            "3", "Xây dựng cơ sở dữ liệu cán bộ của tỉnh.", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Quý IV/2026, 2027");

        var table = r.Tasks.Where(t => t.Path.StartsWith("PL1.", StringComparison.Ordinal)).ToList();
        Assert.Equal([new DateOnly(2026, 9, 30), new DateOnly(2026, 12, 31), new DateOnly(2027, 12, 31)], table.Select(t => t.Deadline?.Due));
    }

    [Fact]
    public void An_appendix_table_of_only_its_header_row_heads_the_flattened_rows_below()
    {
        // A Markdown header row ("| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |") is the only table row;
        // its last column name and the rows follow as lines.
        var doc = DocumentBuilder.WithTable(
            ["ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH", "Số: 12/KH-UBND", "Nam Định, ngày 2 tháng 4 năm 2025", "KẾ HOẠCH", "Chuyển đổi số năm 2025",
             "I. NHIỆM VỤ", "1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.", "Nơi nhận:", "- Như trên;", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ"],
            [["TT", "Nội dung hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp"]],
            ["Thời gian thực hiện", .. LetteredRows]);
        var r = new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(doc);

        var table = r.Tasks.Where(t => t.Path.StartsWith("PL1.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["PL1.1.a", "PL1.1.b", "PL1.2"], table.Select(t => t.Path));
        Assert.Equal(["Sở Tư pháp", "các cơ quan có liên quan"], table[0].Support);
    }

    // A web page's table flattened by a converter spreads a group row's merged title over every cell ("I | Cải cách hành
    // chính | Cải cách hành chính | …"), and each group numbers its rows anew: the group row is no task, and the rows
    // take the group's numeral in their paths.
    [Fact]
    public void An_appendix_table_whose_group_rows_repeat_their_title_in_every_cell_groups_its_rows()
    {
        var doc = DocumentBuilder.WithTable(
            ["ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH", "Số: 12/KH-UBND", "Nam Định, ngày 2 tháng 4 năm 2025", "KẾ HOẠCH", "Chuyển đổi số năm 2025",
             "I. NHIỆM VỤ", "1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.", "Nơi nhận:", "- Như trên;", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ"],
            [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
             ["I", "Cải cách hành chính", "Cải cách hành chính", "Cải cách hành chính", "Cải cách hành chính"],
             ["1", "Rà soát thủ tục hành chính cấp tỉnh", "Sở Nội vụ", "Các sở, ngành", "2026"],
             ["2", "Số hóa hồ sơ thủ tục hành chính", "Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ngành", "2027"],
             ["II", "Hạ tầng số", "Hạ tầng số", "Hạ tầng số", "Hạ tầng số"],
             ["1", "Nâng cấp trung tâm dữ liệu của tỉnh", "Sở Khoa học và Công nghệ", "Sở Tài chính", "2027"]]);
        var r = new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(doc);

        var table = r.Tasks.Where(t => t.Path.StartsWith("PL1.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["PL1.I.1", "PL1.I.2", "PL1.II.1"], table.Select(t => t.Path));
        Assert.Equal(["Sở Khoa học và Công nghệ"], table[2].Lead);
    }
}
