using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Ingest.Model;
using Npgsql;

namespace DirectiveTracker.Index.Storage.Postgres;

/// <summary>Options of the PostgreSQL store and this instance's Lucene replica.</summary>
public sealed class PostgresStoreOptions : SearchIndexOptions
{
    /// <summary>Npgsql connection string of the shared database (<c>ConnectionStrings:Tracker</c>).</summary>
    public required string ConnectionString { get; set; }

    /// <summary>This instance's own Lucene index folder: every web instance keeps a replica, fed from the shared change log.</summary>
    public required string IndexPath { get; set; }
}

/// <summary>
/// The PostgreSQL store, for installations with several web instances on one database: the same contract as the SQLite
/// store. PostgreSQL is the system of record; each instance's Lucene replica (its own <see cref="PostgresStoreOptions.IndexPath"/>)
/// follows the shared change log (<see cref="IndexFollower"/>), catching up before each search and after each write.
/// One instance holds one connection (from Npgsql's pool): use one instance per thread, as with SQLite.
/// </summary>
public sealed partial class PostgresTrackerStore : TrackerStoreBase, ITrackerStore
{
    private readonly NpgsqlConnection _db;
    private readonly PostgresStoreOptions _options;
    private readonly SearchIndex _index;
    private readonly IndexSource _source;
    private readonly IndexFollower _follower;
    private readonly SearchExecutor _executor;
    private readonly IProgress<ReindexProgress>? _catchUpProgress;

    /// <summary>Opens the store, migrating the database when needed (safe when several instances start at once).</summary>
    /// <param name="catchUpProgress">Told how far the replica has come when it applies a backlog (a new instance: the whole store).</param>
    public PostgresTrackerStore(PostgresStoreOptions options, IProgress<ReindexProgress>? catchUpProgress = null)
    {
        _options = options;
        _db = new NpgsqlConnection(options.ConnectionString);
        try
        {
            _db.Open();
            PostgresMigrations.Apply(_db);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            _db.Dispose();
            throw PostgresErrors.Unreachable(options.ConnectionString, e);
        }
        catch
        {
            _db.Dispose();
            throw;
        }
        var analyzer = new VietnameseAnalyzer(options.Analyzer);
        OpenRecords(_db, StoreDialect.Postgres, options, BeginWrite);
        _index = SearchIndex.Acquire(options.IndexPath, analyzer, options.IndexLockWait);
        _source = new IndexSource(_db, BeginWrite);
        _follower = new IndexFollower(_source, _index);
        _executor = new SearchExecutor(_index, new SearchRows(_db, () => Progress.States), analyzer, options.AgencyKeys, options.Search);
        _catchUpProgress = catchUpProgress;
    }

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

    public IReadOnlyList<StoreOutcome> SaveMany(IEnumerable<(IngestedDocument Document, ExtractionResult Extraction)> documents)
    {
        // The replica's writer first: when another process holds this folder's writer, nothing is written.
        _index.OpenWriter();
        _follower.CatchUp(_catchUpProgress);
        List<StoreOutcome> outcomes;
        using (var tx = BeginWrite())
        {
            outcomes = SaveRows(documents, tx);
            try { tx.Commit(); }
            catch { _follower.ForgetFresh(); throw; }
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
        _index.OpenWriter();
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
        // Changes written through other instances are applied first, so this replica is at least as new as the log was now.
        IndexQueuedChanges();
        return _executor.Search(request);
    }

    public int Reindex(IProgress<ReindexProgress>? progress = null)
    {
        _index.OpenWriter();
        return _follower.Rebuild(progress);
    }

    public int CheckIndex()
    {
        _index.OpenWriter();
        return _follower.CheckAndRepair();
    }

    public (int Documents, int Tasks) Count() => _source.Count();

    /// <summary>Verifies the schema version and this instance's replica against the data (read only).</summary>
    public StoreCheckReport Check()
    {
        var findings = new List<StoreCheckFinding>();
        long version = PostgresMigrations.CurrentVersion(_db);
        findings.Add(version == PostgresMigrations.Steps.Length
            ? new("Phiên bản lược đồ", true, $"{version}")
            : new("Phiên bản lược đồ", false, $"{version}, cần {PostgresMigrations.Steps.Length}", "Khởi động lại một phiên bản ứng dụng để nâng cấp lược đồ."));
        var (docs, tasks) = Count();
        int drifted = _follower.CountDrifted();
        int backlog = _follower.Backlog();
        findings.Add(drifted == 0 && backlog == 0
            ? new("Chỉ mục so với dữ liệu", true, $"{docs} văn bản, {tasks} nhiệm vụ đều có trong chỉ mục của máy này")
            : new("Chỉ mục so với dữ liệu", false,
                $"{drifted} văn bản lệch giữa chỉ mục của máy này và dữ liệu, {backlog} thay đổi chưa đưa vào chỉ mục",
                "Chạy `dtrack reindex` trên máy này để lập lại chỉ mục từ dữ liệu đã lưu."));
        return new StoreCheckReport(findings);
    }

    /// <summary>Advisory lock every write transaction takes first ("dtrkwrit"): writers serialise, so change-log sequence order is commit order.</summary>
    private const long WriteLockKey = 0x6474726B_77726974;

    /// <summary>
    /// A write transaction. Its first statement waits for the writers' advisory lock, held to commit: a follower that has
    /// read the log up to sequence N can never later see a smaller sequence commit (identity values are taken in lock order).
    /// </summary>
    private NpgsqlTransaction BeginWrite()
    {
        var tx = _db.BeginTransaction();
        try
        {
            using var cmd = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({WriteLockKey})", _db, tx);
            cmd.ExecuteNonQuery();
            return tx;
        }
        catch
        {
            tx.Dispose();
            throw;
        }
    }

    /// <summary>Applies the log's new changes when this instance can write its replica (another store on the same folder may hold it).</summary>
    private protected override void IndexQueuedChanges()
    {
        if (_index.IsWriter || _index.TryOpenWriter(TimeSpan.Zero)) _follower.CatchUp(_catchUpProgress);
    }

    // ---------------------------------------------------------------- for tests

    internal NpgsqlConnection Connection => _db;

    internal SearchIndex Index => _index;

    /// <summary>Test hook: called before the replica applies each change.</summary>
    internal Action<IndexChange>? OnApply { get => _follower.OnApply; set => _follower.OnApply = value; }
}

/// <summary>What goes wrong reaching PostgreSQL, as <see cref="StoreException"/>s that tell the user what to do.</summary>
internal static class PostgresErrors
{
    public static StoreException Unreachable(string connectionString, Exception e)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString) is var b ? $"{b.Host}:{b.Port}/{b.Database}" : "";
        return new StoreException(StoreProblem.Unreadable,
            $"Không kết nối được cơ sở dữ liệu PostgreSQL {target}: kiểm tra máy chủ, tên cơ sở dữ liệu và ConnectionStrings:Tracker.",
            $"cannot open the PostgreSQL store {target}: {e.Message}", e);
    }
}
