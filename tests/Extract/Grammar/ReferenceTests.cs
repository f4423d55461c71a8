using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Grammar;

public class DocumentNumberTests
{
    [Theory]
    [InlineData("29 /KH-UBND", "29/KH-UBND")]
    [InlineData("41- CT/TW", "41-CT/TW")]
    [InlineData("98/2023/NĐ-CP", "98/2023/NĐ-CP")]
    [InlineData("19/CT-TTg", "19/CT-TTg")]
    [InlineData(" 15 / 2024 / TT-BNV ", "15/2024/TT-BNV")]
    [InlineData("*MS* /KH-UBND", null)]
    [InlineData("…/KH-UBND", null)]
    [InlineData("/QĐ-UBND", null)]
    [InlineData("", null)]
    [InlineData("30/3/2025", null)]
    [InlineData("252/KH-BCĐQG1237", "252/KH-BCĐQG1237")]
    [InlineData("26/2005/PL-UBTVQH11", "26/2005/PL-UBTVQH11")]
    [InlineData("12/KH-1237", null)]
    [InlineData("31-CTr/TW", "31-CTr/TW")]
    [InlineData("2449 -CV/ĐU", "2449-CV/ĐU")]
    [InlineData("104-CTr/Tu", "104-CTr/Tu")]
    [InlineData("07-HD/BTGTW", "07-HD/BTGTW")]
    [InlineData("15-\n  TB/HU", "15-TB/HU")]
    [InlineData("12-Hà/TU", null)]
    [InlineData("215/A05-P2", "215/A05-P2")]
    [InlineData("12.3/2026/NQ-CP", "12.3/2026/NQ-CP")]
    public void Normalizes(string raw, string? expected) => Assert.Equal(expected, DocumentNumber.Normalize(raw));

    [Theory]
    [InlineData("29/KH-UBND", DocumentKind.KeHoach)]
    [InlineData("41-CT/TW", DocumentKind.ChiThi)]
    [InlineData("19/CT-TTg", DocumentKind.ChiThi)]
    [InlineData("12/BC-UBND", DocumentKind.BaoCao)]
    [InlineData("302/QĐ-UBND", DocumentKind.QuyetDinh)]
    [InlineData("60/NQ-HĐND", DocumentKind.NghiQuyet)]
    [InlineData("57-NQ/TW", DocumentKind.NghiQuyet)]
    [InlineData("98/2023/NĐ-CP", DocumentKind.NghiDinh)]
    [InlineData("15/2024/TT-BNV", DocumentKind.ThongTu)]
    [InlineData("14-KL/TW", DocumentKind.KetLuan)]
    [InlineData("45/CV-SNV", DocumentKind.CongVan)]
    [InlineData("1234/UBND-NC", DocumentKind.CongVan)]
    [InlineData("252/KH-BCĐQG1237", DocumentKind.KeHoach)]
    [InlineData("26/2005/PL-UBTVQH11", DocumentKind.Other)]
    [InlineData("31-CTr/TW", DocumentKind.Other)]
    [InlineData("2449-CV/ĐU", DocumentKind.CongVan)]
    [InlineData("22-QĐ/TW", DocumentKind.QuyetDinh)]
    [InlineData("09-BC/HU", DocumentKind.BaoCao)]
    [InlineData("14-KH/ĐU", DocumentKind.KeHoach)]
    [InlineData("05-HD/TU", DocumentKind.Other)]
    [InlineData("18-TB/TW", DocumentKind.Other)]
    public void Kind_comes_from_the_symbol(string number, DocumentKind kind) => Assert.Equal(kind, DocumentNumber.KindOf(number));
}

public class ReferenceParserTests
{
    private readonly ReferenceParser _parser = new();
    private static readonly DeadlineContext Ctx = new(2025, null);

    // A footnote marker glued to a number ("…/QH152", "…/NĐ-CP3") is not part of it when the number is cited unmarked too.
    [Fact]
    public void A_glued_footnote_marker_joins_the_number_cited_without_it()
    {
        var text = "Theo khoản 2 Điều 5 Luật số 18/2023/QH152 và Nghị định số 64/2024/NĐ-CP3, Thông tư số 09/2024/TT-BTC12 hướng dẫn việc này.\n"
                 + "2 Luật số 18/2023/QH15 ngày 20/6/2023.\n3 Nghị định số 64/2024/NĐ-CP ngày 12/6/2024 của Chính phủ.\n"
                 + "12 Thông tư số 09/2024/TT-BTC ngày 01/3/2024.";
        var refs = _parser.FindAll(text, Ctx);
        Assert.Equal(["09/2024/TT-BTC", "18/2023/QH15", "64/2024/NĐ-CP"], refs.Select(r => r.Number).Order(StringComparer.Ordinal));
        Assert.Equal("Chính phủ", refs.Single(r => r.Number == "64/2024/NĐ-CP").Issuer);
    }

    [Fact]
    public void A_number_ending_in_digits_stays_when_nothing_is_cited_without_them() =>
        Assert.Equal("252/KH-BCĐQG1237", Assert.Single(_parser.FindAll("Thực hiện Kế hoạch số 252/KH-BCĐQG1237 ngày 5/3/2013.", Ctx)).Number);

    [Fact]
    public void A_unit_coded_by_letter_and_digits_is_cited() =>
        Assert.Contains(_parser.FindAll("Văn bản số 215/A05-P2 ngày 10/01/2026 đề nghị rà soát.", Ctx), r => r.Number == "215/A05-P2");

    [Fact]
    public void A_plan_of_action_a_numbered_series_and_a_standard_s_year_are_read_as_written()
    {
        var refs = _parser.FindAll("Căn cứ Kế hoạch hành động số 87-KHHĐ/TU ngày 3/4/2026 của Tỉnh ủy và Nghị quyết số 12.3/2026/NQ-CP "
            + "ngày 5/1/2026 của Chính phủ; nước thải đạt QCVN 14:2025/BTNMT - Quy chuẩn kỹ thuật quốc gia về nước thải sinh hoạt.", Ctx);
        Assert.Equal(["87-KHHĐ/TU", "12.3/2026/NQ-CP"], refs.Select(r => r.Number));
        Assert.Equal(DocumentKind.KeHoach, refs[0].Kind);
    }

    [Fact]
    public void Reads_number_date_issuer_and_relation()
    {
        const string text = "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết;\n" +
                            "Thực hiện Chỉ thị số 41-CT/TW, ngày 26-12-2024 của Bộ Chính trị về tăng cường;\n" +
                            "Quyết định (thay thế Quyết định số 302/QĐ-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh ban hành Quy chế);\n" +
                            "gắn với Kết luận số 14-KL/TW, ngày 03 tháng 10 năm 2021 của Ban Bí thư.";
        var refs = _parser.FindAll(text, Ctx);
        Assert.Equal(4, refs.Count);
        Assert.Equal(new Reference(DocumentKind.NghiDinh, "98/2023/NĐ-CP", new DateOnly(2023, 12, 31), "Chính phủ", ReferenceRelation.Basis), refs[0]);
        Assert.Equal(new Reference(DocumentKind.ChiThi, "41-CT/TW", new DateOnly(2024, 12, 26), "Bộ Chính trị", ReferenceRelation.Implements), refs[1]);
        Assert.Equal(new Reference(DocumentKind.QuyetDinh, "302/QĐ-UBND", new DateOnly(2024, 3, 20), "Ủy ban nhân dân tỉnh", ReferenceRelation.Replaces), refs[2]);
        Assert.Equal(new Reference(DocumentKind.KetLuan, "14-KL/TW", new DateOnly(2021, 10, 3), "Ban Bí thư", ReferenceRelation.Mentions), refs[3]);
    }

    [Fact]
    public void Same_number_twice_is_one_reference_with_the_strongest_relation()
    {
        const string text = "Quán triệt Chỉ thị số 19/CT-TTg. Triển khai thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ.";
        var r = Assert.Single(_parser.FindAll(text, Ctx));
        Assert.Equal(ReferenceRelation.Implements, r.Relation);
        Assert.Equal(new DateOnly(2021, 7, 16), r.IssuedOn);
        Assert.Equal("Thủ tướng Chính phủ", r.Issuer);
    }

    [Fact]
    public void Number_cited_again_keeps_the_issuer_its_first_citation_names()
    {
        const string text = "Thực hiện Kế hoạch số 07/KH-UBND ngày 3/2/2026 của Ủy ban nhân dân tỉnh. "
            + "Các nội dung tại Kế hoạch số 07/KH-UBND của Sở Nội vụ được giữ nguyên.";
        Assert.Equal("Ủy ban nhân dân tỉnh", Assert.Single(_parser.FindAll(text, Ctx)).Issuer);
    }

    [Fact]
    public void Documents_without_a_number_are_not_references()
    {
        Assert.Empty(_parser.FindAll("Căn cứ Luật Thi đua, khen thưởng năm 2022 và Nghị quyết Đại hội Đảng bộ tỉnh", Ctx));
    }

    [Fact]
    public void Soft_broken_party_number_and_spaced_number_are_read()
    {
        var refs = _parser.FindAll("triển khai Chỉ thị số 41- \nCT/TW và Kế hoạch số 29 /KH-UBND", Ctx);
        Assert.Equal(["41-CT/TW", "29/KH-UBND"], refs.Select(r => r.Number));
        Assert.Equal([DocumentKind.ChiThi, DocumentKind.KeHoach], refs.Select(r => r.Kind));
        Assert.All(refs, r => Assert.Null(r.Issuer));
    }

    [Fact]
    public void Party_programme_number_wrapped_after_its_dash_and_a_title_case_issuer_symbol_are_read()
    {
        var refs = _parser.FindAll("Thực hiện Chương trình hành động số 12-\n   CTr/TW ngày 05/3/2026 của Bộ Chính trị và "
                                   + "Chương trình số 40-CTr/Tu của Tỉnh ủy", Ctx);
        Assert.Equal(["12-CTr/TW", "40-CTr/Tu"], refs.Select(r => r.Number));
        Assert.All(refs, r => Assert.Equal(DocumentKind.Other, r.Kind));
        Assert.Equal("Bộ Chính trị", refs[0].Issuer);
    }

    [Fact]
    public void Party_number_cut_after_its_kind_symbol_is_cited_as_written_only_after_a_kind_word_and_so()
    {
        var refs = _parser.FindAll("Thực hiện Quyết định số 45-QĐ về việc ban hành Quy chế; phụ lục 3-KH kèm theo", Ctx);
        var cut = Assert.Single(refs);
        Assert.Equal(("45-QĐ", DocumentKind.QuyetDinh), (cut.Number, cut.Kind));
        Assert.Equal(["12-KH/TU"], _parser.FindAll("theo Kế hoạch số 12-KH /TU của Tỉnh ủy", Ctx).Select(r => r.Number));
    }

    [Theory]
    [InlineData("Thực hiện Quyết định số 7-QĐ về công tác cán bộ", "7-QĐ")]
    [InlineData("Thực hiện Quyết định số 12345-QĐ về công tác cán bộ", "12345-QĐ")]
    // Glued to a letter, a digit or a slash before it, the digits are no number's start; six digits are no Party number.
    [InlineData("Thực hiện Quyết định số B7-QĐ về công tác cán bộ", null)]
    [InlineData("Thực hiện Quyết định số 123456-QĐ về công tác cán bộ", null)]
    [InlineData("Thực hiện Quyết định số /7-QĐ về công tác cán bộ", null)]
    public void Cut_party_number_opens_with_one_to_five_digits_that_nothing_is_glued_to(string text, string? number) =>
        Assert.Equal(number is null ? [] : [number], _parser.FindAll(text, Ctx).Select(r => r.Number));

    [Fact]
    public void Date_and_issuer_after_a_number_are_read_within_their_windows_only()
    {
        var r = Assert.Single(_parser.FindAll("Căn cứ Chỉ thị số 41-CT/TW, ngày 26-12-2024 của Bộ Chính trị về công tác", Ctx));
        Assert.Equal((new DateOnly(2024, 12, 26), "Bộ Chính trị"), (r.IssuedOn, r.Issuer));
        // "của" beyond the issuer window (300 chars after the number and date) names no issuer of this citation.
        var far = Assert.Single(_parser.FindAll("Căn cứ Chỉ thị số 41-CT/TW" + new string(' ', 310) + ", của Bộ Chính trị", Ctx));
        Assert.Null(far.Issuer);
    }

    [Theory]
    [InlineData("Chỉ thị", DocumentKind.ChiThi)]
    [InlineData("Kế hoạch", DocumentKind.KeHoach)]
    [InlineData("QUYẾT ĐỊNH", DocumentKind.QuyetDinh)]
    [InlineData("Nghị quyết", DocumentKind.NghiQuyet)]
    [InlineData("Nghị định", DocumentKind.NghiDinh)]
    [InlineData("Thông tư", DocumentKind.ThongTu)]
    [InlineData("Công văn", DocumentKind.CongVan)]
    [InlineData("Kết luận", DocumentKind.KetLuan)]
    [InlineData("Luật", DocumentKind.Luat)]
    [InlineData("Báo cáo", DocumentKind.BaoCao)]
    public void Kind_of_word(string word, DocumentKind kind) => Assert.Equal(kind, _parser.KindOfWord(word));

    [Fact]
    public void Unknown_words_have_no_kind() => Assert.Null(_parser.KindOfWord("Tờ trình"));
}

public class CategoryRulesTests
{
    private readonly CategoryRules _rules = new();

    [Theory]
    [InlineData("Sở Tư pháp tham mưu Ủy ban nhân dân tỉnh ban hành quy chế phối hợp.", TaskCategory.ThamMuu)]
    [InlineData("Đẩy mạnh tuyên truyền, phổ biến pháp luật về phòng cháy trên báo chí.", TaskCategory.TuyenTruyen)]
    [InlineData("Xây dựng kế hoạch cụ thể hóa Nghị quyết của Tỉnh ủy.", TaskCategory.BanHanhVanBan)]
    [InlineData("Phát động phong trào thi đua lao động giỏi trong công nhân.", TaskCategory.ToChucPhongTrao)]
    [InlineData("Kịp thời biểu dương, khen thưởng các tập thể có thành tích.", TaskCategory.KhenThuong)]
    [InlineData("Tăng cường kiểm tra, giám sát việc sử dụng ngân sách.", TaskCategory.KiemTraGiamSat)]
    [InlineData("Tổ chức sơ kết 6 tháng và báo cáo kết quả về Sở Nội vụ.", TaskCategory.BaoCao)]
    [InlineData("Kiện toàn bộ máy, bồi dưỡng nghiệp vụ cho cán bộ.", TaskCategory.ToChucBoMay)]
    [InlineData("Bảo đảm an ninh trật tự trên địa bàn.", TaskCategory.Khac)]
    [InlineData("", TaskCategory.Khac)]
    public void Classifies_by_main_action(string text, TaskCategory category) => Assert.Equal(category, _rules.Classify(text));

    [Theory]
    [InlineData("Xây dựng Nghị định về quản lý chất thải rắn.", TaskCategory.BanHanhVanBan)]
    [InlineData("Nghiên cứu xây dựng cơ chế hỗ trợ doanh nghiệp nhỏ và vừa.", TaskCategory.BanHanhVanBan)]
    [InlineData("Công bố danh mục thủ tục hành chính mới trong lĩnh vực đất đai.", TaskCategory.BanHanhVanBan)]
    [InlineData("Công bố công khai kết quả giải quyết hồ sơ trên cổng thông tin.", TaskCategory.TuyenTruyen)]
    [InlineData("Vận động hội viên tham gia bảo hiểm y tế tự nguyện.", TaskCategory.TuyenTruyen)]
    [InlineData("Tăng cường công tác giáo dục pháp luật cho học sinh.", TaskCategory.TuyenTruyen)]
    [InlineData("Kịp thời phát hiện, xử lý nghiêm các hành vi khai thác cát trái phép.", TaskCategory.KiemTraGiamSat)]
    [InlineData("Thống kê số hộ nghèo trên địa bàn, gửi Sở Nội vụ.", TaskCategory.BaoCao)]
    [InlineData("Nâng cao chất lượng đội ngũ cán bộ làm công tác dân vận.", TaskCategory.ToChucBoMay)]
    [InlineData("Rà soát các thủ tục cấp phép xây dựng nhà ở.", TaskCategory.Khac)]
    [InlineData("Thực hiện các nhiệm vụ nêu tại Phụ lục ban hành kèm theo Kế hoạch này.", TaskCategory.Khac)]
    [InlineData("Triển khai các chính sách đã ban hành về nhà ở xã hội.", TaskCategory.Khac)]
    [InlineData("Nâng cao nhận thức của công chức xây dựng chính sách về an toàn thông tin.", TaskCategory.TuyenTruyen)]
    [InlineData("Căn cứ tình hình thực tế tham mưu Ủy ban nhân dân tỉnh tổ chức hội nghị.", TaskCategory.ThamMuu)]
    [InlineData("Ban hành quy chế làm việc, giao bộ phận tham mưu theo dõi việc thực hiện.", TaskCategory.BanHanhVanBan)]
    [InlineData("Xây dựng và tổ chức thực hiện các chính sách hỗ trợ người cao tuổi.", TaskCategory.BanHanhVanBan)]
    [InlineData("Đưa chỉ tiêu giảm nghèo vào kế hoạch phát triển kinh tế - xã hội hằng năm.", TaskCategory.BanHanhVanBan)]
    [InlineData("Phát huy vai trò của Ban Chỉ đạo phòng chống thiên tai các cấp.", TaskCategory.ToChucBoMay)]
    [InlineData("Đánh giá chất lượng giải quyết hồ sơ của bộ phận một cửa.", TaskCategory.KiemTraGiamSat)]
    [InlineData("Theo dõi diễn biến dịch bệnh trên đàn gia súc.", TaskCategory.Khac)]
    [InlineData("Khích lệ các tập thể có sáng kiến hay.", TaskCategory.KhenThuong)]
    public void Reads_the_verb_with_its_object(string text, TaskCategory category) => Assert.Equal(category, _rules.Classify(text));

    // Every match of a keyword counts where it stands; a keyword's letters inside a word or after "đã" (a cited text) do not.
    [Fact]
    public void Each_keyword_counts_at_every_word_it_starts()
    {
        var reading = _rules.Read(ActionText.Of("Thể chế hóa; theo dõi việc đã ban hành và ban hành quy chế, thể chế hóa tiếp."));
        // "thể chế hóa" opening the text (5) and again in the tail (0.5), the second "ban hành" (0.5), the noun "quy chế" (0.5 × 0.6),
        // the main verb's bonus (2); "theo dõi" in the opening (5). "theo" does not start "thể chế hóa".
        Assert.Equal(5 + 0.5 + 0.5 + 0.3 + 2, reading.Scores[(int)TaskCategory.BanHanhVanBan], 9);
        Assert.Equal(5, reading.Scores[(int)TaskCategory.KiemTraGiamSat], 9);
        Assert.Equal(TaskCategory.BanHanhVanBan, reading.Category);
    }

    [Fact]
    public void The_name_of_a_council_is_not_its_action()
    {
        Assert.Equal(TaskCategory.KiemTraGiamSat, _rules.Classify("Hội đồng Thi đua - Khen thưởng tỉnh tổ chức kiểm tra các đơn vị."));
        Assert.NotEqual(TaskCategory.ThamMuu, _rules.Classify("Các cơ quan tham mưu, giúp việc Tỉnh ủy tuyên truyền sâu rộng."));
    }
}

public class ReferenceParserEdgeTests
{
    private readonly ReferenceParser _parser = new();

    [Fact]
    public void The_documents_own_number_in_the_header_is_not_a_citation()
    {
        var refs = _parser.FindAll("Số: 15/KH-UBND\nThực hiện Quyết định số 7/QĐ-UBND ngày 02/01/2025 của UBND tỉnh", DeadlineContext.None);
        var r = Assert.Single(refs);
        Assert.Equal("7/QĐ-UBND", r.Number);
        Assert.Equal("Ủy ban nhân dân tỉnh", r.Issuer);
        Assert.Equal(ReferenceRelation.Implements, r.Relation);
    }

    // A letter's subject line ends with the cited document's issuer, and the addressee line follows it.
    [Theory]
    [InlineData("V/v triển khai Nghị định số 45/2026/NĐ-CP ngày 3/3/2026\ncủa Chính phủ\n\nKính gửi:\n- Các sở, ban, ngành", "Chính phủ")]
    [InlineData("V/v thực hiện Thông tư số 12/2026/TT-BYT của Bộ Y tế\nKính gửi: Ủy ban nhân dân các xã, phường", "Bộ Y tế")]
    [InlineData("theo Quyết định số 9/QĐ-UBND của Ủy ban nhân dân tỉnh Nơi nhận:", "Ủy ban nhân dân tỉnh")]
    public void An_issuer_ends_at_the_addressee_line(string text, string issuer) =>
        Assert.Equal(issuer, Assert.Single(_parser.FindAll(text, DeadlineContext.None)).Issuer);

    [Fact]
    public void All_caps_titles_give_the_issuer_without_the_following_words()
    {
        var r = Assert.Single(_parser.FindAll("TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 05-CT/TU CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ TĂNG CƯỜNG", DeadlineContext.None));
        Assert.Equal(DocumentKind.ChiThi, r.Kind);
        Assert.Equal("BAN THƯỜNG VỤ TỈNH ỦY", r.Issuer);
        Assert.Equal(ReferenceRelation.Implements, r.Relation);
    }
}

public class ReferenceParserDuplicateTests
{
    [Fact]
    public void A_number_in_an_all_caps_title_and_in_the_body_is_one_reference()
    {
        var refs = new ReferenceParser().FindAll("| Số: 12/KH-UBND |\nTRIỂN KHAI QUYẾT ĐỊNH SỐ 1237/QĐ-TTG\nThực hiện Quyết định số 1237/QĐ-TTg ngày 27/7/2013 của Thủ_tướng Chính_phủ", DeadlineContext.None);
        var r = Assert.Single(refs);
        Assert.Equal("1237/QĐ-TTg", r.Number);
        Assert.Equal(new DateOnly(2013, 7, 27), r.IssuedOn);
        Assert.Equal("Thủ tướng Chính phủ", r.Issuer);
    }
}
