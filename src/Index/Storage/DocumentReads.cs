using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using static DirectiveTracker.Index.Storage.StoredValues;

namespace DirectiveTracker.Index.Storage;

/// <summary>
/// Documents, tasks and agencies read for the pages, in either backend's store; every task list carries the status the
/// progress side computes. Portable SQL; what differs is in <see cref="StoreDialect"/>.
/// </summary>
internal sealed class DocumentReads(DbConnection db, StoreDialect dialect, ProgressRecords progress)
{
    private const string DocumentSummaryColumns =
        "d.id, d.kind, d.number, d.title, d.issuer, d.issued_on, d.source_name, d.added_at, (SELECT count(*) FROM tasks c WHERE c.document_id = d.id)";

    /// <summary>Tasks with their deadline's due date as <c>due</c> (alias e).</summary>
    private const string TaskRows = "(SELECT t.*, t.deadline_due AS due FROM tasks t)";

    public StoredDocument? GetDocument(long documentId, DateOnly today)
    {
        DocumentSummary summary;
        string? place, format, text, numberKey;
        Signer? signer = null;
        using (var cmd = Command($"SELECT {DocumentSummaryColumns}, d.place, d.format, d.text, d.number_key, d.signer_name, d.signer_position, d.signer_capacity FROM documents d WHERE d.id = @d", null, ("@d", documentId)))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) return null;
            summary = Summary(r);
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
            Tasks = LoadTasks("e.document_id = @d", "e.ordinal, e.id", null, 0, today, null, ("@d", documentId)),
            Versions = Versions(documentId),
        };
    }

    /// <summary>The document's files, oldest first; the current one is the document's own.</summary>
    private List<DocumentVersion> Versions(long documentId)
    {
        var versions = new List<DocumentVersion>();
        using var cmd = Command($"""
            SELECT f.sha256, f.source_name, f.format, f.added_at, f.sha256 = d.sha256 FROM document_files f JOIN documents d ON d.id = f.document_id
            WHERE f.document_id = @d ORDER BY f.added_at, {dialect.InsertionOrder("f")}
            """, null, ("@d", documentId));
        using var r = cmd.ExecuteReader();
        while (r.Read()) versions.Add(new DocumentVersion(r.GetString(0), r.GetString(1), r.GetString(2), Time(r, 3), r.GetBoolean(4)));
        return versions;
    }

    public IReadOnlyList<DocumentSummary> ListDocuments(int offset, int limit) =>
        Summaries($"SELECT {DocumentSummaryColumns} FROM documents d ORDER BY d.id DESC LIMIT @l OFFSET @o",
            ("@l", Math.Clamp(limit, 1, 500)), ("@o", Math.Max(0, offset)));

    /// <summary>One task with its owners and status (read inside <paramref name="tx"/> when given); null when there is no such task.</summary>
    public StoredTask? GetTask(long taskId, DateOnly today, DbTransaction? tx = null) =>
        LoadTasks("e.id = @t", "e.id", 1, 0, today, tx, ("@t", taskId)).FirstOrDefault();

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
        var whereSql = where.Count == 0 ? "1 = 1" : string.Join(" AND ", where);
        var (total, ids) = ListPage(whereSql, [.. parameters], query.Status, Math.Max(0, query.Offset), Math.Clamp(query.Limit, 1, 10_000), query.Today);
        var tasks = ids.Count == 0 ? [] : InOrder(LoadTasks($"e.id IN ({StoreSql.IdList(ids)})", "e.id", ids.Count, 0, query.Today, null), ids);
        return new TaskPage(total, tasks);
    }

    public IReadOnlyList<MonthCount> CountTasksByMonth(DateOnly from, int months, string? agencyKey)
    {
        var first = new DateOnly(from.Year, from.Month, 1);
        var end = first.AddMonths(Math.Clamp(months, 1, 120));
        // Counted by day in SQL (portable), by month here: at most a few thousand days.
        var found = new Dictionary<DateOnly, int>();
        using (var cmd = Command($"""
            SELECT t.deadline_due, count(*) FROM tasks t
            WHERE t.deadline_due >= @from AND t.deadline_due < @end
              {(agencyKey is null ? "" : "AND EXISTS (SELECT 1 FROM task_owners o WHERE o.task_id = t.id AND o.agency_key = @a)")}
            GROUP BY t.deadline_due
            """, null, agencyKey is null ? [("@from", first), ("@end", end)] : [("@from", first), ("@end", end), ("@a", agencyKey)]))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                if (Date(r, 0) is not { } due) continue;
                var month = new DateOnly(due.Year, due.Month, 1);
                found[month] = found.GetValueOrDefault(month) + Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture);
            }
        }
        var result = new List<MonthCount>();
        for (var m = first; m < end; m = m.AddMonths(1)) result.Add(new MonthCount(m, found.GetValueOrDefault(m)));
        return result;
    }

    public IReadOnlyList<AgencySummary> ListAgencies() => Agencies("1 = 1");

    public AgencySummary? GetAgency(string agencyKey) => Agencies("a.key = @k", ("@k", agencyKey)).FirstOrDefault();

    /// <summary>Agencies by name then key, ordinal (whatever the database's collation), with their task counts and emails.</summary>
    private List<AgencySummary> Agencies(string where, params (string, object?)[] parameters)
    {
        var emails = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var cmd = Command($"SELECT m.agency_key, m.email FROM agency_emails m JOIN agencies a ON a.key = m.agency_key WHERE {where}", null, parameters))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                if (!emails.TryGetValue(r.GetString(0), out var list)) emails[r.GetString(0)] = list = [];
                list.Add(r.GetString(1));
            }
        }
        var agencies = new List<AgencySummary>();
        using (var cmd = Command($"""
            SELECT a.key, a.display_name, a.aliases,
                   (SELECT count(*) FROM task_owners o WHERE o.agency_key = a.key AND o.role = 'lead'),
                   (SELECT count(*) FROM task_owners o WHERE o.agency_key = a.key AND o.role = 'support'),
                   a.in_directory = 1, a.parent_key
            FROM agencies a WHERE {where}
            """, null, parameters))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                IReadOnlyList<string> own = emails.TryGetValue(r.GetString(0), out var list) ? [.. list.Order(StringComparer.Ordinal)] : [];
                agencies.Add(new AgencySummary(r.GetString(0), r.GetString(1), JsonSerializer.Deserialize<string[]>(r.GetString(2)) ?? [],
                    Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture))
                {
                    InDirectory = r.GetBoolean(5), ParentKey = Str(r, 6), Emails = own,
                });
            }
        }
        agencies.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name) is var c && c != 0 ? c : string.CompareOrdinal(a.Key, b.Key));
        return agencies;
    }

    /// <param name="limit">How many at most; null for all (then from the first).</param>
    private List<StoredTask> LoadTasks(string where, string orderBy, int? limit, int offset, DateOnly today, DbTransaction? tx, params (string, object?)[] parameters)
    {
        var tasks = new List<StoredTask>();
        using (var cmd = Command($"""
            SELECT e.id, e.document_id, d.number, d.title, e.path, e.text, e.mode, e.deadline_kind, e.due, e.deadline_every, e.deadline_text,
                   e.category, e.completed_on, e.confidence, e.reviewed_at IS NOT NULL
            FROM {TaskRows} e JOIN documents d ON d.id = e.document_id
            WHERE {where} ORDER BY {orderBy} {(limit is null ? "" : "LIMIT @limit OFFSET @offset")}
            """, tx, limit is { } l ? [.. parameters, ("@limit", l), ("@offset", offset)] : parameters))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read()) tasks.Add(StoredValues.Task(r));
        }
        if (tasks.Count == 0) return tasks;
        Dictionary<long, List<TaskOwner>> owners;
        using (var cmd = Command($"SELECT task_id, agency_key, name, role FROM task_owners WHERE task_id IN ({StoreSql.IdList(tasks.Select(t => t.Id))})", tx))
        using (var r = cmd.ExecuteReader())
            owners = Owners(r);
        return WithComputedStatus([.. tasks.Select(t => owners.TryGetValue(t.Id, out var o) ? t with { Owners = o } : t)], today, tx);
    }

    /// <summary>
    /// Tasks read from their rows, with the status the progress side computes (occurrences of recurring tasks, deadlines
    /// inherited from the plan), so every list shows the status the task's page shows.
    /// </summary>
    private List<StoredTask> WithComputedStatus(List<StoredTask> tasks, DateOnly today, DbTransaction? tx)
    {
        var states = progress.StatesOf([.. tasks.Select(t => t.Id)], today, tx);
        return [.. tasks.Select(t => states.TryGetValue(t.Id, out var s) ? t with { Status = s.Status } : t)];
    }

    /// <summary>
    /// A task list's page: the task rows (alias e) matching <paramref name="where"/>, of <paramref name="status"/> when
    /// given, ordered by effective due (a recurring task's current occurrence, a deadline inherited from the plan;
    /// undated last), then id. Returns the total and the page's ids in order.
    /// </summary>
    private (int Total, List<long> Ids) ListPage(string where, (string, object?)[] parameters,
        TaskStatus? status, int offset, int limit, DateOnly today)
    {
        var matching = progress.Current(today, $"{TaskRows} e JOIN documents d ON d.id = e.document_id", where, parameters);
        if (status is { } wanted) matching.RemoveAll(t => t.Status != wanted);
        // One key per task (day number, undated last; then id): a plain sort, not three LINQ keys over 100,000 tasks.
        matching.Sort((a, b) => (a.Due?.DayNumber ?? int.MaxValue, a.Id).CompareTo((b.Due?.DayNumber ?? int.MaxValue, b.Id)));
        return (matching.Count, [.. matching.Skip(offset).Take(limit).Select(t => t.Id)]);
    }

    /// <summary>The tasks of <paramref name="ids"/> in that order.</summary>
    private static List<StoredTask> InOrder(List<StoredTask> tasks, List<long> ids)
    {
        var position = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return [.. tasks.OrderBy(t => position[t.Id])];
    }

    private List<DocumentSummary> Summaries(string sql, params (string, object?)[] parameters)
    {
        var list = new List<DocumentSummary>();
        using var cmd = Command(sql, null, parameters);
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(Summary(r));
        return list;
    }

    private DbCommand Command(string sql, DbTransaction? tx, params (string Name, object? Value)[] parameters) =>
        StoreSql.Command(db, sql, tx, parameters);
}
