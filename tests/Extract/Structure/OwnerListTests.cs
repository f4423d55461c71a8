using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// A heading over a group of bodies, its bullets each naming one body (with its scope in parentheses), then lettered
/// items (corpus/EXTRACTION.md, "Owner lists"): the bullets are no tasks; they lead every lettered item below.
/// </summary>
public class OwnerListTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    private static readonly string[] Head =
        ["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN", "CHỈ THỊ", "Về tăng cường quản lý công trình thủy lợi", "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:"];

    [Fact]
    public void Bodies_listed_under_a_group_heading_lead_the_lettered_items()
    {
        var r = Extract([.. Head,
            "1. Các sở quản lý chuyên ngành",
            "Giao các sở quản lý chuyên ngành theo lĩnh vực gồm:",
            "- Sở Nông nghiệp và Môi trường (đối với công trình thủy lợi, đê điều);",
            "- Sở Xây dựng (đối với hạ tầng giao thông, cấp nước đô thị).",
            "Có trách nhiệm:",
            "a) Chủ trì rà soát, thống kê các công trình thuộc phạm vi quản lý.",
            "b) Hướng dẫn các đơn vị quản lý khai thác lập hồ sơ công trình.",
            "2. Sở Tài chính tổng hợp kinh phí bảo trì công trình."]);
        Assert.Equal(["1.a", "1.b", "2"], r.Tasks.Select(t => t.Path));
        Assert.Equal(["Sở Nông nghiệp và Môi trường", "Sở Xây dựng"], r.Tasks[0].Lead);
        Assert.Equal(["Sở Nông nghiệp và Môi trường", "Sở Xây dựng"], r.Tasks[1].Lead);
    }

    [Fact]
    public void Bullets_that_say_what_to_do_stay_tasks()
    {
        var r = Extract([.. Head,
            "1. Các sở quản lý chuyên ngành",
            "- Sở Nông nghiệp và Môi trường rà soát công trình thủy lợi;",
            "- Sở Xây dựng rà soát hạ tầng giao thông.",
            "a) Chủ trì rà soát, thống kê các công trình thuộc phạm vi quản lý."]);
        Assert.Equal(["1.1", "1.2", "1.a"], r.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void Bodies_without_lettered_items_below_stay_as_they_were()
    {
        var r = Extract([.. Head,
            "1. Tổ chức kiểm tra công trình thủy lợi trước mùa mưa lũ, gồm các đơn vị:",
            "- Sở Nông nghiệp và Môi trường;",
            "- Sở Xây dựng.",
            "2. Sở Tài chính tổng hợp kinh phí bảo trì công trình."]);
        Assert.DoesNotContain(r.Tasks, t => t.Path == "1.a");
        Assert.Contains(r.Tasks, t => t.Path == "2");
    }

    [Theory]
    [InlineData("II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI CHÍNH")]
    [InlineData("II. Nhiệm vụ của Bộ Tài chính")]
    public void A_section_titled_by_whose_tasks_it_holds_names_the_lead_of_items_without_one(string title)
    {
        var r = Extract("BỘ TÀI CHÍNH", "Số: 45/KH-BTC", "KẾ HOẠCH", "Triển khai Chỉ thị số 13/CT-TTg",
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Bảo đảm triển khai kịp thời.",
            title,
            "1. Chủ trì, phối hợp với các Bộ, cơ quan liên quan xây dựng Nghị định về quản lý giá.",
            "2. Kho bạc Nhà nước hướng dẫn thủ tục thanh toán trước ngày 30/9/2026.");
        Assert.Equal(["II.1", "II.2"], r.Tasks.Select(t => t.Path));
        Assert.True(DirectiveTracker.Extract.Scoring.MatchText.NamesMatch("Bộ Tài chính", Assert.Single(r.Tasks[0].Lead)));
        Assert.Equal(["Kho bạc Nhà nước"], r.Tasks[1].Lead);
    }
}
