using System.Text.Json;
using System.Text.Json.Serialization;
using DirectiveTracker.Extract.Reports;

namespace DirectiveTracker.Index.Progress;

/// <summary>
/// Labels of a report (corpus/reports/NAME.labels.json): passages by verbatim anchor with their task, claim and date;
/// silent tasks; where the plan is. The plan is named by <c>planSource</c> (its text, task paths as extraction numbers
/// it) or by <c>plan: {number, label}</c> (a corpus/labels file, task paths as that file numbers them).
/// </summary>
public sealed record ReportLabels(string Report, string? Plan, string Agency, IReadOnlyList<PassageLabel> Passages, IReadOnlyList<string> SilentTasks)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The plan's text, relative to the repository root (<c>planSource</c>), when the labels name it.</summary>
    public string? PlanSource { get; init; }

    /// <summary>The plan's label file, relative to the repository root, when task paths follow its numbering.</summary>
    public string? PlanLabel { get; init; }

    /// <summary>Labelled by someone who never saw the software's output on this report.</summary>
    public bool LabelledBlind { get; init; }

    /// <summary>Reads a label file; a malformed one is a <see cref="FormatException"/> naming it.</summary>
    public static ReportLabels Load(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            string? plan = null, planLabel = null;
            if (root.TryGetProperty("plan", out var p))
            {
                if (p.ValueKind == JsonValueKind.String) plan = p.GetString();
                else if (p.ValueKind == JsonValueKind.Object)
                {
                    plan = p.TryGetProperty("number", out var n) ? n.GetString() : null;
                    planLabel = p.TryGetProperty("label", out var l) ? l.GetString() : null;
                }
            }
            return new ReportLabels(
                Text(root, "report") ?? throw new FormatException($"{path}: no \"report\"."), plan, Text(root, "agency") ?? "",
                root.TryGetProperty("passages", out var ps) ? ps.Deserialize<List<PassageLabel>>(Json) ?? [] : [],
                root.TryGetProperty("silentTasks", out var st) ? st.Deserialize<List<string>>(Json) ?? [] : [])
            {
                PlanSource = Text(root, "planSource"),
                PlanLabel = Text(root, "planLabel") ?? planLabel,
                LabelledBlind = root.TryGetProperty("labelledBlind", out var b) && b.ValueKind == JsonValueKind.True,
            };
        }
        catch (JsonException e) { throw new FormatException($"{path}: malformed label file ({e.Message}).", e); }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>
/// One labelled passage: an anchor from its text, its task path (null: other work), its claim and completion date, and
/// other paths of the same plan the passage answers equally (an appendix row and its body twin).
/// </summary>
public sealed record PassageLabel(string Anchor, string? Task, string? Claim, DateOnly? CompletedOn, IReadOnlyList<string>? TaskAlternatives = null)
{
    /// <summary>Whether a predicted task path is this passage's task or one of its alternatives.</summary>
    public bool Names(string path) => Task == path || TaskAlternatives?.Contains(path) == true;
}

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
    /// label names the same task (or one of its alternatives); every other predicted link is wrong (unlabelled passages
    /// are about no task). Claims are scored on labelled passages that have a task, dates on those that state one.
    /// <paramref name="labelPath"/> gives a stored task's path in the labels' numbering (default: its own path).
    /// </summary>
    public static ReportScore Of(ReportCheck check, ReportLabels labels, Func<TrackedTask, string>? labelPath = null)
    {
        labelPath ??= t => t.Path;
        int linked = 0, correct = 0, claimsRight = 0, claimsScored = 0, datesRight = 0, datesScored = 0;
        var found = new HashSet<PassageLabel>();
        foreach (var m in check.Passages)
        {
            var text = Squeeze(m.Passage.Text);
            // Anchors are verbatim but compared without case (blind labellers were told so); a passage may hold several.
            var held = labels.Passages.Where(l => text.Contains(Squeeze(l.Anchor), StringComparison.OrdinalIgnoreCase)).ToList();
            var label = held.FirstOrDefault(l => l.Task is not null) ?? held.FirstOrDefault();
            // Only the label scored here is found: another one in the same passage counts as missed for its claim.
            if (label is not null) found.Add(label);
            if (m.Task is not null)
            {
                linked++;
                var path = labelPath(m.Task);
                if (held.Any(l => l.Task is not null && l.Names(path))) correct++;
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
        var predicted = check.Unmentioned.Select(labelPath).ToHashSet(StringComparer.Ordinal);
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
