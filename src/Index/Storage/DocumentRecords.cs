using System.Data.Common;
using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Ingest.Model;
using static DirectiveTracker.Index.Storage.StoredValues;

namespace DirectiveTracker.Index.Storage;

/// <summary>
/// Documents and tasks in either backend's store, the system of record: writes a document with its tasks, owners,
/// references and agencies, corrects a task or deletes a document, and queues each change for the search index in the
/// same transaction (<see cref="ChangeLog"/>). Portable SQL; what differs is in <see cref="StoreDialect"/>.
/// </summary>
/// <param name="beginWrite">The backend's write transaction (SQLite waits its turn; PostgreSQL takes the writers' advisory lock).</param>
internal sealed class DocumentRecords(DbConnection db, StoreDialect dialect, IAgencyKeys agencyKeys, Func<DbTransaction> beginWrite) : IOwnerRecords
{
    /// <summary>Agency keys by name as written: names repeat across thousands of tasks, keying parses each once.</summary>
    private readonly Dictionary<string, string> _agencyKeys = new(StringComparer.Ordinal);

    /// <summary>Test hook: called at each write step ("document", "tasks", "index"); throwing there must roll back everything.</summary>
    public Action<string>? OnWrite { get; set; }

    /// <summary>
    /// Set by a store around its bulk save (<see cref="IndexFollower.Fresh"/>): each new document <see cref="Save"/> writes
    /// is also kept here as the index reads it back (<see cref="IndexSource.LoadForIndex"/>: the same values, owners as
    /// their rows keep them), under the sequence of its change, so that the index is given what was just written
    /// instead of reading it back. Only new documents: a new version merges with rows already stored, and is read back.
    /// </summary>
    public Dictionary<long, IndexedDocument>? Fresh { get; set; }

    private const string ImplementsRelation = "implements";

    /// <summary>
    /// Stores a file (document identity: see <see cref="ITrackerStore"/>'s remarks): the current file again is unchanged (or
    /// re-read when its extraction changed); an earlier version's file becomes current again; a file of a stored document
    /// (the same number + issuer + date, or <paramref name="replacing"/>) becomes that document's new current version;
    /// otherwise a new document. Null when <paramref name="replacing"/> names no document.
    /// </summary>
    public StoreOutcome? Save(IngestedDocument document, ExtractionResult extraction, DbTransaction tx, long? replacing = null)
    {
        var scope = ScopeOf(tx);
        var json = ContractJson.Serialize(extraction);
        var d = extraction.Document;
        var identity = DocumentIdentity.Of(d, GrammarKey);
        long? fileOwner = null;
        if (scope.Command("SELECT document_id FROM document_files WHERE sha256 = @s", ("@s", document.Sha256)).ExecuteScalar() is long owner) fileOwner = owner;
        if (replacing is { } target)
        {
            var cmd = scope.Command("SELECT count(*) FROM documents WHERE id = @d", ("@d", target));
            if (Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0) return null;
            if (fileOwner is { } other && other != target) throw DocumentIdentity.FileOfAnother(document.Sha256, other, target);
        }
        long? existing = replacing ?? fileOwner;
        var change = StoreChange.Replaced;
        if (existing is null && identity is not null)
        {
            if (scope.Command("SELECT id FROM documents WHERE identity_key = @i", ("@i", identity)).ExecuteScalar() is long same) { existing = same; change = StoreChange.NewVersion; }
        }
        if (existing is { } known && fileOwner == known)
        {
            // A file this document already has: the current file is unchanged unless it reads differently now; an
            // earlier version becomes current again (the last file a clerk gives is the one the document shows).
            using var r = scope.Command("SELECT sha256, extraction_json, text FROM documents WHERE id = @d", ("@d", known)).ExecuteReader();
            r.Read();
            if (r.GetString(0) != document.Sha256) change = StoreChange.Restored;
            else if (r.GetString(1) == json && r.GetString(2) == document.Text)
                return new StoreOutcome(known, StoreChange.Unchanged, extraction.Tasks.Count);
        }
        else if (existing is not null) change = StoreChange.NewVersion;

        OnWrite?.Invoke("document");
        var now = dialect.Time(DateTimeOffset.UtcNow);
        string? numberKey = d.Number is null ? null : DocumentNumberKey.Of(d.Number), issuerKey = d.Issuer is null ? null : scope.AgencyKey(d.Issuer, this);
        var values = new (string, object?)[]
        {
            ("@sha", document.Sha256), ("@source", document.SourceName), ("@format", document.Format.ToString()),
            ("@kind", d.Kind.ToString()), ("@number", d.Number), ("@numberKey", numberKey),
            ("@issuer", d.Issuer), ("@issuerKey", issuerKey),
            ("@place", d.Place), ("@issued", d.IssuedOn), ("@title", d.Title),
            ("@sname", d.Signer?.Name), ("@spos", d.Signer?.Position), ("@scap", d.Signer?.Capacity),
            ("@text", document.Text), ("@blocks", JsonSerializer.Serialize(document.Blocks, ContractJson.Options)),
            ("@extraction", json), ("@added", now), ("@identity", identity),
        };
        long id;
        if (existing is { } old)
        {
            // A replace whose number is another stored document's keeps its own identity (the unique key stays unique).
            var taken = scope.Command("SELECT count(*) FROM documents WHERE identity_key = @i AND id <> @d", ("@i", identity), ("@d", old));
            if (identity is not null && Convert.ToInt64(taken.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
                values[^1] = ("@identity", scope.Command("SELECT identity_key FROM documents WHERE id = @d", ("@d", old)).ExecuteScalar() as string);
            scope.Command("DELETE FROM document_references WHERE document_id = @d", ("@d", old)).ExecuteNonQuery();
            scope.Command($"""
                UPDATE documents SET sha256=@sha, source_name=@source, format=@format, kind=@kind, number=@number, number_key=@numberKey,
                  issuer=@issuer, issuer_key=@issuerKey, place=@place, issued_on=@issued, title=@title, signer_name=@sname,
                  signer_position=@spos, signer_capacity=@scap, text=@text, blocks_json={dialect.Json("@blocks")}, extraction_json=@extraction,
                  added_at=@added, identity_key=@identity WHERE id=@id
                """, [.. values, ("@id", old)]).ExecuteNonQuery();
            id = old;
        }
        else
        {
            id = (long)scope.Command($"""
                INSERT INTO documents (sha256, source_name, format, kind, number, number_key, issuer, issuer_key, place, issued_on,
                  title, signer_name, signer_position, signer_capacity, text, blocks_json, extraction_json, added_at, identity_key)
                VALUES (@sha, @source, @format, @kind, @number, @numberKey, @issuer, @issuerKey, @place, @issued,
                  @title, @sname, @spos, @scap, @text, {dialect.Json("@blocks")}, @extraction, @added, @identity) RETURNING id
                """, values).ExecuteScalar()!;
        }
        if (fileOwner is null)
            scope.Command("INSERT INTO document_files (sha256, document_id, source_name, format, added_at) VALUES (@sha, @d, @source, @format, @added)",
                ("@sha", document.Sha256), ("@d", id), ("@source", document.SourceName), ("@format", document.Format.ToString()), ("@added", now)).ExecuteNonQuery();

        if (d.Issuer is not null) scope.File(d.Issuer, this);
        foreach (var r in d.References)
        {
            scope.Command("INSERT INTO document_references (document_id, kind, number, number_key, issued_on, issuer, relation) VALUES (@d, @k, @n, @nk, @i, @is, @r)",
                ("@d", id), ("@k", r.Kind.ToString()), ("@n", r.Number), ("@nk", DocumentNumberKey.Of(r.Number)),
                ("@i", r.IssuedOn), ("@is", r.Issuer), ("@r", Relation(r.Relation))).ExecuteNonQuery();
        }

        OnWrite?.Invoke("tasks");
        var fresh = Fresh is not null && existing is null ? new List<IndexedTask>(extraction.Tasks.Count) : null;
        Progress.PlanPeriod? period = null;
        if (fresh is not null)
        {
            var step = BuildSteps.Begin();
            period = Progress.PlanPeriod.FromTitle(d.Title, d.IssuedOn);
            BuildSteps.End(BuildSteps.Step.PlanPeriod, step);
        }
        WriteTasks(id, extraction.Tasks, existing is not null, tx, scope, fresh is null ? null : (fresh, d.IssuedOn, period));

        OnWrite?.Invoke("index");
        long sequence = Convert.ToInt64(scope.Command(ChangeLog.AppendReturningSql, ("@d", id), ("@o", ChangeLog.Upsert)).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (fresh is not null)
        {
            // As LoadForIndex reads them: the document's columns, the distinct keys it implements (ordinal order), its tasks by id.
            var implements = d.References.Where(r => Relation(r.Relation) == ImplementsRelation).Select(r => DocumentNumberKey.Of(r.Number))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            fresh.Sort((a, b) => a.Id.CompareTo(b.Id));
            Fresh![sequence] = new IndexedDocument(id, d.Kind.ToString(), d.Number, numberKey, d.Issuer, issuerKey,
                d.Place, d.IssuedOn, d.Title, document.Text, implements, fresh);
        }
        return new StoreOutcome(id, existing is null ? StoreChange.Added : change, extraction.Tasks.Count);
    }

    /// <summary>
    /// Writes a document's extracted tasks. Over a stored version, a task whose path is unchanged keeps its id (and so its
    /// progress and alerts); tasks a person reviewed are left as they are; unreviewed tasks whose path is gone are removed.
    /// Statements are prepared once per transaction and rebound per task (a bulk import writes millions).
    /// </summary>
    /// <param name="fresh">For a new document kept for the index (<see cref="Fresh"/>): its tasks as the index reads them, with what their timeline needs.</param>
    private void WriteTasks(long documentId, IReadOnlyList<TaskItem> tasks, bool update, DbTransaction tx, SaveScope scope,
        (List<IndexedTask> Tasks, DateOnly? IssuedOn, Progress.PlanPeriod? Period)? fresh = null)
    {
        var stored = new Dictionary<string, Queue<(long Id, bool Reviewed)>>(StringComparer.Ordinal);
        if (update)
        {
            using var r = scope.Command("SELECT id, path, reviewed_at IS NOT NULL FROM tasks WHERE document_id = @d ORDER BY ordinal, id", ("@d", documentId)).ExecuteReader();
            while (r.Read())
            {
                if (!stored.TryGetValue(r.GetString(1), out var q)) stored[r.GetString(1)] = q = new();
                q.Enqueue((r.GetInt64(0), r.GetBoolean(2)));
            }
        }
        var insert = scope.Command("""
            INSERT INTO tasks (document_id, path, text, mode, deadline_kind, deadline_due, deadline_every, deadline_text, category, confidence, ordinal)
            VALUES (@d, @p, @t, @m, @dk, @due, @every, @dt, @c, @conf, @ord) RETURNING id
            """, [("@d", documentId), ("@p", null), .. TaskColumns]);
        var refresh = scope.Command("""
            UPDATE tasks SET text = @t, mode = @m, deadline_kind = @dk, deadline_due = @due, deadline_every = @every, deadline_text = @dt,
              category = @c, confidence = @conf, ordinal = @ord WHERE id = @id
            """, [("@id", null), .. TaskColumns]);
        var clearOwners = scope.Command("DELETE FROM task_owners WHERE task_id = @t", ("@t", null));
        var ownerCmd = scope.Command(OwnerSql, OwnerParameters);
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
            Set(insert, "@p", t.Path);
            long taskId = (long)insert.ExecuteScalar()!;
            var owners = fresh is null ? null : new List<TaskOwner>(2);
            WriteOwners(ownerCmd, taskId, t.Lead, t.Support, tx, scope, owners);
            if (fresh is { } f)
            {
                owners!.Sort(OwnerOrder);
                f.Tasks.Add(IndexSource.Task(taskId, t.Text, t.Category.ToString(), t.Deadline?.Due, t.Deadline is { } dl ? Kind(dl.Kind) : null,
                    t.Deadline?.Text, t.Deadline?.Every is { } ev ? Every(ev) : null, null, owners, f.IssuedOn, f.Period, null));
            }
        }
        var delete = scope.Command("DELETE FROM tasks WHERE id = @id", ("@id", null));
        foreach (var (id, reviewed) in stored.Values.SelectMany(q => q))
        {
            if (reviewed) continue;
            Set(delete, "@id", id);
            delete.ExecuteNonQuery();
        }
    }

    private static readonly (string, object?)[] TaskColumns =
        [("@t", null), ("@m", null), ("@dk", null), ("@due", null), ("@every", null), ("@dt", null), ("@c", null), ("@conf", null), ("@ord", null)];

    private static void SetTask(DbCommand cmd, TaskItem t, int ordinal)
    {
        Set(cmd, "@t", t.Text); Set(cmd, "@m", t.Mode is { } m ? Mode(m) : null);
        Set(cmd, "@dk", t.Deadline is { } dl ? Kind(dl.Kind) : null); Set(cmd, "@due", t.Deadline?.Due);
        Set(cmd, "@every", t.Deadline?.Every is { } ev ? Every(ev) : null); Set(cmd, "@dt", t.Deadline?.Text);
        Set(cmd, "@c", t.Category.ToString()); Set(cmd, "@conf", t.Confidence); Set(cmd, "@ord", (double)ordinal);
    }

    // ---------------------------------------------------------------- corrections

    /// <summary>
    /// Applies a clerk's edit to a task (read again under the write lock: another writer may have changed it since);
    /// the task before, or null when there is no such task. A correction marks the task reviewed (a new version of the
    /// file then keeps it); marking done does not.
    /// </summary>
    public StoredTask? UpdateTask(long taskId, TaskEdit edit, Func<DbTransaction, StoredTask?> current)
    {
        using var tx = beginWrite();
        if (current(tx) is not { } before) return null;
        var revision = TaskRevision.Of(before, edit);
        var deadline = revision.Deadline;
        var now = dialect.Time(DateTimeOffset.UtcNow);
        Exec("""
            UPDATE tasks SET text = @text, category = @c, deadline_kind = @dk, deadline_due = @due, deadline_every = @every,
              deadline_text = @dt, completed_on = @done, status_updated_at = @now,
              reviewed_at = CASE WHEN @corrects THEN @now ELSE reviewed_at END,
              confidence = CASE WHEN @corrects THEN 1.0 ELSE confidence END WHERE id = @id
            """, tx, ("@text", revision.Text), ("@c", revision.Category.ToString()),
            ("@dk", deadline is null ? null : Kind(deadline.Kind)), ("@due", deadline?.Due),
            ("@every", deadline?.Every is { } every ? Every(every) : null), ("@dt", deadline?.Text),
            ("@done", revision.CompletedOn), ("@now", now), ("@id", taskId), ("@corrects", revision.Corrects));
        if (revision.Lead is not null)
        {
            Exec("DELETE FROM task_owners WHERE task_id = @t", tx, ("@t", taskId));
            using var ownerCmd = OwnerCommand(tx);
            WriteOwners(ownerCmd, taskId, revision.Lead, revision.Support ?? [], tx);
        }
        // The index follows the rows through the change log, queued in the same transaction.
        ChangeLog.Append(db, tx, before.DocumentId, ChangeLog.Upsert);
        tx.Commit();
        return before;
    }

    /// <summary>Deletes a document with its tasks and files' rows; false when there is no such document.</summary>
    public bool DeleteDocument(long documentId)
    {
        using var tx = beginWrite();
        bool deleted = Exec("DELETE FROM documents WHERE id = @d", tx, ("@d", documentId)) > 0;
        if (deleted) ChangeLog.Append(db, tx, documentId, ChangeLog.Delete);
        tx.Commit();
        return deleted;
    }

    // ---------------------------------------------------------------- owners and agencies

    private DbCommand OwnerCommand(DbTransaction tx) => Command(OwnerSql, tx, OwnerParameters);

    private const string OwnerSql = "INSERT INTO task_owners (task_id, agency_key, name, role) VALUES (@t, @k, @n, @r) ON CONFLICT DO NOTHING";
    private static readonly (string, object?)[] OwnerParameters = [("@t", null), ("@k", null), ("@n", null), ("@r", null)];

    /// <param name="scope">Inside <see cref="Save"/>: its transaction's keys and filed names (else each is looked up and filed).</param>
    /// <param name="written">The owner rows as the table keeps them (one per key and role, the first name given: ON CONFLICT DO NOTHING), for <see cref="Fresh"/>.</param>
    private void WriteOwners(DbCommand ownerCmd, long taskId, IEnumerable<string> lead, IEnumerable<string> support, DbTransaction tx, SaveScope? scope = null,
        List<TaskOwner>? written = null)
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
                if (written is not null && !written.Exists(o => o.AgencyKey == key && o.Role == role)) written.Add(new TaskOwner(key, name, role));
            }
        }
    }

    /// <summary>Files a task's lead and support owners under their agency keys (names as written; empty keys skipped).</summary>
    public void WriteOwners(long taskId, IEnumerable<string> lead, IEnumerable<string> support, DbTransaction tx)
    {
        using var ownerCmd = OwnerCommand(tx);
        WriteOwners(ownerCmd, taskId, lead, support, tx);
    }

    public void AddOwner(long taskId, string name, string role, DbTransaction tx) =>
        WriteOwners(taskId, role == "lead" ? [name] : [], role == "lead" ? [] : [name], tx);

    /// <summary>Files an agency under its key; a new spelling joins the key's aliases (kept in ordinal order). One statement, no read-back.</summary>
    private void UpsertAgency(string name, DbTransaction tx)
    {
        var key = AgencyKey(name, tx);
        if (key.Length == 0) return;
        Exec(FileAgencySql, tx, ("@k", key), ("@n", name));
    }

    private string FileAgencySql => $"""
        INSERT INTO agencies (key, display_name, aliases) VALUES (@k, @n, {dialect.JsonArray("@n")})
        ON CONFLICT (key) DO UPDATE SET aliases = {dialect.JsonArrayWith("agencies.aliases", "@n")}
        WHERE NOT {dialect.JsonArrayHas("agencies.aliases", "@n")}
        """;

    private const string AliasSql = "SELECT agency_key FROM agency_aliases WHERE alias_key = @k";

    /// <summary>The key a name is filed under: the grammar's key, or the directory entry an admin mapped that key to.</summary>
    public string AgencyKey(string name, DbTransaction? tx = null)
    {
        var key = GrammarKey(name);
        if (key.Length == 0) return key;
        // Read each time (one indexed lookup): another process, instance or pooled store may have mapped a key since.
        using var cmd = Command(AliasSql, tx, ("@k", key));
        return cmd.ExecuteScalar() as string ?? key;
    }

    private SaveScope? _scope;

    /// <summary>The scope of <paramref name="tx"/>, begun at its first <see cref="Save"/>.</summary>
    private SaveScope ScopeOf(DbTransaction tx)
    {
        if (_scope?.Tx == tx) return _scope;
        _scope?.Dispose();
        return _scope = new SaveScope(this, tx);
    }

    /// <summary>
    /// What the saves of one write transaction have learnt: agency keys as the directory maps them and the names
    /// already filed (a batch of 500 documents names a few dozen agencies thousands of times), with their two
    /// statements prepared once. The transaction holds the store's write lock, so no other writer changes the
    /// directory meanwhile, and between its saves nothing else runs in it. Every statement of a save is prepared once
    /// per transaction (<see cref="Command"/>): preparing them for each document was a third of the rows' time.
    /// </summary>
    private sealed class SaveScope : IDisposable
    {
        private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
        private readonly HashSet<string> _filed = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
        private readonly DocumentRecords _records;
        private readonly DbCommand _alias, _file;

        public SaveScope(DocumentRecords records, DbTransaction tx)
        {
            Tx = tx;
            _records = records;
            _alias = Command(AliasSql, ("@k", null));
            _file = Command(records.FileAgencySql, ("@k", null), ("@n", null));
        }

        public DbTransaction Tx { get; }

        /// <summary>
        /// The statement <paramref name="sql"/> of this transaction, prepared at its first use, with <paramref name="parameters"/>
        /// bound (always the same names in the same order for one statement). Owned by the scope: not disposed by the caller.
        /// </summary>
        public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
        {
            if (!_commands.TryGetValue(sql, out var cmd)) return _commands[sql] = _records.Command(sql, Tx, parameters);
            var bound = cmd.Parameters;
            for (int i = 0; i < parameters.Length; i++)
            {
                var p = bound[i];
                if (p.ParameterName != parameters[i].Name) throw new ArgumentException($"parameter {i} of a prepared statement is {p.ParameterName}, not {parameters[i].Name}", nameof(parameters));
                p.Value = parameters[i].Value ?? DBNull.Value;
            }
            return cmd;
        }

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
            foreach (var cmd in _commands.Values) cmd.Dispose();
        }
    }

    /// <summary>The grammar's key of a name (cached: names repeat across thousands of tasks).</summary>
    public string GrammarKey(string name)
    {
        if (_agencyKeys.TryGetValue(name, out var key)) return key;
        if (_agencyKeys.Count > 100_000) _agencyKeys.Clear();
        return _agencyKeys[name] = agencyKeys.Key(name);
    }

    // ---------------------------------------------------------------- helpers

    private DbCommand Command(string sql, DbTransaction? tx, params (string Name, object? Value)[] parameters) =>
        StoreSql.Command(db, sql, tx, parameters);

    private int Exec(string sql, DbTransaction? tx, params (string Name, object? Value)[] parameters) =>
        StoreSql.Exec(db, sql, tx, parameters);

    private static void Set(DbCommand cmd, string name, object? value) => StoreSql.Set(cmd, name, value);
}
