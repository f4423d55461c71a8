using System.Text;
using DirectiveTracker.Index.Analysis;

namespace DirectiveTracker.Index.Tests.Analysis;

public class AnalyzerTests
{
    private static readonly VietnameseAnalyzer A = VietnameseAnalyzer.Default;

    private static string Terms(IReadOnlyList<Token> tokens) => string.Join(" ", tokens.Select(t => t.Text));

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
    public void One_pass_gives_the_three_chains_tokens()
    {
        // Indexing analyses each text once (Analyze: plain tokens' terms from a table, compounds through the chain) and
        // feeds the three fields from it; queries and snippets run the chains one by one. Both must give the same
        // tokens: every corpus set's lines, NFD, old tone placement, numbers, dates, punctuation between syllables, y/i.
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "corpus", "seeds"))) dir = Path.GetDirectoryName(dir);
        Assert.NotNull(dir);
        var texts = new[] { "seeds", "realdocs", "realdocs2", "realdocs3", "realdocs4", "realdocs5", "realdocs6" }
            .Select(set => Path.Combine(dir, "corpus", set)).Where(Directory.Exists)
            .SelectMany(set => Directory.GetFiles(set, "*.txt").Order(StringComparer.Ordinal))
            .SelectMany(File.ReadAllLines).Where(l => l.Trim().Length > 0).ToList();
        Assert.True(texts.Count > 100);
        texts.AddRange([
            "Ủy ban nhân dân tỉnh".Normalize(NormalizationForm.FormD), "hoà thuỷ, kỹ thuật - mỹ thuật", "Thực hiện 41-CT/TW ngày 30/6/2025",
            "98/2023/NĐ-CP; 2025-06-30.Sở", "thi đua,khen thưởng  và\n\nbáo cáo", "a\u0301 \u0301b", "", "   ", "Đ đ Ð",
        ]);
        var strict = new VietnameseAnalyzer(new AnalyzerOptions { IYEquivalence = false });
        foreach (var analyzer in new[] { A, strict })
        foreach (var text in texts.Concat(texts.Select(t => t.Normalize(NormalizationForm.FormD))))
        {
            var once = analyzer.Analyze(text);
            Assert.Equal(analyzer.Exact(text), once.Exact);
            Assert.Equal(analyzer.Folded(text), once.Folded);
            Assert.Equal(analyzer.Bigrams(text), once.Bigrams);
        }
    }

    [Fact]
    public void Old_and_new_tone_placement_and_nfd_analyse_alike()
    {
        Assert.Equal(Terms(A.Exact("hòa thủy")), Terms(A.Exact("hoà thuỷ")));
        var nfc = "Ủy ban nhân dân tỉnh";
        Assert.Equal(Terms(A.Exact(nfc)), Terms(A.Exact(nfc.Normalize(NormalizationForm.FormD))));
    }

    [Fact]
    public void Document_number_index_terms()
    {
        Assert.Equal("thực hiện 41-ct/tw 41 ct tw", Terms(A.Exact("Thực hiện 41-CT/TW")));
        Assert.Equal("98/2023/nd-cp 98 2023 nd cp", Terms(A.Folded("98/2023/NĐ-CP")));
        Assert.Equal("thuc hien 41-ct/tw", Terms(A.Folded("Thực hiện 41-CT/TW", withParts: false)));
    }

    [Fact]
    public void IY_equivalence_can_be_turned_off()
    {
        Assert.Equal(Terms(A.Folded("kĩ thuật")), Terms(A.Folded("kỹ thuật")));
        var strict = new VietnameseAnalyzer(new AnalyzerOptions { IYEquivalence = false });
        Assert.NotEqual(Terms(strict.Exact("kĩ")), Terms(strict.Exact("kỹ")));
    }

    [Fact]
    public void Text_without_separators_is_analysed_in_linear_time()
    {
        // The hardening issue's case: 1/2/4 MB without separators took 11.7/43.8/128.6 s (each 64-character piece
        // rescanned the rest of the run). Linear now: a generous bound that the quadratic version misses by far.
        foreach (int megabytes in new[] { 1, 4 })
        {
            var text = new string('a', megabytes << 20);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            int count = A.Folded(text).Count;
            Assert.Equal((megabytes << 20) / VietnameseTokenizer.MaxTokenLength, count);
            Assert.True(watch.Elapsed.TotalSeconds < 5 * megabytes, $"{megabytes} MB took {watch.Elapsed.TotalSeconds:F1} s");
        }
        var digits = string.Concat(Enumerable.Repeat("12/", 400_000));
        Assert.True(A.Exact(digits).Count > 0);
    }

    [Fact]
    public void Bigrams_are_typed_and_keep_offsets()
    {
        var s = "Sở Nội vụ và Đảng ủy";
        var a = A.Analyze(s);
        TokenAssert.AnalyzesTo(a.Bigrams, s, ["so_noi", "noi_vu", "vu_va", "va_dang", "dang_uy"]);
        Assert.All(a.Bigrams, t => Assert.Equal(TokenType.Bigram, t.Type));
    }
}
