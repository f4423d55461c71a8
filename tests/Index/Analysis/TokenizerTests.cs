using System.Text;
using DirectiveTracker.Index.Analysis;

namespace DirectiveTracker.Index.Tests.Analysis;

public class TokenizerTests
{
    private static IReadOnlyList<Token> Tokens(string s) => new VietnameseTokenizer().Tokenize(s).ToList();

    [Fact]
    public void Splits_syllables_with_offsets()
    {
        var s = "Sở Nội vụ, Đảng ủy.";
        TokenAssert.AnalyzesTo(Tokens(s), s, ["Sở", "Nội", "vụ", "Đảng", "ủy"], [0, 3, 7, 11, 16], [2, 6, 9, 15, 18]);
    }

    [Theory]
    [InlineData("thực hiện 41-CT/TW của", "41-CT/TW", TokenType.DocumentNumber)]
    [InlineData("Kế hoạch 29/KH-UBND ngày", "29/KH-UBND", TokenType.DocumentNumber)]
    [InlineData("Nghị định 98/2023/NĐ-CP.", "98/2023/NĐ-CP", TokenType.DocumentNumber)]
    [InlineData("trước ngày 30/6/2025.", "30/6/2025", TokenType.Date)]
    [InlineData("hạn 2025-06-30 nhé", "2025-06-30", TokenType.Date)]
    public void Keeps_compounds_whole(string text, string whole, TokenType type)
    {
        var tokens = Tokens(text);
        TokenAssert.CheckInvariants(tokens, text);
        var t = Assert.Single(tokens, x => x.Text == whole);
        Assert.Equal(type, t.Type);
        Assert.Equal(whole, text[t.Start..t.End]);
    }

    [Fact]
    public void Sentence_dot_and_letter_dashes_do_not_glue()
    {
        var s = "năm 2025. Sở Thi đua-Khen thưởng";
        TokenAssert.AnalyzesTo(Tokens(s), s, ["năm", "2025", "Sở", "Thi", "đua", "Khen", "thưởng"]);
    }

    [Fact]
    public void Decomposed_text_keeps_marks_in_the_syllable()
    {
        var nfd = "Sở Nội vụ".Normalize(NormalizationForm.FormD);
        var tokens = Tokens(nfd);
        TokenAssert.CheckInvariants(tokens, nfd);
        Assert.Equal(3, tokens.Count);
        Assert.Equal(nfd.Length, tokens[^1].End);
    }

    [Fact]
    public void Random_text_keeps_invariants()
    {
        var rng = new Random(41);
        const string alphabet = "aăâđêôơưáàảãạ AĐƠ0123456789/-.,;:()\"\n\u0301\u0323";
        for (int run = 0; run < 300; run++)
        {
            var chars = new char[rng.Next(0, 80)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[rng.Next(alphabet.Length)];
            var s = new string(chars);
            TokenAssert.CheckInvariants(VietnameseAnalyzer.Default.Analyze(s).Folded, s);
            TokenAssert.CheckInvariants(VietnameseAnalyzer.Default.Analyze(s).Exact, s);
        }
    }
}
