using DirectiveTracker.Extract.Learning;

namespace DirectiveTracker.Extract.Tests.Learning;

/// <summary>
/// Leave-one-set-out: each set is predicted by a model that never saw it, so a class only one set uses cannot be
/// learnt for that set, whatever k-fold by document says; sets are numbered as people number them.
/// </summary>
public class LeaveOneSetOutTests
{
    private static LabelledRow Row(string document, string text, string label, string rules) =>
        new(document, new ClassifierRow { Label = label, Text = text, Pattern = "rule:" + rules }, rules);

    private static readonly LabelledRow[] Rows =
    [
        Row("d1", "tuyên truyền phổ biến chỉ thị", "a", "a"), Row("d1", "báo cáo kết quả thực hiện", "b", "a"),
        Row("d2", "tuyên truyền sâu rộng", "a", "a"), Row("d2", "báo cáo định kỳ", "b", "b"),
        Row("d3", "tuyên truyền nội dung", "a", "a"), Row("d3", "báo cáo tình hình", "b", "b"),
        Row("d4", "khen thưởng tập thể", "c", "c"), Row("d4", "khen thưởng cá nhân", "c", "c"),
    ];

    private static readonly Dictionary<string, string> Sets = new() { ["d1"] = "realdocs10", ["d2"] = "realdocs2", ["d3"] = "realdocs2", ["d4"] = "realdocs3" };

    [Fact]
    public void A_set_is_predicted_by_a_model_trained_on_the_other_sets()
    {
        var v = new ModelTraining(Rows).LeaveOneSetOut(0.1f, Sets);

        Assert.Equal(["realdocs2", "realdocs3", "realdocs10"], v.Sets.Select(s => s.Set));
        var held = v.Sets.ToDictionary(s => s.Set);
        Assert.Equal((2, 4), (held["realdocs2"].Documents, held["realdocs2"].Examples));
        // Only realdocs3 labels "c": held out, no model has seen the class.
        Assert.Equal(0, held["realdocs3"].ModelAccuracy);
        Assert.Equal(1, held["realdocs3"].RulesAccuracy);
        Assert.Equal(0.5, held["realdocs10"].RulesAccuracy);
        // Pooled over every task, and each set weighing the same.
        Assert.Equal(v.Sets.Sum(s => s.ModelAccuracy * s.Examples) / 8, v.ModelAccuracy, 6);
        Assert.Equal(v.Sets.Average(s => s.ModelAccuracy), v.SetMean.Model, 6);
        Assert.Equal((1 + 1 + 0.5) / 3, v.SetMean.Rules, 6);
        Assert.Contains("mean of sets", v.ToTable("category"));
    }

    [Fact]
    public void A_document_without_a_set_is_a_set_of_its_own()
    {
        var v = new ModelTraining(Rows).LeaveOneSetOut(0.1f, new Dictionary<string, string>());
        Assert.Equal(4, v.Sets.Count);
    }

    [Fact]
    public void The_cross_validation_lists_each_held_out_mistake_with_the_rules_label()
    {
        var cv = new ModelTraining(Rows).CrossValidate(0.1f, folds: 4);

        // d4 is the only document labelling "c": held out, its two tasks cannot be "c".
        var d4 = cv.Mistakes.Where(m => m.Document == "d4").ToList();
        Assert.Equal(2, d4.Count);
        Assert.All(d4, m => Assert.Equal(("c", "c"), (m.Gold, m.Rules)));
        Assert.NotEqual("c", d4[0].Model);
        Assert.Equal(cv.Examples - (int)Math.Round(cv.ModelAccuracy * cv.Examples), cv.Mistakes.Count);
        var lines = cv.MistakesTsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("document\tgold\tmodel\trules\ttext", lines[0]);
        Assert.Contains("d4\tc\t" + d4[0].Model + "\tc\tkhen thưởng tập thể", lines);
    }
}
