using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Index;

/// <summary>
/// Review and directory: a clerk's replace, task add/delete/split/merge, and the agency directory admins manage.
/// Every member changes the data and queues its index change in one transaction, like <see cref="Save"/>.
/// </summary>
/// <remarks>
/// Document identity, for every backend: a document is its number + issuer + date. <see cref="Save"/> of a file whose
/// extraction has a number, issuer and date equal (by their keys) to a stored document's adds the file as a new
/// version of that document (<see cref="StoreChange.NewVersion"/>) instead of a second document; a document without a
/// number is identified by its file alone. The file of an earlier version, saved or replaced again, makes that version
/// current again (<see cref="StoreChange.Restored"/>): the last file given is the one shown, and no version is stored
/// twice. A new version (or <see cref="ReplaceDocument"/>) makes its text and metadata
/// current and keeps each task's id where the task's path is unchanged (so progress and alerts stay attached); tasks a
/// person corrected, added, split or merged keep their content, and tasks whose path is gone are removed unless a person
/// touched them.
/// </remarks>
public partial interface ITrackerStore
{
    /// <summary>Stores a file as the new current version of a stored document, whatever its number says; null when no such document.</summary>
    StoreOutcome? ReplaceDocument(long documentId, IngestedDocument document, ExtractionResult extraction);

    /// <summary>Adds a task a person found (path, text, owners, deadline, category from <paramref name="content"/>); null when no such document.</summary>
    StoredTask? AddTask(long documentId, string path, TaskEdit content, DateOnly today);

    /// <summary>Deletes one task; false when there was none.</summary>
    bool DeleteTask(long taskId);

    /// <summary>
    /// Splits a task's text into <paramref name="parts"/> (at least two): the task keeps the first part and its id, each
    /// other part becomes a task right after it with the same owners, deadline and category and the path suffixed
    /// "-b", "-c", …; null when no such task.
    /// </summary>
    IReadOnlyList<StoredTask>? SplitTask(long taskId, IReadOnlyList<string> parts, DateOnly today);

    /// <summary>
    /// Merges tasks of one document into the first of <paramref name="taskIds"/>: texts joined in order, owners united (a
    /// lead stays a lead), the earliest deadline; the others are deleted. Null when a task is missing;
    /// <see cref="ArgumentException"/> when they are fewer than two or belong to different documents.
    /// </summary>
    StoredTask? MergeTasks(IReadOnlyList<long> taskIds, DateOnly today);

    /// <summary>
    /// Creates or updates a directory entry (name, aliases, parent, emails). Owner names whose key is the entry's or one
    /// of its aliases' are filed under the entry from then on, already stored tasks included.
    /// <see cref="ArgumentException"/> for an empty name, an unknown parent or a parent cycle.
    /// </summary>
    AgencySummary SaveAgency(AgencyEntry entry);

    /// <summary>Takes an entry out of the directory: its aliases no longer map names to it; false when it was not in the directory.</summary>
    bool RemoveAgency(string agencyKey);

    /// <summary>Owner names of stored tasks that map to no directory entry, most tasks first (for mapping).</summary>
    IReadOnlyList<UnmappedOwnerName> ListUnmappedOwners();
}

/// <summary>A file of a document: every upload of the same document (another format, a corrected file) is one version.</summary>
/// <param name="Sha256">The file's SHA-256 (lower-case hex): the original is kept under that name.</param>
public sealed record DocumentVersion(string Sha256, string SourceName, string Format, DateTime AddedAt, bool Current);

/// <summary>A directory entry as an admin edits it; <see cref="Key"/> null creates an entry keyed by its name.</summary>
public sealed record AgencyEntry(string Name)
{
    public string? Key { get; init; }
    /// <summary>Other spellings (abbreviations, old names); owner names with their keys map to this entry.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? ParentKey { get; init; }
    public IReadOnlyList<string> Emails { get; init; } = [];
}

/// <summary>An owner name seen in tasks that no directory entry covers, with how many tasks name it.</summary>
public sealed record UnmappedOwnerName(string Key, string Name, int Tasks);
