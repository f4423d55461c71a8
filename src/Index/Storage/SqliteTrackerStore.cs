using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Ingest.Model;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Index.Storage;

/// <summary>Options of the SQLite store and its search index.</summary>
public sealed class TrackerStoreOptions : SearchIndexOptions
{
    /// <summary>The database file; created with its folder when missing.</summary>
    public required string DatabasePath { get; set; }

    /// <summary>The Lucene index folder; by default beside the database (<c>tracker.db</c> → <c>tracker.index</c>).</summary>
    public string? IndexPath { get; set; }

    /// <summary>SQLite's page cache for this store's connection, in MiB.</summary>
    public int PageCacheMegabytes { get; set; } = 16;

    /// <summary>Open for reading only (search): no migration, no index writer, and no write access needed to the files.</summary>
    public bool ReadOnly { get; set; }

    /// <summary>How long a writer waits for another process's write to end before it is refused (10 minutes).</summary>
    public TimeSpan WriteWaitLimit { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Told every few seconds while a writer waits for the store.</summary>
    public IProgress<StoreWait>? WriteWait { get; set; }

    public string ResolvedIndexPath => IndexPath ?? Path.ChangeExtension(Path.GetFullPath(DatabasePath), ".index");
}

/// <summary>
/// The SQLite store, the system of record (documents, tasks: <see cref="DocumentRecords"/>), and the Lucene index that
/// follows it through the change log (<see cref="IndexFollower"/>, <see cref="SearchIndex"/>); queries run in
/// <see cref="SearchExecutor"/>, migrations in <see cref="Migrations"/>. One instance holds one connection: use one
/// instance per thread. Opening is quick: changes the index has not applied yet (after an upgrade, a crash, or
/// writes by another process) are applied on first use, with progress.
/// </summary>
public sealed partial class SqliteTrackerStore : TrackerStoreBase, ITrackerStore
{
    private static readonly object InitLock = new();
    private static bool _initialized;

    private readonly SqliteConnection _db;
    private readonly TrackerStoreOptions _options;
    private readonly SearchIndex _index;
    private readonly IndexSource _source;
    private readonly IndexFollower _follower;
    private readonly SearchExecutor _executor;
    private readonly IProgress<ReindexProgress>? _catchUpProgress;

    /// <summary>Opens (and creates or upgrades) the store; the index catches up with the store on first use.</summary>
    /// <param name="catchUpProgress">Told how far the index has come when it applies a backlog (after an upgrade, the whole store).</param>
    public SqliteTrackerStore(TrackerStoreOptions options, IProgress<ReindexProgress>? catchUpProgress = null)
    {
        lock (InitLock)
        {
            if (!_initialized) { SQLitePCL.Batteries_V2.Init(); _initialized = true; }
        }
        _options = options;
        _db = OpenConnection(options);
        try
        {
            if (options.ReadOnly)
            {
                Exec($"PRAGMA query_only = 1; PRAGMA cache_size = {-1024L * Math.Max(2, options.PageCacheMegabytes)};");
                CheckSchemaForReading();
            }
            else
            {
                WaitForWrite(() => { Exec("PRAGMA journal_mode = WAL;"); return 0; });
                Exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;");
                Exec($"PRAGMA cache_size = {-1024L * Math.Max(2, options.PageCacheMegabytes)};");
                WaitForWrite(() => Migrations.Apply(_db));
            }
        }
        catch (SqliteException e) when (StoreErrors.From(e, options.DatabasePath) is { } problem)
        {
            _db.Dispose();
            throw problem;
        }
        catch
        {
            _db.Dispose();
            throw;
        }
        var analyzer = new VietnameseAnalyzer(options.Analyzer);
        OpenRecords(_db, StoreDialect.Sqlite, options, BeginWrite);
        _index = SearchIndex.Acquire(options.ResolvedIndexPath, analyzer, options.IndexLockWait);
        _source = new IndexSource(_db, BeginWrite);
        _follower = new IndexFollower(_source, _index);
        _executor = new SearchExecutor(_index, new SearchRows(_db, () => Progress.States), analyzer, options.AgencyKeys, options.Search);
        _catchUpProgress = catchUpProgress;
    }

    public static SqliteTrackerStore Open(string databasePath, IProgress<ReindexProgress>? catchUpProgress = null) =>
        new(new TrackerStoreOptions { DatabasePath = databasePath }, catchUpProgress);

    /// <summary>Facets returned with every result, in display order.</summary>
    public static IReadOnlyList<string> FacetNames => SearchExecutor.FacetNames;

    /// <summary>Vietnamese labels of facet values.</summary>
    public static string FacetLabel(string facet, string value) => TrackerLabels.Of(facet, value);

    private bool _disposed;

    public void Dispose()
    {
        // Twice would give back the shared index twice.
        if (_disposed) return;
        _disposed = true;
        _index.Release();
        _db.Dispose();
    }

    public StoreOutcome Save(IngestedDocument document, ExtractionResult extraction) => SaveMany([(document, extraction)])[0];

    /// <summary>Stores many documents in one transaction (bulk import, benchmarks): all of them or none; then indexes them.</summary>
    public IReadOnlyList<StoreOutcome> SaveMany(IEnumerable<(IngestedDocument Document, ExtractionResult Extraction)> documents)
    {
        // The writer first: when another process holds it, nothing is written (a clear error instead of a half step).
        OpenIndexWriter();
        _follower.CatchUp(_catchUpProgress);
        List<StoreOutcome> outcomes;
        // The note names this process to writers kept waiting; claimed once the lock is ours, so it never hides the holder's.
        using (var tx = BeginWrite())
        using (WriterNote.Claim(_options.DatabasePath, WriterNote.CurrentCommand()))
        {
            var rows = BuildSteps.Begin();
            outcomes = SaveRows(documents, tx);
            BuildSteps.End(BuildSteps.Step.Rows, rows);
            var commit = BuildSteps.Begin();
            try { tx.Commit(); }
            catch { _follower.ForgetFresh(); throw; }
            BuildSteps.End(BuildSteps.Step.SqliteCommit, commit);
        }
        if (_follower.CatchUpAfterCommit() is { } warning) outcomes = [.. outcomes.Select(o => o with { IndexWarning = warning })];
        return outcomes;
    }

    /// <summary>The rows of every document, in the transaction; new documents also kept for the index as written (<see cref="IndexFollower.Fresh"/>).</summary>
    private List<StoreOutcome> SaveRows(IEnumerable<(IngestedDocument Document, ExtractionResult Extraction)> documents, System.Data.Common.DbTransaction tx)
    {
        Records.Fresh = _follower.Fresh;
        try { return documents.Select(d => Records.Save(d.Document, d.Extraction, tx)!).ToList(); }
        catch { _follower.ForgetFresh(); throw; }
        finally { Records.Fresh = null; }
    }

    public StoreOutcome? ReplaceDocument(long documentId, IngestedDocument document, ExtractionResult extraction)
    {
        OpenIndexWriter();
        _follower.CatchUp(_catchUpProgress);
        StoreOutcome? outcome;
        using (var tx = BeginWrite())
        {
            outcome = Records.Save(document, extraction, tx, replacing: documentId);
            tx.Commit();
        }
        return _follower.CatchUpAfterCommit() is { } warning && outcome is not null ? outcome with { IndexWarning = warning } : outcome;
    }

    public SearchResults Search(SearchRequest request)
    {
        // Apply what the log holds when this process can write the index; otherwise the writer's last commit is searched.
        // A read-only store never takes the writer: it searches the writer's last commit.
        if (!_options.ReadOnly && (_index.IsWriter || _index.TryOpenWriter(TimeSpan.Zero))) _follower.CatchUp(_catchUpProgress);
        return _executor.Search(request);
    }

    public int Reindex(IProgress<ReindexProgress>? progress = null)
    {
        using var note = WriterNote.Claim(_options.DatabasePath, WriterNote.CurrentCommand());
        OpenIndexWriter();
        return _follower.Rebuild(progress);
    }

    /// <summary>Compares the index with the store and re-indexes every document that drifted; returns how many did.</summary>
    public int CheckIndex()
    {
        OpenIndexWriter();
        return _follower.CheckAndRepair();
    }

    public (int Documents, int Tasks) Count() => _source.Count();

    /// <summary>
    /// Takes the index's writer (Lucene's lock). A writer that reports its wait (dtrack) waits for another process that
    /// holds it as for SQLite's lock: progress every few seconds, then a clear message naming the holder after
    /// <see cref="TrackerStoreOptions.WriteWaitLimit"/>.
    /// </summary>
    private void OpenIndexWriter()
    {
        // Without someone to tell (a web request, a test), the short IndexLockWait and the index's own clear error.
        if (_options.WriteWait is null) { _index.OpenWriter(); return; }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!_index.TryOpenWriter(TimeSpan.FromSeconds(1)))
        {
            var holder = WriterNote.Describe(_options.DatabasePath);
            if (watch.Elapsed >= _options.WriteWaitLimit) throw StoreErrors.Busy(_options.DatabasePath, holder, watch.Elapsed);
            _options.WriteWait?.Report(new StoreWait(watch.Elapsed, holder));
        }
    }

    // ---------------------------------------------------------------- for tests and benchmarks

    internal SqliteConnection Connection => _db;

    internal SearchIndex Index => _index;

    /// <summary>Test hook: called before the index applies each change.</summary>
    internal Action<IndexChange>? OnApply { get => _follower.OnApply; set => _follower.OnApply = value; }

    /// <summary>Milliseconds spent in each step of the last search.</summary>
    internal string LastTimings => _executor.LastTimings;
}
