using System.Globalization;
using System.Text;

namespace DirectiveTracker.Extract.Scoring;

/// <summary>The score of one document: its counts and the differences found, for reading.</summary>
public sealed record DocumentScore(string Name, ScoreCounts Counts, IReadOnlyList<string> Differences);

/// <summary>The scores of a set of documents with their micro-averaged total, and a plain-text table printer.</summary>
public sealed record ScoreReport(IReadOnlyList<DocumentScore> Documents, IReadOnlyList<string> Unpaired)
{
    public ScoreCounts Total => Documents.Aggregate(new ScoreCounts(), (sum, d) => sum + d.Counts);

    /// <summary>The figures of the table by name, for floors in tests and for the table's columns.</summary>
    public static IReadOnlyList<(string Name, Func<ScoreCounts, double> Value)> Figures { get; } =
    [
        ("taskP", c => c.TaskPrecision),
        ("taskR", c => c.TaskRecall),
        ("taskF1", c => c.TaskF1),
        ("lead", c => c.Lead.F1),
        ("supp", c => c.Support.F1),
        ("mode", c => c.Mode.Value),
        ("dline", c => c.Deadline.Value),
        ("categ", c => c.Category.Value),
        ("kind", c => c.Kind.Value),
        ("number", c => c.Number.Value),
        ("date", c => c.Date.Value),
        ("issuer", c => c.Issuer.Value),
        ("signer", c => c.Signer.Value),
        ("cited", c => c.Cited.F1),
    ];

    public static double Figure(ScoreCounts counts, string name) =>
        Figures.First(f => f.Name == name).Value(counts);

    /// <summary>One row per document and a total row; with <paramref name="details"/>, each document's differences below.</summary>
    public string ToTable(bool details = false)
    {
        var sb = new StringBuilder();
        int nameWidth = Math.Max(5, Documents.Select(d => Short(d.Name).Length).DefaultIfEmpty(0).Max());
        sb.Append("document".PadRight(nameWidth)).Append(" gold  pred");
        foreach (var (name, _) in Figures) sb.Append(' ').Append(name.PadLeft(6));
        sb.AppendLine();
        void Row(string name, ScoreCounts c)
        {
            sb.Append(name.PadRight(nameWidth))
              .Append(c.GoldTasks.ToString(CultureInfo.InvariantCulture).PadLeft(5))
              .Append(c.PredictedTasks.ToString(CultureInfo.InvariantCulture).PadLeft(6));
            foreach (var (_, value) in Figures)
                sb.Append(' ').Append(value(c).ToString("0.000", CultureInfo.InvariantCulture).PadLeft(6));
            sb.AppendLine();
        }
        foreach (var d in Documents) Row(Short(d.Name), d.Counts);
        Row("ALL".PadRight(nameWidth), Total);
        sb.AppendLine("taskP/R/F1: tasks found by anchor; lead/supp: owner-set F1 on found tasks; mode/dline/categ: accuracy on found tasks;")
          .AppendLine("kind…signer: metadata accuracy per document; cited: F1 of cited document numbers.");
        foreach (var u in Unpaired) sb.Append("unpaired: ").AppendLine(u);
        if (details)
            foreach (var d in Documents.Where(d => d.Differences.Count > 0))
            {
                sb.AppendLine().Append("## ").AppendLine(d.Name);
                foreach (var line in d.Differences) sb.AppendLine("  " + line);
            }
        return sb.ToString();
    }

    private static string Short(string name) => name.Length <= 24 ? name : name[..24];
}
