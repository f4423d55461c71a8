// The FTS5 store as it was before search moved to Lucene (issue 9), kept to compare the two in one run.
using DirectiveTracker.Index;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Index.Storage;
using System.Globalization;
using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest.Model;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Bench.Fts5;

/// <summary>Options of the SQLite store.</summary>
public sealed class Fts5StoreOptions
{
    /// <summary>The database file; created with its folder when missing.</summary>
    public required string DatabasePath { get; set; }

    /// <summary>Keys agency names (the grammar's AgencyName.Key by default).</summary>
    public IAgencyKeys AgencyKeys { get; set; } = new GrammarAgencyKeys();

    public AnalyzerOptions Analyzer { get; set; } = new();

    /// <summary>
    /// When more hits match than this, only the most recently added ones (rowid order) are scored, so that ranking
    /// cost is bounded (STACK.md). Results say <see cref="SearchResults.Approximate"/>.
    /// </summary>
    public int RankWindow { get; set; } = 1000;

    /// <summary>
    /// Facets count at most this many hits, the most recently added; beyond it facet counts cover the window only
    /// and the total is this lower bound (results say <see cref="SearchResults.Approximate"/>).
    /// </summary>
    public int FacetWindow { get; set; } = 2000;

    /// <summary>
    /// SQLite's page cache for this store's connection, in MiB. Queries whose hits are spread over a large index read
    /// their entries, vectors and lengths from scattered pages: SQLite's 2 MiB default sends most of them back to the OS.
    /// </summary>
    public int PageCacheMegabytes { get; set; } = 64;

    /// <summary>BM25 weights of head_exact, head_folded, body_exact, body_folded, bigrams.</summary>
    public double[] ColumnWeights { get; set; } = [8, 3, 2, 0.75, 2];
}

/// <summary>
/// The SQLite store: documents, tasks and their FTS5 index in one file (WAL). One instance holds one connection;
/// use one instance per thread.
/// </summary>
public sealed partial class Fts5TrackerStore : IDisposable
{
    private static readonly object InitLock = new();
    private static bool _initialized;

    private readonly SqliteConnection _db;
    private readonly Fts5StoreOptions _options;
    private readonly VietnameseAnalyzer _analyzer;
    private readonly TermDictionary _terms;

    /// <summary>Agency keys by name as written: names repeat across thousands of tasks, keying parses each once.</summary>
    private readonly DocumentRecords _records;

    /// <summary>Test hook: called at each write step ("document", "tasks", "index"); throwing there must roll back everything.</summary>


    /// <summary>Opens (and creates or upgrades) the store.</summary>
    /// <param name="upgradeProgress">Told how far the index rebuild has come when an upgrade recreated the index, which takes minutes on a large store.</param>
    public Fts5TrackerStore(Fts5StoreOptions options, IProgress<ReindexProgress>? upgradeProgress = null)
    {
        lock (InitLock)
        {
            if (!_initialized) { SQLitePCL.Batteries_V2.Init(); _initialized = true; }
        }
        _options = options;
        _analyzer = new VietnameseAnalyzer(options.Analyzer);
        var folder = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (folder is not null) Directory.CreateDirectory(folder);
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = options.DatabasePath, Pooling = false }.ToString());
        _db.Open();
        Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;");
        Exec($"PRAGMA cache_size = {-1024L * Math.Max(2, options.PageCacheMegabytes)};");
        // The product's schema up to the last FTS5 version (4); 5 moved search to Lucene.
        DirectiveTracker.Index.Storage.Migrations.Apply(_db, upTo: 4);
        Exec("CREATE TABLE IF NOT EXISTS index_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, document_id INTEGER NOT NULL, op TEXT NOT NULL)");
        // The product's document identity and versions (migration 8): the shared DocumentRecords writes its tables.
        using (var probe = _db.CreateCommand())
        {
            probe.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'document_files'";
            if ((long)probe.ExecuteScalar()! == 0) Exec(DirectiveTracker.Index.Storage.Migrations.Steps[7]);
        }
        _records = new DocumentRecords(_db, StoreDialect.Sqlite, options.AgencyKeys, () => _db.BeginTransaction());
        _terms = new TermDictionary(_db);
        // A store whose index a migration recreated (or whose reindex was interrupted) is indexed again from its rows.
        if (!TermDictionary.IsComplete(_db, null)) Reindex(upgradeProgress);
    }

    public static Fts5TrackerStore Open(string databasePath, IProgress<ReindexProgress>? upgradeProgress = null) =>
        new(new Fts5StoreOptions { DatabasePath = databasePath }, upgradeProgress);

    public void Dispose()
    {
        _terms.Dispose();
        _db.Dispose();
    }

    // ---------------------------------------------------------------- writes

    public StoreOutcome Save(IngestedDocument document, ExtractionResult extraction)
    {
        using var tx = _db.BeginTransaction();
        try
        {
            var outcome = Save(document, extraction, tx);
            tx.Commit();
            _terms.Committed();
            return outcome;
        }
        finally { _terms.RolledBack(); }
    }

    /// <summary>Stores many documents in one transaction (bulk import, benchmarks): all of them or none.</summary>
    public IReadOnlyList<StoreOutcome> SaveMany(IEnumerable<(IngestedDocument Document, ExtractionResult Extraction)> documents)
    {
        using var tx = _db.BeginTransaction();
        try
        {
            var outcomes = documents.Select(d => Save(d.Document, d.Extraction, tx)).ToList();
            tx.Commit();
            _terms.Committed();
            return outcomes;
        }
        finally { _terms.RolledBack(); }
    }

    /// <summary>The rows through the product's <see cref="DocumentRecords"/> (its change log unused here), then the FTS5 index in the same transaction.</summary>
    private StoreOutcome Save(IngestedDocument document, ExtractionResult extraction, SqliteTransaction tx)
    {
        using (var cmd = Command("SELECT id FROM documents WHERE sha256 = @s", tx, ("@s", document.Sha256)))
            if (cmd.ExecuteScalar() is long old) DeleteIndex(old, tx);
        var outcome = _records.Save(document, extraction, tx)!; // no replace target: never null
        // The product's document identity (migration 8) can file a new file as a version of a stored document:
        // that document's entries go too, or FTS5 would keep both versions' entries (124 extra at 10,000 documents).
        DeleteIndex(outcome.DocumentId, tx);
        IndexDocument(outcome.DocumentId, tx);
        return outcome;
    }

    public (int Documents, int Tasks) Count()
    {
        using var cmd = Command("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM tasks)", null);
        using var r = cmd.ExecuteReader();
        r.Read();
        return (r.GetInt32(0), r.GetInt32(1));
    }

    // ---------------------------------------------------------------- helpers

    internal SqliteConnection Connection => _db;

    private SqliteCommand Command(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private static void Set(SqliteCommand cmd, string name, object? value) => cmd.Parameters[name].Value = value ?? DBNull.Value;

    private void Exec(string sql, SqliteTransaction? tx = null, params (string, object?)[] parameters)
    {
        using var cmd = Command(sql, tx, parameters);
        cmd.ExecuteNonQuery();
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseIso(string? s) =>
        s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static T? FromJsonName<T>(string? s) where T : struct, Enum =>
        s is null ? null : JsonSerializer.Deserialize<T>("\"" + s + "\"", ContractJson.Options);
}
