using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Index;

/// <summary>
/// The store and its search index behind one seam: SQLite (the embedded default) or PostgreSQL (several instances on one
/// database), each with its Lucene index following the data. A document and its tasks are stored and queued for the
/// index in one transaction, so the index never drifts from the data. Progress and alerts are part of it on both backends.
/// </summary>
public partial interface ITrackerStore : IDisposable, Progress.IProgressStore, Alerts.IAlertStore
{
    /// <summary>Stores (or replaces, by SHA-256) a document with its extraction and indexes it, all or nothing.</summary>
    StoreOutcome Save(IngestedDocument document, ExtractionResult extraction);

    /// <summary>Stores many documents in one transaction: all of them or none.</summary>
    IReadOnlyList<StoreOutcome> SaveMany(IEnumerable<(IngestedDocument Document, ExtractionResult Extraction)> documents);

    /// <summary>Runs a query of the query language; throws <see cref="Search.QuerySyntaxException"/> for a malformed query.</summary>
    SearchResults Search(SearchRequest request);

    /// <summary>Rebuilds the whole search index from the stored documents and tasks; returns the number of entries.</summary>
    int Reindex(IProgress<ReindexProgress>? progress = null);

    /// <summary>Counts of stored documents and tasks.</summary>
    (int Documents, int Tasks) Count();

    /// <summary>Compares the search index with the store and re-indexes every document that drifted; returns how many did.</summary>
    int CheckIndex();

    /// <summary>Verifies the store without changing it: the file's integrity, then the search index against the data.</summary>
    Storage.StoreCheckReport Check();
}

/// <summary>What saving a document did.</summary>
/// <param name="DocumentId">The document's id in the store.</param>
/// <param name="Change">Added, replaced (same file, different extraction), a new version of a stored document, or unchanged.</param>
public sealed record StoreOutcome(long DocumentId, StoreChange Change, int TaskCount)
{
    /// <summary>Set when the document was stored but the search index could not follow at once (it catches up from the change log later).</summary>
    public string? IndexWarning { get; init; }
}

/// <summary>How a save changed the store.</summary>
public enum StoreChange
{
    Added, Replaced, Unchanged, NewVersion,

    /// <summary>The file of an earlier version again: that version is current again (text, metadata and tasks as it reads; task ids kept by path).</summary>
    Restored,
}

/// <summary>How far a reindex has come: documents indexed so far out of all stored documents.</summary>
public readonly record struct ReindexProgress(int Done, int Total);
