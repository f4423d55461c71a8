using DirectiveTracker.Ingest.Pdf;

namespace DirectiveTracker.Ingest.Tests.Pdf;

public class TextLayerQualityTests
{
    [Theory]
    [InlineData("Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì thực hiện kế hoạch.", true)]
    [InlineData("thùc hiÖn kÕ ho¹ch vÒ c«ng t¸c thi ®ua cña c¸c c¬ quan", true)]   // TCVN3 codes: converted later, not OCR'd
    [InlineData("  \n 12 \n", false)]                                                // a scan with a stray page number
    [InlineData("", false)]
    [InlineData("\uE011\uE022\uE033\uE044 \uE055\uE066\uE077\uE011\uE022\uE033 \uE044\uE055\uE066\uE077 Ủy ban nhân dân tỉnh giao", false)] // fonts without a Unicode map
    [InlineData("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD giao Sở Nội vụ chủ trì", false)]
    [InlineData("Ѐ Ё Ђ Ѓ Є Ѕ І Ї Ј Љ Њ Ћ Ќ Ѝ Ў Џ Sở Nội vụ chủ trì", false)]         // glyph ids read as another script
    public void Usable_text_layers(string text, bool usable) =>
        Assert.Equal(usable, TextLayerQuality.IsUsable(text, minLetters: 20));
}
