using System.Globalization;
using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Ingest.Model;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Index.Storage;

/// <summary>Options of the SQLite store.</summary>
public sealed class TrackerStoreOptions
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

    /// <summary>Open for reading only (search): no migration or reindex, and no write access needed to the files.</summary>
    public bool ReadOnly { get; set; }

    /// <summary>How long a writer waits for another process's write to end before it is refused (10 minutes).</summary>
    public TimeSpan WriteWaitLimit { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Told every few seconds while a writer waits for the store.</summary>
    public IProgress<StoreWait>? WriteWait { get; set; }

    /// <summary>BM25 weights of head_exact, head_folded, body_exact, body_folded, bigrams.</summary>
    public double[] ColumnWeights { get; set; } = [8, 3, 2, 0.75, 2];
}

/// <summary>
/// The SQLite store: documents, tasks and their FTS5 index in one file (WAL). One instance holds one connection;
/// use one instance per thread.
/// </summary>
public sealed partial class SqliteTrackerStore : ITrackerStore
{
    private static readonly object InitLock = new();
    private static bool _initialized;

    private readonly SqliteConnection _db;
    private readonly TrackerStoreOptions _options;
    private readonly VietnameseAnalyzer _analyzer;
    private readonly TermDictionary _terms;

    /// <summary>Agency keys by name as written: names repeat across thousands of tasks, keying parses each once.</summary>
    private readonly Dictionary<string, string> _agencyKeys = new(StringComparer.Ordinal);

    /// <summary>Test hook: called at each write step ("document", "tasks", "index"); throwing there must roll back everything.</summary>
    internal Action<string>? OnWrite { get; set; }

    /// <summary>Opens (and creates or upgrades) the store.</summary>
    /// <param name="upgradeProgress">Told how far the index rebuild has come when an upgrade recreated the index, which takes minutes on a large store.</param>
    public SqliteTrackerStore(TrackerStoreOptions options, IProgress<ReindexProgress>? upgradeProgress = null)
    {
        lock (InitLock)
        {
            if (!_initialized) { SQLitePCL.Batteries_V2.Init(); _initialized = true; }
        }
        _options = options;
        _analyzer = new VietnameseAnalyzer(options.Analyzer);
        _db = OpenConnection(options);
        try
        {
            if (options.ReadOnly)
            {
                Exec($"PRAGMA cache_size = {-1024L * Math.Max(2, options.PageCacheMegabytes)};");
                CheckSchemaForReading();
            }
            else
            {
                WaitForWrite(() => { Exec("PRAGMA journal_mode = WAL;"); return 0; });
                Exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;");
                Exec($"PRAGMA cache_size = {-1024L * Math.Max(2, options.PageCacheMegabytes)};");
                WaitForWrite(() => Migrations.Apply(_db));
            }
            _terms = new TermDictionary(_db);
            // A store whose index a migration recreated (or whose reindex was interrupted) is indexed again from its rows.
            if (!options.ReadOnly && !TermDictionary.IsComplete(_db, null)) Reindex(upgradeProgress);
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
    }

    public static SqliteTrackerStore Open(string databasePath, IProgress<ReindexProgress>? upgradeProgress = null) =>
        new(new TrackerStoreOptions { DatabasePath = databasePath }, upgradeProgress);

    public void Dispose()
    {
        _terms.Dispose();
        _db.Dispose();
    }

    // ---------------------------------------------------------------- writes

    public StoreOutcome Save(IngestedDocument document, ExtractionResult extraction)
    {
        using var tx = BeginWrite();
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
        using var note = WriterNote.Claim(_options.DatabasePath, WriterNote.CurrentCommand());
        using var tx = BeginWrite();
        try
        {
            var outcomes = documents.Select(d => Save(d.Document, d.Extraction, tx)).ToList();
            tx.Commit();
            _terms.Committed();
            return outcomes;
        }
        finally { _terms.RolledBack(); }
    }

    private StoreOutcome Save(IngestedDocument document, ExtractionResult extraction, SqliteTransaction tx)
    {
        var json = ContractJson.Serialize(extraction);
        long? existing = null;
        string? existingJson = null, existingText = null;
        using (var cmd = Command("SELECT id, extraction_json, text FROM documents WHERE sha256 = @s", tx, ("@s", document.Sha256)))
        using (var r = cmd.ExecuteReader())
        {
            if (r.Read()) { existing = r.GetInt64(0); existingJson = r.GetString(1); existingText = r.GetString(2); }
        }
        if (existing is { } same && existingJson == json && existingText == document.Text)
        {
            return new StoreOutcome(same, StoreChange.Unchanged, extraction.Tasks.Count);
        }

        OnWrite?.Invoke("document");
        var d = extraction.Document;
        var values = new (string, object?)[]
        {
            ("@sha", document.Sha256), ("@source", document.SourceName), ("@format", document.Format.ToString()),
            ("@kind", d.Kind.ToString()), ("@number", d.Number), ("@numberKey", d.Number is null ? null : DocumentNumberKey.Of(d.Number)),
            ("@issuer", d.Issuer), ("@issuerKey", d.Issuer is null ? null : AgencyKey(d.Issuer)),
            ("@place", d.Place), ("@issued", Iso(d.IssuedOn)), ("@title", d.Title),
            ("@sname", d.Signer?.Name), ("@spos", d.Signer?.Position), ("@scap", d.Signer?.Capacity),
            ("@text", document.Text), ("@blocks", JsonSerializer.Serialize(document.Blocks, ContractJson.Options)),
            ("@extraction", json), ("@added", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
        };
        long id;
        if (existing is { } old)
        {
            DeleteIndex(old, tx);
            Exec("DELETE FROM tasks WHERE document_id = @d; DELETE FROM document_references WHERE document_id = @d;", tx, ("@d", old));
            using var upd = Command("""
                UPDATE documents SET source_name=@source, format=@format, kind=@kind, number=@number, number_key=@numberKey,
                  issuer=@issuer, issuer_key=@issuerKey, place=@place, issued_on=@issued, title=@title, signer_name=@sname,
                  signer_position=@spos, signer_capacity=@scap, text=@text, blocks_json=@blocks, extraction_json=@extraction,
                  added_at=@added WHERE id=@id
                """, tx, [.. values, ("@id", old)]);
            upd.ExecuteNonQuery();
            id = old;
        }
        else
        {
            using var ins = Command("""
                INSERT INTO documents (sha256, source_name, format, kind, number, number_key, issuer, issuer_key, place, issued_on,
                  title, signer_name, signer_position, signer_capacity, text, blocks_json, extraction_json, added_at)
                VALUES (@sha, @source, @format, @kind, @number, @numberKey, @issuer, @issuerKey, @place, @issued,
                  @title, @sname, @spos, @scap, @text, @blocks, @extraction, @added) RETURNING id
                """, tx, values);
            id = (long)ins.ExecuteScalar()!;
        }

        if (d.Issuer is not null) UpsertAgency(d.Issuer, tx);
        foreach (var r in d.References)
        {
            Exec("INSERT INTO document_references (document_id, kind, number, number_key, issued_on, issuer, relation) VALUES (@d, @k, @n, @nk, @i, @is, @r)", tx,
                ("@d", id), ("@k", r.Kind.ToString()), ("@n", r.Number), ("@nk", DocumentNumberKey.Of(r.Number)),
                ("@i", Iso(r.IssuedOn)), ("@is", r.Issuer), ("@r", Relation(r.Relation)));
        }

        OnWrite?.Invoke("tasks");
        using (var taskCmd = Command("""
            INSERT INTO tasks (document_id, path, text, mode, deadline_kind, deadline_due, deadline_every, deadline_text, category)
            VALUES (@d, @p, @t, @m, @dk, @due, @every, @dt, @c) RETURNING id
            """, tx, ("@d", id), ("@p", null), ("@t", null), ("@m", null), ("@dk", null), ("@due", null), ("@every", null), ("@dt", null), ("@c", null)))
        using (var ownerCmd = Command("INSERT OR IGNORE INTO task_owners (task_id, agency_key, name, role) VALUES (@t, @k, @n, @r)", tx,
                   ("@t", null), ("@k", null), ("@n", null), ("@r", null)))
        {
            foreach (var t in extraction.Tasks)
            {
                Set(taskCmd, "@p", t.Path); Set(taskCmd, "@t", t.Text); Set(taskCmd, "@m", t.Mode is { } m ? Mode(m) : null);
                Set(taskCmd, "@dk", t.Deadline is { } dl ? Kind(dl.Kind) : null); Set(taskCmd, "@due", Iso(t.Deadline?.Due));
                Set(taskCmd, "@every", t.Deadline?.Every is { } ev ? Every(ev) : null); Set(taskCmd, "@dt", t.Deadline?.Text);
                Set(taskCmd, "@c", t.Category.ToString());
                long taskId = (long)taskCmd.ExecuteScalar()!;
                foreach (var (names, role) in new[] { (t.Lead, "lead"), (t.Support, "support") })
                {
                    foreach (var name in names)
                    {
                        var key = AgencyKey(name);
                        if (key.Length == 0) continue;
                        UpsertAgency(name, tx);
                        Set(ownerCmd, "@t", taskId); Set(ownerCmd, "@k", key); Set(ownerCmd, "@n", name); Set(ownerCmd, "@r", role);
                        ownerCmd.ExecuteNonQuery();
                    }
                }
            }
        }

        OnWrite?.Invoke("index");
        IndexDocument(id, tx);
        return new StoreOutcome(id, existing is null ? StoreChange.Added : StoreChange.Replaced, extraction.Tasks.Count);
    }

    /// <summary>Files an agency under its key; a new spelling joins the key's aliases. One statement, no read-back.</summary>
    private void UpsertAgency(string name, SqliteTransaction tx)
    {
        var key = AgencyKey(name);
        if (key.Length == 0) return;
        Exec("""
            INSERT INTO agencies (key, display_name, aliases) VALUES (@k, @n, json_array(@n))
            ON CONFLICT (key) DO UPDATE SET aliases =
                (SELECT json_group_array(value) FROM (SELECT value FROM json_each(agencies.aliases) UNION SELECT @n ORDER BY 1))
            WHERE NOT EXISTS (SELECT 1 FROM json_each(agencies.aliases) WHERE value = @n)
            """, tx, ("@k", key), ("@n", name));
    }

    private string AgencyKey(string name)
    {
        if (_agencyKeys.TryGetValue(name, out var key)) return key;
        if (_agencyKeys.Count > 100_000) _agencyKeys.Clear();
        return _agencyKeys[name] = _options.AgencyKeys.Key(name);
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

    // Enum values are stored as the contract's JSON names, so rows read like the contract.
    private static string Relation(ReferenceRelation r) => JsonName(r);
    private static string Mode(AssignmentMode m) => JsonName(m);
    private static string Kind(DeadlineKind k) => JsonName(k);
    private static string Every(Recurrence r) => JsonName(r);

    private static string JsonName<T>(T value) where T : struct, Enum =>
        JsonSerializer.Serialize(value, ContractJson.Options).Trim('"');

    private static T? FromJsonName<T>(string? s) where T : struct, Enum =>
        s is null ? null : JsonSerializer.Deserialize<T>("\"" + s + "\"", ContractJson.Options);
}
