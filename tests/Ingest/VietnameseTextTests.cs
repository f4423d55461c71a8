using System.Text;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Ingest.Tests;

public class VietnameseTextTests
{
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

    [Fact]
    public void Spaces_and_hyphens_are_unified() =>
        Assert.Equal("a b-c", VietnameseText.Normalize("a\u00A0b\u2011c\u200B"));

    [Theory]
    [InlineData("Đảng ủy", "Dang uy")]
    [InlineData("Sở Nội vụ", "So Noi vu")]
    [InlineData("41-CT/TW", "41-CT/TW")]
    public void Fold_removes_all_diacritics(string text, string folded) =>
        Assert.Equal(folded, VietnameseText.Fold(text));
}
