namespace DirectiveTracker.Extract.Scoring;

/// <summary>The raw counts behind every figure of a score; counts add up over documents (micro averages).</summary>
public sealed record ScoreCounts
{
    public int Documents { get; init; }
    public int GoldTasks { get; init; }
    public int PredictedTasks { get; init; }
    public int FoundTasks { get; init; }
    public SetCounts Lead { get; init; } = new();
    public SetCounts Support { get; init; } = new();
    public Ratio Mode { get; init; } = new();
    public Ratio Deadline { get; init; } = new();
    public Ratio Category { get; init; } = new();
    public Ratio Kind { get; init; } = new();
    public Ratio Number { get; init; } = new();
    public Ratio Date { get; init; } = new();
    public Ratio Issuer { get; init; } = new();
    public Ratio Signer { get; init; } = new();
    public SetCounts Cited { get; init; } = new();

    public double TaskPrecision => PredictedTasks == 0 ? (GoldTasks == 0 ? 1 : 0) : (double)FoundTasks / PredictedTasks;
    public double TaskRecall => GoldTasks == 0 ? 1 : (double)FoundTasks / GoldTasks;
    public double TaskF1 => SetCounts.F(TaskPrecision, TaskRecall);

    public static ScoreCounts operator +(ScoreCounts a, ScoreCounts b) => new()
    {
        Documents = a.Documents + b.Documents,
        GoldTasks = a.GoldTasks + b.GoldTasks,
        PredictedTasks = a.PredictedTasks + b.PredictedTasks,
        FoundTasks = a.FoundTasks + b.FoundTasks,
        Lead = a.Lead + b.Lead,
        Support = a.Support + b.Support,
        Mode = a.Mode + b.Mode,
        Deadline = a.Deadline + b.Deadline,
        Category = a.Category + b.Category,
        Kind = a.Kind + b.Kind,
        Number = a.Number + b.Number,
        Date = a.Date + b.Date,
        Issuer = a.Issuer + b.Issuer,
        Signer = a.Signer + b.Signer,
        Cited = a.Cited + b.Cited,
    };
}

/// <summary>Matched, predicted and expected counts of a set comparison, giving precision, recall and F1.</summary>
public readonly record struct SetCounts(int Matched, int Predicted, int Expected)
{
    public double Precision => Predicted == 0 ? (Expected == 0 ? 1 : 0) : (double)Matched / Predicted;
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;
    public double F1 => F(Precision, Recall);

    public static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    public static SetCounts operator +(SetCounts a, SetCounts b) =>
        new(a.Matched + b.Matched, a.Predicted + b.Predicted, a.Expected + b.Expected);
}

/// <summary>Correct out of total; an empty ratio counts as 1 (nothing to get wrong).</summary>
public readonly record struct Ratio(int Correct, int Total)
{
    public double Value => Total == 0 ? 1 : (double)Correct / Total;

    public static Ratio Of(bool correct) => new(correct ? 1 : 0, 1);

    public static Ratio operator +(Ratio a, Ratio b) => new(a.Correct + b.Correct, a.Total + b.Total);
}
