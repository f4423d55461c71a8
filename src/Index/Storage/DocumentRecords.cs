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
internal sealed class DocumentRecords(SqliteConnection db, IAgencyKeys agencyKeys)
{
    private readonly SqliteConnection _db = db;

    /// <summary>Agency keys by name as written: names repeat across thousands of tasks, keying parses each once.</summary>
    private readonly Dictionary<string, string> _agencyKeys = new(StringComparer.Ordinal);

    /// <summary>Test hook: called at each write step ("document", "tasks", "index"); throwing there must roll back everything.</summary>
    public Action<string>? OnWrite { get; set; }

    public StoreOutcome Save(IngestedDocument document, ExtractionResult extraction, SqliteTransaction tx)
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
        ChangeLog.Append(_db, tx, id, ChangeLog.Upsert);
        return new StoreOutcome(id, existing is null ? StoreChange.Added : StoreChange.Replaced, extraction.Tasks.Count);
    }

    /// <summary>Files an agency under its key; a new spelling joins the key's aliases. One statement, no read-back.</summary>
    internal void UpsertAgency(string name, SqliteTransaction tx)
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

    internal string AgencyKey(string name)
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
