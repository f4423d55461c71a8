using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;

namespace DirectiveTracker.Index.Tests;

public sealed class CandidateScorerTests
{
    [Fact]
    public void A_heavier_column_scores_better_and_ties_go_to_the_newer_row()
    {
        var s = new CandidateScorer([10, 11, 12], phrases: 1);
        s.Occurs(10, 0, weight: 8); // in the title
        s.Occurs(11, 0, weight: 0.75); // in the body
        s.Occurs(12, 0, weight: 0.75);
        foreach (var id in new long[] { 10, 11, 12 }) s.Length(id, 20);
        var scores = s.Scores(rows: 1000, averageLength: 20, matches: 3, top: 10);
        Assert.Equal([10L, 12L, 11L], scores.Select(x => x.Id).ToArray());
        Assert.All(scores, x => Assert.True(x.Score < 0)); // bm25's sign: lower is better
    }

    [Fact]
    public void A_rarer_phrase_weighs_more_and_rows_that_are_not_candidates_are_ignored()
    {
        var s = new CandidateScorer([1, 2], phrases: 2);
        s.Occurs(1, 0, 1); s.Occurs(2, 0, 1); // common
        s.Occurs(2, 1, 1); // rare
        s.Occurs(99, 1, 1000); // not a candidate
        s.Length(1, 10); s.Length(2, 10);
        var scores = s.Scores(rows: 100, averageLength: 10, matches: 2, top: 10);
        Assert.Equal(2L, scores[0].Id);
        Assert.Equal(2, scores.Count);
    }

    [Fact]
    public void A_shorter_row_scores_better_at_equal_frequency()
    {
        var s = new CandidateScorer([1, 2], phrases: 1);
        s.Occurs(1, 0, 2); s.Occurs(2, 0, 2);
        s.Length(1, 80); s.Length(2, 8);
        Assert.Equal(2L, s.Scores(rows: 100, averageLength: 20, matches: 2, top: 1).Single().Id);
    }

    [Fact]
    public void Excluded_words_are_not_scored()
    {
        var fts = new FtsQueryBuilder(VietnameseAnalyzer.Default).Build(QueryParser.Parse("báo cáo -định kỳ").Text)!;
        Assert.DoesNotContain(fts.Terms, t => t.Phrase.Contains("dinh", StringComparison.Ordinal));
        Assert.Contains(fts.Terms, t => t.Columns.Contains("head_exact") && t.Phrase.Contains("cáo", StringComparison.Ordinal));
        Assert.Contains(fts.Terms, t => t.Columns.Contains("bigrams"));
    }
}
