using System.Globalization;
using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Ingest.Model;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Index.Storage;

/// <summary>
/// Documents and tasks in SQLite, the system of record: writes a document with its tasks, owners, references and
/// agencies, and queues the change for the search index in the same transaction (<see cref="ChangeLog"/>).
/// </summary>
internal sealed class DocumentRecords(SqliteConnection db, IAgencyKeys agencyKeys) : IOwnerRecords
{
    private readonly SqliteConnection _db = db;

    /// <summary>Agency keys by name as written: names repeat across thousands of tasks, keying parses each once.</summary>
    private readonly Dictionary<string, string> _agencyKeys = new(StringComparer.Ordinal);

    /// <summary>Test hook: called at each write step ("document", "tasks", "index"); throwing there must roll back everything.</summary>
    public Action<string>? OnWrite { get; set; }

    /// <summary>
    /// Stores a file: a file already stored is unchanged (or re-read when its extraction changed); a file of a stored
    /// document (the same number + issuer + date, or <paramref name="replacing"/>) becomes that document's new current
    /// version; otherwise a new document. Null when <paramref name="replacing"/> names no document.
    /// </summary>
    public StoreOutcome? Save(IngestedDocument document, ExtractionResult extraction, SqliteTransaction tx, long? replacing = null)
    {
        var scope = ScopeOf(tx);
        var json = ContractJson.Serialize(extraction);
        var d = extraction.Document;
        var identity = IdentityOf(d);
        long? fileOwner = null;
        using (var cmd = Command("SELECT document_id FROM document_files WHERE sha256 = @s", tx, ("@s", document.Sha256)))
            if (cmd.ExecuteScalar() is long owner) fileOwner = owner;
        if (replacing is { } target)
        {
            using var cmd = Command("SELECT count(*) FROM documents WHERE id = @d", tx, ("@d", target));
            if ((long)cmd.ExecuteScalar()! == 0) return null;
            if (fileOwner is { } other && other != target)
                throw DocumentIdentity.FileOfAnother(document.Sha256, other, target);
        }
        long? existing = replacing ?? fileOwner;
        var change = StoreChange.Replaced;
        if (existing is null && identity is not null)
        {
            using var cmd = Command("SELECT id FROM documents WHERE identity_key = @i", tx, ("@i", identity));
            if (cmd.ExecuteScalar() is long same) { existing = same; change = StoreChange.NewVersion; }
        }
        if (existing is { } known && fileOwner == known)
        {
            // A file this document already has: unchanged unless it is the current file and reads differently now.
            using var cmd = Command("SELECT sha256, extraction_json, text FROM documents WHERE id = @d", tx, ("@d", known));
            using var r = cmd.ExecuteReader();
            r.Read();
            if (r.GetString(0) != document.Sha256 || (r.GetString(1) == json && r.GetString(2) == document.Text))
                return new StoreOutcome(known, StoreChange.Unchanged, extraction.Tasks.Count);
        }
        else if (existing is not null) change = StoreChange.NewVersion;

        OnWrite?.Invoke("document");
        var now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var values = new (string, object?)[]
        {
            ("@sha", document.Sha256), ("@source", document.SourceName), ("@format", document.Format.ToString()),
            ("@kind", d.Kind.ToString()), ("@number", d.Number), ("@numberKey", d.Number is null ? null : DocumentNumberKey.Of(d.Number)),
            ("@issuer", d.Issuer), ("@issuerKey", d.Issuer is null ? null : scope.AgencyKey(d.Issuer, this)),
            ("@place", d.Place), ("@issued", Iso(d.IssuedOn)), ("@title", d.Title),
            ("@sname", d.Signer?.Name), ("@spos", d.Signer?.Position), ("@scap", d.Signer?.Capacity),
            ("@text", document.Text), ("@blocks", JsonSerializer.Serialize(document.Blocks, ContractJson.Options)),
            ("@extraction", json), ("@added", now), ("@identity", identity),
        };
        long id;
        if (existing is { } old)
        {
            // A replace whose number is another stored document's keeps its own identity (the unique key stays unique).
            using (var held = Command("SELECT count(*) FROM documents WHERE identity_key = @i AND id <> @d", tx, ("@i", identity), ("@d", old)))
                if (identity is not null && (long)held.ExecuteScalar()! > 0) values[^1] = ("@identity", IdentityOfStored(old, tx));
            Exec("DELETE FROM document_references WHERE document_id = @d;", tx, ("@d", old));
            using var upd = Command("""
                UPDATE documents SET sha256=@sha, source_name=@source, format=@format, kind=@kind, number=@number, number_key=@numberKey,
                  issuer=@issuer, issuer_key=@issuerKey, place=@place, issued_on=@issued, title=@title, signer_name=@sname,
                  signer_position=@spos, signer_capacity=@scap, text=@text, blocks_json=@blocks, extraction_json=@extraction,
                  added_at=@added, identity_key=@identity WHERE id=@id
                """, tx, [.. values, ("@id", old)]);
            upd.ExecuteNonQuery();
            id = old;
        }
        else
        {
            using var ins = Command("""
                INSERT INTO documents (sha256, source_name, format, kind, number, number_key, issuer, issuer_key, place, issued_on,
                  title, signer_name, signer_position, signer_capacity, text, blocks_json, extraction_json, added_at, identity_key)
                VALUES (@sha, @source, @format, @kind, @number, @numberKey, @issuer, @issuerKey, @place, @issued,
                  @title, @sname, @spos, @scap, @text, @blocks, @extraction, @added, @identity) RETURNING id
                """, tx, values);
            id = (long)ins.ExecuteScalar()!;
        }
        if (fileOwner is null)
            Exec("INSERT INTO document_files (sha256, document_id, source_name, format, added_at) VALUES (@sha, @d, @source, @format, @added)", tx,
                ("@sha", document.Sha256), ("@d", id), ("@source", document.SourceName), ("@format", document.Format.ToString()), ("@added", now));

        if (d.Issuer is not null) scope.File(d.Issuer, this);
        foreach (var r in d.References)
        {
            Exec("INSERT INTO document_references (document_id, kind, number, number_key, issued_on, issuer, relation) VALUES (@d, @k, @n, @nk, @i, @is, @r)", tx,
                ("@d", id), ("@k", r.Kind.ToString()), ("@n", r.Number), ("@nk", DocumentNumberKey.Of(r.Number)),
                ("@i", Iso(r.IssuedOn)), ("@is", r.Issuer), ("@r", Relation(r.Relation)));
        }

        OnWrite?.Invoke("tasks");
        WriteTasks(id, extraction.Tasks, existing is not null, tx, scope);

        OnWrite?.Invoke("index");
        ChangeLog.Append(_db, tx, id, ChangeLog.Upsert);
        return new StoreOutcome(id, existing is null ? StoreChange.Added : change, extraction.Tasks.Count);
    }

    /// <summary>The identity of a document: number key | issuer key | date; null without a number (the file alone identifies it).</summary>
    internal string? IdentityOf(DocumentInfo d) => DocumentIdentity.Of(d, GrammarKey);

    private string? IdentityOfStored(long documentId, SqliteTransaction tx)
    {
        using var cmd = Command("SELECT identity_key FROM documents WHERE id = @d", tx, ("@d", documentId));
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>
    /// Writes a document's extracted tasks. Over a stored version, a task whose path is unchanged keeps its id (and so its
    /// progress and alerts); tasks a person reviewed are left as they are; unreviewed tasks whose path is gone are removed.
    /// </summary>
    private void WriteTasks(long documentId, IReadOnlyList<TaskItem> tasks, bool update, SqliteTransaction tx, SaveScope scope)
    {
        var stored = new Dictionary<string, Queue<(long Id, bool Reviewed)>>(StringComparer.Ordinal);
        if (update)
        {
            using var cmd = Command("SELECT id, path, reviewed_at IS NOT NULL FROM tasks WHERE document_id = @d ORDER BY ordinal, id", tx, ("@d", documentId));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                if (!stored.TryGetValue(r.GetString(1), out var q)) stored[r.GetString(1)] = q = new();
                q.Enqueue((r.GetInt64(0), r.GetBoolean(2)));
            }
        }
        using var insert = Command("""
            INSERT INTO tasks (document_id, path, text, mode, deadline_kind, deadline_due, deadline_every, deadline_text, category, confidence, ordinal)
            VALUES (@d, @p, @t, @m, @dk, @due, @every, @dt, @c, @conf, @ord) RETURNING id
            """, tx, ("@d", documentId), ("@p", null), ("@t", null), ("@m", null), ("@dk", null), ("@due", null), ("@every", null), ("@dt", null),
            ("@c", null), ("@conf", null), ("@ord", null));
        using var refresh = Command("""
            UPDATE tasks SET text = @t, mode = @m, deadline_kind = @dk, deadline_due = @due, deadline_every = @every, deadline_text = @dt,
              category = @c, confidence = @conf, ordinal = @ord WHERE id = @id
            """, tx, ("@id", null), ("@t", null), ("@m", null), ("@dk", null), ("@due", null), ("@every", null), ("@dt", null),
            ("@c", null), ("@conf", null), ("@ord", null));
        using var clearOwners = Command("DELETE FROM task_owners WHERE task_id = @t", tx, ("@t", null));
        using var ownerCmd = OwnerCommand(tx);
        for (int i = 0; i < tasks.Count; i++)
        {
            var t = tasks[i];
            if (stored.TryGetValue(t.Path, out var q) && q.TryDequeue(out var same))
            {
                if (same.Reviewed) continue;
                SetTask(refresh, t, i);
                Set(refresh, "@id", same.Id);
                refresh.ExecuteNonQuery();
                Set(clearOwners, "@t", same.Id);
                clearOwners.ExecuteNonQuery();
                WriteOwners(ownerCmd, same.Id, t.Lead, t.Support, tx, scope);
                continue;
            }
            SetTask(insert, t, i);
            long taskId = (long)insert.ExecuteScalar()!;
            WriteOwners(ownerCmd, taskId, t.Lead, t.Support, tx, scope);
        }
        using var delete = Command("DELETE FROM tasks WHERE id = @id", tx, ("@id", null));
        foreach (var (id, reviewed) in stored.Values.SelectMany(q => q))
        {
            if (reviewed) continue;
            Set(delete, "@id", id);
            delete.ExecuteNonQuery();
        }
    }

    private static void SetTask(SqliteCommand cmd, TaskItem t, int ordinal)
    {
        if (cmd.Parameters.Contains("@p")) Set(cmd, "@p", t.Path);
        Set(cmd, "@t", t.Text); Set(cmd, "@m", t.Mode is { } m ? Mode(m) : null);
        Set(cmd, "@dk", t.Deadline is { } dl ? Kind(dl.Kind) : null); Set(cmd, "@due", Iso(t.Deadline?.Due));
        Set(cmd, "@every", t.Deadline?.Every is { } ev ? Every(ev) : null); Set(cmd, "@dt", t.Deadline?.Text);
        Set(cmd, "@c", t.Category.ToString()); Set(cmd, "@conf", t.Confidence); Set(cmd, "@ord", (double)ordinal);
    }

    internal SqliteCommand OwnerCommand(SqliteTransaction tx) =>
        Command("INSERT OR IGNORE INTO task_owners (task_id, agency_key, name, role) VALUES (@t, @k, @n, @r)", tx,
            ("@t", null), ("@k", null), ("@n", null), ("@r", null));

    /// <summary>Files a task's lead and support owners under their agency keys (names as written; empty keys skipped).</summary>
    /// <param name="scope">Inside <see cref="Save"/>: its transaction's keys and filed names (else each is looked up and filed).</param>
    internal void WriteOwners(SqliteCommand ownerCmd, long taskId, IEnumerable<string> lead, IEnumerable<string> support, SqliteTransaction tx, SaveScope? scope = null)
    {
        foreach (var (names, role) in new[] { (lead, "lead"), (support, "support") })
        {
            foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
            {
                var key = scope?.AgencyKey(name, this) ?? AgencyKey(name, tx);
                if (key.Length == 0) continue;
                if (scope is not null) scope.File(name, this);
                else UpsertAgency(name, tx);
                Set(ownerCmd, "@t", taskId); Set(ownerCmd, "@k", key); Set(ownerCmd, "@n", name); Set(ownerCmd, "@r", role);
                ownerCmd.ExecuteNonQuery();
            }
        }
    }

    void IOwnerRecords.WriteOwners(long taskId, IEnumerable<string> lead, IEnumerable<string> support, System.Data.Common.DbTransaction tx)
    {
        using var ownerCmd = OwnerCommand((SqliteTransaction)tx);
        WriteOwners(ownerCmd, taskId, lead, support, (SqliteTransaction)tx);
    }

    void IOwnerRecords.AddOwner(long taskId, string name, string role, System.Data.Common.DbTransaction tx) =>
        ((IOwnerRecords)this).WriteOwners(taskId, role == "lead" ? [name] : [], role == "lead" ? [] : [name], tx);

    string IOwnerRecords.AgencyKey(string name, System.Data.Common.DbTransaction? tx) => AgencyKey(name, (SqliteTransaction?)tx);

    string IOwnerRecords.GrammarKey(string name) => GrammarKey(name);

    /// <summary>Files an agency under its key; a new spelling joins the key's aliases. One statement, no read-back.</summary>
    internal void UpsertAgency(string name, SqliteTransaction tx)
    {
        var key = AgencyKey(name, tx);
        if (key.Length == 0) return;
        using var cmd = Command(FileAgencySql, tx, ("@k", key), ("@n", name));
        cmd.ExecuteNonQuery();
    }

    private const string FileAgencySql = """
        INSERT INTO agencies (key, display_name, aliases) VALUES (@k, @n, json_array(@n))
        ON CONFLICT (key) DO UPDATE SET aliases =
            (SELECT json_group_array(value) FROM (SELECT value FROM json_each(agencies.aliases) UNION SELECT @n ORDER BY 1))
        WHERE NOT EXISTS (SELECT 1 FROM json_each(agencies.aliases) WHERE value = @n)
        """;

    private const string AliasSql = "SELECT agency_key FROM agency_aliases WHERE alias_key = @k";

    /// <summary>The key a name is filed under: the grammar's key, or the directory entry an admin mapped that key to.</summary>
    internal string AgencyKey(string name, SqliteTransaction? tx = null)
    {
        var key = GrammarKey(name);
        if (key.Length == 0) return key;
        // Read each time (one indexed lookup): another process or pooled store may have mapped a key since.
        using var cmd = Command(AliasSql, tx, ("@k", key));
        return cmd.ExecuteScalar() as string ?? key;
    }

    private SaveScope? _scope;

    /// <summary>The scope of <paramref name="tx"/>, begun at its first <see cref="Save"/>.</summary>
    private SaveScope ScopeOf(SqliteTransaction tx)
    {
        if (_scope?.Tx == tx) return _scope;
        _scope?.Dispose();
        return _scope = new SaveScope(_db, tx);
    }

    /// <summary>
    /// What the saves of one write transaction have learnt: agency keys as the directory maps them and the names
    /// already filed (a batch of 500 documents names a few dozen agencies thousands of times), with their two
    /// statements prepared once. The transaction holds the store's write lock, so no other writer changes the
    /// directory meanwhile, and between its saves nothing else runs in it.
    /// </summary>
    internal sealed class SaveScope : IDisposable
    {
        private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
        private readonly HashSet<string> _filed = new(StringComparer.Ordinal);
        private readonly SqliteCommand _alias, _file;

        public SaveScope(SqliteConnection db, SqliteTransaction tx)
        {
            Tx = tx;
            _alias = Command(db, AliasSql, tx, ("@k", null));
            _file = Command(db, FileAgencySql, tx, ("@k", null), ("@n", null));
        }

        public SqliteTransaction Tx { get; }

        public string AgencyKey(string name, DocumentRecords records)
        {
            if (_keys.TryGetValue(name, out var key)) return key;
            key = records.GrammarKey(name);
            if (key.Length > 0)
            {
                Set(_alias, "@k", key);
                key = _alias.ExecuteScalar() as string ?? key;
            }
            return _keys[name] = key;
        }

        /// <summary>Files an agency once per transaction (<see cref="UpsertAgency"/>).</summary>
        public void File(string name, DocumentRecords records)
        {
            if (!_filed.Add(name)) return;
            var key = AgencyKey(name, records);
            if (key.Length == 0) return;
            Set(_file, "@k", key); Set(_file, "@n", name);
            _file.ExecuteNonQuery();
        }

        public void Dispose()
        {
            _alias.Dispose();
            _file.Dispose();
        }
    }

    /// <summary>The grammar's key of a name (cached: names repeat across thousands of tasks).</summary>
    internal string GrammarKey(string name)
    {
        if (_agencyKeys.TryGetValue(name, out var key)) return key;
        if (_agencyKeys.Count > 100_000) _agencyKeys.Clear();
        return _agencyKeys[name] = agencyKeys.Key(name);
    }

    // ---------------------------------------------------------------- helpers

    internal SqliteCommand Command(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] parameters) =>
        Command(_db, sql, tx, parameters);

    /// <summary>A command on <paramref name="db"/> with its parameters bound (null as DBNull).</summary>
    internal static SqliteCommand Command(SqliteConnection db, string sql, SqliteTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        var cmd = db.CreateCommand();
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

    // The value conventions are shared with the PostgreSQL store (StoredValues).
    internal static string? Str(SqliteDataReader r, int i) => StoredValues.Str(r, i);

    internal static string? Iso(DateOnly? d) => StoredValues.Iso(d);

    internal static DateOnly? ParseIso(string? s) => StoredValues.ParseIso(s);

    private static string Relation(ReferenceRelation r) => StoredValues.Relation(r);
    private static string Mode(AssignmentMode m) => StoredValues.Mode(m);
    internal static string Kind(DeadlineKind k) => StoredValues.Kind(k);
    internal static string Every(Recurrence r) => StoredValues.Every(r);

    internal static T? FromJsonName<T>(string? s) where T : struct, Enum => StoredValues.FromJsonName<T>(s);
}
