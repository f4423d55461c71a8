using System.Text.Json;
using System.Text.Json.Serialization;
using DirectiveTracker.Extract.Reports;

namespace DirectiveTracker.Index.Progress;

/// <summary>Labels of a report (corpus/reports/NAME.labels.json): passages by verbatim anchor with their task, claim and date; silent tasks.</summary>
public sealed record ReportLabels(string Report, string Plan, string Agency, IReadOnlyList<PassageLabel> Passages, IReadOnlyList<string> SilentTasks)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads a label file; a malformed one is a <see cref="FormatException"/> naming it.</summary>
    public static ReportLabels Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<ReportLabels>(File.ReadAllText(path), Json) ?? throw new FormatException($"{path}: empty label file.");
        }
        catch (JsonException e) { throw new FormatException($"{path}: malformed label file ({e.Message}).", e); }
    }
}

/// <summary>One labelled passage: an anchor from its text, its task path (null: other work), its claim and completion date.</summary>
public sealed record PassageLabel(string Anchor, string? Task, string? Claim, DateOnly? CompletedOn);

/// <summary>Counts of a report check scored against labels.</summary>
public sealed record ReportScore(int Linked, int Labelled, int Correct, int ClaimsRight, int ClaimsScored, int DatesRight, int DatesScored,
    int SilentFound, int SilentPredicted, int SilentLabelled)
{
    public double Precision => Linked == 0 ? 0 : (double)Correct / Linked;
    public double Recall => Labelled == 0 ? 0 : (double)Correct / Labelled;
    public double ClaimAccuracy => ClaimsScored == 0 ? 0 : (double)ClaimsRight / ClaimsScored;
    public double DateAccuracy => DatesScored == 0 ? 0 : (double)DatesRight / DatesScored;

    public static ReportScore operator +(ReportScore a, ReportScore b) => new(a.Linked + b.Linked, a.Labelled + b.Labelled, a.Correct + b.Correct,
        a.ClaimsRight + b.ClaimsRight, a.ClaimsScored + b.ClaimsScored, a.DatesRight + b.DatesRight, a.DatesScored + b.DatesScored,
        a.SilentFound + b.SilentFound, a.SilentPredicted + b.SilentPredicted, a.SilentLabelled + b.SilentLabelled);

    public static readonly ReportScore Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>
    /// Scores a check: a predicted link (passage → task) is correct when its passage holds a label's anchor and the
    /// label names the same task; every other predicted link is wrong (unlabelled passages are about no task). Claims are
    /// scored on labelled passages that have a task, dates on those that state one.
    /// </summary>
    public static ReportScore Of(ReportCheck check, ReportLabels labels)
    {
        int linked = 0, correct = 0, claimsRight = 0, claimsScored = 0, datesRight = 0, datesScored = 0;
        var found = new HashSet<PassageLabel>();
        foreach (var m in check.Passages)
        {
            var text = Squeeze(m.Passage.Text);
            var label = labels.Passages.FirstOrDefault(l => text.Contains(Squeeze(l.Anchor), StringComparison.Ordinal));
            if (label is not null) found.Add(label);
            if (m.Task is not null)
            {
                linked++;
                if (label?.Task is { } t && t == m.Task.Path) correct++;
            }
            if (label?.Task is null) continue;
            claimsScored++;
            if (ClaimName(m.Passage.Claim) == label.Claim) claimsRight++;
            if (label.CompletedOn is { } d) { datesScored++; if (m.Passage.CompletedOn == d) datesRight++; }
        }
        // A labelled passage no predicted passage holds still counts for its claim and date.
        foreach (var l in labels.Passages.Where(l => l.Task is not null && !found.Contains(l)))
        {
            claimsScored++;
            if (l.CompletedOn is not null) datesScored++;
        }
        var silent = labels.SilentTasks.ToHashSet(StringComparer.Ordinal);
        var predicted = check.Unmentioned.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
        return new ReportScore(linked, labels.Passages.Count(l => l.Task is not null), correct, claimsRight, claimsScored, datesRight, datesScored,
            predicted.Count(silent.Contains), predicted.Count, silent.Count);
    }

    private static string? ClaimName(PassageClaim? c) => c switch
    {
        PassageClaim.Done => "done",
        PassageClaim.InProgress => "in_progress",
        PassageClaim.NotDone => "not_done",
        _ => null,
    };

    private static string Squeeze(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
