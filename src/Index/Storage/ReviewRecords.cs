using System.Data.Common;
using System.Text.Json;
using DirectiveTracker.Extract.Model;
using static DirectiveTracker.Index.Storage.StoredValues;

namespace DirectiveTracker.Index.Storage;

/// <summary>What the shared review code needs of a backend's document records: filing owners and keying agency names.</summary>
internal interface IOwnerRecords
{
    /// <summary>Files a task's lead and support owners under their agency keys (names as written; empty keys skipped).</summary>
    void WriteOwners(long taskId, IEnumerable<string> lead, IEnumerable<string> support, DbTransaction tx);

    /// <summary>Files one owner under its agency key; the same agency twice in a role counts once.</summary>
    void AddOwner(long taskId, string name, string role, DbTransaction tx);

    /// <summary>The key a name is filed under: the grammar's key, or the directory entry an admin mapped that key to.</summary>
    string AgencyKey(string name, DbTransaction? tx = null);

    /// <summary>The grammar's key of a name.</summary>
    string GrammarKey(string name);
}

/// <summary>
/// A clerk's task add/delete/split/merge and the agency directory, in either backend's store: each change one write
/// transaction with its change-log entry (the store applies it to its index after the commit). Portable SQL; what
/// differs is in <see cref="StoreDialect"/> and the backend's <see cref="IOwnerRecords"/>.
/// </summary>
/// <param name="beginWrite">The backend's write transaction (SQLite waits its turn; PostgreSQL takes the writers' advisory lock).</param>
internal sealed class ReviewRecords(DbConnection db, StoreDialect dialect, IOwnerRecords records, Func<DbTransaction> beginWrite)
{
    /// <summary>Adds a task after the document's last one; its id, or null when there is no such document.</summary>
    public long? AddTask(long documentId, string path, TaskEdit content)
    {
        using var tx = beginWrite();
        double? last;
        using (var cmd = Command("SELECT (SELECT count(*) FROM documents WHERE id = @d), (SELECT max(ordinal) FROM tasks WHERE document_id = @d)", tx, ("@d", documentId)))
        using (var r = cmd.ExecuteReader())
        {
            r.Read();
            if (r.GetInt64(0) == 0) return null;
            last = r.IsDBNull(1) ? null : r.GetDouble(1);
        }
        var deadline = TaskReview.DeadlineOf(content);
        long taskId = InsertReviewedTask(tx, documentId, path.Trim(), content.Text?.Trim() ?? "", deadline, content.Category ?? TaskCategory.Khac,
            (last ?? -1) + 1, content.Lead ?? [], content.Support ?? []);
        ChangeLog.Append(db, tx, documentId, ChangeLog.Upsert);
        tx.Commit();
        return taskId;
    }

    public bool DeleteTask(long taskId)
    {
        using var tx = beginWrite();
        using (var cmd = Command("DELETE FROM tasks WHERE id = @t RETURNING document_id", tx, ("@t", taskId)))
        {
            if (cmd.ExecuteScalar() is not long documentId) return false;
            ChangeLog.Append(db, tx, documentId, ChangeLog.Upsert);
        }
        tx.Commit();
        return true;
    }

    /// <summary>The task keeps the first text; the others become tasks right after it. Returns the ids in order.</summary>
    public IReadOnlyList<long> SplitTask(StoredTask task, IReadOnlyList<string> texts)
    {
        var ids = new List<long> { task.Id };
        using var tx = beginWrite();
        double ordinal, next;
        using (var cmd = Command("""
            SELECT t.ordinal, coalesce((SELECT min(n.ordinal) FROM tasks n WHERE n.document_id = t.document_id AND n.ordinal > t.ordinal), t.ordinal + 1)
            FROM tasks t WHERE t.id = @t
            """, tx, ("@t", task.Id)))
        using (var r = cmd.ExecuteReader())
        {
            r.Read();
            ordinal = r.IsDBNull(0) ? 0 : r.GetDouble(0);
            next = r.IsDBNull(1) ? ordinal + 1 : r.GetDouble(1);
        }
        MarkReviewed(tx, task.Id, texts[0]);
        var step = (next - ordinal) / texts.Count;
        for (int i = 1; i < texts.Count; i++)
        {
            ids.Add(InsertReviewedTask(tx, task.DocumentId, TaskReview.PartPath(task.Path, i), texts[i], task.Deadline, task.Category,
                ordinal + step * i, [.. task.Leads.Select(o => o.Name)], [.. task.Supports.Select(o => o.Name)], task.Mode));
        }
        ChangeLog.Append(db, tx, task.DocumentId, ChangeLog.Upsert);
        tx.Commit();
        return ids;
    }

    /// <summary>Writes <paramref name="merged"/> into the first task and deletes the others.</summary>
    public void MergeTasks(IReadOnlyList<StoredTask> tasks, MergedTask merged)
    {
        var into = tasks[0];
        var deadline = merged.Deadline;
        using var tx = beginWrite();
        MarkReviewed(tx, into.Id, merged.Text);
        Exec("""
            UPDATE tasks SET deadline_kind = @dk, deadline_due = @due, deadline_every = @every, deadline_text = @dt WHERE id = @id
            """, tx, ("@dk", deadline is null ? null : Kind(deadline.Kind)), ("@due", deadline?.Due),
            ("@every", deadline?.Every is { } every ? Every(every) : null), ("@dt", deadline?.Text), ("@id", into.Id));
        Exec("DELETE FROM task_owners WHERE task_id = @t", tx, ("@t", into.Id));
        records.WriteOwners(into.Id, merged.Leads, merged.Supports, tx);
        foreach (var other in tasks.Skip(1)) Exec("DELETE FROM tasks WHERE id = @t", tx, ("@t", other.Id));
        ChangeLog.Append(db, tx, into.DocumentId, ChangeLog.Upsert);
        tx.Commit();
    }

    private void MarkReviewed(DbTransaction tx, long taskId, string text) =>
        Exec("UPDATE tasks SET text = @text, reviewed_at = @now, confidence = 1.0 WHERE id = @t", tx,
            ("@text", text), ("@now", Now), ("@t", taskId));

    private long InsertReviewedTask(DbTransaction tx, long documentId, string path, string text, Deadline? deadline, TaskCategory category,
        double ordinal, IReadOnlyList<string> lead, IReadOnlyList<string> support, string? mode = null)
    {
        using var cmd = Command("""
            INSERT INTO tasks (document_id, path, text, mode, deadline_kind, deadline_due, deadline_every, deadline_text, category, confidence, ordinal, reviewed_at)
            VALUES (@d, @p, @t, @m, @dk, @due, @every, @dt, @c, 1.0, @ord, @now) RETURNING id
            """, tx, ("@d", documentId), ("@p", path), ("@t", text), ("@m", mode), ("@dk", deadline is null ? null : Kind(deadline.Kind)),
            ("@due", deadline?.Due), ("@every", deadline?.Every is { } every ? Every(every) : null), ("@dt", deadline?.Text),
            ("@c", category.ToString()), ("@ord", ordinal), ("@now", Now));
        var id = (long)cmd.ExecuteScalar()!;
        records.WriteOwners(id, lead, support, tx);
        return id;
    }

    // ---------------------------------------------------------------- the agency directory

    /// <summary>Creates or updates a directory entry (see <see cref="ITrackerStore.SaveAgency"/>); returns its key.</summary>
    public string SaveAgency(AgencyEntry entry)
    {
        var name = entry.Name.Trim();
        if (name.Length == 0) throw new ArgumentException("An agency needs a name.", nameof(entry));
        var key = entry.Key ?? records.AgencyKey(name);
        if (key.Length == 0) throw new ArgumentException($"'{name}' is not an agency name.", nameof(entry));
        var aliasNames = entry.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0).Append(name).Distinct(StringComparer.Ordinal).ToList();
        var aliasKeys = aliasNames.Select(records.GrammarKey).Where(k => k.Length > 0 && k != key).ToHashSet(StringComparer.Ordinal);
        using var tx = beginWrite();
        if (entry.ParentKey is { Length: > 0 } parent)
        {
            // The parent must be a directory entry whose own ancestors do not pass through this one.
            for (string? p = parent; p is not null;)
            {
                if (p == key) throw new ArgumentException("An agency cannot be its own ancestor.", nameof(entry));
                using var cmd = Command("SELECT parent_key FROM agencies WHERE key = @k AND in_directory = 1", tx, ("@k", p));
                using var r = cmd.ExecuteReader();
                if (!r.Read()) throw new ArgumentException($"The parent '{p}' is not in the directory.", nameof(entry));
                p = Str(r, 0);
            }
        }
        foreach (var aliasKey in aliasKeys)
        {
            using var cmd = Command("SELECT count(*) FROM agencies WHERE key = @k AND in_directory = 1", tx, ("@k", aliasKey));
            if ((long)cmd.ExecuteScalar()! > 0) throw new ArgumentException($"The alias key '{aliasKey}' is another directory entry.", nameof(entry));
        }
        // Keys this entry covered before: owners under them are filed again with the new aliases.
        var previous = new HashSet<string>(StringComparer.Ordinal) { key };
        using (var cmd = Command("SELECT alias_key FROM agency_aliases WHERE agency_key = @k", tx, ("@k", key)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) previous.Add(r.GetString(0));
        Exec("DELETE FROM agency_aliases WHERE agency_key = @k", tx, ("@k", key));
        foreach (var aliasKey in aliasKeys)
            Exec("INSERT INTO agency_aliases (alias_key, agency_key) VALUES (@a, @k) ON CONFLICT (alias_key) DO UPDATE SET agency_key = excluded.agency_key", tx,
                ("@a", aliasKey), ("@k", key));
        Exec("""
            INSERT INTO agencies (key, display_name, aliases, in_directory, parent_key) VALUES (@k, @n, '[]', 1, @p)
            ON CONFLICT (key) DO UPDATE SET display_name = excluded.display_name, in_directory = 1, parent_key = excluded.parent_key
            """, tx, ("@k", key), ("@n", name), ("@p", entry.ParentKey is { Length: > 0 } pk ? pk : null));
        Exec("DELETE FROM agency_emails WHERE agency_key = @k", tx, ("@k", key));
        foreach (var email in entry.Emails.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
            Exec("INSERT INTO agency_emails (agency_key, email) VALUES (@k, @e) ON CONFLICT DO NOTHING", tx, ("@k", key), ("@e", email));
        previous.UnionWith(aliasKeys);
        var names = Refile(tx, previous);
        // The entry's aliases: the spellings the admin gave and every name now filed under it.
        var spellings = aliasNames.Concat(names.GetValueOrDefault(key) ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Exec($"UPDATE agencies SET aliases = {dialect.Json("@a")} WHERE key = @k", tx, ("@a", JsonSerializer.Serialize(spellings)), ("@k", key));
        tx.Commit();
        return key;
    }

    public bool RemoveAgency(string agencyKey)
    {
        using var tx = beginWrite();
        if (Exec("UPDATE agencies SET in_directory = 0, parent_key = NULL WHERE key = @k AND in_directory = 1", tx, ("@k", agencyKey)) == 0)
            return false;
        var keys = new HashSet<string>(StringComparer.Ordinal) { agencyKey };
        using (var cmd = Command("DELETE FROM agency_aliases WHERE agency_key = @k RETURNING alias_key", tx, ("@k", agencyKey)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) keys.Add(r.GetString(0));
        Exec("UPDATE agencies SET parent_key = NULL WHERE parent_key = @k", tx, ("@k", agencyKey));
        Refile(tx, keys);
        tx.Commit();
        return true;
    }

    public IReadOnlyList<UnmappedOwnerName> ListUnmappedOwners()
    {
        var list = new List<UnmappedOwnerName>();
        using var cmd = Command("""
            SELECT key, display_name, n FROM (
              SELECT a.key, a.display_name, (SELECT count(DISTINCT o.task_id) FROM task_owners o WHERE o.agency_key = a.key) AS n
              FROM agencies a WHERE a.in_directory = 0) c
            WHERE n > 0
            """, null);
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new UnmappedOwnerName(r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)));
        // Ordered here: ordinal whatever the database's collation.
        return [.. list.OrderByDescending(o => o.Tasks).ThenBy(o => o.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Files the owners now under <paramref name="keys"/> by the current aliases and queues their documents for the index;
    /// returns the names filed under each key.
    /// </summary>
    private Dictionary<string, List<string>> Refile(DbTransaction tx, IReadOnlySet<string> keys)
    {
        var owners = new List<(long Task, string Key, string Name, string Role, long Document)>();
        foreach (var key in keys)
        {
            using var cmd = Command("SELECT o.task_id, o.agency_key, o.name, o.role, t.document_id FROM task_owners o JOIN tasks t ON t.id = o.task_id WHERE o.agency_key = @k", tx, ("@k", key));
            using var r = cmd.ExecuteReader();
            while (r.Read()) owners.Add((r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4)));
        }
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var documents = new SortedSet<long>();
        foreach (var o in owners)
        {
            var target = records.AgencyKey(o.Name, tx);
            if (!names.TryGetValue(target, out var list)) names[target] = list = [];
            list.Add(o.Name);
            if (target == o.Key) continue;
            Exec("DELETE FROM task_owners WHERE task_id = @t AND agency_key = @k AND role = @r", tx, ("@t", o.Task), ("@k", o.Key), ("@r", o.Role));
            records.AddOwner(o.Task, o.Name, o.Role, tx);
            documents.Add(o.Document);
        }
        foreach (var document in documents) ChangeLog.Append(db, tx, document, ChangeLog.Upsert);
        return names;
    }

    private object Now => dialect.Time(DateTimeOffset.UtcNow);

    private DbCommand Command(string sql, DbTransaction? tx, params (string Name, object? Value)[] parameters) =>
        StoreSql.Command(db, sql, tx, parameters);

    private int Exec(string sql, DbTransaction? tx, params (string Name, object? Value)[] parameters) =>
        StoreSql.Exec(db, sql, tx, parameters);
}
