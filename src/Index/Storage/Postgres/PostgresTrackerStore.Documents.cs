using System.Globalization;
using DirectiveTracker.Index.Search;
using Npgsql;
using static DirectiveTracker.Index.Storage.StoredValues;

namespace DirectiveTracker.Index.Storage.Postgres;

/// <summary>Reading documents and tasks for the pages, and correcting or deleting them with their change-log entries.</summary>
public sealed partial class PostgresTrackerStore
{
    private const string DocumentSummaryColumns =
        "d.id, d.kind, d.number, d.title, d.issuer, d.issued_on, d.source_name, d.added_at, (SELECT count(*) FROM tasks c WHERE c.document_id = d.id)";

    /// <summary>Tasks with their deadline's due date as <c>due</c> (alias e).</summary>
    private const string TaskRows = "(SELECT t.*, t.deadline_due AS due FROM tasks t)";

    public StoredDocument? GetDocument(long documentId, DateOnly today)
    {
        DocumentSummary summary;
        string? place, format, text, numberKey;
        Extract.Model.Signer? signer = null;
        using (var cmd = _records.Command($"SELECT {DocumentSummaryColumns}, d.place, d.format, d.text, d.number_key, d.signer_name, d.signer_position, d.signer_capacity FROM documents d WHERE d.id = @d", null, ("@d", documentId)))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) return null;
            summary = Summary(r);
            place = Str(r, 9); format = r.GetString(10); text = r.GetString(11); numberKey = Str(r, 12);
            if (Str(r, 13) is not null || Str(r, 14) is not null) signer = new Extract.Model.Signer(Str(r, 13), Str(r, 14), Str(r, 15));
        }
        var references = new List<StoredReference>();
        using (var cmd = _records.Command("""
            SELECT r.kind, r.number, r.issued_on, r.issuer, r.relation,
                   (SELECT max(o.id) FROM documents o WHERE o.number_key = r.number_key AND o.id <> r.document_id)
            FROM document_references r WHERE r.document_id = @d ORDER BY r.id
            """, null, ("@d", documentId)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
                references.Add(new StoredReference(ParseKind(r.GetString(0)), r.GetString(1), Date(r, 2), Str(r, 3), r.GetString(4),
                    r.IsDBNull(5) ? null : r.GetInt64(5)));
        }
        var citedBy = numberKey is null ? [] : Summaries(
            $"SELECT {DocumentSummaryColumns} FROM documents d WHERE d.id IN (SELECT document_id FROM document_references WHERE number_key = @k) AND d.id <> @d ORDER BY d.id DESC",
            ("@k", numberKey), ("@d", documentId));
        return new StoredDocument
        {
            Summary = summary, Place = place, Signer = signer, Format = format, Text = text,
            References = references, CitedBy = citedBy,
            Tasks = LoadTasks("e.document_id = @d", "e.ordinal, e.id", null, 0, today, ("@d", documentId)),
            Versions = Versions(documentId),
        };
    }

    /// <summary>The document's files, oldest first; the current one is the document's own.</summary>
    private List<DocumentVersion> Versions(long documentId)
    {
        var versions = new List<DocumentVersion>();
        using var cmd = _records.Command("SELECT f.sha256, f.source_name, f.format, f.added_at, f.sha256 = d.sha256 FROM document_files f JOIN documents d ON d.id = f.document_id WHERE f.document_id = @d ORDER BY f.added_at, f.seq", null, ("@d", documentId));
        using var r = cmd.ExecuteReader();
        while (r.Read()) versions.Add(new DocumentVersion(r.GetString(0), r.GetString(1), r.GetString(2), Time(r, 3), r.GetBoolean(4)));
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
        if (query.DueFrom is { } from) { where.Add("e.due >= @from"); parameters.Add(("@from", from)); }
        if (query.DueTo is { } to) { where.Add("e.due <= @to"); parameters.Add(("@to", to)); }
        if (query.DocumentId is { } doc) { where.Add("e.document_id = @doc"); parameters.Add(("@doc", doc)); }
        var whereSql = where.Count == 0 ? "true" : string.Join(" AND ", where);
        var (total, ids) = ListPage(TaskRows, whereSql, [.. parameters], query.Status, Math.Max(0, query.Offset), Math.Clamp(query.Limit, 1, 10_000), query.Today);
        var tasks = ids.Count == 0 ? [] : InOrder(LoadTasks($"e.id IN ({StoreSql.IdList(ids)})", "e.id", ids.Count, 0, query.Today), ids);
        return new TaskPage(total, tasks);
    }

    public IReadOnlyList<MonthCount> CountTasksByMonth(DateOnly from, int months, string? agencyKey)
    {
        var first = new DateOnly(from.Year, from.Month, 1);
        var end = first.AddMonths(Math.Clamp(months, 1, 120));
        var found = new Dictionary<DateOnly, int>();
        using (var cmd = _records.Command($"""
            SELECT date_trunc('month', t.deadline_due)::date, count(*) FROM tasks t
            WHERE t.deadline_due >= @from AND t.deadline_due < @end
              {(agencyKey is null ? "" : "AND EXISTS (SELECT 1 FROM task_owners o WHERE o.task_id = t.id AND o.agency_key = @a)")}
            GROUP BY 1
            """, null, agencyKey is null ? [("@from", first), ("@end", end)] : [("@from", first), ("@end", end), ("@a", agencyKey)]))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) found[Date(r, 0)!.Value] = Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture);
        var result = new List<MonthCount>();
        for (var m = first; m < end; m = m.AddMonths(1)) result.Add(new MonthCount(m, found.GetValueOrDefault(m)));
        return result;
    }

    public IReadOnlyList<AgencySummary> ListAgencies() => Agencies("true");

    public override AgencySummary? GetAgency(string agencyKey) => Agencies("a.key = @k", ("@k", agencyKey)).FirstOrDefault();

    public string AgencyKeyOf(string name) => _records.AgencyKey(name);

    private List<AgencySummary> Agencies(string where, params (string, object?)[] parameters)
    {
        var list = new List<AgencySummary>();
        using var cmd = _records.Command($"""
            SELECT a.key, a.display_name, a.aliases::text,
                   (SELECT count(*) FROM task_owners o WHERE o.agency_key = a.key AND o.role = 'lead'),
                   (SELECT count(*) FROM task_owners o WHERE o.agency_key = a.key AND o.role = 'support'),
                   a.in_directory = 1, a.parent_key,
                   coalesce((SELECT jsonb_agg(m.email ORDER BY m.email COLLATE "C") FROM agency_emails m WHERE m.agency_key = a.key), '[]')::text
            FROM agencies a WHERE {where} ORDER BY a.display_name COLLATE "C", a.key COLLATE "C"
            """, null, parameters);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new AgencySummary(r.GetString(0), r.GetString(1), System.Text.Json.JsonSerializer.Deserialize<string[]>(r.GetString(2)) ?? [],
                Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture))
            {
                InDirectory = r.GetBoolean(5), ParentKey = Str(r, 6), Emails = System.Text.Json.JsonSerializer.Deserialize<string[]>(r.GetString(7)) ?? [],
            });
        return list;
    }

    public (StoredTask Before, StoredTask After)? UpdateTask(long taskId, TaskEdit edit, DateOnly today)
    {
        if (GetTask(taskId, today) is null) return null;
        StoredTask before;
        using (var tx = _records.BeginWrite())
        {
            // Read again under the writers' lock: another instance may have changed the task since.
            if (GetTask(taskId, today) is not { } current) return null;
            before = current;
            var revision = TaskRevision.Of(before, edit);
            var deadline = revision.Deadline;
            // A correction marks the task reviewed (a new version of the file then keeps it); marking done does not.
            _records.Exec("""
                UPDATE tasks SET text = @text, category = @c, deadline_kind = @dk, deadline_due = @due, deadline_every = @every,
                  deadline_text = @dt, completed_on = @done, status_updated_at = now(),
                  reviewed_at = CASE WHEN @corrects THEN now() ELSE reviewed_at END,
                  confidence = CASE WHEN @corrects THEN 1.0 ELSE confidence END WHERE id = @id
                """, tx, ("@text", revision.Text), ("@c", revision.Category.ToString()),
                ("@dk", deadline is null ? null : Kind(deadline.Kind)), ("@due", deadline?.Due),
                ("@every", deadline?.Every is { } every ? Every(every) : null), ("@dt", deadline?.Text),
                ("@done", revision.CompletedOn), ("@id", taskId), ("@corrects", revision.Corrects));
            if (revision.Lead is not null)
            {
                _records.Exec("DELETE FROM task_owners WHERE task_id = @t", tx, ("@t", taskId));
                _records.WriteOwners(taskId, revision.Lead, revision.Support ?? [], tx);
            }
            ChangeLog.Append(_db, tx, before.DocumentId, ChangeLog.Upsert);
            tx.Commit();
        }
        IndexQueuedChanges();
        return (before, GetTask(taskId, today)!);
    }

    public bool DeleteDocument(long documentId)
    {
        bool deleted;
        using (var tx = _records.BeginWrite())
        {
            deleted = _records.Exec("DELETE FROM documents WHERE id = @d", tx, ("@d", documentId)) > 0;
            if (deleted) ChangeLog.Append(_db, tx, documentId, ChangeLog.Delete);
            tx.Commit();
        }
        IndexQueuedChanges();
        return deleted;
    }

    private List<StoredTask> LoadTasks(string where, string orderBy, int? limit, int offset, DateOnly today, params (string, object?)[] parameters)
    {
        var tasks = new List<StoredTask>();
        using (var cmd = _records.Command($"""
            SELECT e.id, e.document_id, d.number, d.title, e.path, e.text, e.mode, e.deadline_kind, e.due, e.deadline_every, e.deadline_text,
                   e.category, e.completed_on, e.confidence, e.reviewed_at IS NOT NULL
            FROM {TaskRows} e JOIN documents d ON d.id = e.document_id
            WHERE {where} ORDER BY {orderBy} {(limit is null ? "" : "LIMIT @limit")} OFFSET @offset
            """, null, [.. parameters, .. limit is { } l ? new[] { ("@limit", (object?)l) } : [], ("@offset", offset)]))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) tasks.Add(StoredValues.Task(r));
        if (tasks.Count == 0) return tasks;
        Dictionary<long, List<TaskOwner>> owners;
        using (var cmd = _records.Command($"SELECT task_id, agency_key, name, role FROM task_owners WHERE task_id IN ({StoreSql.IdList(tasks.Select(t => t.Id))})", null))
        using (var r = cmd.ExecuteReader())
            owners = Owners(r);
        return WithComputedStatus([.. tasks.Select(t => owners.TryGetValue(t.Id, out var o) ? t with { Owners = o } : t)], today);
    }

    private List<DocumentSummary> Summaries(string sql, params (string, object?)[] parameters)
    {
        var list = new List<DocumentSummary>();
        using var cmd = _records.Command(sql, null, parameters);
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(Summary(r));
        return list;
    }
}
