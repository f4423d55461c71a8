using System.Text.Json;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Web.Accounts;
using DirectiveTracker.Web.Hosting;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Progress;

/// <summary>A proposal as the clerk's screen shows it: the proposal, its task as tracked and the plan's title.</summary>
public sealed record ProposalView(ProposalRecord Proposal, TrackedTask? Task, string? PlanTitle);

/// <summary>A report waiting for decisions: its document and how many of its proposals are pending.</summary>
public sealed record PendingReport(long ReportDocumentId, DocumentSummary? Report, int Pending, double TopConfidence);

/// <summary>What a decision did; <see cref="Error"/> is a Vietnamese message when nothing was done.</summary>
public sealed record DecisionOutcome(int Decided, string? Error = null, bool NotFound = false);

/// <summary>
/// The clerk's decisions on proposals made from progress reports: accept (the update is recorded, channel Report),
/// reject (nothing else changes), or accept every pending one at or above a confidence. Each decision made here also
/// goes to the audit log (who did what); the store alone says what is decided, auto-applied proposals included.
/// </summary>
public sealed class ProposalDecisions(WebDb db, IOptions<TrackerWebOptions> web, ILogger<ProposalDecisions> log)
{
    private const string AcceptAction = "proposal.accept", RejectAction = "proposal.reject";
    private DateOnly Today => web.Value.TodayOrNow;

    public IReadOnlyList<PendingReport> PendingReports(ITrackerStore store) =>
        [.. store.PendingProposals().GroupBy(p => p.ReportDocumentId)
            .Select(g => new PendingReport(g.Key, store.GetDocument(g.Key, Today)?.Summary, g.Count(), g.Max(p => p.Confidence)))
            .OrderByDescending(r => r.Report?.AddedAt).ThenByDescending(r => r.ReportDocumentId)];

    /// <summary>A report's proposals: the pending ones (most confident first), then the decided ones in the report's order.</summary>
    public IReadOnlyList<ProposalView> ForReport(ITrackerStore store, long reportDocumentId)
    {
        var all = store.ReportProposals(reportDocumentId);
        var records = all.Where(p => p.State == ProposalState.Pending).OrderByDescending(p => p.Confidence).ThenBy(p => p.Id)
            .Concat(all.Where(p => p.State != ProposalState.Pending));
        return [.. records.Select(p => View(store, p))];
    }

    public async Task<DecisionOutcome> AcceptAsync(ITrackerStore store, Viewer viewer, long reportDocumentId, long proposalId)
    {
        if (Pending(store, reportDocumentId, proposalId) is not { } p) return Refusal(store, reportDocumentId, proposalId);
        long update;
        try { update = store.AcceptProposal(p.Id, viewer.Name, Today); }
        catch (InvalidOperationException) { return AlreadyDecided; } // another clerk decided it between the read and now
        await AuditAsync(viewer, AcceptAction, p, update);
        return new(1);
    }

    public async Task<DecisionOutcome> RejectAsync(ITrackerStore store, Viewer viewer, long reportDocumentId, long proposalId)
    {
        if (Pending(store, reportDocumentId, proposalId) is not { } p) return Refusal(store, reportDocumentId, proposalId);
        try { store.RejectProposal(p.Id, viewer.Name); }
        catch (InvalidOperationException) { return AlreadyDecided; }
        await AuditAsync(viewer, RejectAction, p, null);
        return new(1);
    }

    /// <summary>Accepts every pending proposal of the report whose confidence is at least <paramref name="threshold"/> (0–1).</summary>
    public async Task<DecisionOutcome> AcceptAboveAsync(ITrackerStore store, Viewer viewer, long reportDocumentId, double threshold)
    {
        if (double.IsNaN(threshold) || threshold is < 0 or > 1) return new(0, "Độ tin cậy phải từ 0 đến 100 %.");
        int n = 0;
        foreach (var p in store.PendingProposals(reportDocumentId).Where(p => p.Confidence >= threshold))
        {
            long update;
            try { update = store.AcceptProposal(p.Id, viewer.Name, Today); }
            catch (InvalidOperationException) { continue; } // decided meanwhile by someone else
            await AuditAsync(viewer, AcceptAction, p, update);
            n++;
        }
        return n == 0 ? new(0, $"Không có đề xuất nào đang chờ có độ tin cậy từ {ProgressLabels.Percent(threshold)}.") : new(n);
    }

    private static ProposalRecord? Pending(ITrackerStore store, long reportDocumentId, long proposalId) =>
        store.Proposal(proposalId) is { State: ProposalState.Pending } p && p.ReportDocumentId == reportDocumentId ? p : null;

    private static readonly DecisionOutcome AlreadyDecided = new(0, "Đề xuất này đã được xử lý trước đó.");

    private static DecisionOutcome Refusal(ITrackerStore store, long reportDocumentId, long proposalId) =>
        store.Proposal(proposalId) is { } p && p.ReportDocumentId == reportDocumentId ? AlreadyDecided : new(0, NotFound: true);

    private ProposalView View(ITrackerStore store, ProposalRecord p) =>
        new(p, store.Task(p.TaskId, Today), store.GetTask(p.TaskId, Today)?.DocumentTitle);

    private async Task AuditAsync(Viewer viewer, string action, ProposalRecord p, long? updateId)
    {
        db.Audit.Add(new AuditEntry
        {
            At = DateTime.UtcNow, UserName = viewer.Name, Action = action, DocumentId = p.ReportDocumentId, TaskId = p.TaskId,
            After = JsonSerializer.Serialize(new { proposal = p.Id, update = updateId }),
        });
        await db.SaveChangesAsync();
        log.LogInformation("{Action} {ProposalId} of report {ReportId} (task {TaskId}) by {User}", action, p.Id, p.ReportDocumentId, p.TaskId, viewer.Name);
    }
}
