namespace DirectiveTracker.Index.Alerts;

/// <summary>
/// What reminders need of the store: due tasks and occurrences, decided alerts with their outbox (written in one
/// transaction), the outbox's delivery state, agency addresses and in-app notifications. Both stores implement it
/// (Storage/AlertRecords.cs) as part of <see cref="ITrackerStore"/>.
/// </summary>
public interface IAlertStore
{
    /// <summary>The last scan that committed, if any.</summary>
    AlertScanMark? LastAlertScan();

    /// <summary>The earliest due date of an open task or occurrence (how far back weekly rounds can reach).</summary>
    DateOnly? OldestOpenDue();

    /// <summary>Open tasks and occurrences due in one of the ranges, and every open one of documents added after <paramref name="addedAfter"/>.</summary>
    IReadOnlyList<DueItem> DueItems(IReadOnlyList<DueRange> ranges, DateTimeOffset? addedAfter);

    /// <summary>Alerts for the rungs reached: document number and title, task text and owners added.</summary>
    IReadOnlyList<Alert> Describe(IReadOnlyList<(DueItem Item, Rung Rung)> reached);

    /// <summary>Those of the identities already decided.</summary>
    IReadOnlySet<string> DecidedAlerts(IReadOnlyCollection<string> identities);

    /// <summary>
    /// In one transaction: records the alerts not decided before with their recipients (which are also the agencies'
    /// in-app notifications), the outbox messages <paramref name="compose"/> makes of exactly those, and the scan's mark. Returns the alerts that were new.
    /// </summary>
    IReadOnlyList<Alert> CommitAlerts(AlertScanMark scan, IReadOnlyList<Alert> alerts, Func<IReadOnlyList<Alert>, IReadOnlyList<OutboxMessage>> compose);

    /// <summary>Leases up to <paramref name="limit"/> messages due for sending (pending or unmapped, retry time reached, no live lease).</summary>
    IReadOnlyList<OutboxEntry> ClaimOutbox(DateTimeOffset now, int limit, TimeSpan lease);

    void MarkOutboxSent(long id, DateTimeOffset at);

    /// <summary>A failed attempt: retried at <paramref name="retryAt"/>, or failed for good when it is null.</summary>
    void MarkOutboxFailed(long id, string error, DateTimeOffset? retryAt);

    /// <summary>No address for the recipient: kept, listed for admins, and tried again at <paramref name="retryAt"/>.</summary>
    void MarkOutboxUnmapped(long id, DateTimeOffset retryAt);

    /// <summary>Outbox messages by state (pending, sent, failed, unmapped), newest first.</summary>
    IReadOnlyList<OutboxEntry> Outbox(string state, int limit = 200);

    /// <summary>The directory's addresses of an agency.</summary>
    IReadOnlyList<string> AgencyEmails(string agencyKey);

    /// <summary>Replaces an agency's addresses in the directory.</summary>
    void SetAgencyEmails(string agencyKey, IReadOnlyList<string> emails);

    /// <summary>Owners that alerts went to and that have no address in the directory (the web also drops those with staff accounts).</summary>
    IReadOnlyList<UnmappedOwner> UnmappedOwners();

    /// <summary>Unread in-app notifications of a user (the web's user id): those for their agency after the last one they read.</summary>
    int UnreadNotifications(string agencyKey, string userId);

    /// <summary>An agency's newest notifications.</summary>
    IReadOnlyList<AlertNotification> Notifications(string agencyKey, int limit = 50);

    void MarkNotificationsRead(string userId, long upToId);
}

/// <summary>A message in the outbox with its delivery state.</summary>
public sealed record OutboxEntry(long Id, string Channel, string Recipient, string Subject, string Body, string? Html,
    string State, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

/// <summary>An owner without an address: its key, a name as written, how many alerts and unsent messages it has.</summary>
public sealed record UnmappedOwner(string AgencyKey, string Name, int Alerts, int UnsentMessages);

/// <summary>An in-app notification: the alert it tells of (its id is the alert's).</summary>
public sealed record AlertNotification(long Id, string AgencyKey, string Role, string? DocumentNumber, long DocumentId, string TaskPath,
    string Rule, DateOnly Due, bool Inherited, DateTimeOffset CreatedAt);
