using System.Text;
using DirectiveTracker.Index.Analysis;

namespace DirectiveTracker.Index.Tests.Analysis;

public class AnalyzerTests
{
    private static readonly VietnameseAnalyzer A = VietnameseAnalyzer.Default;

    [Fact]
    public void Exact_and_folded_fields()
    {
        var s = "Sở Nội vụ và Đảng ủy";
        var a = A.Analyze(s);
        TokenAssert.AnalyzesTo(a.Exact, s, ["sở", "nội", "vụ", "và", "đảng", "ủy"]);
        TokenAssert.AnalyzesTo(a.Folded, s, ["so", "noi", "vu", "va", "dang", "uy"]);
        TokenAssert.AnalyzesTo(a.Bigrams, s, ["so_noi", "noi_vu", "vu_va", "va_dang", "dang_uy"]);
    }

    [Fact]
    public void Old_and_new_tone_placement_and_nfd_analyse_alike()
    {
        Assert.Equal(A.Analyze("hòa thủy").ExactTerms, A.Analyze("hoà thuỷ").ExactTerms);
        var nfc = "Ủy ban nhân dân tỉnh";
        Assert.Equal(A.Analyze(nfc).ExactTerms, A.Analyze(nfc.Normalize(NormalizationForm.FormD)).ExactTerms);
    }

    [Fact]
    public void Document_number_index_terms()
    {
        Assert.Equal("thực hiện 41_ct_tw 41 ct tw", A.Analyze("Thực hiện 41-CT/TW").ExactTerms);
        Assert.Equal("98_2023_nd_cp 98 2023 nd cp", A.Analyze("98/2023/NĐ-CP").FoldedTerms);
    }

    [Fact]
    public void IY_equivalence_can_be_turned_off()
    {
        Assert.Equal(A.Analyze("kĩ thuật").FoldedTerms, A.Analyze("kỹ thuật").FoldedTerms);
        var strict = new VietnameseAnalyzer(new AnalyzerOptions { IYEquivalence = false });
        Assert.NotEqual(strict.Analyze("kĩ").ExactTerms, strict.Analyze("kỹ").ExactTerms);
    }
}
