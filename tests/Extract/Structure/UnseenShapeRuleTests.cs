using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// Shapes of Vietnamese administrative writing that the blind set realdocs13 showed the extractor missing (issue 10),
/// each on an example made for it: officials named by title in a decision's articles, a ministry's request letter that
/// quotes a circular, an OCR-damaged header, and signatures the layout mixed with the distribution list.
/// </summary>
public class UnseenShapeRuleTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    private static readonly string[] DecisionHeader =
        ["UBND TỈNH HÀ GIANG", "SỞ Y TẾ", "Số: 412/QĐ-SYT", "Hà Giang, ngày 12 tháng 5 năm 2026", "QUYẾT ĐỊNH",
         "Về việc giao nhiệm vụ kiểm tra an toàn thực phẩm", "GIÁM ĐỐC SỞ Y TẾ TỈNH HÀ GIANG",
         "Căn cứ Luật An toàn thực phẩm ngày 17/6/2010;", "QUYẾT ĐỊNH:"];

    [Fact]
    public void A_decision_assigning_its_own_staff_names_officials_by_title_as_leads()
    {
        var r = Extract([.. DecisionHeader,
            "Điều 1. Giao nhiệm vụ kiểm tra an toàn thực phẩm",
            "Giao nhiệm vụ cho Phó Trưởng phòng được phân công phụ trách lĩnh vực an toàn thực phẩm và Chuyên viên thuộc Phòng Nghiệp vụ khi kiểm tra các cơ sở kinh doanh thực phẩm có thẩm quyền lập biên bản vi phạm.",
            "Điều 2. Trách nhiệm của Phó Trưởng phòng được phân công phụ trách lĩnh vực an toàn thực phẩm và Chuyên viên được giao nhiệm vụ",
            "1. Việc kiểm tra phải tuân thủ đúng trình tự, thủ tục theo quy định của pháp luật.",
            "2. Sau mỗi đợt kiểm tra, có trách nhiệm báo cáo Trưởng phòng Nghiệp vụ kết quả kiểm tra.",
            "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            "Điều 4. Chánh Văn phòng Sở, Trưởng phòng Nghiệp vụ chịu trách nhiệm thi hành Quyết định này./."]);
        Assert.Equal(["1", "2.1", "2.2"], r.Tasks.Select(t => t.Path).Order(StringComparer.Ordinal));
        Assert.Equal(["Phó Trưởng phòng được phân công phụ trách lĩnh vực an toàn thực phẩm", "Chuyên viên thuộc Phòng Nghiệp vụ"],
            r.Tasks.Single(t => t.Path == "1").Lead);
        Assert.All(r.Tasks.Where(t => t.Path.StartsWith("2.", StringComparison.Ordinal)), t => Assert.Equal(
            ["Phó Trưởng phòng được phân công phụ trách lĩnh vực an toàn thực phẩm", "Chuyên viên được giao nhiệm vụ"], t.Lead));
        Assert.All(r.Tasks, t => Assert.Equal(AssignmentMode.Assigned, t.Mode));
    }

    [Fact]
    public void A_request_letter_quoting_a_circular_asks_the_bodies_it_names_and_its_quotes_and_note_are_no_tasks()
    {
        var r = Extract("BỘ Y TẾ CỘNG HOÀ XÃ : HỘ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "sẽ. 6 Đ5YT-KCB : ChẾP =", "V/v triển khai Thông tư số 09/2026/TT-BYT", "Hà Nội, ngày tháng năm 2026",
            "Kính gửi: Sở Y tế các tỉnh, thành phố",
            "Ngày 10 tháng 3 năm 2026, Bộ Y tế ban hành Thông tư số 09/2026/TT-BYT, cụ thể:",
            "- Khoản 1 Điều 4 của Thông tư số 09/2026/TT-BYT quy định: “Sở Y tế cấp giấy phép hoạt động cho phòng khám”.",
            "- Điều 12 Thông tư số 09/2026/TT-BYT về hiệu lực thi hành: Thông tư có hiệu lực từ ngày 01/5/2026.",
            "Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố hướng dẫn các cơ sở khám bệnh thực hiện và phối hợp với cơ quan liên quan kiểm tra việc cấp giấy phép theo đúng quy định./.",
            "(Mẫu hồ sơ cấp giấy phép được ban hành kèm theo Quyết định số 120/QĐ-BYT đính kèm).",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT, KCB.", "Nguyễn Văn An");
        var task = Assert.Single(r.Tasks);
        Assert.Equal(["Sở Y tế các tỉnh, thành phố"], task.Lead);
        Assert.Equal(AssignmentMode.Requested, task.Mode);
        Assert.Equal("Bộ Y tế", r.Document.Issuer);
        Assert.Equal(DocumentKind.CongVan, r.Document.Kind);
        Assert.Equal(new Signer("Nguyễn Văn An", null, null), r.Document.Signer);
    }

    [Fact]
    public void A_bare_call_with_the_difficulties_notice_after_a_semicolon_is_no_task()
    {
        var r = Extract("SỞ XÂY DỰNG", "Số: 88/SXD-QLN", "V/v thực hiện quy định sau khi được cấp phép",
            "Sở Xây dựng yêu cầu Công ty Cổ phần Xây dựng Minh Phát thực hiện các nội dung sau:",
            "1. Lập hồ sơ hoàn công công trình theo quy định.",
            "Sở Xây dựng yêu cầu Công ty Cổ phần Xây dựng Minh Phát nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn vướng mắc kịp thời phản ánh về Sở Xây dựng để được hướng dẫn./.");
        Assert.Equal(["1"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_recipient_item_wrapped_over_lines_beside_the_signature_keeps_the_name_under_the_list()
    {
        var info = Extract("SỞ TÀI CHÍNH", "Số: 41/STC-NS", "V/v lập dự toán ngân sách năm 2027",
            "1. Phòng Ngân sách tổng hợp dự toán của các đơn vị trước ngày 15/5/2026.",
            "Nơi nhận: KT. GIÁM ĐỐC", "- Như trên;", "PHÓ GIÁM ĐỐC", "- Các Sở, ngành: Xây dựng, Công Thương,",
            "Nội vụ, Thanh tra tỉnh,", "Công an tỉnh (p/h);", "- Lưu: VT.", "Trần Văn Bình 3 Theo hướng dẫn tại Thông tư số 10/2025/TT-BTC.").Document;
        Assert.Equal(new Signer("Trần Văn Bình", "Phó Giám đốc", "KT. Giám đốc"), info.Signer);
    }
}
