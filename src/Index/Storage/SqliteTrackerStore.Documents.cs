using System.Globalization;
using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Index.Storage;

/// <summary>Reading documents and tasks for the pages, and correcting or deleting them with their index entries.</summary>
public sealed partial class SqliteTrackerStore
{
    private const string DocumentSummaryColumns =
        "d.id, d.kind, d.number, d.title, d.issuer, d.issued_on, d.source_name, d.added_at, (SELECT count(*) FROM tasks c WHERE c.document_id = d.id)";

    /// <summary>Tasks with their deadline's due date as <c>due</c> (alias e).</summary>
    private const string TaskRows =
        "(SELECT t.*, t.deadline_due AS due FROM tasks t)";

    public StoredDocument? GetDocument(long documentId, DateOnly today)
    {
        DocumentSummary? summary = null;
        string? place = null, format = null, text = null, numberKey = null;
        Signer? signer = null;
        using (var cmd = Command($"SELECT {DocumentSummaryColumns}, d.place, d.format, d.text, d.number_key, d.signer_name, d.signer_position, d.signer_capacity FROM documents d WHERE d.id = @d", null, ("@d", documentId)))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) return null;
            summary = ReadSummary(r);
            place = Str(r, 9); format = r.GetString(10); text = r.GetString(11); numberKey = Str(r, 12);
            if (Str(r, 13) is not null || Str(r, 14) is not null) signer = new Signer(Str(r, 13), Str(r, 14), Str(r, 15));
        }
        var references = new List<StoredReference>();
        using (var cmd = Command("""
            SELECT r.kind, r.number, r.issued_on, r.issuer, r.relation,
                   (SELECT max(o.id) FROM documents o WHERE o.number_key = r.number_key AND o.id <> r.document_id)
            FROM document_references r WHERE r.document_id = @d ORDER BY r.id
            """, null, ("@d", documentId)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
                references.Add(new StoredReference(ParseKind(r.GetString(0)), r.GetString(1), ParseIso(Str(r, 2)), Str(r, 3), r.GetString(4),
                    r.IsDBNull(5) ? null : r.GetInt64(5)));
        }
        var citedBy = numberKey is null ? [] : Summaries(
            $"SELECT {DocumentSummaryColumns} FROM documents d WHERE d.id IN (SELECT document_id FROM document_references WHERE number_key = @k) AND d.id <> @d ORDER BY d.id DESC",
            ("@k", numberKey), ("@d", documentId));
        return new StoredDocument
        {
            Summary = summary, Place = place, Signer = signer, Format = format, Text = text,
            References = references, CitedBy = citedBy,
            Tasks = LoadTasks("e.document_id = @d", "e.ordinal, e.id", -1, 0, today, ("@d", documentId)),
            Versions = Versions(documentId, summary),
        };
    }

    private List<DocumentVersion> Versions(long documentId, DocumentSummary current)
    {
        var versions = new List<DocumentVersion>();
        using var cmd = Command("SELECT f.sha256, f.source_name, f.format, f.added_at, f.sha256 = d.sha256 FROM document_files f JOIN documents d ON d.id = f.document_id WHERE f.document_id = @d ORDER BY f.added_at, f.rowid", null, ("@d", documentId));
        using var r = cmd.ExecuteReader();
        while (r.Read())
            versions.Add(new DocumentVersion(r.GetString(0), r.GetString(1), r.GetString(2),
                DateTime.Parse(r.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), r.GetBoolean(4)));
        return versions;
    }

    public IReadOnlyList<DocumentSummary> ListDocuments(int offset, int limit) =>
        Summaries($"SELECT {DocumentSummaryColumns} FROM documents d ORDER BY d.id DESC LIMIT @l OFFSET @o",
            ("@l", Math.Clamp(limit, 1, 500)), ("@o", Math.Max(0, offset)));

    public override StoredTask? GetTask(long taskId, DateOnly today) =>
        LoadTasks("e.id = @t", "e.id", 1, 0, today, ("@t", taskId)).FirstOrDefault();

    public TaskPage ListTasks(TaskQuery query)
    {
        var where = new List<string>();
        var parameters = new List<(string, object?)>();
        if (query.AgencyKey is { } agency)
        {
            where.Add("EXISTS (SELECT 1 FROM task_owners o WHERE o.task_id = e.id AND o.agency_key = @a" + (query.Role is null ? ")" : " AND o.role = @r)"));
            parameters.Add(("@a", agency));
            if (query.Role is { } role) parameters.Add(("@r", role));
        }
        if (query.DueFrom is { } from) { where.Add("e.due >= @from"); parameters.Add(("@from", Iso(from))); }
        if (query.DueTo is { } to) { where.Add("e.due <= @to"); parameters.Add(("@to", Iso(to))); }
        if (query.DocumentId is { } doc) { where.Add("e.document_id = @doc"); parameters.Add(("@doc", doc)); }
        var whereSql = where.Count == 0 ? "1" : string.Join(" AND ", where);
        var (total, ids) = ListPage(TaskRows, whereSql, [.. parameters], query.Status, Math.Max(0, query.Offset), Math.Clamp(query.Limit, 1, 10_000), query.Today);
        var tasks = ids.Count == 0 ? [] : InOrder(LoadTasks($"e.id IN ({StoreSql.IdList(ids)})", "e.id", ids.Count, 0, query.Today), ids);
        return new TaskPage(total, tasks);
    }

    public IReadOnlyList<MonthCount> CountTasksByMonth(DateOnly from, int months, string? agencyKey)
    {
        var first = new DateOnly(from.Year, from.Month, 1);
        var end = first.AddMonths(Math.Clamp(months, 1, 120));
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var cmd = Command($"""
            SELECT substr(t.deadline_due, 1, 7), count(*) FROM tasks t
            WHERE t.deadline_due >= @from AND t.deadline_due < @end
              {(agencyKey is null ? "" : "AND EXISTS (SELECT 1 FROM task_owners o WHERE o.task_id = t.id AND o.agency_key = @a)")}
            GROUP BY 1
            """, null, ("@from", Iso(first)), ("@end", Iso(end)), ("@a", agencyKey)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) found[r.GetString(0)] = r.GetInt32(1);
        var result = new List<MonthCount>();
        for (var m = first; m < end; m = m.AddMonths(1))
            result.Add(new MonthCount(m, found.GetValueOrDefault(m.ToString("yyyy-MM", CultureInfo.InvariantCulture))));
        return result;
    }

    public IReadOnlyList<AgencySummary> ListAgencies() => Agencies("1");

    public override AgencySummary? GetAgency(string agencyKey) => Agencies("a.key = @k", ("@k", agencyKey)).FirstOrDefault();

    public string AgencyKeyOf(string name) => AgencyKey(name);

    private List<AgencySummary> Agencies(string where, params (string, object?)[] parameters)
    {
        var list = new List<AgencySummary>();
        using var cmd = Command($"""
            SELECT a.key, a.display_name, a.aliases,
                   (SELECT count(*) FROM task_owners o WHERE o.agency_key = a.key AND o.role = 'lead'),
                   (SELECT count(*) FROM task_owners o WHERE o.agency_key = a.key AND o.role = 'support'),
                   a.in_directory, a.parent_key, (SELECT json_group_array(email) FROM (SELECT email FROM agency_emails m WHERE m.agency_key = a.key ORDER BY email))
            FROM agencies a WHERE {where} ORDER BY a.display_name, a.key
            """, null, parameters);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new AgencySummary(r.GetString(0), r.GetString(1), JsonSerializer.Deserialize<string[]>(r.GetString(2)) ?? [], r.GetInt32(3), r.GetInt32(4))
            {
                InDirectory = r.GetBoolean(5), ParentKey = Str(r, 6), Emails = JsonSerializer.Deserialize<string[]>(r.GetString(7)) ?? [],
            });
        return list;
    }

    public (StoredTask Before, StoredTask After)? UpdateTask(long taskId, TaskEdit edit, DateOnly today)
    {
        var before = GetTask(taskId, today);
        if (before is null) return null;
        using var tx = BeginWrite();
        try
        {
            var revision = TaskRevision.Of(before, edit);
            var deadline = revision.Deadline;
            Exec("""
                UPDATE tasks SET text = @text, category = @c, deadline_kind = @dk, deadline_due = @due, deadline_every = @every,
                  deadline_text = @dt, completed_on = @done, status_updated_at = @now,
                  reviewed_at = CASE WHEN @corrects THEN @now ELSE reviewed_at END,
                  confidence = CASE WHEN @corrects THEN 1.0 ELSE confidence END WHERE id = @id
                """, tx, ("@text", revision.Text), ("@c", revision.Category.ToString()),
                ("@dk", deadline is null ? null : Kind(deadline.Kind)), ("@due", Iso(deadline?.Due)),
                ("@every", deadline?.Every is { } every ? Every(every) : null), ("@dt", deadline?.Text),
                ("@done", Iso(revision.CompletedOn)), ("@now", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)), ("@id", taskId),
                ("@corrects", revision.Corrects));
            if (revision.Lead is not null)
            {
                Exec("DELETE FROM task_owners WHERE task_id = @t", tx, ("@t", taskId));
                using var ownerCmd = _records.OwnerCommand(tx);
                _records.WriteOwners(ownerCmd, taskId, revision.Lead, revision.Support ?? [], tx);
            }
            // The index follows the rows through the change log, queued in the same transaction.
            ChangeLog.Append(_db, tx, before.DocumentId, ChangeLog.Upsert);
            tx.Commit();
        }
        catch
        {
            tx.Rollback();
            throw;
        }
        IndexQueuedChanges();
        return (before, GetTask(taskId, today)!);
    }

    public bool DeleteDocument(long documentId)
    {
        bool deleted;
        using (var tx = BeginWrite())
        {
            using var cmd = Command("DELETE FROM documents WHERE id = @d", tx, ("@d", documentId));
            deleted = cmd.ExecuteNonQuery() > 0;
            if (deleted) ChangeLog.Append(_db, tx, documentId, ChangeLog.Delete);
            tx.Commit();
        }
        IndexQueuedChanges();
        return deleted;
    }

    private List<StoredTask> LoadTasks(string where, string orderBy, int limit, int offset, DateOnly today, params (string, object?)[] parameters)
    {
        var tasks = new List<StoredTask>();
        using (var cmd = Command($"""
            SELECT e.id, e.document_id, d.number, d.title, e.path, e.text, e.mode, e.deadline_kind, e.due, e.deadline_every, e.deadline_text,
                   e.category, e.completed_on, e.confidence, e.reviewed_at IS NOT NULL
            FROM {TaskRows} e JOIN documents d ON d.id = e.document_id
            WHERE {where} ORDER BY {orderBy} LIMIT @limit OFFSET @offset
            """, null, [.. parameters, ("@limit", limit), ("@offset", offset)]))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read()) tasks.Add(StoredValues.Task(r));
        }
        if (tasks.Count == 0) return tasks;
        Dictionary<long, List<TaskOwner>> owners;
        using (var cmd = Command($"SELECT task_id, agency_key, name, role FROM task_owners WHERE task_id IN ({string.Join(",", tasks.Select(t => t.Id.ToString(CultureInfo.InvariantCulture)))}) ORDER BY task_id, role, name", null))
        using (var r = cmd.ExecuteReader())
            owners = StoredValues.Owners(r);
        return WithComputedStatus([.. tasks.Select(t => owners.TryGetValue(t.Id, out var o) ? t with { Owners = o } : t)], today);
    }

    private List<DocumentSummary> Summaries(string sql, params (string, object?)[] parameters)
    {
        var list = new List<DocumentSummary>();
        using var cmd = Command(sql, null, parameters);
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(ReadSummary(r));
        return list;
    }

    private static DocumentSummary ReadSummary(SqliteDataReader r) => StoredValues.Summary(r);

    private static DocumentKind ParseKind(string kind) => StoredValues.ParseKind(kind);
}
