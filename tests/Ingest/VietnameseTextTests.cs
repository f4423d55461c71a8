using System.Text;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Ingest.Tests;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("Sở Tài chính", 3)]
    [InlineData("  Sở\tTài\n\nchính  chủ trì ", 5)]
    public void WordCount_counts_runs_between_white_space(string text, int words) =>
        Assert.Equal(words, VietnameseText.WordCount(text));

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("uỷ ban", "ủy ban")]
    [InlineData("Thuỷ", "Thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("qúy", "quý")]
    [InlineData("Hoá", "Hóa")]
    public void Old_and_new_tone_placement_compare_equal(string a, string b)
    {
        Assert.Equal(VietnameseText.Canonical(b), VietnameseText.Canonical(a));
        Assert.True(VietnameseText.SameText(a, b));
    }

    [Theory]
    [InlineData("người")]
    [InlineData("giường")]
    [InlineData("khuyến")]
    [InlineData("hoàn")]
    [InlineData("gì")]
    [InlineData("thuở")]
    [InlineData("cứu")]
    [InlineData("Nghị quyết")]
    public void Canonical_keeps_correctly_placed_tones(string word) =>
        Assert.Equal(word, VietnameseText.Canonical(word));

    [Fact]
    public void Decomposed_text_normalises_to_precomposed()
    {
        var nfd = "Sở Nội vụ".Normalize(NormalizationForm.FormD);
        Assert.Equal("Sở Nội vụ", VietnameseText.Normalize(nfd));
    }

    [Fact]
    public void Eth_becomes_D_with_stroke() => Assert.Equal("Đảng", VietnameseText.Normalize("\u00D0ảng"));

    // A PDF font that maps its "ư" glyph to LATIN LETTER OI gives "Thƣơng", "NGƢỜI": read as the ư meant.
    [Theory]
    [InlineData("Sở Công Th\u01A3\u01A1ng", "Sở Công Thương")]
    [InlineData("đề nghị địa ph\u01A3\u01A1ng căn cứ", "đề nghị địa phương căn cứ")]
    [InlineData("NG\u01A2ỜI LAO ĐỘNG", "NGƯỜI LAO ĐỘNG")]
    public void Latin_oi_from_a_pdf_font_becomes_u_with_horn(string written, string meant)
    {
        Assert.Equal(meant, VietnameseText.Normalize(written));
        Assert.Equal(VietnameseText.Fold(meant), VietnameseText.Fold(written));
    }

    [Fact]
    public void Spaces_and_hyphens_are_unified() =>
        Assert.Equal("a b-c", VietnameseText.Normalize("a\u00A0b\u2011c\u200B"));

    [Theory]
    [InlineData("Đảng ủy", "Dang uy")]
    [InlineData("Sở Nội vụ", "So Noi vu")]
    [InlineData("41-CT/TW", "41-CT/TW")]
    public void Fold_removes_all_diacritics(string text, string folded) =>
        Assert.Equal(folded, VietnameseText.Fold(text));

    [Theory]
    [InlineData("phố", "phô")]
    [InlineData("thị trấn", "thi trân")]
    [InlineData("Hạ Long", "Ha Long")]
    [InlineData("đường", "đương")]
    [InlineData("ưu tiên", "ưu tiên")]
    [InlineData("41-CT/TW", "41-CT/TW")]
    public void WithoutTone_keeps_each_vowels_own_marks(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.WithoutTone(text));

    [Fact]
    public void Remembered_word_forms_stay_right_when_the_cache_fills_and_is_cleared()
    {
        // The single-word cache holds 50,000 entries; 60,000 distinct words make it clear itself at least once.
        for (int n = 0; n < 60_000; n++) VietnameseText.Fold("Hoà" + n);
        Assert.Equal("Hoa59999", VietnameseText.Fold("Hoà59999"));
        Assert.Equal("hòa", VietnameseText.ComparisonKey("Hoà"));
        Assert.Equal(VietnameseText.ComparisonKey("Thủy"), VietnameseText.ComparisonKey("THUỶ"));
        Assert.Equal("Quý", VietnameseText.Canonical("Qúy"));
        // A long or multi-word text is computed, not remembered, and agrees with its words.
        Assert.Equal("so noi vu tinh thai binh", VietnameseText.Fold("Sở Nội vụ tỉnh Thái Bình").ToLowerInvariant());
    }
}
