using System.Text;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Ingest.Tests;

public class LegacyFontTextTests
{
    [Theory]
    [InlineData("KÕ ho¹ch", "Kế hoạch")]
    [InlineData("ChØ thÞ", "Chỉ thị")]
    [InlineData("§¶ng", "Đảng")]
    [InlineData("®\u00ADîc giao", "được giao")]
    [InlineData("c¸c c¬ quan, ®¬n vÞ", "các cơ quan, đơn vị")]
    public void Tcvn3_samples_convert(string legacy, string unicode)
    {
        Assert.True(LegacyFontText.DetectTcvn3(legacy));
        Assert.False(LegacyFontText.DetectVni(legacy));
        Assert.Equal(unicode, LegacyFontText.FromTcvn3(legacy));
    }

    [Theory]
    [InlineData("Keá hoaïch", "Kế hoạch")]
    [InlineData("Chæ thò", "Chỉ thị")]
    [InlineData("Ñaûng", "Đảng")]
    [InlineData("ñöôïc giao", "được giao")]
    [InlineData("KEÁ HOAÏCH", "KẾ HOẠCH")]
    public void Vni_samples_convert(string legacy, string unicode)
    {
        Assert.True(LegacyFontText.DetectVni(legacy));
        Assert.False(LegacyFontText.DetectTcvn3(legacy));
        Assert.Equal(unicode, LegacyFontText.FromVni(legacy));
    }

    [Theory]
    [InlineData("Kế hoạch thực hiện Chỉ thị")]
    [InlineData("hoàn toàn")]
    [InlineData("Hà Nội, ngày 20 tháng 5 năm 2026")]
    [InlineData("Café résumé")]
    [InlineData("plain ASCII text")]
    [InlineData("President Peña Nieto met the delegation in Mexico City and discussed trade, investment and culture.")]
    public void Unicode_text_is_not_taken_for_legacy(string text) =>
        Assert.Equal(LegacyEncoding.None, LegacyFontText.Identify(text));

    [Fact]
    public void Tcvn3_soft_hyphen_code_is_the_letter_u_horn()
    {
        Assert.Equal("ư", LegacyFontText.FromTcvn3("\u00AD"));
        Assert.Equal("người", LegacyFontText.FromTcvn3("ng\u00AD\u00EAi"));
    }

    [Fact]
    public void Capitals_typed_in_an_H_font_come_back_as_capitals()
    {
        // .VnTimeH: the capital toned letters are the lower-case codes; ASCII letters were typed as capitals.
        var heading = "KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 41-CT/TW CỦA BAN THƯỜNG VỤ TỈNH ỦY";
        var legacy = LegacyEncoders.ToTcvn3(heading);
        Assert.Contains("\u00B9", legacy); // ạ's code stands for Ạ
        Assert.Equal(heading, LegacyFontText.FromTcvn3(legacy));
        // By font name (the DOCX parser knows the run's font): everything in capitals.
        Assert.Equal("ĐẢNG ỦY", LegacyFontText.ConvertByFontName("§¶ng ñy", ".VnTimeH"));
        Assert.Equal("Đảng ủy", LegacyFontText.ConvertByFontName("§¶ng ñy", ".VnTime"));
        Assert.Equal("Kế hoạch", LegacyFontText.ConvertByFontName("Keá hoaïch", "VNI-Times"));
        Assert.Equal("Keá", LegacyFontText.ConvertByFontName("Keá", "Times New Roman"));
    }

    public static TheoryData<string> SeedNames()
    {
        var data = new TheoryData<string>();
        foreach (var f in Corpus.Seeds) data.Add(Path.GetFileName(f)[..3]);
        return data;
    }

    [Theory, MemberData(nameof(SeedNames))]
    public void Vni_round_trip_on_a_whole_seed_is_exact(string seed)
    {
        var unicode = File.ReadAllText(Corpus.Seed(seed)).Normalize(NormalizationForm.FormC);
        var vni = LegacyEncoders.ToVni(unicode);
        Assert.True(LegacyFontText.DetectVni(vni));
        Assert.Equal(unicode, LegacyFontText.FromVni(vni));
    }

    [Theory, MemberData(nameof(SeedNames))]
    public void Tcvn3_round_trip_on_a_whole_seed_is_exact_but_for_capitals_the_font_cannot_hold(string seed)
    {
        var unicode = File.ReadAllText(Corpus.Seed(seed)).Normalize(NormalizationForm.FormC);
        var tcvn3 = LegacyEncoders.ToTcvn3(unicode);
        Assert.True(LegacyFontText.DetectTcvn3(tcvn3));
        var back = LegacyFontText.FromTcvn3(tcvn3);
        Assert.Equal(unicode.Length, back.Length);
        int lost = 0, capitals = 0;
        for (int i = 0; i < unicode.Length; i++)
        {
            if (LegacyEncoders.IsCapitalTcvn3Lacks(unicode[i]))
            {
                capitals++;
                Assert.Equal(char.ToLowerInvariant(unicode[i]), char.ToLowerInvariant(back[i]));
                if (back[i] != unicode[i]) lost++;
                continue;
            }
            Assert.True(unicode[i] == back[i], $"offset {i}: expected '{unicode[i]}' got '{back[i]}' in …{unicode.Substring(Math.Max(0, i - 20), Math.Min(40, unicode.Length - Math.Max(0, i - 20)))}…");
        }
        // Capitals inside words typed in capitals (headings) are restored; an isolated capital such as the "Ủ" of
        // "Ủy ban" is indistinguishable from "ủ" in plain text. Most capitals in these seeds are in headings.
        Assert.True(lost <= capitals / 2 + 5, $"{lost} of {capitals} capitals lost");
    }

    [Theory]
    // Title-case words in running text stay title case, even next to an acronym.
    [InlineData("Së GD&§T chñ tr×, phèi hîp víi Bé Y tÕ", "Sở GD&ĐT chủ trì, phối hợp với Bộ Y tế")]
    [InlineData("Bé TN&MT h\u00ADíng dÉn", "Bộ TN&MT hướng dẫn")]
    [InlineData("Sè: 12/KH-UBND", "Số: 12/KH-UBND")]
    // All-caps context: a heading line, a heading column, a capitals phrase inside running text.
    [InlineData("Së Y TÕ", "SỞ Y TẾ")]
    [InlineData("UBND TØNH Hµ NAM\nSë T\u00AD PH¸P      §éc lËp - Tù do - H¹nh phóc", "UBND TỈNH HÀ NAM\nSỞ TƯ PHÁP      Độc lập - Tự do - Hạnh phúc")]
    [InlineData("cña BAN TH\u00AD\u00EANG Vô TØNH ñY", "của BAN THƯỜNG VỤ TỈNH ỦY")]
    [InlineData("KÕ HO¹CH sè 5", "KẾ HOẠCH số 5")]
    // "Ủy ban" is a name; "ủy" alone is not.
    [InlineData("§¶ng ñy ñy ban nh©n d©n tØnh", "Đảng ủy Ủy ban nhân dân tỉnh")]
    public void Tcvn3_capitals_follow_the_case_of_their_context(string legacy, string unicode) =>
        Assert.Equal(unicode, LegacyFontText.FromTcvn3(legacy));

    [Fact]
    public void Tcvn3_round_trip_over_all_seeds_restores_nearly_all_capitals()
    {
        // Measured: 0 of 120 capitals lost (26 of 120 before the context rule and "Ủy ban").
        int lost = 0, capitals = 0;
        foreach (var file in Corpus.Seeds)
        {
            var unicode = File.ReadAllText(file).Normalize(NormalizationForm.FormC);
            var back = LegacyFontText.FromTcvn3(LegacyEncoders.ToTcvn3(unicode));
            for (int i = 0; i < unicode.Length; i++)
                if (LegacyEncoders.IsCapitalTcvn3Lacks(unicode[i]))
                {
                    capitals++;
                    if (back[i] != unicode[i]) lost++;
                }
        }
        Assert.True(capitals > 50, $"only {capitals} capitals in the seeds");
        Assert.True(lost * 10 <= capitals, $"{lost} of {capitals} capitals lost");
    }
}
