using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>A strategy's "NGUỒN LỰC THỰC HIỆN" is its funding section: only items that name an owner are tasks (EXTRACTION.md "Tasks").</summary>
public class StrategyResourcesTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    [Fact]
    public void A_strategys_resources_section_gives_only_the_items_that_name_an_owner()
    {
        var r = Extract([
            "THỦ TƯỚNG CHÍNH PHỦ", "Số: 45/QĐ-TTg", "Hà Nội, ngày 9 tháng 3 năm 2025", "QUYẾT ĐỊNH",
            "PHÊ DUYỆT CHIẾN LƯỢC PHÁT TRIỂN NGÀNH THỦY SẢN ĐẾN NĂM 2035", "QUYẾT ĐỊNH:",
            "Điều 1. Phê duyệt Chiến lược phát triển ngành thủy sản đến năm 2035 với những nội dung chủ yếu sau:",
            "I. NHIỆM VỤ VÀ GIẢI PHÁP", "1. Hiện đại hóa đội tàu khai thác xa bờ.",
            "II. NGUỒN LỰC THỰC HIỆN",
            "1. Các bộ, ngành và địa phương căn cứ nhiệm vụ nêu trong Chiến lược để lập dự toán kinh phí hằng năm.",
            "2. Đẩy mạnh huy động các nguồn lực tài chính từ các tổ chức, cá nhân trong và ngoài nước.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]);
        Assert.Contains(r.Tasks, t => t.Path == "I.1");
        Assert.Contains(r.Tasks, t => t.Path == "II.1");
        Assert.DoesNotContain(r.Tasks, t => t.Path == "II.2");
    }
}
