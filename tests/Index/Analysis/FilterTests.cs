using System.Text;
using DirectiveTracker.Index.Analysis;
using Lucene.Net.Analysis;
using Token = DirectiveTracker.Index.Analysis.Token;

namespace DirectiveTracker.Index.Tests.Analysis;

/// <summary>Each Lucene filter alone, on tokens straight from the syllable tokenizer (tiny analyzers declared here).</summary>
public class FilterTests
{
    /// <summary>The tokenizer followed by the filters <paramref name="chain"/> adds.</summary>
    private sealed class Chain(Func<TokenStream, TokenStream> chain) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new SyllableTokenizer(reader);
            return new TokenStreamComponents(source, chain(source));
        }
    }

    private static Func<string, IEnumerable<Token>> With(Func<TokenStream, TokenStream> chain)
    {
        var analyzer = new Chain(chain);
        return s => VietnameseAnalyzer.Tokens(analyzer, s).ToList();
    }

    [Fact]
    public void Canonical_form_puts_one_tone_placement_and_nfc()
    {
        TokenAssert.AnalyzesTo(With(s => new CanonicalFormFilter(s)), "hoà thuỷ", "hòa", "thủy");
        var nfd = "Nội vụ".Normalize(NormalizationForm.FormD);
        TokenAssert.AnalyzesTo(With(s => new CanonicalFormFilter(s)), nfd, "Nội", "vụ");
    }

    [Fact]
    public void LowerCase_lowers_vietnamese_capitals() =>
        TokenAssert.AnalyzesTo(With(s => new Lucene.Net.Analysis.Core.LowerCaseFilter(Lucene.Net.Util.LuceneVersion.LUCENE_48, s)), "ĐẢNG ỦY Tỉnh", "đảng", "ủy", "tỉnh");

    [Fact]
    public void Fold_removes_diacritics_and_d_stroke() =>
        TokenAssert.AnalyzesTo(With(s => new FoldFilter(s)), "Đẩy mạnh cải cách", "Day", "manh", "cai", "cach");

    [Fact]
    public void Fold_needs_canonical_form_first_for_decomposed_input()
    {
        var nfd = "Đảng ủy".Normalize(NormalizationForm.FormD);
        TokenAssert.AnalyzesTo(With(s => new FoldFilter(new CanonicalFormFilter(s))), nfd, "Dang", "uy");
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
        TokenAssert.AnalyzesTo(With(s => new IYEquivalenceFilter(s)), word, expected);

    [Fact]
    public void CompoundParts_keeps_whole_then_parts_with_offsets()
    {
        var s = "theo 41-CT/TW";
        var tokens = With(x => new CompoundPartsFilter(x))(s).ToList();
        TokenAssert.AnalyzesTo(tokens, s, ["theo", "41-CT/TW", "41", "CT", "TW"], [0, 5, 5, 8, 11], [4, 13, 7, 10, 13]);
        Assert.Equal([TokenType.Word, TokenType.DocumentNumber, TokenType.Part, TokenType.Part, TokenType.Part], tokens.Select(t => t.Type));
    }

    [Fact]
    public void Date_becomes_iso_and_parts_lose_leading_zeros()
    {
        var s = "ngày 05/06/2025";
        TokenAssert.AnalyzesTo(With(x => new DateFilter(new CompoundPartsFilter(x))), s, "ngày", "2025-06-05", "5", "6", "2025");
    }

    [Fact]
    public void Bigrams_pair_adjacent_words_but_not_across_punctuation_or_numbers()
    {
        var s = "thi đua, khen thưởng năm 2025 tỉnh";
        var tokens = With(x => new SyllableBigramFilter(x))(s).ToList();
        TokenAssert.AnalyzesTo(tokens, s, ["thi_đua", "khen_thưởng", "thưởng_năm"]);
        Assert.Equal("thi đua", s[tokens[0].Start..tokens[0].End]);
    }

    [Fact]
    public void Bigrams_reject_a_zero_gap() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => With(x => new SyllableBigramFilter(x, 0))("a b"));

    [Fact]
    public void A_stream_is_reused_cleanly_after_an_early_stop()
    {
        var analyzer = VietnameseAnalyzer.Default.For(TextFieldKind.Folded);
        Assert.Equal("41", VietnameseAnalyzer.Tokens(analyzer, "41-CT/TW mot hai").Skip(1).First().Text);
        Assert.Equal(["ba", "bon"], VietnameseAnalyzer.Tokens(analyzer, "ba bốn").Select(t => t.Text));
    }
}
