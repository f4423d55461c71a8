using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Reports;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Index.Progress;

/// <summary>A proposed status for one task: the claim, the evidence passages, the confidence and the status it would give.</summary>
public sealed record TaskProposal(TrackedTask Task, ProgressClaim Claim, DateOnly? CompletedOn, double Confidence,
    IReadOnlyList<PassageMatch> Evidence, TaskStatus ProposedStatus);

/// <summary>
/// A report checked against the store: the plans found (and those cited but not stored), each passage with its task
/// and claim, the reporting agency's tasks never mentioned, and a proposal per mentioned task.
/// </summary>
public sealed record ReportCheck(ReportReading Report, string? AgencyKey, IReadOnlyList<StoredPlan> Plans, IReadOnlyList<string> MissingPlans,
    IReadOnlyList<PassageMatch> Passages, IReadOnlyList<TrackedTask> Unmentioned, IReadOnlyList<TaskProposal> Proposals);

/// <summary>Settings of report intake (section "Progress" of the configuration: <c>Progress:AutoApplyConfidence</c>).</summary>
public sealed class ReportIntakeOptions
{
    /// <summary>Proposals at or above this confidence are applied without a clerk (and say so); above 1 never.</summary>
    public double AutoApplyConfidence { get; set; } = 1.01;

    /// <summary>Whether any proposal can be applied without a clerk.</summary>
    public bool AutoApplies => AutoApplyConfidence <= 1;
}

/// <summary>What proposing from a report did: the proposals left for the clerk and those applied at once.</summary>
public sealed record ProposalOutcome(IReadOnlyList<long> Pending, IReadOnlyList<long> Applied);

/// <summary>
/// Runs report reading and matching against the store without changing anything (<see cref="Check"/>), and keeps the
/// proposals for a clerk, applying those above the configured confidence (<see cref="Propose"/>).
/// </summary>
public sealed class ReportChecker(IProgressStore store, IAgencyKeys agencyKeys, ReportReader? reader = null, ReportMatcher? matcher = null,
    TaskStateCalculator? states = null)
{
    private readonly ReportReader _reader = reader ?? new();
    private readonly ReportMatcher _matcher = matcher ?? new();
    private readonly TaskStateCalculator _states = states ?? new();

    /// <summary>The check of a report, or null when the document is not a report.</summary>
    public ReportCheck? Check(IngestedDocument document, ExtractionResult extraction, DateOnly today)
    {
        var report = _reader.Read(document, extraction);
        if (report is null) return null;
        var plans = Answered(report.Plans, store.FindPlans(report.Plans.Select(p => p.Number)), report.IssuedOn ?? today);
        var missing = report.Plans.Where(p => !plans.Any(s => s.Number is { } n && DocumentNumberKey.Of(n) == DocumentNumberKey.Of(p.Number)))
            .Select(p => p.Number).ToList();
        var tasks = plans.SelectMany(p => store.DocumentTasks(p.DocumentId, today)).ToList();
        var key = report.Agency is { } a ? agencyKeys.Key(a) : null;
        var matches = _matcher.Match(report.Passages, tasks, report.Agency, key);
        var mentioned = matches.Where(m => m.Task is not null).Select(m => m.Task!.TaskId).ToHashSet();
        var unmentioned = _matcher.AgencyTasks(tasks, report.Agency, key).Where(t => !mentioned.Contains(t.TaskId)).ToList();
        var reportedOn = report.IssuedOn ?? today;
        return new ReportCheck(report, key, plans, missing, matches, unmentioned, Proposals(matches, reportedOn));
    }

    /// <summary>
    /// The stored plans a report answers among those with a cited number. Numbers repeat — every year's plan of a UBND
    /// may be 29/KH-UBND, and so may a neighbouring district's — so several stored plans with the number are narrowed
    /// to the one of the cited date; failing that (no date cited, or a date read wrong), to the newest issued by the
    /// report's date. One stored plan with the number is taken whatever its date.
    /// </summary>
    internal static List<StoredPlan> Answered(IReadOnlyList<AnsweredPlan> cited, IReadOnlyList<StoredPlan> stored, DateOnly reportedOn)
    {
        var answered = new List<StoredPlan>();
        foreach (var plan in cited)
        {
            var key = DocumentNumberKey.Of(plan.Number);
            var same = stored.Where(s => s.Number is { } n && DocumentNumberKey.Of(n) == key).ToList();
            var ofDate = same.Where(s => plan.IssuedOn is { } d && s.IssuedOn == d).ToList();
            var chosen = same.Count <= 1 ? same
                : ofDate.Count > 0 ? ofDate
                : same.Where(s => s.IssuedOn is null || s.IssuedOn <= reportedOn).OrderByDescending(s => s.IssuedOn).ThenByDescending(s => s.DocumentId).Take(1)
                    .DefaultIfEmpty(same.MaxBy(s => s.DocumentId)!).ToList();
            answered.AddRange(chosen.Where(c => !answered.Contains(c)));
        }
        return answered;
    }

    /// <summary>
    /// Keeps the check's proposals for the clerk, in place of the report's earlier pending ones (decided ones stay, and a
    /// task whose same claim was already decided is not proposed again); applies those at or above
    /// <see cref="ReportIntakeOptions.AutoApplyConfidence"/>. The report waits for the plans it cites that are not stored
    /// and no longer for those that are.
    /// </summary>
    public ProposalOutcome Propose(long reportDocumentId, ReportCheck check, ReportIntakeOptions options, DateOnly today)
    {
        if (check.MissingPlans.Count > 0) store.KeepWaitingReport(reportDocumentId, check.MissingPlans);
        foreach (var plan in check.Plans)
            if (plan.Number is { } n) store.StopWaiting(reportDocumentId, n);
        var reportedOn = check.Report.IssuedOn ?? today;
        var decided = store.ReportProposals(reportDocumentId).Where(p => p.State != ProposalState.Pending)
            .Select(p => (p.TaskId, p.Claim, p.CompletedOn)).ToHashSet();
        var fresh = check.Proposals.Where(p => !decided.Contains((p.Task.TaskId, p.Claim, p.CompletedOn))).ToList();
        var ids = store.ReplacePendingProposals(reportDocumentId, fresh.Select(p => new ProposalInput(p.Task.TaskId, p.Claim, p.CompletedOn,
            p.Confidence, p.Evidence.Select(e => e.Passage.Text).ToList(), reportedOn, check.AgencyKey)).ToList());
        var pending = new List<long>();
        var applied = new List<long>();
        for (int i = 0; i < ids.Count; i++)
        {
            if (fresh[i].Confidence < options.AutoApplyConfidence) { pending.Add(ids[i]); continue; }
            store.AcceptProposal(ids[i], AutoDecider(options), today);
            applied.Add(ids[i]);
        }
        return new ProposalOutcome(pending, applied);
    }

    /// <summary>Who decided a proposal applied without a clerk, as its history shows it.</summary>
    public static string AutoDecider(ReportIntakeOptions options) =>
        "tự động (độ tin cậy ≥ " + options.AutoApplyConfidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + ")";

    /// <summary>One proposal per task from its passages that claim something: the most confident claim wins; done work takes the latest date stated.</summary>
    private List<TaskProposal> Proposals(IReadOnlyList<PassageMatch> matches, DateOnly reportedOn)
    {
        var result = new List<TaskProposal>();
        foreach (var group in matches.Where(m => m.Task is not null && m.Passage.Claim is not null).GroupBy(m => m.Task!.TaskId))
        {
            var evidence = group.OrderByDescending(m => m.Confidence).ToList();
            var claim = Claim(evidence[0].Passage.Claim!.Value);
            var agreeing = evidence.Where(e => Claim(e.Passage.Claim!.Value) == claim).ToList();
            // Disagreeing evidence lowers the confidence.
            double confidence = Math.Round(evidence[0].Confidence * agreeing.Count / evidence.Count, 2);
            DateOnly? completed = claim == ProgressClaim.Done ? agreeing.Select(e => e.Passage.CompletedOn).Max() : null;
            var task = evidence[0].Task!;
            // Only done work changes the computed status; in progress and not done leave it to the deadline.
            var status = claim == ProgressClaim.Done ? _states.Compute(Timeline(task, completed ?? reportedOn), reportedOn).Status : task.State.Status;
            result.Add(new TaskProposal(task, claim, completed, confidence, evidence, status));
        }
        return result.OrderBy(p => p.Task.DocumentId).ThenBy(p => p.Task.TaskId).ToList();
    }

    /// <summary>The task as it would be with the completion; its deadline as the store computed it.</summary>
    private static TaskTimeline Timeline(TrackedTask task, DateOnly? completedOn) => new(
        task.State.Occurrences.Count > 0 || task.State.EffectiveDue is null ? null : Extract.Model.DeadlineKind.Date,
        task.State.EffectiveDue, null, task.State.DueText, null, null, completedOn);

    private static ProgressClaim Claim(PassageClaim c) => c switch
    {
        PassageClaim.Done => ProgressClaim.Done,
        PassageClaim.InProgress => ProgressClaim.InProgress,
        _ => ProgressClaim.NotDone,
    };
}
