using DirectiveTracker.Extract.Learning;

namespace DirectiveTracker.Extract.Tests.Learning;

public class MaxEntTests
{
    private static readonly string[] Labels = ["a", "b", "c"];

    private static LabelledExample Ex(string label, params string[] features) =>
        new(features.ToDictionary(f => f, _ => 1.0), label);

    // Each label has its own word, seen twice; "shared" says nothing.
    private static readonly LabelledExample[] Separable =
    [
        Ex("a", "alpha", "shared"), Ex("a", "alpha"),
        Ex("b", "beta", "shared"), Ex("b", "beta"),
        Ex("c", "gamma", "shared"), Ex("c", "gamma"),
    ];

    [Fact]
    public void Learns_separable_labels_and_gives_probabilities()
    {
        var model = new MaxEntTrainer(new MaxEntOptions { L2 = 0.1 }).Train(Separable, Labels);
        Assert.Equal("a", model.Predict(new Dictionary<string, double> { ["alpha"] = 1 }));
        Assert.Equal("b", model.Predict(new Dictionary<string, double> { ["beta"] = 1, ["shared"] = 1 }));
        Assert.Equal("c", model.Predict(new Dictionary<string, double> { ["gamma"] = 1, ["never seen"] = 1 }));
        var p = model.Probabilities(new Dictionary<string, double> { ["alpha"] = 1 });
        Assert.Equal(1.0, p.Sum(), 9);
        Assert.True(p[0] > 0.8, $"p(a|alpha) = {p[0]}");
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var trainer = new MaxEntTrainer(new MaxEntOptions { L2 = 0.5 });
        Assert.Equal(trainer.Train(Separable, Labels).ToJson(), trainer.Train(Separable, Labels).ToJson());
    }

    [Fact]
    public void A_feature_seen_fewer_times_than_the_minimum_gets_no_weight()
    {
        var examples = Separable.Append(Ex("a", "once")).ToList();
        var model = new MaxEntTrainer(new MaxEntOptions { MinimumCount = 2 }).Train(examples, Labels);
        Assert.False(model.Weights.ContainsKey("once"));
        Assert.True(model.Weights.ContainsKey("alpha"));
    }

    [Fact]
    public void Unpenalised_features_keep_more_weight_than_penalised_ones()
    {
        // "rule:x" and "word" carry the same evidence; only the word is shrunk.
        var examples = new[] { Ex("a", "rule:a", "word"), Ex("a", "rule:a", "word"), Ex("b", "other"), Ex("b", "other") };
        var model = new MaxEntTrainer(new MaxEntOptions { L2 = 5, UnpenalisedPrefixes = ["rule:"] }).Train(examples, ["a", "b"]);
        double Margin(string f) => model.Weights[f][0] - model.Weights[f][1];
        Assert.True(Margin("rule:a") > 2 * Margin("word"), $"rule {Margin("rule:a")} word {Margin("word")}");
    }

    [Fact]
    public void Stronger_penalty_gives_less_confident_predictions()
    {
        var x = new Dictionary<string, double> { ["alpha"] = 1 };
        var loose = new MaxEntTrainer(new MaxEntOptions { L2 = 0.1 }).Train(Separable, Labels).Probabilities(x)[0];
        var tight = new MaxEntTrainer(new MaxEntOptions { L2 = 10 }).Train(Separable, Labels).Probabilities(x)[0];
        Assert.True(loose > tight, $"L2 0.1: {loose}, L2 10: {tight}");
    }

    [Fact]
    public void The_scorer_counts_a_name_given_twice_once()
    {
        var model = new MaxEntModel(["a", "b"], [0, 1.5], new Dictionary<string, double[]> { ["f"] = [1, 0] });
        var scorer = model.NewScorer();
        scorer.Add("f", 1);
        scorer.Add("f".AsSpan(), 1); // counted twice, "a" would win (2 > 1.5)
        scorer.Add("unknown", 1);
        Assert.Equal(1, scorer.Best());
    }

    [Fact]
    public void The_scorer_agrees_with_the_probabilities()
    {
        var model = new MaxEntTrainer(new MaxEntOptions { L2 = 0.3 }).Train(Separable, Labels);
        foreach (var e in Separable.Append(Ex("a", "shared")))
        {
            var p = model.Probabilities(e.Features);
            Assert.Equal(Labels[Array.IndexOf(p, p.Max())], model.Predict(e.Features));
        }
    }

    [Fact]
    public void A_label_outside_the_model_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new MaxEntTrainer(new MaxEntOptions()).Train([Ex("z", "alpha")], Labels));
        Assert.Contains("'z'", e.Message);
    }

    [Fact]
    public void Json_round_trip_keeps_predictions_and_provenance()
    {
        var model = new MaxEntTrainer(new MaxEntOptions { L2 = 0.3 }).Train(Separable, Labels);
        var stored = new MaxEntModel(model.Labels, model.Bias, model.Weights) { Provenance = new MaxEntProvenance(6, 1, 0.3, 0.5, 0.4, 1) };
        var back = MaxEntModel.FromJson(stored.ToJson());
        Assert.Equal(stored.Provenance, back.Provenance);
        foreach (var e in Separable)
            Assert.Equal(stored.Probabilities(e.Features), back.Probabilities(e.Features), (x, y) => Math.Abs(x - y) < 1e-5);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"labels\": [\"a\"]}")]
    [InlineData("{\"labels\": [\"a\", \"b\"], \"bias\": [0], \"weights\": {}}")]
    [InlineData("{\"labels\": [\"a\"], \"bias\": [0], \"weights\": {\"f\": [1, 2]}}")]
    [InlineData("not json")]
    public void Malformed_model_files_are_a_format_error(string json) =>
        Assert.Throws<FormatException>(() => MaxEntModel.FromJson(json));
}
