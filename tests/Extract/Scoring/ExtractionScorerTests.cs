using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Scoring;

namespace DirectiveTracker.Extract.Tests.Scoring;

public class ExtractionScorerTests
{
    private static GoldFile Gold(params GoldTask[] tasks) => new("x.txt", new DocumentInfo { Kind = DocumentKind.KeHoach }, tasks);

    private static ExtractionResult Predicted(params TaskItem[] tasks) => new(new DocumentInfo { Kind = DocumentKind.KeHoach }, tasks);

    [Fact]
    public void Anchor_matches_after_folding_case_diacritics_and_punctuation()
    {
        var gold = Gold(new GoldTask { Path = "II.1", Anchor = "Đổi mới mạnh mẽ, chất lượng" });
        var pred = Predicted(new TaskItem { Path = "II.1", Text = "Nội dung: DOI MOI manh me chat  luong công tác." });
        var score = ExtractionScorer.Score(gold, pred);
        Assert.Equal(1, score.Counts.FoundTasks);
        Assert.Equal(1.0, score.Counts.TaskF1);
    }

    [Fact]
    public void Each_predicted_task_matches_at_most_one_gold_task()
    {
        var gold = Gold(new GoldTask { Path = "1", Anchor = "tổ chức hội nghị" }, new GoldTask { Path = "2", Anchor = "tổ chức hội nghị tổng kết" });
        var pred = Predicted(new TaskItem { Path = "1", Text = "Tổ chức hội nghị tổng kết năm" });
        var c = ExtractionScorer.Score(gold, pred).Counts;
        Assert.Equal(1, c.FoundTasks);
        Assert.Equal(0.5, c.TaskRecall);
        Assert.Equal(1.0, c.TaskPrecision);
    }

    [Fact]
    public void Owner_names_match_when_one_contains_the_other()
    {
        var counts = ExtractionScorer.CompareNames(["Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Sở Tài chính"], ["Sở Nội vụ", "Báo Thái Bình"]);
        Assert.Equal(1, counts.Matched);
        Assert.Equal(0.5, counts.Precision);
        Assert.Equal(0.5, counts.Recall);
    }

    [Fact]
    public void Deadlines_compare_kind_and_due_or_every()
    {
        var due = new DateOnly(2025, 12, 31);
        Assert.True(ExtractionScorer.SameDeadline(new Deadline(DeadlineKind.Period, due, null, "năm 2025"), new Deadline(DeadlineKind.Period, due, null, "2025")));
        Assert.False(ExtractionScorer.SameDeadline(new Deadline(DeadlineKind.Period, due, null, "x"), new Deadline(DeadlineKind.Date, due, null, "x")));
        Assert.True(ExtractionScorer.SameDeadline(new Deadline(DeadlineKind.Recurring, null, Recurrence.Year, "hằng năm"), new Deadline(DeadlineKind.Recurring, new DateOnly(2025, 1, 1), Recurrence.Year, "x")));
        Assert.False(ExtractionScorer.SameDeadline(null, new Deadline(DeadlineKind.Ongoing, null, null, "thường xuyên")));
    }

    [Fact]
    public void Ambiguous_deadlines_are_left_out_of_deadline_accuracy()
    {
        var gold = Gold(
            new GoldTask { Path = "1", Anchor = "việc một", DeadlineAmbiguous = true, Deadline = new Deadline(DeadlineKind.Ongoing, null, null, "x") },
            new GoldTask { Path = "2", Anchor = "việc hai" });
        var pred = Predicted(new TaskItem { Path = "1", Text = "việc một" }, new TaskItem { Path = "2", Text = "việc hai" });
        var c = ExtractionScorer.Score(gold, pred).Counts;
        Assert.Equal(new Ratio(1, 1), c.Deadline);
    }

    [Fact]
    public void Gold_file_reads_anchor_and_ambiguity_and_table_prints_every_figure()
    {
        const string json = """
        { "file": "a.txt", "document": { "kind": "ChiThi", "number": "1/CT-UBND", "references": [] },
          "tasks": [ { "path": "1", "anchor": "làm việc", "lead": ["Sở A"], "support": [], "mode": "assigned",
                       "deadline": null, "category": "Khac", "deadlineAmbiguous": true } ] }
        """;
        var gold = GoldFile.Parse(json, "fallback");
        Assert.Equal("a", gold.Stem);
        Assert.True(gold.Tasks[0].DeadlineAmbiguous);
        Assert.Equal(AssignmentMode.Assigned, gold.Tasks[0].Mode);
        var report = new ScoreReport([ExtractionScorer.Score(gold, Predicted())], []);
        var table = report.ToTable();
        foreach (var (name, _) in ScoreReport.Figures) Assert.Contains(name, table);
        Assert.Equal(0, report.Total.TaskRecall);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{ \"tasks\": [ { \"category\": \"NotACategory\" } ] }")]
    public void A_malformed_gold_file_is_a_format_error_that_names_it(string json)
    {
        var e = Assert.Throws<FormatException>(() => GoldFile.Parse(json, "broken.json"));
        Assert.Contains("broken.json", e.Message);
    }
}
