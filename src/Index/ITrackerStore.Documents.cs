using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;

namespace DirectiveTracker.Index;

/// <summary>Reading and correcting what is stored: what the web pages and the API show and edit.</summary>
public partial interface ITrackerStore
{
    /// <summary>A stored document with its clean text, tasks and references; null when there is no such document.</summary>
    StoredDocument? GetDocument(long documentId, DateOnly today);

    /// <summary>The most recently added documents, newest first.</summary>
    IReadOnlyList<DocumentSummary> ListDocuments(int offset, int limit);

    /// <summary>One task with its owners and status; null when there is no such task.</summary>
    StoredTask? GetTask(long taskId, DateOnly today);

    /// <summary>Tasks matching the query (agency, role, status, due range), by deadline then id, with the total.</summary>
    TaskPage ListTasks(TaskQuery query);

    /// <summary>Task counts per lead agency and status (the dashboard).</summary>
    IReadOnlyList<AgencyStatusCount> CountTasksByAgency(DateOnly today);

    /// <summary>Tasks due in each month from <paramref name="from"/> for <paramref name="months"/> months, optionally for one agency.</summary>
    IReadOnlyList<MonthCount> CountTasksByMonth(DateOnly from, int months, string? agencyKey);

    /// <summary>Every agency in the directory with how many tasks it leads and supports.</summary>
    IReadOnlyList<AgencySummary> ListAgencies();

    /// <summary>The directory entry of an agency key; null when unknown.</summary>
    AgencySummary? GetAgency(string agencyKey);

    /// <summary>The canonical key an agency name is filed under (the store's keying).</summary>
    string AgencyKeyOf(string name);

    /// <summary>Changes a task and re-indexes its document in the same transaction; returns the task before and after, or null when missing.</summary>
    (StoredTask Before, StoredTask After)? UpdateTask(long taskId, TaskEdit edit, DateOnly today);

    /// <summary>Deletes a document, its tasks and its index entries in one transaction; false when there was none.</summary>
    bool DeleteDocument(long documentId);
}

/// <summary>A document as listed: what a table row shows.</summary>
public sealed record DocumentSummary(long Id, DocumentKind Kind, string? Number, string? Title, string? Issuer, DateOnly? IssuedOn,
    string SourceName, DateTime AddedAt, int TaskCount);

/// <summary>A stored document: metadata, clean text, references (linked to stored documents when we have them) and tasks.</summary>
public sealed record StoredDocument
{
    public required DocumentSummary Summary { get; init; }
    public string? Place { get; init; }
    public Signer? Signer { get; init; }
    public required string Format { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<StoredReference> References { get; init; } = [];
    /// <summary>Stored documents that cite this one (plans implementing a directive, for instance).</summary>
    public IReadOnlyList<DocumentSummary> CitedBy { get; init; } = [];
    public IReadOnlyList<StoredTask> Tasks { get; init; } = [];
    /// <summary>The document's files, oldest first; the current one gave its text and metadata.</summary>
    public IReadOnlyList<DocumentVersion> Versions { get; init; } = [];
}

/// <summary>A cited document; <see cref="DocumentId"/> is set when a document with that number is stored.</summary>
public sealed record StoredReference(DocumentKind Kind, string Number, DateOnly? IssuedOn, string? Issuer, string Relation, long? DocumentId);

/// <summary>A stored task with its document's number and title and its status on the given day.</summary>
public sealed record StoredTask
{
    public required long Id { get; init; }
    public required long DocumentId { get; init; }
    public string? DocumentNumber { get; init; }
    public string? DocumentTitle { get; init; }
    public required string Path { get; init; }
    public required string Text { get; init; }
    public string? Mode { get; init; }
    public Deadline? Deadline { get; init; }
    public TaskCategory Category { get; init; }
    public IReadOnlyList<TaskOwner> Owners { get; init; } = [];
    public DateOnly? CompletedOn { get; init; }
    public TaskStatus Status { get; init; }
    /// <summary>The extraction's probability that this is a task at all (0–1); 1 once a person corrected or added it; null without a model.</summary>
    public double? Confidence { get; init; }
    /// <summary>A person corrected, added, split or merged this task (a new version of the file keeps it as it is).</summary>
    public bool Reviewed { get; init; }

    public IEnumerable<TaskOwner> Leads => Owners.Where(o => o.Role == "lead");
    public IEnumerable<TaskOwner> Supports => Owners.Where(o => o.Role == "support");
}

/// <summary>Which tasks to list. <see cref="Role"/> is "lead", "support" or null for both.</summary>
public sealed record TaskQuery(DateOnly Today)
{
    public string? AgencyKey { get; init; }
    public string? Role { get; init; }
    public TaskStatus? Status { get; init; }
    public DateOnly? DueFrom { get; init; }
    public DateOnly? DueTo { get; init; }
    public long? DocumentId { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 50;
}

/// <summary>A page of tasks and how many match in all.</summary>
public sealed record TaskPage(int Total, IReadOnlyList<StoredTask> Tasks);

/// <summary>How many tasks an agency leads in one status.</summary>
public sealed record AgencyStatusCount(string AgencyKey, string AgencyName, TaskStatus Status, int Count);

/// <summary>How many tasks fall due in one month (first day of the month).</summary>
public sealed record MonthCount(DateOnly Month, int Count);

/// <summary>An agency of the directory: key, name, the spellings seen, and how many tasks it leads and supports.</summary>
public sealed record AgencySummary(string Key, string Name, IReadOnlyList<string> Aliases, int Leads, int Supports)
{
    /// <summary>An admin put it in the directory (otherwise it is only a name seen in tasks).</summary>
    public bool InDirectory { get; init; }
    public string? ParentKey { get; init; }
    public IReadOnlyList<string> Emails { get; init; } = [];
}

/// <summary>
/// A correction of a task. Null members are left as they are; <see cref="Lead"/>/<see cref="Support"/> replace the owners
/// by name; <see cref="ClearDeadline"/> removes the deadline; <see cref="CompletedOn"/> marks the task done.
/// </summary>
public sealed record TaskEdit
{
    public string? Text { get; init; }
    public IReadOnlyList<string>? Lead { get; init; }
    public IReadOnlyList<string>? Support { get; init; }
    public DateOnly? Due { get; init; }
    public string? DeadlineText { get; init; }
    public bool ClearDeadline { get; init; }
    public TaskCategory? Category { get; init; }
    public DateOnly? CompletedOn { get; init; }
    public bool ClearCompleted { get; init; }
}
