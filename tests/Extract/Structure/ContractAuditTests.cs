using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// The contract's open cases not covered elsewhere (corpus/EXTRACTION.md), each on an example made for it: headers and
/// signatures in tables, owner headings, requests, one-office names, and the headings over what a plan states rather
/// than assigns.
/// </summary>
public class ContractAuditTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    private static readonly string[] Header =
        ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 31/KH-UBND", "Gia Lai, ngày 10 tháng 11 năm 2025", "KẾ HOẠCH", "Thi đua năm 2026"];

    /// <summary>A decision issuing a plan, its header and signature in text tables, through the real text ingest.</summary>
    [Fact]
    public async Task A_text_table_header_and_signature_table_give_number_issuer_and_capacity()
    {
        var file = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(file, [
            "| ỦY BAN NHÂN DÂN TỈNH GIA LAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "|---|---|",
            "| Số: 45/QĐ - UBND | Độc lập - Tự do - Hạnh phúc |", "| | Gia Lai, ngày 10 tháng 11 năm 2025 |", "",
            "QUYẾT ĐỊNH", "Ban hành Kế hoạch chuyển đổi số tỉnh Gia Lai năm 2026", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI",
            "Căn cứ Luật Tổ chức chính quyền địa phương;", "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số tỉnh Gia Lai năm 2026.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.", "",
            "| Nơi nhận: - Như Điều 3; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Bình |", "|---|---|", "",
            "KẾ HOẠCH", "Chuyển đổi số tỉnh Gia Lai năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao hiệu quả quản lý nhà nước.",
            "II. NHIỆM VỤ", "1. Sở Khoa học và Công nghệ xây dựng nền tảng dữ liệu dùng chung của tỉnh vào tháng 4 năm 2026.",
            "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch vào tháng 4.",
        ]);
        try
        {
            var document = await IngestServices.CreateDefault().IngestAsync(file);
            var r = new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(document);

            Assert.Equal(DocumentKind.KeHoach, r.Document.Kind);
            Assert.Equal("45/QĐ-UBND", r.Document.Number);
            Assert.Equal(new DateOnly(2025, 11, 10), r.Document.IssuedOn);
            Assert.Equal("Ủy ban nhân dân tỉnh Gia Lai", r.Document.Issuer);
            Assert.Equal("Chuyển đổi số tỉnh Gia Lai năm 2026", r.Document.Title);
            Assert.Equal(new Signer("Trần Văn Bình", "Phó Chủ tịch", "KT. Chủ tịch"), r.Document.Signer);
            Assert.DoesNotContain(r.Tasks, t => t.Text.StartsWith("Điều", StringComparison.Ordinal));
            Assert.Equal(["II.1", "II.2"], r.Tasks.Select(t => t.Path));
            // A month without its year in a plan of November 2025 is the coming April.
            Assert.All(r.Tasks, t => Assert.Equal(new DateOnly(2026, 4, 30), t.Deadline?.Due));
        }
        finally { File.Delete(file); }
    }

    private static async Task<ExtractionResult> IngestAndExtract(params string[] lines)
    {
        var file = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(file, lines);
        try
        {
            var document = await IngestServices.CreateDefault().IngestAsync(file);
            return new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(document);
        }
        finally { File.Delete(file); }
    }

    /// <summary>A plan's header and signature set side by side in plain text (as `pdftotext -layout` writes them).</summary>
    [Fact]
    public async Task A_header_and_signature_in_side_by_side_text_columns_give_kind_number_issuer_and_signer()
    {
        var r = await IngestAndExtract(
            "[Bản trích chữ tự động từ tệp PDF của văn bản — 3 trang.]",
            "",
            "ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "       TỈNH HÒA AN                       Độc lập - Tự do - Hạnh phúc",
            "",
            "      Số: 52 /KH-UBND                   Hòa An, ngày 3 tháng 4 năm 2026",
            "",
            "",
            "                                KẾ HOẠCH",
            "          Phát triển vùng nguyên liệu trên địa bàn tỉnh năm 2026",
            "",
            "      Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh về phát triển nông nghiệp, Ủy ban nhân dân",
            "tỉnh ban hành Kế hoạch phát triển vùng nguyên liệu năm 2026 như sau:",
            "      I. NHIỆM VỤ",
            "      1. Sở Nông nghiệp và Môi trường chủ trì rà soát quy hoạch vùng nguyên liệu, hoàn thành",
            "trước ngày 30 tháng 6 năm 2026.",
            "      2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2026.",
            "",
            " Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN",
            "- Như trên;                                          KT. CHỦ TỊCH",
            "- TT. Tỉnh ủy, HĐND tỉnh;                            PHÓ CHỦ TỊCH",
            "- Các sở, ban, ngành tỉnh;",
            "- Lưu: VT, NLN.                                      Trần Văn Bình");

        Assert.Equal(DocumentKind.KeHoach, r.Document.Kind);
        Assert.Equal("52/KH-UBND", r.Document.Number);
        Assert.Equal(new DateOnly(2026, 4, 3), r.Document.IssuedOn);
        Assert.Equal("Ủy ban nhân dân tỉnh Hòa An", r.Document.Issuer);
        Assert.Equal(new Signer("Trần Văn Bình", "Phó Chủ tịch", "KT. Chủ tịch"), r.Document.Signer);
        Assert.Equal(["Như trên", "TT. Tỉnh ủy, HĐND tỉnh", "Các sở, ban, ngành tỉnh", "Lưu: VT, NLN"], r.Document.Recipients);
        Assert.Equal(["I.1", "I.2"], r.Tasks.Select(t => t.Path));
    }

    /// <summary>An official letter in side-by-side text columns: its number ("610 /UBND-KT") on the left, the date alone on the right.</summary>
    [Fact]
    public async Task An_official_letter_in_side_by_side_text_columns_gives_number_issuer_and_signer()
    {
        var r = await IngestAndExtract(
            "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "       TỈNH HÒA AN                            Độc lập - Tự do - Hạnh phúc",
            "                                          Hòa An, ngày 9 tháng 7 năm 2026",
            "      Số: 610 /UBND-KT",
            "V/v triển khai thực hiện Nghị định số",
            " 12/2026/NĐ-CP của Chính phủ",
            "",
            "              Kính gửi:",
            "                          - Các sở, ban, ngành thuộc UBND tỉnh;",
            "                          - Ủy ban nhân dân các xã, phường.",
            "",
            "      Thực hiện Nghị định số 12/2026/NĐ-CP ngày 20 tháng 5 năm 2026 của Chính phủ, Chủ tịch Ủy",
            "ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị triển khai thực hiện các nội dung sau:",
            "      1. Sở Tài chính chủ trì hướng dẫn các cơ quan, đơn vị rà soát tài sản, hoàn thành trước",
            "ngày 30 tháng 9 năm 2026.",
            "",
            "Nơi nhận:                                           KT. CHỦ TỊCH",
            "- Như trên;",
            "- Thường trực Tỉnh ủy (báo cáo);                    PHÓ CHỦ TỊCH",
            "- Lưu: VT, KT.",
            "",
            "",
            "",
            "                                                     Lê Thị Hoa");

        Assert.Equal(DocumentKind.CongVan, r.Document.Kind);
        Assert.Equal("610/UBND-KT", r.Document.Number);
        Assert.Equal(new DateOnly(2026, 7, 9), r.Document.IssuedOn);
        Assert.Equal("Ủy ban nhân dân tỉnh Hòa An", r.Document.Issuer);
        Assert.Equal(new Signer("Lê Thị Hoa", "Phó Chủ tịch", "KT. Chủ tịch"), r.Document.Signer);
        Assert.Equal(["Như trên", "Thường trực Tỉnh ủy (báo cáo)", "Lưu: VT, KT"], r.Document.Recipients);
    }

    /// <summary>A header and a signature block in Word tables (cells as ingest gives a bordered table's rows).</summary>
    [Fact]
    public void A_word_table_header_and_signature_table_give_number_issuer_and_capacity()
    {
        IReadOnlyList<IReadOnlyList<string>> header =
        [
            ["ỦY BAN NHÂN DÂN\nTỈNH GIA LAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
            ["Số: 31/KH-UBND", "Gia Lai, ngày 10 tháng 11 năm 2025"],
        ];
        var doc = DocumentBuilder.WithTable([], header,
            "KẾ HOẠCH", "Thi đua năm 2026", "I. NHIỆM VỤ", "1. Sở Nội vụ tổ chức phát động phong trào thi đua năm 2026.");
        IReadOnlyList<IReadOnlyList<string>> signature = [["Nơi nhận:\n- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình"]];
        var blocks = doc.Blocks.ToList();
        var tableText = string.Join("\n", signature.Select(r => string.Join(" | ", r)));
        blocks.Add(new DirectiveTracker.Ingest.Model.Block(DirectiveTracker.Ingest.Model.BlockKind.Table, tableText, 1, doc.Text.Length + 1, tableText.Length) { Rows = signature });
        doc = doc with { Blocks = blocks, Text = doc.Text + "\n" + tableText };

        var r = new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(doc);

        Assert.Equal("31/KH-UBND", r.Document.Number);
        Assert.Equal("Ủy ban nhân dân tỉnh Gia Lai", r.Document.Issuer);
        Assert.Equal(new DateOnly(2025, 11, 10), r.Document.IssuedOn);
        Assert.Equal("Trần Văn Bình", r.Document.Signer?.Name);
        Assert.Equal("KT. Chủ tịch", r.Document.Signer?.Capacity);
        Assert.Single(r.Tasks);
    }

    [Fact]
    public void A_doi_voi_owner_heading_gives_its_items_their_lead()
    {
        var r = Extract([.. Header, "I. NHIỆM VỤ", "1. Đối với Sở Nội vụ (Ban Thi đua - Khen thưởng):",
            "a) Hướng dẫn các cơ quan, đơn vị đăng ký thi đua năm 2026.", "b) Tổng hợp kết quả thi đua trước ngày 15/12/2026.",
            "2. Đối với Ủy ban nhân dân các xã, phường:", "a) Phát động phong trào thi đua tại địa phương."]);
        Assert.All(r.Tasks.Where(t => t.Path.StartsWith("I.1.", StringComparison.Ordinal)),
            t => Assert.Equal(["Sở Nội vụ (Ban Thi đua - Khen thưởng)"], t.Lead));
        Assert.Equal(2, r.Tasks.Count(t => t.Path.StartsWith("I.1.", StringComparison.Ordinal)));
        Assert.Equal(["Ủy ban nhân dân các xã, phường"], Assert.Single(r.Tasks, t => t.Path == "I.2.a").Lead);
    }

    [Fact]
    public void A_request_de_nghi_makes_the_bodies_it_names_leads()
    {
        var r = Extract([.. Header, "I. NHIỆM VỤ",
            "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Liên đoàn Lao động tỉnh tuyên truyền đến đoàn viên, hội viên."]);
        var task = Assert.Single(r.Tasks);
        Assert.Equal(["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Liên đoàn Lao động tỉnh"], task.Lead);
        Assert.Equal(AssignmentMode.Requested, task.Mode);
    }

    [Theory]
    [InlineData("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh chủ trì tổ chức tiếp xúc cử tri.", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh")]
    [InlineData("Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ chỉ đạo rà soát thủ tục hành chính.", "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ")]
    public void A_conjoined_name_of_one_office_or_group_is_one_lead(string item, string lead)
    {
        var r = Extract([.. Header, "I. NHIỆM VỤ", "1. " + item]);
        Assert.Equal([lead], Assert.Single(r.Tasks).Lead);
    }

    [Fact]
    public void Two_bodies_joined_by_va_stay_two_leads()
    {
        var r = Extract([.. Header, "I. NHIỆM VỤ", "1. Văn phòng Ủy ban nhân dân tỉnh và Hội đồng nhân dân tỉnh theo dõi việc thực hiện."]);
        Assert.Equal(["Văn phòng Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh"], Assert.Single(r.Tasks).Lead);
    }

    [Fact]
    public void Items_under_eligibility_dossier_method_and_funding_headings_are_tasks_only_with_an_owner()
    {
        var r = Extract([.. Header,
            "II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA", "1. Đối tượng thi đua",
            "a) Tập thể: các phòng, ban chuyên môn và đơn vị sự nghiệp trực thuộc.", "b) Cá nhân: cán bộ, công chức, viên chức, người lao động.",
            "2. Nội dung thi đua", "a) Thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao năm 2026.",
            "III. THỦ TỤC, HỒ SƠ KHEN THƯỞNG", "1. Hồ sơ đề nghị khen thưởng",
            "- Tờ trình đề nghị khen thưởng của cơ quan, đơn vị;", "- Biên bản họp xét khen thưởng của Hội đồng Thi đua - Khen thưởng cơ sở;",
            "2. Sở Nội vụ tổng hợp, thẩm định hồ sơ trình Ủy ban nhân dân tỉnh trước ngày 31/3/2027.",
            "IV. NGUỒN VỐN", "1. Nguồn ngân sách tỉnh.", "2. Các nguồn vốn hợp pháp khác.",
            "V. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính bố trí kinh phí khen thưởng năm 2026."]);

        Assert.Equal(["II.2.a", "III.2", "V.1"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void Items_under_participant_and_kinds_headings_are_tasks_only_with_an_owner()
    {
        var r = Extract([.. Header,
            "II. SÀN GIAO DỊCH NÔNG SẢN", "1. Sản phẩm giao dịch trên sàn gồm 03 loại:",
            "a) Lúa gạo được chứng nhận theo tiêu chuẩn VietGAP.", "b) Cà phê nhân xuất khẩu.", "c) Hồ tiêu đạt chuẩn.",
            "2. Chủ thể tham gia sàn giao dịch", "a) Hợp tác xã nông nghiệp có đăng ký kinh doanh.",
            "b) Sở Công Thương hướng dẫn doanh nghiệp đăng ký tham gia sàn trước ngày 30/6/2026.",
            "III. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính bố trí kinh phí vận hành sàn giao dịch."]);

        Assert.Equal(["II.2.b", "III.1"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void An_intro_over_items_that_only_name_texts_is_one_task_with_the_names()
    {
        var r = Extract([.. Header,
            "II. NHIỆM VỤ, GIẢI PHÁP", "1. Hoàn thiện thể chế",
            "- Trong năm 2026 hoàn thành việc lập, trình Ủy ban nhân dân tỉnh phê duyệt các nhiệm vụ:",
            "+ Quy hoạch phát triển mạng lưới chợ thời kỳ 2026 - 2030.", "+ Đề án phát triển thương mại điện tử đến năm 2030.",
            "- Tổ chức thực hiện các nội dung sau:", "+ Đề án phát triển chợ đầu mối (Sở Công Thương chủ trì).",
            "+ Kế hoạch xúc tiến thương mại năm 2027.",
            "III. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch."]);

        Assert.Equal(["II.1.1", "II.1.2.1", "II.1.2.2", "III.1"], r.Tasks.Select(t => t.Path));
        Assert.Contains("Đề án phát triển thương mại điện tử", r.Tasks[0].Text);
    }

    [Fact]
    public void A_funding_sections_own_sentences_give_its_items_no_owner()
    {
        var r = Extract([.. Header,
            "II. NHIỆM VỤ", "1. Sở Công Thương xây dựng sàn giao dịch nông sản trong năm 2026.",
            "III. KINH PHÍ THỰC HIỆN", "Các doanh nghiệp viễn thông trên địa bàn tỉnh chủ động bố trí kinh phí của doanh nghiệp.",
            "Nguồn kinh phí thực hiện được quy định cụ thể như sau:",
            "- Kinh phí khảo sát hạ tầng được bố trí từ nguồn chi thường xuyên của tỉnh.",
            "- Sở Tài chính tham mưu bố trí kinh phí đầu tư hạ tầng dùng chung."]);

        Assert.Equal(["II.1", "III.2"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_named_call_closing_a_section_of_paragraphs_is_no_task()
    {
        var r = Extract([.. Header,
            "I. NHIỆM VỤ", "1. Sở Công Thương xây dựng sàn giao dịch nông sản trong năm 2026.",
            "II. TỔ CHỨC THỰC HIỆN", "Sở Kế hoạch và Đầu tư tổng hợp kết quả thực hiện trình Ủy ban nhân dân tỉnh trong quý 4 năm 2026.",
            "Ủy ban nhân dân tỉnh yêu cầu thủ trưởng các sở, ban, ngành tỉnh và Chủ tịch Ủy ban nhân dân các xã tổ chức thực hiện nghiêm túc kế hoạch này.",
            "Nơi nhận:", "- Như trên;"]);

        Assert.Equal(["I.1", "II"], r.Tasks.Select(t => t.Path));
    }
}
