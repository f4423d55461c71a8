using DirectiveTracker.Index.Alerts;
using DirectiveTracker.Index.Progress;

namespace DirectiveTracker.Index.Storage;

/// <summary>
/// What both backends' stores share as it is: review (task add/delete/split/merge, the agency directory), progress and
/// alerts, written once in portable SQL (<see cref="ReviewRecords"/>, <see cref="ProgressRecords"/>,
/// <see cref="AlertRecords"/>) over the store's own connection. A store provides its reads and its index's catching up.
/// </summary>
public abstract class TrackerStoreBase : IProgressStore, IAlertStore
{
    private protected ReviewRecords Review { get; set; } = null!;
    private protected ProgressRecords Progress { get; set; } = null!;
    private protected AlertRecords Alerts { get; set; } = null!;

    /// <summary>One task with its owners and status; null when there is no such task.</summary>
    public abstract StoredTask? GetTask(long taskId, DateOnly today);

    /// <summary>The directory entry of an agency key; null when unknown.</summary>
    public abstract AgencySummary? GetAgency(string agencyKey);

    /// <summary>After a write that queued index changes: the index applies them now when this process can write it.</summary>
    private protected abstract void IndexQueuedChanges();

    // ---------------------------------------------------------------- review (see ITrackerStore)

    public StoredTask? AddTask(long documentId, string path, TaskEdit content, DateOnly today) =>
        Review.AddTask(documentId, path, content) is { } id ? Indexed(() => GetTask(id, today)) : null;

    public bool DeleteTask(long taskId) => Review.DeleteTask(taskId) && Indexed(() => true);

    public IReadOnlyList<StoredTask>? SplitTask(long taskId, IReadOnlyList<string> parts, DateOnly today)
    {
        var texts = TaskReview.SplitParts(parts);
        if (GetTask(taskId, today) is not { } task) return null;
        var ids = Review.SplitTask(task, texts);
        return Indexed(() => ids.Select(id => GetTask(id, today)!).ToList());
    }

    public StoredTask? MergeTasks(IReadOnlyList<long> taskIds, DateOnly today)
    {
        var ids = taskIds.Distinct().ToList();
        if (ids.Count < 2) throw new ArgumentException("A merge needs at least two tasks.", nameof(taskIds));
        var tasks = new List<StoredTask>();
        foreach (var id in ids)
        {
            if (GetTask(id, today) is not { } t) return null;
            tasks.Add(t);
        }
        Review.MergeTasks(tasks, TaskReview.Merge(tasks, nameof(taskIds)));
        return Indexed(() => GetTask(tasks[0].Id, today));
    }

    public AgencySummary SaveAgency(AgencyEntry entry)
    {
        var key = Review.SaveAgency(entry);
        return Indexed(() => GetAgency(key)!);
    }

    public bool RemoveAgency(string agencyKey) => Review.RemoveAgency(agencyKey) && Indexed(() => true);

    public IReadOnlyList<UnmappedOwnerName> ListUnmappedOwners() => Review.ListUnmappedOwners();

    /// <summary>The index follows a committed progress change (its completion feeds the index's status) before the caller goes on.</summary>
    private T Followed<T>(T written)
    {
        IndexQueuedChanges();
        return written;
    }

    /// <summary>The index follows a committed change before the result is read.</summary>
    private T Indexed<T>(Func<T> read)
    {
        IndexQueuedChanges();
        return read();
    }

    // ---------------------------------------------------------------- progress and alerts

    /// <summary>Status settings (due-soon days) used by the progress reads.</summary>
    public StatusOptions StatusOptions { init => Progress.States = new TaskStateCalculator(value); }

    /// <summary>Lead tasks by agency and status: the status every task list shows (<see cref="WithComputedStatus"/>).</summary>
    public IReadOnlyList<AgencyStatusCount> CountTasksByAgency(DateOnly today) => Progress.CountTasksByAgency(today);

    /// <summary>
    /// Tasks read from their rows, with the status the progress side computes (<see cref="Task"/>: occurrences of
    /// recurring tasks, deadlines inherited from the plan), so every list shows the status the task's page shows.
    /// </summary>
    private protected List<StoredTask> WithComputedStatus(List<StoredTask> tasks, DateOnly today)
    {
        var states = Progress.StatesOf([.. tasks.Select(t => t.Id)], today);
        return [.. tasks.Select(t => states.TryGetValue(t.Id, out var s) ? t with { Status = s.Status } : t)];
    }

    /// <summary>
    /// A task list's page: the tasks of <paramref name="taskRows"/> (alias e) matching <paramref name="where"/>, of
    /// <paramref name="status"/> when given, ordered by effective due (a recurring task's current occurrence, a deadline
    /// inherited from the plan; undated last), then id. Returns the total and the page's ids in order.
    /// </summary>
    private protected (int Total, List<long> Ids) ListPage(string taskRows, string where, (string, object?)[] parameters,
        TaskStatus? status, int offset, int limit, DateOnly today)
    {
        var matching = Progress.Current(today, $"{taskRows} e JOIN documents d ON d.id = e.document_id", where, parameters);
        if (status is { } wanted) matching.RemoveAll(t => t.Status != wanted);
        // One key per task (day number, undated last; then id): a plain sort, not three LINQ keys over 100,000 tasks.
        matching.Sort((a, b) => (a.Due?.DayNumber ?? int.MaxValue, a.Id).CompareTo((b.Due?.DayNumber ?? int.MaxValue, b.Id)));
        return (matching.Count, [.. matching.Skip(offset).Take(limit).Select(t => t.Id)]);
    }

    /// <summary>The tasks of <paramref name="ids"/> in that order.</summary>
    private protected static List<StoredTask> InOrder(List<StoredTask> tasks, List<long> ids)
    {
        var position = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return [.. tasks.OrderBy(t => position[t.Id])];
    }

    public TrackedTask? Task(long taskId, DateOnly today) => Progress.Task(taskId, today);
    public IReadOnlyList<TrackedTask> FindTasks(string documentNumber, string path, DateOnly today) => Progress.FindTasks(documentNumber, path, today);
    public IReadOnlyList<TrackedTask> DocumentTasks(long documentId, DateOnly today) => Progress.DocumentTasks(documentId, today);
    public IReadOnlyList<StoredPlan> FindPlans(IEnumerable<string> numbers) => Progress.FindPlans(numbers);
    public long AddUpdate(ProgressUpdateInput update) => Followed(Progress.AddUpdate(update));
    public IReadOnlyList<ProgressUpdateRecord> History(long taskId) => Progress.History(taskId);
    public IReadOnlyList<long> SaveProposals(long reportDocumentId, IReadOnlyList<ProposalInput> proposals) => Progress.SaveProposals(reportDocumentId, proposals);
    public IReadOnlyList<long> ReplacePendingProposals(long reportDocumentId, IReadOnlyList<ProposalInput> proposals) => Progress.ReplacePendingProposals(reportDocumentId, proposals);
    public IReadOnlyList<ProposalRecord> ReportProposals(long reportDocumentId) => Progress.ReportProposals(reportDocumentId);
    public ProposalRecord? Proposal(long proposalId) => Progress.Proposal(proposalId);
    public IReadOnlyList<ProposalRecord> PendingProposals(long? reportDocumentId = null) => Progress.PendingProposals(reportDocumentId);
    public long AcceptProposal(long proposalId, string decidedBy, DateOnly today) => Followed(Progress.AcceptProposal(proposalId, decidedBy, today));
    public void RejectProposal(long proposalId, string decidedBy) => Progress.RejectProposal(proposalId, decidedBy);
    public void KeepWaitingReport(long reportDocumentId, IEnumerable<string> planNumbers) => Progress.KeepWaitingReport(reportDocumentId, planNumbers);
    public void StopWaiting(long reportDocumentId, string planNumber) => Progress.StopWaiting(reportDocumentId, planNumber);
    public IReadOnlyList<long> ReportsWaitingFor(string planNumber) => Progress.ReportsWaitingFor(planNumber);
    public PlanGaps PlanGaps(long documentId, DateOnly today) => Progress.PlanGaps(documentId, today);
    public AgencyGaps AgencyGaps(string agencyName, DateOnly today) => Progress.AgencyGaps(agencyName, today);
    public DirectiveGaps DirectiveGaps(string directiveNumber, DateOnly today) => Progress.DirectiveGaps(directiveNumber, today);

    public AlertScanMark? LastAlertScan() => Alerts.LastAlertScan();
    public DateOnly? OldestOpenDue() => Alerts.OldestOpenDue();
    public IReadOnlyList<DueItem> DueItems(IReadOnlyList<DueRange> ranges, DateTimeOffset? addedAfter) => Alerts.DueItems(ranges, addedAfter);
    public IReadOnlyList<Alert> Describe(IReadOnlyList<(DueItem Item, Rung Rung)> reached) => Alerts.Describe(reached);
    public IReadOnlySet<string> DecidedAlerts(IReadOnlyCollection<string> identities) => Alerts.DecidedAlerts(identities);
    public IReadOnlyList<Alert> CommitAlerts(AlertScanMark scan, IReadOnlyList<Alert> alerts, Func<IReadOnlyList<Alert>, IReadOnlyList<OutboxMessage>> compose) =>
        Alerts.CommitAlerts(scan, alerts, compose);
    public IReadOnlyList<OutboxEntry> ClaimOutbox(DateTimeOffset now, int limit, TimeSpan lease) => Alerts.ClaimOutbox(now, limit, lease);
    public void MarkOutboxSent(long id, DateTimeOffset at) => Alerts.MarkOutboxSent(id, at);
    public void MarkOutboxFailed(long id, string error, DateTimeOffset? retryAt) => Alerts.MarkOutboxFailed(id, error, retryAt);
    public void MarkOutboxUnmapped(long id, DateTimeOffset retryAt) => Alerts.MarkOutboxUnmapped(id, retryAt);
    public IReadOnlyList<OutboxEntry> Outbox(string state, int limit = 200) => Alerts.Outbox(state, limit);
    public IReadOnlyList<string> AgencyEmails(string agencyKey) => Alerts.AgencyEmails(agencyKey);
    public void SetAgencyEmails(string agencyKey, IReadOnlyList<string> emails) => Alerts.SetAgencyEmails(agencyKey, emails);
    public IReadOnlyList<UnmappedOwner> UnmappedOwners() => Alerts.UnmappedOwners();
    public int UnreadNotifications(string agencyKey, string userId) => Alerts.UnreadNotifications(agencyKey, userId);
    public IReadOnlyList<AlertNotification> Notifications(string agencyKey, int limit = 50) => Alerts.Notifications(agencyKey, limit);
    public void MarkNotificationsRead(string userId, long upToId) => Alerts.MarkNotificationsRead(userId, upToId);
}
