using System.Text;
using DirectiveTracker.Index.Analysis;

namespace DirectiveTracker.Index.Tests.Analysis;

/// <summary>Each filter alone, on tokens straight from the tokenizer.</summary>
public class FilterTests
{
    private static IEnumerable<Token> Tokenize(string s) => new VietnameseTokenizer().Tokenize(s);

    [Fact]
    public void Normalize_puts_one_tone_placement_and_nfc()
    {
        TokenAssert.AnalyzesTo(s => new NormalizeFilter().Apply(Tokenize(s)), "hoà thuỷ", "hòa", "thủy");
        var nfd = "Nội vụ".Normalize(NormalizationForm.FormD);
        TokenAssert.AnalyzesTo(s => new NormalizeFilter().Apply(Tokenize(s)), nfd, "Nội", "vụ");
    }

    [Fact]
    public void LowerCase_lowers_vietnamese_capitals() =>
        TokenAssert.AnalyzesTo(s => new LowerCaseFilter().Apply(Tokenize(s)), "ĐẢNG ỦY Tỉnh", "đảng", "ủy", "tỉnh");

    [Fact]
    public void Fold_removes_diacritics_and_d_stroke() =>
        TokenAssert.AnalyzesTo(s => new FoldFilter().Apply(Tokenize(s)), "Đẩy mạnh cải cách", "Day", "manh", "cai", "cach");

    [Fact]
    public void Fold_passes_ascii_through_unchanged()
    {
        var t = new Token("abc", 0, 3, TokenType.Word);
        Assert.Same(t, new FoldFilter().Apply([t]).Single());
    }

    [Theory]
    [InlineData("kỹ", "kĩ")]
    [InlineData("lý", "lí")]
    [InlineData("mỹ", "mĩ")]
    [InlineData("quy", "quy")]
    [InlineData("tuỳ", "tuỳ")]
    [InlineData("hay", "hay")]
    [InlineData("y", "y")]
    public void IY_maps_final_y_after_consonants(string word, string expected) =>
        TokenAssert.AnalyzesTo(s => new IYEquivalenceFilter().Apply(Tokenize(s)), word, expected);

    [Fact]
    public void CompoundParts_keeps_whole_then_parts_with_offsets()
    {
        var s = "theo 41-CT/TW";
        var tokens = new CompoundPartsFilter().Apply(Tokenize(s)).ToList();
        TokenAssert.AnalyzesTo(tokens, s, ["theo", "41-CT/TW", "41", "CT", "TW"], [0, 5, 5, 8, 11], [4, 13, 7, 10, 13]);
    }

    [Fact]
    public void Date_becomes_iso_and_parts_lose_leading_zeros()
    {
        var s = "ngày 05/06/2025";
        var tokens = new DateFilter().Apply(new CompoundPartsFilter().Apply(Tokenize(s))).ToList();
        TokenAssert.AnalyzesTo(tokens, s, ["ngày", "2025-06-05", "5", "6", "2025"]);
    }

    [Fact]
    public void Shingles_pair_adjacent_words_but_not_across_punctuation_or_numbers()
    {
        var s = "thi đua, khen thưởng năm 2025 tỉnh";
        var tokens = new ShingleFilter().Apply(Tokenize(s), s).ToList();
        TokenAssert.AnalyzesTo(tokens, s, ["thi_đua", "khen_thưởng", "thưởng_năm"]);
        Assert.Equal("thi đua", s[tokens[0].Start..tokens[0].End]);
    }

    [Fact]
    public void Shingles_reject_a_zero_gap() => Assert.Throws<ArgumentOutOfRangeException>(() => new ShingleFilter(0));
}
