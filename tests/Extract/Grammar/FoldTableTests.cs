using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Scoring;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Tests.Grammar;

/// <summary>The fold table answers as VietnameseText.Fold does, on every corpus line and on texts it must leave to the whole-text fold.</summary>
public class FoldTableTests
{
    private static string WholeFold(string text) => VietnameseText.Fold(text).ToLowerInvariant();

    [Fact]
    public void Every_corpus_line_the_table_covers_folds_as_the_whole_text_does()
    {
        var root = GoldAgreementTests.RepoRoot();
        int covered = 0, lines = 0;
        foreach (var dir in new[] { "seeds", "realdocs", "realdocs2", "realdocs3" })
            foreach (var file in Directory.GetFiles(Path.Combine(root, "corpus", dir), "*.txt"))
                foreach (var line in File.ReadLines(file))
                {
                    lines++;
                    if (!FoldTable.Covers(line)) continue;
                    covered++;
                    Assert.Equal(WholeFold(line), FoldTable.Fold(line));
                    Assert.Equal(WholeFold(line), new FoldedText(line).Value);
                }
        // Almost every line is precomposed text: the table must not quietly fall back on all of them.
        Assert.True(covered > lines * 0.9, $"{covered} of {lines} lines covered");
    }

    [Fact]
    public void The_lower_case_table_answers_as_the_invariant_culture_for_every_unit_outside_surrogates()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c)) continue;
            Assert.Equal(((char)c).ToString().ToLowerInvariant()[0], InvariantLower.Of((char)c));
        }
        Assert.Equal('đ', InvariantLower.Of('Đ'));
        Assert.Equal('ệ', InvariantLower.Of('Ệ'));
    }

    [Theory]
    [InlineData('Ẵ', 'a')]
    [InlineData('Đ', 'd')]
    [InlineData('ư', 'u')]
    [InlineData('\u200B', FoldTable.Dropped)]
    [InlineData('東', '東')] // outside the table: folded on its own
    public void One_character_folds_by_the_table_or_on_its_own(char c, char folded) => Assert.Equal(folded, FoldTable.Fold(c));

    [Theory]
    [InlineData("Ủy ban nhân dân tỉnh Thái Bình – Sở Nội vụ\u00A0(đ/c Hòa)")]
    [InlineData("ĐẨY MẠNH\u200B cải cách\thành chính")]
    [InlineData("Ðoàn Thanh niên")] // U+00D0 typed for Đ by legacy converters
    public void Precomposed_text_folds_char_for_char(string text)
    {
        Assert.True(FoldTable.Covers(text));
        Assert.Equal(WholeFold(text), FoldTable.Fold(text));
        Assert.Equal(WholeFold(text), new FoldedText(text).Value);
    }

    [Theory]
    [InlineData("Ủy ban nha\u0302n da\u0302n")] // combining circumflex: composes with its letter
    [InlineData("Sở Y tế 東京")]
    public void Text_with_combining_marks_or_other_scripts_is_left_to_the_whole_text_fold(string text)
    {
        Assert.False(FoldTable.Covers(text));
        Assert.Throws<ArgumentException>(() => FoldTable.Fold(text));
        Assert.Equal(WholeFold(text), new FoldedText(text).Value);
        Assert.Equal(MatchText.Fold(text), MatchText.Fold(VietnameseText.Normalize(text)));
    }
}
