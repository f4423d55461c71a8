using System.Data.Common;
using DirectiveTracker.Index.Alerts;
using DirectiveTracker.Index.Progress;

namespace DirectiveTracker.Index.Storage;

/// <summary>
/// What both backends' stores share as it is: documents and tasks (<see cref="DocumentRecords"/>, <see cref="DocumentReads"/>),
/// review (task add/delete/split/merge, the agency directory), progress and alerts, written once in portable SQL
/// (<see cref="ReviewRecords"/>, <see cref="ProgressRecords"/>, <see cref="AlertRecords"/>) over the store's own
/// connection. A store provides its connection, its write transaction and its index's catching up.
/// </summary>
public abstract class TrackerStoreBase : IProgressStore, IAlertStore
{
    private protected DocumentRecords Records { get; private set; } = null!;
    private protected DocumentReads Reads { get; private set; } = null!;
    private protected ReviewRecords Review { get; private set; } = null!;
    private protected ProgressRecords Progress { get; private set; } = null!;
    private protected AlertRecords Alerts { get; private set; } = null!;

    /// <summary>Builds the shared parts over the store's open connection (<paramref name="beginWrite"/>: the backend's write transaction).</summary>
    private protected void OpenRecords(DbConnection db, StoreDialect dialect, SearchIndexOptions options, Func<DbTransaction> beginWrite)
    {
        var agencyKeys = options.AgencyKeys;
        Records = new DocumentRecords(db, dialect, agencyKeys, beginWrite);
        Review = new ReviewRecords(db, dialect, Records, beginWrite);
        Progress = new ProgressRecords(db, dialect, name => Records.AgencyKey(name)) { States = new TaskStateCalculator(options.Status) };
        Alerts = new AlertRecords(db, dialect);
        Reads = new DocumentReads(db, dialect, Progress);
    }

    /// <summary>After a write that queued index changes: the index applies them now when this process can write it.</summary>
    private protected abstract void IndexQueuedChanges();

    /// <summary>Test hook: called at each write step ("document", "tasks", "index"); throwing there must roll back everything.</summary>
    internal Action<string>? OnWrite { get => Records.OnWrite; set => Records.OnWrite = value; }

    // ---------------------------------------------------------------- documents and tasks (see ITrackerStore)

    public StoredDocument? GetDocument(long documentId, DateOnly today) => Reads.GetDocument(documentId, today);
    public IReadOnlyList<DocumentSummary> ListDocuments(int offset, int limit) => Reads.ListDocuments(offset, limit);

    /// <summary>One task with its owners and status; null when there is no such task.</summary>
    public StoredTask? GetTask(long taskId, DateOnly today) => Reads.GetTask(taskId, today);

    public TaskPage ListTasks(TaskQuery query) => Reads.ListTasks(query);
    public IReadOnlyList<MonthCount> CountTasksByMonth(DateOnly from, int months, string? agencyKey) => Reads.CountTasksByMonth(from, months, agencyKey);
    public IReadOnlyList<AgencySummary> ListAgencies() => Reads.ListAgencies();

    /// <summary>The directory entry of an agency key; null when unknown.</summary>
    public AgencySummary? GetAgency(string agencyKey) => Reads.GetAgency(agencyKey);

    public string AgencyKeyOf(string name) => Records.AgencyKey(name);

    public (StoredTask Before, StoredTask After)? UpdateTask(long taskId, TaskEdit edit, DateOnly today)
    {
        if (Records.UpdateTask(taskId, edit, tx => Reads.GetTask(taskId, today, tx)) is not { } before) return null;
        return Indexed(() => (before, GetTask(taskId, today)!));
    }

    public bool DeleteDocument(long documentId)
    {
        bool deleted = Records.DeleteDocument(documentId);
        return Indexed(() => deleted);
    }

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

    /// <summary>Lead tasks by agency and status: the status every task list shows.</summary>
    public IReadOnlyList<AgencyStatusCount> CountTasksByAgency(DateOnly today) => Progress.CountTasksByAgency(today);

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
