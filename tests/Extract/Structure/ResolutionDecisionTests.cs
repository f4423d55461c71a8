using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// A Party resolution's numbered decisions ("Thông qua …", "Cơ bản thống nhất …", "Đồng ý …") decide and assign nothing
/// (corpus/EXTRACTION.md, "Tasks"): a decision is a task only through the "Giao <owner> …" paragraph under it.
/// </summary>
public class ResolutionDecisionTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    private static readonly string[] Resolution =
    [
        "BAN CHẤP HÀNH TRUNG ƯƠNG", "Số 61-NQ/TW", "NGHỊ QUYẾT", "HỘI NGHỊ LẦN THỨ MƯỜI HAI",
        "Ban Chấp hành Trung ương quyết nghị:",
        "1. Thông qua nội dung cơ bản các dự thảo báo cáo chính trị.",
        "Giao Bộ Chính trị căn cứ ý kiến thảo luận của Trung ương để chỉ đạo hoàn thiện các dự thảo báo cáo.",
        "2. Cho ý kiến về giới thiệu nhân sự bổ sung quy hoạch.",
        "3. Thống nhất chủ trương sửa đổi quy chế làm việc; bảo đảm hoàn thành trước ngày 30/9/2026.",
        "Giao Đảng ủy Quốc hội lãnh đạo việc sửa đổi quy chế làm việc.",
        "4. Đồng ý để đồng chí Nguyễn Văn A thôi giữ chức Ủy viên.",
    ];

    [Fact]
    public void Only_decisions_with_a_giao_paragraph_are_tasks_led_by_its_owner()
    {
        var r = Extract(Resolution);
        Assert.Equal(["1", "3"], r.Tasks.Select(t => t.Path));
        Assert.Equal(["Bộ Chính trị"], r.Tasks[0].Lead);
        Assert.Equal(["Đảng ủy Quốc hội"], r.Tasks[1].Lead);
        Assert.Equal(AssignmentMode.Assigned, r.Tasks[1].Mode);
    }

    [Fact]
    public void A_last_decision_without_giao_leaves_the_task_before_it_and_the_closing_paragraph_alone()
    {
        var r = Extract([.. Resolution, "Ban Chấp hành Trung ương yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện tốt Nghị quyết này."]);
        Assert.StartsWith("3. Thống nhất chủ trương", "3. " + r.Tasks[1].Text);
        Assert.Equal(3, r.Tasks.Count);
    }

    [Fact]
    public void A_standing_committee_s_tan_thanh_decides_like_co_ban_thong_nhat()
    {
        var r = Extract("ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Số: 512/NQ-UBTVQH15", "NGHỊ QUYẾT", "VỀ KẾT QUẢ GIÁM SÁT CHÍNH SÁCH HỖ TRỢ NHÀ Ở",
            "Điều 1.", "Tán thành cơ bản nội dung Báo cáo kết quả giám sát của Đoàn giám sát về chính sách hỗ trợ nhà ở cho hộ nghèo.",
            "Điều 2.", "Ủy ban thường vụ Quốc hội yêu cầu Chính phủ thực hiện các nhiệm vụ sau:",
            "1. Sửa đổi chính sách hỗ trợ nhà ở cho hộ nghèo trong năm 2027.");
        Assert.DoesNotContain(r.Tasks, t => t.Text.StartsWith("Tán thành", StringComparison.Ordinal));
        Assert.Contains(r.Tasks, t => t.Text.StartsWith("Sửa đổi chính sách", StringComparison.Ordinal));
    }

    [Fact]
    public void A_closing_appeal_is_no_task()
    {
        var r = Extract([.. Resolution, "Ban Chấp hành Trung ương kêu gọi toàn Đảng, toàn dân đoàn kết, thực hiện thắng lợi Nghị quyết."]);
        Assert.Equal(["1", "3"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void Several_giao_paragraphs_under_one_decision_are_tasks_of_their_own()
    {
        var r = Extract(
            "BAN CHẤP HÀNH TRUNG ƯƠNG", "Số 62-NQ/TW", "NGHỊ QUYẾT", "HỘI NGHỊ LẦN THỨ MƯỜI BA",
            "Ban Chấp hành Trung ương quyết nghị:",
            "1. Cơ bản thống nhất chủ trương sắp xếp các cơ quan báo chí như sau:",
            // Listed points as pandoc's Markdown escapes them: paragraphs, not items.
            "\\- Về báo chí trung ương: Đồng ý giảm đầu mối các tạp chí.",
            "\\- Về báo chí địa phương: Đồng ý hợp nhất báo và đài cấp tỉnh.",
            "Giao Bộ Chính trị căn cứ ý kiến thảo luận của Trung ương để chỉ đạo hoàn thiện đề án.",
            "Giao Đảng ủy Chính phủ chỉ đạo rà soát cơ chế tài chính của các cơ quan báo chí.",
            "2. Đồng ý để đồng chí Trần Văn B thôi tham gia Ban Chấp hành Trung ương.");
        Assert.Equal(["1.3", "1.4"], r.Tasks.Select(t => t.Path));
        Assert.Equal(["Bộ Chính trị"], r.Tasks[0].Lead);
        Assert.Equal(["Đảng ủy Chính phủ"], r.Tasks[1].Lead);
        Assert.StartsWith("Giao Đảng ủy Chính phủ", r.Tasks[1].Text, StringComparison.Ordinal);
    }
}
