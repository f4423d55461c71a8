using System.Text;

namespace DirectiveTracker.Ingest.Tests;

/// <summary>An OCR's or converter's page marker on a line of its own ends a page: the paragraph it falls inside goes on after it.</summary>
public class PageMarkerTests
{
    private static readonly DocumentIngestor Ingestor = IngestServices.CreateDefault();

    [Theory]
    [InlineData("--- PAGE BREAK ---")]
    [InlineData("=== Trang 2 ===")]
    public async Task A_page_marker_inside_a_list_item_leaves_the_item_whole(string marker)
    {
        var text = string.Join("\n",
            "KẾ HOẠCH", "Phát triển du lịch năm 2026", "", "II. NHIỆM VỤ", "",
            "1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành xây dựng chương trình quảng bá du lịch,",
            "báo cáo Ủy ban nhân dân", "", "", marker, "", "tỉnh trong tháng 6 năm 2026.", "",
            "2. Sở Tài chính bố trí kinh phí thực hiện.");
        var doc = await Ingestor.IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "kehoach.txt");
        Assert.DoesNotContain(marker, doc.Text);
        Assert.Contains("báo cáo Ủy ban nhân dân tỉnh trong tháng 6 năm 2026.", doc.Text);
    }
}
