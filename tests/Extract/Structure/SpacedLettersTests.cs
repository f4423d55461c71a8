using DirectiveTracker.Extract.Metadata;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>Letter-spaced header and signature lines (corpus/EXTRACTION.md, "headers as they arrive"), on examples made for it.</summary>
public class SpacedLettersTests
{
    [Theory]
    [InlineData("ỦY B AN NHÂN D Â N T ỈNH Q UẢNG N GÃI", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")]
    [InlineData("T HÀNH P HỐ ĐÀ N ẴNG", "THÀNH PHỐ ĐÀ NẴNG")]
    [InlineData("Q uảng N gãi, ngày 12 tháng 3 năm 2026", "Quảng Ngãi, ngày 12 tháng 3 năm 2026")]
    [InlineData("Số: 45/QĐ - U B ND", "Số: 45/QĐ - UBND")]
    [InlineData("Tr ầ n V ăn Bì nh", "Trần Văn Bình")]
    [InlineData("P HÓ CHỦ T Ị CH", "PHÓ CHỦ TỊCH")]
    public void A_letter_spaced_line_gets_its_words_back(string line, string expected) =>
        Assert.Equal(expected, SpacedLetters.Rejoin(line));

    [Theory]
    [InlineData("Hỗ trợ theo Điểm a Khoản 2 Điều 2 Quyết định này")]
    [InlineData("Trần Văn Bình")]
    [InlineData("Quý I năm 2026, loại A")]
    public void Ordinary_text_keeps_its_spaces(string line) => Assert.Equal(line, SpacedLetters.Rejoin(line));

    [Fact]
    public void A_letter_spaced_header_and_signature_give_every_field()
    {
        var r = new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(
            "ỦY B AN NHÂN D Â N", "T ỈNH Q UẢNG N GÃI", "Số: 45/KH - U B ND", "Q uảng N gãi, ngày 12 tháng 3 năm 2026",
            "KẾ HOẠCH", "Phòng chống thiên tai năm 2026", "I. NHIỆM VỤ", "1. Sở Nông nghiệp và Môi trường rà soát các điểm sạt lở.",
            "KT. CHỦ T Ị CH", "P HÓ CHỦ T Ị CH", "Tr ầ n V ăn Bì nh"));
        Assert.Equal(DocumentKind.KeHoach, r.Document.Kind);
        Assert.Equal("45/KH-UBND", r.Document.Number);
        Assert.Equal(new DateOnly(2026, 3, 12), r.Document.IssuedOn);
        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Ngãi", r.Document.Issuer);
        Assert.Equal("Trần Văn Bình", r.Document.Signer?.Name);
    }
}
