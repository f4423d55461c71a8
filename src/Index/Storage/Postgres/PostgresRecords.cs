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
internal sealed class PostgresRecords(NpgsqlConnection db, IAgencyKeys agencyKeys)
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

    public StoreOutcome Save(IngestedDocument document, ExtractionResult extraction, NpgsqlTransaction tx)
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
            return new StoreOutcome(same, StoreChange.Unchanged, extraction.Tasks.Count);

        OnWrite?.Invoke("document");
        var d = extraction.Document;
        var values = new (string, object?)[]
        {
            ("@sha", document.Sha256), ("@source", document.SourceName), ("@format", document.Format.ToString()),
            ("@kind", d.Kind.ToString()), ("@number", d.Number), ("@numberKey", d.Number is null ? null : DocumentNumberKey.Of(d.Number)),
            ("@issuer", d.Issuer), ("@issuerKey", d.Issuer is null ? null : AgencyKey(d.Issuer)),
            ("@place", d.Place), ("@issued", d.IssuedOn), ("@title", d.Title),
            ("@sname", d.Signer?.Name), ("@spos", d.Signer?.Position), ("@scap", d.Signer?.Capacity),
            ("@text", document.Text), ("@blocks", JsonSerializer.Serialize(document.Blocks, ContractJson.Options)),
            ("@extraction", json), ("@added", DateTime.UtcNow),
        };
        long id;
        if (existing is { } old)
        {
            Exec("DELETE FROM tasks WHERE document_id = @d; DELETE FROM document_references WHERE document_id = @d;", tx, ("@d", old));
            using var upd = Command("""
                UPDATE documents SET source_name=@source, format=@format, kind=@kind, number=@number, number_key=@numberKey,
                  issuer=@issuer, issuer_key=@issuerKey, place=@place, issued_on=@issued, title=@title, signer_name=@sname,
                  signer_position=@spos, signer_capacity=@scap, text=@text, blocks_json=@blocks::jsonb, extraction_json=@extraction,
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
                  @title, @sname, @spos, @scap, @text, @blocks::jsonb, @extraction, @added) RETURNING id
                """, tx, values);
            id = (long)ins.ExecuteScalar()!;
        }

        if (d.Issuer is not null) UpsertAgency(d.Issuer, tx);
        foreach (var r in d.References)
        {
            Exec("INSERT INTO document_references (document_id, kind, number, number_key, issued_on, issuer, relation) VALUES (@d, @k, @n, @nk, @i, @is, @r)", tx,
                ("@d", id), ("@k", r.Kind.ToString()), ("@n", r.Number), ("@nk", DocumentNumberKey.Of(r.Number)),
                ("@i", r.IssuedOn), ("@is", r.Issuer), ("@r", Relation(r.Relation)));
        }

        OnWrite?.Invoke("tasks");
        foreach (var t in extraction.Tasks)
        {
            using var taskCmd = Command("""
                INSERT INTO tasks (document_id, path, text, mode, deadline_kind, deadline_due, deadline_every, deadline_text, category)
                VALUES (@d, @p, @t, @m, @dk, @due, @every, @dt, @c) RETURNING id
                """, tx, ("@d", id), ("@p", t.Path), ("@t", t.Text), ("@m", t.Mode is { } m ? Mode(m) : null),
                ("@dk", t.Deadline is { } dl ? Kind(dl.Kind) : null), ("@due", t.Deadline?.Due),
                ("@every", t.Deadline?.Every is { } ev ? Every(ev) : null), ("@dt", t.Deadline?.Text), ("@c", t.Category.ToString()));
            long taskId = (long)taskCmd.ExecuteScalar()!;
            foreach (var name in t.Lead) AddOwner(taskId, name, "lead", tx);
            foreach (var name in t.Support) AddOwner(taskId, name, "support", tx);
        }

        OnWrite?.Invoke("index");
        ChangeLog.Append(db, tx, id, ChangeLog.Upsert);
        return new StoreOutcome(id, existing is null ? StoreChange.Added : StoreChange.Replaced, extraction.Tasks.Count);
    }

    /// <summary>Files an owner under its agency key (a name that keys to nothing is skipped); the same agency twice in a role counts once.</summary>
    public void AddOwner(long taskId, string name, string role, NpgsqlTransaction tx)
    {
        var key = AgencyKey(name);
        if (key.Length == 0) return;
        UpsertAgency(name, tx);
        Exec("INSERT INTO task_owners (task_id, agency_key, name, role) VALUES (@t, @k, @n, @r) ON CONFLICT DO NOTHING", tx,
            ("@t", taskId), ("@k", key), ("@n", name), ("@r", role));
    }

    /// <summary>Files an agency under its key; a new spelling joins the key's aliases (kept in ordinal order).</summary>
    public void UpsertAgency(string name, NpgsqlTransaction tx)
    {
        var key = AgencyKey(name);
        if (key.Length == 0) return;
        Exec("""
            INSERT INTO agencies (key, display_name, aliases) VALUES (@k, @n, jsonb_build_array(@n::text))
            ON CONFLICT (key) DO UPDATE SET aliases =
                (SELECT jsonb_agg(v ORDER BY v COLLATE "C") FROM (SELECT jsonb_array_elements_text(agencies.aliases) AS v UNION SELECT @n::text) u)
            WHERE NOT agencies.aliases @> jsonb_build_array(@n::text)
            """, tx, ("@k", key), ("@n", name));
    }

    public string AgencyKey(string name)
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
