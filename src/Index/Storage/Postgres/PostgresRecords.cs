using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Ingest.Model;
using Npgsql;
using static DirectiveTracker.Index.Storage.StoredValues;

namespace DirectiveTracker.Index.Storage.Postgres;

/// <summary>
/// Documents and tasks in PostgreSQL: writes a document with its tasks, owners, references and agencies, and queues
/// the change for the search replicas in the same transaction (<see cref="ChangeLog"/>).
/// </summary>
internal sealed class PostgresRecords(NpgsqlConnection db, IAgencyKeys agencyKeys) : IOwnerRecords
{
    /// <summary>Advisory lock every write transaction takes first ("dtrkwrit"): writers serialise, so change-log sequence order is commit order.</summary>
    public const long WriteLockKey = 0x6474726B_77726974;

    /// <summary>Agency keys by name as written: names repeat across thousands of tasks, keying parses each once.</summary>
    private readonly Dictionary<string, string> _agencyKeys = new(StringComparer.Ordinal);

    /// <summary>Test hook: called at each write step ("document", "tasks", "index"); throwing there must roll back everything.</summary>
    public Action<string>? OnWrite { get; set; }

    /// <summary>
    /// A write transaction. Its first statement waits for the writers' advisory lock, held to commit: a follower that has
    /// read the log up to sequence N can never later see a smaller sequence commit (identity values are taken in lock order).
    /// </summary>
    public NpgsqlTransaction BeginWrite()
    {
        var tx = db.BeginTransaction();
        try
        {
            Exec($"SELECT pg_advisory_xact_lock({WriteLockKey})", tx);
            return tx;
        }
        catch
        {
            tx.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Stores a file (document identity: see <see cref="ITrackerStore"/>'s remarks): a file already stored is unchanged (or
    /// re-read when its extraction changed); a file of a stored document (the same number + issuer + date, or
    /// <paramref name="replacing"/>) becomes that document's new current version; otherwise a new document. Null when
    /// <paramref name="replacing"/> names no document.
    /// </summary>
    public StoreOutcome? Save(IngestedDocument document, ExtractionResult extraction, NpgsqlTransaction tx, long? replacing = null)
    {
        var json = ContractJson.Serialize(extraction);
        var d = extraction.Document;
        var identity = DocumentIdentity.Of(d, GrammarKey);
        long? fileOwner = null;
        using (var cmd = Command("SELECT document_id FROM document_files WHERE sha256 = @s", tx, ("@s", document.Sha256)))
            if (cmd.ExecuteScalar() is long owner) fileOwner = owner;
        if (replacing is { } target)
        {
            using var cmd = Command("SELECT count(*) FROM documents WHERE id = @d", tx, ("@d", target));
            if ((long)cmd.ExecuteScalar()! == 0) return null;
            if (fileOwner is { } other && other != target) throw DocumentIdentity.FileOfAnother(document.Sha256, other, target);
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
        var now = DateTime.UtcNow;
        var values = new (string, object?)[]
        {
            ("@sha", document.Sha256), ("@source", document.SourceName), ("@format", document.Format.ToString()),
            ("@kind", d.Kind.ToString()), ("@number", d.Number), ("@numberKey", d.Number is null ? null : DocumentNumberKey.Of(d.Number)),
            ("@issuer", d.Issuer), ("@issuerKey", d.Issuer is null ? null : AgencyKey(d.Issuer, tx)),
            ("@place", d.Place), ("@issued", d.IssuedOn), ("@title", d.Title),
            ("@sname", d.Signer?.Name), ("@spos", d.Signer?.Position), ("@scap", d.Signer?.Capacity),
            ("@text", document.Text), ("@blocks", JsonSerializer.Serialize(document.Blocks, ContractJson.Options)),
            ("@extraction", json), ("@added", now), ("@identity", identity),
        };
        long id;
        if (existing is { } old)
        {
            // A replace whose number is another stored document's keeps its own identity (the unique key stays unique).
            using (var held = Command("SELECT identity_key FROM documents WHERE id = @d", tx, ("@d", old)))
            using (var taken = Command("SELECT count(*) FROM documents WHERE identity_key = @i AND id <> @d", tx, ("@i", identity), ("@d", old)))
                if (identity is not null && (long)taken.ExecuteScalar()! > 0) values[^1] = ("@identity", held.ExecuteScalar() as string);
            Exec("DELETE FROM document_references WHERE document_id = @d", tx, ("@d", old));
            using var upd = Command("""
                UPDATE documents SET sha256=@sha, source_name=@source, format=@format, kind=@kind, number=@number, number_key=@numberKey,
                  issuer=@issuer, issuer_key=@issuerKey, place=@place, issued_on=@issued, title=@title, signer_name=@sname,
                  signer_position=@spos, signer_capacity=@scap, text=@text, blocks_json=@blocks::jsonb, extraction_json=@extraction,
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
                  @title, @sname, @spos, @scap, @text, @blocks::jsonb, @extraction, @added, @identity) RETURNING id
                """, tx, values);
            id = (long)ins.ExecuteScalar()!;
        }
        if (fileOwner is null)
            Exec("INSERT INTO document_files (sha256, document_id, source_name, format, added_at) VALUES (@sha, @d, @source, @format, @added)", tx,
                ("@sha", document.Sha256), ("@d", id), ("@source", document.SourceName), ("@format", document.Format.ToString()), ("@added", now));

        if (d.Issuer is not null) UpsertAgency(d.Issuer, tx);
        foreach (var r in d.References)
        {
            Exec("INSERT INTO document_references (document_id, kind, number, number_key, issued_on, issuer, relation) VALUES (@d, @k, @n, @nk, @i, @is, @r)", tx,
                ("@d", id), ("@k", r.Kind.ToString()), ("@n", r.Number), ("@nk", DocumentNumberKey.Of(r.Number)),
                ("@i", r.IssuedOn), ("@is", r.Issuer), ("@r", Relation(r.Relation)));
        }

        OnWrite?.Invoke("tasks");
        WriteTasks(id, extraction.Tasks, existing is not null, tx);

        OnWrite?.Invoke("index");
        ChangeLog.Append(db, tx, id, ChangeLog.Upsert);
        return new StoreOutcome(id, existing is null ? StoreChange.Added : change, extraction.Tasks.Count);
    }

    /// <summary>
    /// Writes a document's extracted tasks. Over a stored version, a task whose path is unchanged keeps its id (and so its
    /// progress and alerts); tasks a person reviewed are left as they are; unreviewed tasks whose path is gone are removed.
    /// </summary>
    private void WriteTasks(long documentId, IReadOnlyList<TaskItem> tasks, bool update, NpgsqlTransaction tx)
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
        for (int i = 0; i < tasks.Count; i++)
        {
            var t = tasks[i];
            var columns = new (string, object?)[]
            {
                ("@t", t.Text), ("@m", t.Mode is { } m ? Mode(m) : null), ("@dk", t.Deadline is { } dl ? Kind(dl.Kind) : null),
                ("@due", t.Deadline?.Due), ("@every", t.Deadline?.Every is { } ev ? Every(ev) : null), ("@dt", t.Deadline?.Text),
                ("@c", t.Category.ToString()), ("@conf", t.Confidence), ("@ord", (double)i),
            };
            long taskId;
            if (stored.TryGetValue(t.Path, out var q) && q.TryDequeue(out var same))
            {
                if (same.Reviewed) continue;
                Exec("""
                    UPDATE tasks SET text = @t, mode = @m, deadline_kind = @dk, deadline_due = @due, deadline_every = @every, deadline_text = @dt,
                      category = @c, confidence = @conf, ordinal = @ord WHERE id = @id
                    """, tx, [.. columns, ("@id", same.Id)]);
                Exec("DELETE FROM task_owners WHERE task_id = @t", tx, ("@t", same.Id));
                taskId = same.Id;
            }
            else
            {
                using var insert = Command("""
                    INSERT INTO tasks (document_id, path, text, mode, deadline_kind, deadline_due, deadline_every, deadline_text, category, confidence, ordinal)
                    VALUES (@d, @p, @t, @m, @dk, @due, @every, @dt, @c, @conf, @ord) RETURNING id
                    """, tx, [.. columns, ("@d", documentId), ("@p", t.Path)]);
                taskId = (long)insert.ExecuteScalar()!;
            }
            WriteOwners(taskId, t.Lead, t.Support, tx);
        }
        foreach (var (id, reviewed) in stored.Values.SelectMany(q => q))
            if (!reviewed) Exec("DELETE FROM tasks WHERE id = @id", tx, ("@id", id));
    }

    /// <summary>Files a task's lead and support owners under their agency keys (names as written; empty keys skipped).</summary>
    public void WriteOwners(long taskId, IEnumerable<string> lead, IEnumerable<string> support, NpgsqlTransaction tx)
    {
        foreach (var (names, role) in new[] { (lead, "lead"), (support, "support") })
            foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
                AddOwner(taskId, name, role, tx);
    }

    /// <summary>Files an owner under its agency key (a name that keys to nothing is skipped); the same agency twice in a role counts once.</summary>
    public void AddOwner(long taskId, string name, string role, NpgsqlTransaction tx)
    {
        var key = AgencyKey(name, tx);
        if (key.Length == 0) return;
        UpsertAgency(name, tx);
        Exec("INSERT INTO task_owners (task_id, agency_key, name, role) VALUES (@t, @k, @n, @r) ON CONFLICT DO NOTHING", tx,
            ("@t", taskId), ("@k", key), ("@n", name), ("@r", role));
    }

    void IOwnerRecords.WriteOwners(long taskId, IEnumerable<string> lead, IEnumerable<string> support, System.Data.Common.DbTransaction tx) =>
        WriteOwners(taskId, lead, support, (NpgsqlTransaction)tx);

    void IOwnerRecords.AddOwner(long taskId, string name, string role, System.Data.Common.DbTransaction tx) => AddOwner(taskId, name, role, (NpgsqlTransaction)tx);

    string IOwnerRecords.AgencyKey(string name, System.Data.Common.DbTransaction? tx) => AgencyKey(name, (NpgsqlTransaction?)tx);

    string IOwnerRecords.GrammarKey(string name) => GrammarKey(name);

    /// <summary>Files an agency under its key; a new spelling joins the key's aliases (kept in ordinal order).</summary>
    public void UpsertAgency(string name, NpgsqlTransaction tx)
    {
        var key = AgencyKey(name, tx);
        if (key.Length == 0) return;
        Exec("""
            INSERT INTO agencies (key, display_name, aliases) VALUES (@k, @n, jsonb_build_array(@n::text))
            ON CONFLICT (key) DO UPDATE SET aliases =
                (SELECT jsonb_agg(v ORDER BY v COLLATE "C") FROM (SELECT jsonb_array_elements_text(agencies.aliases) AS v UNION SELECT @n::text) u)
            WHERE NOT agencies.aliases @> jsonb_build_array(@n::text)
            """, tx, ("@k", key), ("@n", name));
    }

    /// <summary>The key a name is filed under: the grammar's key, or the directory entry an admin mapped that key to.</summary>
    public string AgencyKey(string name, NpgsqlTransaction? tx = null)
    {
        var key = GrammarKey(name);
        if (key.Length == 0) return key;
        // Read each time (one indexed lookup): another instance may have mapped a key since.
        using var cmd = Command("SELECT agency_key FROM agency_aliases WHERE alias_key = @k", tx, ("@k", key));
        return cmd.ExecuteScalar() as string ?? key;
    }

    /// <summary>The grammar's key of a name (cached: names repeat across thousands of tasks).</summary>
    public string GrammarKey(string name)
    {
        if (_agencyKeys.TryGetValue(name, out var key)) return key;
        if (_agencyKeys.Count > 100_000) _agencyKeys.Clear();
        return _agencyKeys[name] = agencyKeys.Key(name);
    }

    public NpgsqlCommand Command(string sql, NpgsqlTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        var cmd = new NpgsqlCommand(sql, db, tx);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    public int Exec(string sql, NpgsqlTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, tx, parameters);
        return cmd.ExecuteNonQuery();
    }
}
