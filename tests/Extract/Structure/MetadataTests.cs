using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

public class MetadataTests
{
    private static readonly DocumentExtractor Extractor = new();

    // An OCR'd letter of a ministry's general department: the department's line lost its marks and a letter ("TONG CYC
    // HAI QUAN"), the motto's second line a mark ("Hanh phúc"), the number label its capital and the place its comma. The
    // known department's name within one edit is the issuer; a line within one edit of none keeps the ministry.
    [Fact]
    public void An_ocr_d_department_header_reads_the_known_department_its_number_and_date()
    {
        static DocumentInfo Read(string unit) => Extractor.Extract(DocumentBuilder.FromLines(
            "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", unit + " Độc lập - Tự do - Hanh phúc",
            "số: 815 /TCHQ -GSQL Hà Nội. ngày 03 tháng 2 năm 2024", "V/v kiểm tra hàng hóa nhập khẩu",
            "Kính gửi: Cục Hải quan các tỉnh, thành phố.", "Tổng cục đề nghị các Cục Hải quan kiểm tra chặt chẽ hàng hóa nhập khẩu.")).Document;
        var info = Read("TONG CYC HAI QUAN");
        Assert.Equal("Tổng cục Hải quan", info.Issuer);
        Assert.Equal("815/TCHQ-GSQL", info.Number);
        Assert.Equal(new DateOnly(2024, 2, 3), info.IssuedOn);
        Assert.StartsWith("Bộ Tài chính", Read("TONG CYC HAI SAN").Issuer);
    }

    [Fact]
    public void Header_number_date_place_title_and_signature()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "Số: 12 /KH-UBND", "Đắk Lắk, ngày 05 tháng 3 năm 2025",
            "KẾ HOẠCH", "Triển khai công tác chuyển đổi số năm 2025.",
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;",
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm hiệu quả.",
            "Nơi nhận:", "- Thường trực Tỉnh ủy;", "- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An")).Document;
        Assert.Equal(DocumentKind.KeHoach, info.Kind);
        Assert.Equal("12/KH-UBND", info.Number);
        Assert.Equal(new DateOnly(2025, 3, 5), info.IssuedOn);
        Assert.Equal("Đắk Lắk", info.Place);
        Assert.Equal("Triển khai công tác chuyển đổi số năm 2025", info.Title);
        Assert.Equal("Ủy ban nhân dân tỉnh Đắk Lắk", info.Issuer);
        Assert.Equal(new Signer("Nguyễn Văn An", "Phó Chủ tịch", "KT. Chủ tịch"), info.Signer);
        Assert.Equal(["Thường trực Tỉnh ủy", "Lưu: VT"], info.Recipients);
        var basis = Assert.Single(info.References);
        Assert.Equal(("98/2023/NĐ-CP", ReferenceRelation.Basis), (basis.Number, basis.Relation));
    }

    [Fact]
    public void Placeholder_number_is_null_and_issuer_comes_from_the_body_sentence()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "Số: *MS* /KH-UBND", "Thái Bình, ngày *10* tháng 8 năm 2021", "KẾ HOẠCH", "Tổ chức triển khai thực hiện",
            "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")).Document;
        Assert.Null(info.Number);
        Assert.Equal(new DateOnly(2021, 8, 10), info.IssuedOn);
        Assert.Equal("Ủy ban nhân dân tỉnh Thái Bình", info.Issuer);
        Assert.Equal(ReferenceRelation.Implements, Assert.Single(info.References).Relation);
    }

    [Fact]
    public void Party_signature_capacity_is_recased()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "KẾ HOẠCH", "thực hiện Chỉ thị số 41-CT/TW", "Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau.",
            "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Tiến Thành")).Document;
        Assert.Equal(new Signer("Nguyễn Tiến Thành", "Phó Bí thư", "T/M Ban Thường vụ"), info.Signer);
        Assert.Equal("Ban Thường vụ Tỉnh ủy", info.Issuer);
        Assert.Null(info.IssuedOn);
    }

    [Fact]
    public void Kind_word_opening_a_mixed_case_first_line_gives_kind_and_title_and_reports_have_no_tasks()
    {
        var result = Extractor.Extract(DocumentBuilder.FromLines(
            "Báo cáo tình hình thực hiện nhiệm vụ tháng 02 năm 2010",
            "I. Xây dựng văn bản quy phạm pháp luật",
            "1. Trong tháng, Bộ đã trình Chính phủ dự thảo Nghị định."));
        Assert.Equal(DocumentKind.BaoCao, result.Document.Kind);
        Assert.Equal("tình hình thực hiện nhiệm vụ tháng 02 năm 2010", result.Document.Title);
        Assert.Empty(result.Tasks);
    }

    [Fact]
    public void Rule_line_after_the_issuer_in_a_header_table_is_not_part_of_it()
    {
        var header = new IReadOnlyList<string>[]
        {
            ["THỦ TƯỚNG CHÍNH PHỦ -------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------"],
            ["Số: 773 /QĐ-TTg", "Hà Nội, ngày 26 tháng 6 năm 2018"],
        };
        var info = Extractor.Extract(DocumentBuilder.WithTable([], header,
            "QUYẾT ĐỊNH", "Ban hành Kế hoạch tổ chức thực hiện Chỉ thị số 14-CT/TW",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.")).Document;
        Assert.Equal("Thủ tướng Chính phủ", info.Issuer);
        Assert.Equal("773/QĐ-TTg", info.Number);
        Assert.Equal(DocumentKind.KeHoach, info.Kind); // a decision issuing a plan is read as the plan (EXTRACTION.md)
    }

    [Fact]
    public void Directive_without_header_takes_its_kind_from_the_opening_line_and_its_issuer_from_the_body()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "Chỉ thị về việc tổ chức thực hiện chỉ đạo của Thủ tướng Chính phủ về đẩy mạnh xuất khẩu",
            "Bộ trưởng Bộ Công Thương yêu cầu các đơn vị thuộc Bộ triển khai thực hiện những nhiệm vụ như sau:",
            "I. Phân công chỉ đạo",
            "1. Vụ Kế hoạch chủ trì xây dựng kế hoạch đầu tư.")).Document;
        Assert.Equal(DocumentKind.ChiThi, info.Kind);
        Assert.Equal("Bộ trưởng Bộ Công Thương", info.Issuer);
    }

    // An OCR'd department letter: its opening asks an official after a form of address ("đồng chí Cục trưởng …"), who
    // leads the points counted "1/", "2/"; the signature's capacity is one title ("TONG CỤC TRƯỞNG", marks lost), not two,
    // and the deputy's title stands beside a recipient item ("- Như trên; — PHO TONG CUC TRUONG").
    [Fact]
    public void An_ocr_d_department_letter_gives_its_points_to_the_official_asked_and_reads_its_damaged_signature()
    {
        var r = Extractor.Extract(DocumentBuilder.FromLines(
            "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc",
            "Số: 815/TCHQ-GSQL Hà Nội, ngày 03 tháng 2 năm 2024", "V/v kiểm tra hàng hóa nhập khẩu",
            "Kính gửi: Cục trưởng Cục Hải quan các tỉnh, thành phố.",
            "Tổng cục Hải quan yêu cầu đồng chí Cục trưởng Cục Hải quan các tỉnh, thành phố thực hiện các việc sau:",
            "1/ Rà soát hồ sơ hàng hóa nhập khẩu có rủi ro cao.", "2/ Kiểm tra thực tế các lô hàng nghi vấn.",
            "Nơi nhận: KT. TONG CỤC TRƯỞNG", "- Như trên; — PHO TONG CUC TRUONG", "- Lưu: VT, GSQL.", "Trần Văn Bình"));
        Assert.Equal(["1", "2"], r.Tasks.Select(t => t.Path));
        Assert.All(r.Tasks, t => Assert.Equal(["Cục trưởng Cục Hải quan các tỉnh, thành phố"], t.Lead));
        Assert.All(r.Tasks, t => Assert.Equal(AssignmentMode.Required, t.Mode));
        var signer = r.Document.Signer;
        Assert.NotNull(signer);
        Assert.Equal("Trần Văn Bình", signer.Name);
        Assert.Equal("KT. Tổng cục trưởng", signer.Capacity);
        Assert.Equal("Phó Tổng cục trưởng", signer.Position, ignoreCase: true);
    }

    // A body quoted without its header names its issuer in the charge right over its items ("… yêu cầu:").
    [Fact]
    public void A_headless_body_takes_its_issuer_from_the_charge_over_its_items()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "Công điện nêu: mưa lớn kéo dài gây ngập úng tại nhiều địa phương.",
            "Để chủ động ứng phó, Thủ tướng Chính phủ yêu cầu:",
            "1. Bộ Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến mưa lũ.",
            "2. Ủy ban nhân dân các tỉnh sơ tán người dân khỏi vùng nguy hiểm.")).Document;
        Assert.Equal("Thủ tướng Chính phủ", info.Issuer);
    }

    // A scan that set the capacity beside the recipients' label after debris ("Noi nhận:} - KT. …") and glued a stray
    // mark to the name's first word ("Hoang! Văn Nam") still gives the signature, the name as written.
    [Fact]
    public void A_capacity_after_debris_beside_the_recipients_and_a_name_with_a_stray_mark_are_read()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỔNG CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc",
            "Số: 815/TCHQ-GSQL Hà Nội, ngày 03 tháng 2 năm 2024", "V/v kiểm tra hàng hóa nhập khẩu",
            "Tổng cục Hải quan đề nghị các Cục Hải quan kiểm tra chặt chẽ hàng hóa nhập khẩu.",
            "Noi nhận:} - KT. TỔNG CỤC TRƯỞNG", "- Như trên;", "- Lưu: VT, GSQL.", "", "Hoang! Văn Nam")).Document;
        Assert.Equal(new Signer("Hoang! Văn Nam", null, "KT. Tổng cục trưởng"), info.Signer);
    }

    [Fact]
    public void Ocr_header_with_joined_columns_misread_number_and_lone_deputy_capacity()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "ĐẢNG ỦY CƠ QUAN", "12-03-2026 08:10:00 +07:00",
            "BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 5O7/BNV-TCBC Hà Nội, ngày / tháng 3 năm 2026", "V/v Triển khai công tác tuyển dụng",
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.",
            "Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố thực hiện các nội dung sau:",
            "1. Rà soát chỉ tiêu biên chế được giao năm 2026.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. BỘ TRƯỞNG", "Lê Văn Bình")).Document;
        Assert.Equal("Bộ Nội vụ", info.Issuer, ignoreCase: true);
        Assert.Equal("5O7/BNV-TCBC", info.Number);
        Assert.Equal(DocumentKind.CongVan, info.Kind);
        Assert.Equal(new Signer("Lê Văn Bình", null, "KT. Bộ trưởng"), info.Signer);
    }

    [Theory]
    [InlineData("ĐẢNG BỘ TỈNH NINH BÌNH ĐẢNG CỘNG SẢN VIỆT NAM ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "")]
    [InlineData("ĐẢNG BỘ TỈNH NINH BÌNH ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH")]
    public void Party_letter_under_a_provincial_committee_names_its_own_body_and_reads_a_spaced_number(string first, string second)
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines([
            first, second, "Ninh Bình, ngày 12 tháng 5 năm 2026", "*", "Số 318 -CV/ĐU",
            "về việc triển khai Kết luận số 14-KL/TW", "Kính gửi: Các chi bộ, đảng bộ cơ sở.",
            "Đảng ủy Ủy ban nhân dân tỉnh đề nghị các chi bộ thực hiện như sau:",
            "1. Các chi bộ quán triệt Kết luận đến đảng viên.",
            "Nơi nhận:", "- Như trên;", "- Lưu Văn phòng Đảng ủy.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Văn Minh"])).Document;
        Assert.Equal("318-CV/ĐU", info.Number);
        Assert.Equal(DocumentKind.CongVan, info.Kind);
        Assert.Equal("Đảng ủy Ủy ban nhân dân tỉnh", info.Issuer);
        Assert.Equal(new Signer("Trần Văn Minh", "Bí thư", "T/M Ban Thường vụ"), info.Signer);
    }

    [Fact]
    public void Scan_without_issuer_lines_takes_the_numbers_body_as_the_text_names_it_never_a_heading()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "Số 41/KH-UBND", "Hải Phòng, ngày 03 tháng 4 năm 2025",
            "KẾ HOẠCH Triển khai công tác dân vận chính quyền năm 2025 của Ủy ban nhân dân thành phố Hải Phòng, cụ thể như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Nâng cao hiệu quả công tác dân vận.")).Document;
        Assert.Equal("41/KH-UBND", info.Number);
        Assert.Equal("Ủy ban nhân dân thành phố Hải Phòng", info.Issuer);
    }

    [Fact]
    public void Numbered_heading_is_never_the_issuer()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "Số 41/KH-UBND", "Hải Phòng, ngày 03 tháng 4 năm 2025", "KẾ HOẠCH Triển khai công tác dân vận năm 2025",
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao hiệu quả công tác dân vận.")).Document;
        Assert.Null(info.Issuer);
    }

    [Fact]
    public void Party_programme_takes_the_header_body_over_its_title_and_a_collective_capacity_without_a_name()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "BAN CHẤP HÀNNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 12-CTr/TW Hà Nội, ngày 05 tháng 3 năm 2026",
            "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CỦA BỘ CHÍNH TRỊ", "thực hiện Nghị quyết số 57-NQ/TW về phát triển khoa học",
            "I- MỤC ĐÍCH, YÊU CẦU", "1. Cụ thể hóa Nghị quyết thành nhiệm vụ của các cấp.",
            "Nơi nhận: T/M BỘ CHÍNH TRỊ", "- Các tỉnh ủy, thành ủy,", "- Lưu Văn phòng Trung ương Đảng.")).Document;
        Assert.Equal("12-CTr/TW", info.Number);
        Assert.Equal(DocumentKind.Other, info.Kind);
        Assert.Equal("Ban Chấp hành Trung ương", info.Issuer);
        Assert.Equal(new Signer(null, null, "T/M Bộ Chính trị"), info.Signer);
    }

    [Fact]
    public void A_resolution_that_issues_a_programme_is_read_as_the_plan()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "CHÍNH PHỦ", "Số: 45/NQ-CP Hà Nội, ngày 12 tháng 5 năm 2026",
            "NGHỊ QUYẾT", "VỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN LÂM NGHIỆP",
            "I. NHIỆM VỤ", "1. Bộ Nông nghiệp và Môi trường rà soát quy hoạch rừng phòng hộ.")).Document;
        Assert.Equal(DocumentKind.KeHoach, info.Kind);
        Assert.Equal("45/NQ-CP", info.Number);
    }

    [Fact]
    public void A_resolution_that_issues_no_plan_stays_a_resolution()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "CHÍNH PHỦ", "Số: 46/NQ-CP Hà Nội, ngày 12 tháng 5 năm 2026",
            "NGHỊ QUYẾT", "VỀ PHÁT TRIỂN LÂM NGHIỆP BỀN VỮNG",
            "I. NHIỆM VỤ", "1. Bộ Nông nghiệp và Môi trường rà soát quy hoạch rừng phòng hộ.")).Document;
        Assert.Equal(DocumentKind.NghiQuyet, info.Kind);
    }

    [Fact]
    public void A_name_ending_the_text_after_the_recipients_signs_for_a_collective_capacity()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "ĐẢNG BỘ TỈNH HÀ GIANG", "TỈNH ỦY", "Số 07-NQ/TU Hà Giang, ngày 10 tháng 4 năm 2026",
            "NGHỊ QUYẾT", "về phát triển du lịch cộng đồng",
            "I- NHIỆM VỤ", "1. Các cấp ủy xây dựng kế hoạch phát triển du lịch.",
            "Nơi nhận: T/M BAN THƯỜNG VỤ", "- Các huyện ủy, thành ủy,", "- Lưu Văn phòng Tỉnh ủy.", "Lê Thị Mai")).Document;
        Assert.Equal(new Signer("Lê Thị Mai", null, "T/M Ban Thường vụ"), info.Signer);
    }

    [Theory]
    [InlineData("BAN CHẮÁP HÀNH TRUNG ƯƠNG", "BAN CHẤP HÀNH TRUNG ƯƠNG")]
    [InlineData("BỘ CHÍNH TRI", "BỘ CHÍNH TRỊ")]
    [InlineData("BAN THƯỜNG VỤ", "BAN THƯỜNG VỤ")]
    [InlineData("BỘ CÔNG THƯƠNG", "BỘ CÔNG THƯƠNG")]
    public void Misread_central_party_body_is_put_right(string line, string expected) =>
        Assert.Equal(expected, DirectiveTracker.Extract.Metadata.CentralPartyBodies.Repair(line));

    [Fact]
    public void Capacity_wrapped_in_a_narrow_column_is_joined()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "Số: 15/KH-UBND", "An Giang, ngày 02 tháng 6 năm 2025", "KẾ HOẠCH",
            "Phòng, chống thiên tai năm 2025", "I. MỤC ĐÍCH", "1. Chủ động ứng phó.",
            "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN", "NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Sơn")).Document;
        Assert.Equal(new Signer("Lê Văn Sơn", "Chủ tịch", "TM. Ủy ban nhân dân"), info.Signer);
    }

    [Fact]
    public void Two_title_lines_joined_give_the_last_as_position()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "BAN CHỈ ĐẠO QUỐC GIA", "Số: 7/KH-BCĐ", "Hà Nội, ngày 02 tháng 6 năm 2025", "KẾ HOẠCH", "Tìm kiếm, quy tập",
            "I. MỤC ĐÍCH", "1. Chủ động triển khai.", "Nơi nhận: - Lưu: VT. | TRƯỞNG BAN PHÓ THỦ TƯỚNG Trần Văn Hòa")).Document;
        Assert.Equal(new Signer("Trần Văn Hòa", "Phó Thủ tướng", null), info.Signer);
    }

    [Fact]
    public void Header_cut_short_is_completed_by_the_authority_line_under_the_title()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "ỦY BAN THƯỜNG VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
            "Số: 88/NQ-UBTVQH14 | Hà Nội, ngày 10 tháng 3 năm 2018", "NGHỊ QUYẾT", "VỀ KẾT QUẢ GIÁM SÁT CHUYÊN ĐỀ",
            "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Căn cứ Luật hoạt động giám sát của Quốc hội;", "QUYẾT NGHỊ:",
            "Điều 1. Tán thành báo cáo của Đoàn giám sát.")).Document;
        Assert.Equal("ủy ban thường vụ quốc hội", info.Issuer?.ToLowerInvariant());
    }

    [Fact]
    public void Headerless_directive_is_issued_by_the_subject_of_its_closing_charge()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "Chỉ thị về việc tăng cường phòng chống dịch bệnh trên đàn gia súc",
            "Thời gian qua, tình hình dịch bệnh tại Bến Tre diễn biến phức tạp.",
            "1. Sở Nông nghiệp chủ trì theo dõi tình hình dịch bệnh.",
            "Uỷ ban nhân dân tỉnh yêu cầu thủ trưởng các sở, ngành tỉnh tổ chức thực hiện nghiêm túc chỉ thị này.")).Document;
        Assert.Equal(DocumentKind.ChiThi, info.Kind);
        Assert.Equal("Ủy ban nhân dân tỉnh Bến Tre", info.Issuer);
    }

    [Fact]
    public void Kind_line_joined_behind_the_date_line_by_ocr_gives_the_kind()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: …/CT-TT Hà Nội, ngày 4 tháng 3 năm 2020 _¬ CHỈ THỊ", "Về các giải pháp cấp bách phòng, chống dịch",
            "1. Các bộ, ngành tập trung tháo gỡ khó khăn cho doanh nghiệp.")).Document;
        Assert.Equal(DocumentKind.ChiThi, info.Kind);
        Assert.Equal("Về các giải pháp cấp bách phòng, chống dịch", info.Title);
    }

    [Fact]
    public void Paragraph_run_into_the_kind_line_is_no_title()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "THỦ TƯỚNG CHÍNH PHỦ", "Số: 11/CT-TTg", "Hà Nội, ngày 4 tháng 3 năm 2020", "CHỈ THỊ",
            "Về các giải pháp cấp bách " + string.Join(" ", Enumerable.Repeat("phòng, chống dịch bệnh trên cả nước", 20)) + ".",
            "1. Các bộ, ngành tập trung tháo gỡ khó khăn cho doanh nghiệp.")).Document;
        Assert.Null(info.Title);
    }

    [Fact]
    public void Upper_case_phrase_ending_in_a_kind_word_is_no_kind_line()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "SỞ Y TẾ", "Hà Nội, ngày 4 tháng 3 năm 2020", "V/V TRIỂN KHAI BÁO CÁO",
            "Kính gửi: Các bệnh viện.", "1. Các bệnh viện rà soát số liệu.")).Document;
        Assert.NotEqual(DocumentKind.BaoCao, info.Kind);
    }

    [Fact]
    public void Signer_name_joined_with_the_next_columns_numbered_item_is_read()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM", "Số 61-NQ/TW Hà Nội, ngày 12 tháng 4 năm 2025", "NGHỊ QUYẾT",
            "về sắp xếp đơn vị hành chính", "1. Các tỉnh ủy lãnh đạo việc sắp xếp.",
            "Nơi nhận:", "- Các tỉnh ủy, thành ủy,", "T/M BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG BÍ THƯ", "Lê Minh An 11. Tỉnh Cao Bằng.")).Document;
        Assert.Equal(new Signer("Lê Minh An", "Tổng Bí thư", "T/M Ban Chấp hành Trung ương"), info.Signer);
    }

    [Fact]
    public void Number_and_date_left_blank_still_name_the_kind_and_the_place()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "Số:          /UBND-NC", "Hà Giang, ngày      tháng      năm 2026",
            "V/v phòng chống cháy rừng mùa khô", "Kính gửi: Các sở, ban, ngành tỉnh.",
            "Để chủ động phòng chống cháy rừng, Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện nghiêm các nội dung sau:",
            "1. Sở Tài chính bố trí kinh phí mua sắm trang thiết bị chữa cháy rừng.")).Document;
        Assert.Null(info.Number);
        Assert.Null(info.IssuedOn);
        Assert.Equal("Hà Giang", info.Place);
        Assert.Equal(DocumentKind.CongVan, info.Kind);
    }

    [Fact]
    public void Unit_under_a_committees_superior_line_issues_in_that_committees_place()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "UBND TỈNH HÀ GIANG", "SỞ TÀI CHÍNH", "Số: 41 /STC-NS", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Hà Giang, ngày 3 tháng 4 năm 2026", "V/v lập dự toán ngân sách năm 2027",
            "Để lập dự toán đúng hạn, Giám đốc Sở yêu cầu các phòng thực hiện các nội dung sau:",
            "1. Phòng Ngân sách tổng hợp dự toán của các đơn vị trước ngày 15/5/2026.")).Document;
        Assert.Equal("Sở Tài chính tỉnh Hà Giang", info.Issuer);
        Assert.Equal(DocumentKind.CongVan, info.Kind);
    }

    [Fact]
    public void Unit_under_a_superior_line_takes_the_spelling_the_text_gives_it()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "UBND TỈNH HÀ GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 7 /SKHCN-VP",
            "Căn cứ Quyết định số 12/2025/QĐ-UBND quy định chức năng của Sở Khoa học và Công nghệ tỉnh Hà Giang;")).Document;
        Assert.Equal("Sở Khoa học và Công nghệ tỉnh Hà Giang", info.Issuer);
    }

    [Fact]
    public void Department_under_a_ministrys_line_issues_as_the_text_spells_it()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "BỘ Y TẾ", "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", "Số: 52 /KCB-NV", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Hà Nội, ngày 3 tháng 4 năm 2026", "V/v hướng dẫn báo cáo số liệu khám bệnh",
            "Kính gửi: Sở Y tế các tỉnh, thành phố",
            "Cục Quản lý Khám, chữa bệnh nhận được văn bản của các Sở Y tế về việc báo cáo số liệu; Cục có ý kiến như sau:",
            "1. Các Sở Y tế tổng hợp số liệu khám bệnh của các cơ sở trên địa bàn.")).Document;
        Assert.Equal("Cục Quản lý Khám, chữa bệnh", info.Issuer);
        Assert.Equal(DocumentKind.CongVan, info.Kind);
    }

    [Fact]
    public void Department_line_with_the_mottos_second_line_set_inside_it_is_read_without_it()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc",
            "Số: 118/TCT-KK Hà Nội, ngày 9 tháng 5 năm 2026 V/v khai thuế điện tử",
            "Kính gửi: Cục Thuế các tỉnh, thành phố",
            "1. Các Cục Thuế hướng dẫn người nộp thuế khai thuế điện tử.")).Document;
        Assert.Equal("Tổng cục Thuế", info.Issuer);
    }

    [Theory]
    [InlineData("BỘ CÔNG THƯƠNG", "CỤC QUẢN LÝ THỊ TRƯỜNG", "Cục Quản lý thị trường")]
    [InlineData("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "VỤ THANH TOÁN", "Vụ Thanh toán")]
    [InlineData("BỘ CÔNG THƯƠNG", "SỞ CÔNG THƯƠNG", null)]
    [InlineData("UBND TỈNH LÀO CAI", "CỤC THUẾ", null)]
    public void Ministry_unit_needs_a_ministry_above_one_of_its_departments(string superior, string unit, string? expected) =>
        Assert.Equal(expected, DirectiveTracker.Extract.Metadata.SuperiorLine.MinistryUnit(superior, unit));

    [Fact]
    public void Title_beside_the_recipients_label_signs_with_the_name_under_the_recipients()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "SỞ TÀI CHÍNH", "Số: 41 /STC-NS", "V/v lập dự toán ngân sách năm 2027",
            "1. Phòng Ngân sách tổng hợp dự toán của các đơn vị trước ngày 15/5/2026.",
            "Nơi nhận: GIÁM ĐỐC", "- Như trên;", "- Lãnh đạo Sở;", "- Lưu: VT.", "Trần Văn Bình")).Document;
        Assert.Equal(new Signer("Trần Văn Bình", "Giám đốc", null), info.Signer);
        Assert.Equal(["Như trên", "Lãnh đạo Sở", "Lưu: VT"], info.Recipients);
    }

    [Fact]
    public void Title_beside_the_recipients_label_signs_with_the_name_after_an_item_wrapped_past_an_inner_semicolon()
    {
        // "- Các Sở: …, Giao" / "thông vận tải; Cục Thuế;" / "Kho bạc tỉnh": one item whose last line has no dash.
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "SỞ TÀI CHÍNH", "Số: 41 /STC-NS", "V/v lập dự toán ngân sách năm 2027",
            "1. Phòng Ngân sách tổng hợp dự toán của các đơn vị trước ngày 15/5/2026.",
            "Nơi nhận: GIÁM ĐỐC", "- Như trên;", "- Các Sở: Xây dựng, Nội vụ, Giao", "thông vận tải; Cục Thuế;", "Kho bạc tỉnh",
            "- Lưu: VT.", "Trần Văn Bình")).Document;
        Assert.Equal(new Signer("Trần Văn Bình", "Giám đốc", null), info.Signer);
    }

    [Fact]
    public void Title_beside_the_recipients_label_signs_with_the_name_under_a_long_list_spaced_by_blank_lines()
    {
        // An OCR'd page: blank lines between the items, a lone small letter read from the signature's stroke before the name.
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "BỘ XÂY DỰNG", "Số: 12/CT-BXD", "CHỈ THỊ", "1. Các Cục kiểm tra chất lượng công trình trước ngày 15/5/2026.",
            "Nơi nhận: BỘ TRƯỞNG", "- Thủ tướng Chính phủ;", "", "- Các Phó Thủ tướng;", "", "- Văn phòng Chính phủ;", "",
            "- Các Bộ, cơ quan ngang Bộ;", "", "- UBND các tỉnh, thành phố;", "", "- Sở Xây dựng các tỉnh;", "",
            "- Các Cục, Vụ thuộc Bộ;", "", "- Công báo;", "", "- Lưu: VT, KTXD(3b) 41", "", "ŝ Phạm Văn Đức")).Document;
        Assert.Equal(new Signer("Phạm Văn Đức", "Bộ trưởng", null), info.Signer);
        // The name joined by the text layer after the last item, behind the stray letter.
        info = Extractor.Extract(DocumentBuilder.FromLines(
            "BỘ XÂY DỰNG", "Số: 12/CT-BXD", "CHỈ THỊ", "1. Các Cục kiểm tra chất lượng công trình trước ngày 15/5/2026.",
            "Nơi nhận: BỘ TRƯỞNG", "- Thủ tướng Chính phủ;", "- Văn phòng Chính phủ;", "- Lưu: VT, KTXD(3b) 41 ŝ Phạm Văn Đức")).Document;
        Assert.Equal(new Signer("Phạm Văn Đức", "Bộ trưởng", null), info.Signer);
    }

    [Fact]
    public void Lone_collective_capacity_signs_for_the_body_without_a_position()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "KẾ HOẠCH", "thực hiện Chỉ thị số 05-CT/TW", "Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau.",
            "Nơi nhận: T/M BAN THƯỜNG VỤ", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng.", "Lê Văn Hùng")).Document;
        Assert.Equal(new Signer("Lê Văn Hùng", null, "T/M Ban Thường vụ"), info.Signer);
    }

    [Fact]
    public void Standing_deputys_title_is_a_position()
    {
        var info = Extractor.Extract(DocumentBuilder.FromLines(
            "KẾ HOẠCH", "thực hiện Chỉ thị số 05-CT/TW", "Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau.",
            "T/M HUYỆN ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lê Văn Hùng")).Document;
        Assert.Equal(new Signer("Lê Văn Hùng", "Phó Bí thư Thường trực", "T/M Huyện ủy"), info.Signer);
    }
}
