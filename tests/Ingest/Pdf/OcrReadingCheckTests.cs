using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Pdf;

namespace DirectiveTracker.Ingest.Tests.Pdf;

/// <summary>OCR readings of numbers and dates that break their grammar are flagged; good readings and text layers are not.</summary>
public class OcrReadingCheckTests
{
    private static List<IngestWarning> Check(string text, bool ocr = true) =>
        OcrReadingCheck.Check([new RawPage(2, text, ocr)]).ToList();

    [Theory]
    [InlineData("Số: O12/KH-UBND", "số văn bản")]
    [InlineData("Đồng Tháp, ngày 3l tháng 3 năm 2025", "ngày tháng có chữ")]
    [InlineData("Đồng Tháp, ngày 12 tháng 13 năm 2025", "tháng không hợp lệ")]
    [InlineData("Đồng Tháp, ngày 32 tháng 3 năm 2025", "ngày không hợp lệ")]
    [InlineData("Đồng Tháp, ngày 12 tháng 3 năm 2O25", "ngày tháng có chữ")]
    [InlineData("Đồng Tháp, ngày 12 tháng 3 năm 1025", "năm không hợp lệ")]
    public void A_reading_that_breaks_its_grammar_is_flagged_with_its_page(string text, string why)
    {
        var warning = Assert.Single(Check(text));
        Assert.Equal("ocr-suspicious", warning.Code);
        Assert.Equal(2, warning.Page);
        Assert.Contains(why, warning.Message);
        Assert.StartsWith("Trang 2: ", warning.Message);
    }

    [Theory]
    [InlineData("Số: 012/KH-UBND\nĐồng Tháp, ngày 12 tháng 3 năm 2025")]
    [InlineData("Số: 556/KH-UBND ngày 05 tháng 01 năm 2024")]
    public void A_reading_that_fits_the_grammar_is_not_flagged(string text) => Assert.Empty(Check(text));

    [Fact]
    public void A_text_layer_page_is_not_checked() => Assert.Empty(Check("Số: O12/KH-UBND, ngày 12 tháng 13 năm 2025", ocr: false));
}
