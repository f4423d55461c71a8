using System.Data.Common;
using DirectiveTracker.Index.Search;
using static DirectiveTracker.Index.Storage.StoredValues;

namespace DirectiveTracker.Index.Storage;

/// <summary>
/// What the search index reads from the system of record: the change log and the stored documents as the index sees
/// them. Portable SQL over one open connection, shared by the SQLite and PostgreSQL stores; <paramref name="beginWrite"/>
/// opens the backend's write transaction (PostgreSQL's takes the writers' advisory lock).
/// </summary>
internal sealed class IndexSource(DbConnection db, Func<DbTransaction> beginWrite)
{
    public long LastChange() => ChangeLog.Last(db);

    public List<IndexChange> ChangesAfter(long sequence, int limit) => ChangeLog.After(db, sequence, limit);

    public int CountChangesAfter(long sequence) => ChangeLog.CountAfter(db, sequence);

    /// <summary>Appends changes to the log in one transaction (a repair of drift).</summary>
    public void QueueChanges(IReadOnlyList<(long DocumentId, string Op)> changes)
    {
        using var tx = beginWrite();
        foreach (var (document, op) in changes) ChangeLog.Append(db, tx, document, op);
        tx.Commit();
    }

    /// <summary>A stored document as the index sees it; null when it is no longer stored.</summary>
    public IndexedDocument? LoadForIndex(long documentId)
    {
        IndexedDocument? doc;
        using (var r = Read(DocumentSql, documentId))
        {
            if (!r.Read()) return null;
            doc = new IndexedDocument(documentId, r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5), Date(r, 6), Str(r, 7), r.GetString(8), [], []);
        }
        var implements = new List<string>();
        using (var r = Read(ImplementsSql, documentId))
            while (r.Read()) implements.Add(r.GetString(0));
        Dictionary<long, List<TaskOwner>> owners;
        using (var r = Read(OwnersSql, documentId))
            owners = Owners(r);
        // What each task's status is computed from (the progress side's TaskTimeline): the search index computes it at query time.
        var done = new Dictionary<long, Dictionary<DateOnly, DateOnly>>();
        using (var r = Read(OccurrencesSql, documentId))
        {
            while (r.Read())
            {
                if (!done.TryGetValue(r.GetInt64(0), out var map)) done[r.GetInt64(0)] = map = [];
                map[Date(r, 1)!.Value] = Date(r, 2)!.Value;
            }
        }
        var period = Progress.PlanPeriod.FromTitle(doc.Title, doc.IssuedOn);
        var tasks = new List<IndexedTask>();
        using (var r = Read(TasksSql, documentId))
        {
            while (r.Read())
            {
                long id = r.GetInt64(0);
                tasks.Add(Task(id, r.GetString(1), Str(r, 2), Date(r, 3), Str(r, 4), Str(r, 5), Str(r, 6), Date(r, 7),
                    owners.GetValueOrDefault(id) ?? [], doc.IssuedOn, period, done.GetValueOrDefault(id)));
            }
        }
        implements.Sort(StringComparer.Ordinal);
        return doc with { Implements = implements, Tasks = tasks };
    }

    /// <summary>
    /// A task as the index sees it, from its stored columns (the deadline's kind and recurrence as their stored names):
    /// the one construction <see cref="LoadForIndex"/> and a save's own copy of a new document (<see cref="DocumentRecords.Fresh"/>) share.
    /// </summary>
    public static IndexedTask Task(long id, string text, string? category, DateOnly? due, string? deadlineKind, string? deadlineText,
        string? every, DateOnly? completedOn, IReadOnlyList<TaskOwner> owners, DateOnly? issuedOn, Progress.PlanPeriod? period,
        IReadOnlyDictionary<DateOnly, DateOnly>? done)
    {
        var timeline = new Progress.TaskTimeline(FromJsonName<Extract.Model.DeadlineKind>(deadlineKind), due,
            FromJsonName<Extract.Model.Recurrence>(every), deadlineText, issuedOn, period, completedOn, done);
        return new IndexedTask(id, text, category, due, deadlineKind, deadlineText, owners, timeline);
    }

    private const string DocumentSql = "SELECT kind, number, number_key, issuer, issuer_key, place, issued_on, title, text FROM documents WHERE id = @d",
        ImplementsSql = "SELECT DISTINCT number_key FROM document_references WHERE document_id = @d AND relation = 'implements'",
        OwnersSql = "SELECT o.task_id, o.agency_key, o.name, o.role FROM task_owners o JOIN tasks t ON t.id = o.task_id WHERE t.document_id = @d",
        OccurrencesSql = "SELECT o.task_id, o.due, o.completed_on FROM occurrences o JOIN tasks t ON t.id = o.task_id WHERE t.document_id = @d AND o.completed_on IS NOT NULL",
        TasksSql = "SELECT id, text, category, deadline_due, deadline_kind, deadline_text, deadline_every, completed_on FROM tasks WHERE document_id = @d ORDER BY id";

    /// <summary>The reads of <see cref="LoadForIndex"/>, prepared once: a rebuild or a bulk add runs them for every document.</summary>
    private readonly Dictionary<string, DbCommand> _reads = new(StringComparer.Ordinal);

    private DbDataReader Read(string sql, long documentId)
    {
        if (!_reads.TryGetValue(sql, out var cmd)) _reads[sql] = cmd = StoreSql.Command(db, sql, null, ("@d", documentId));
        else cmd.Parameters[0].Value = documentId;
        return cmd.ExecuteReader();
    }

    /// <summary>Every stored document id, in order.</summary>
    public List<long> DocumentIds()
    {
        var ids = new List<long>();
        using var cmd = StoreSql.Command(db, "SELECT id FROM documents ORDER BY id", null);
        using var r = cmd.ExecuteReader();
        while (r.Read()) ids.Add(r.GetInt64(0));
        return ids;
    }

    public (int Documents, int Tasks) Count()
    {
        using var cmd = StoreSql.Command(db, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM tasks)", null);
        using var r = cmd.ExecuteReader();
        r.Read();
        return (Convert.ToInt32(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Each stored document's entries: 0 for the document itself, then its task ids.</summary>
    public Dictionary<long, SortedSet<long>> StoredEntries()
    {
        var inStore = new Dictionary<long, SortedSet<long>>();
        using var cmd = StoreSql.Command(db, "SELECT d.id, t.id FROM documents d LEFT JOIN tasks t ON t.document_id = d.id", null);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            if (!inStore.TryGetValue(r.GetInt64(0), out var set)) inStore[r.GetInt64(0)] = set = [0];
            if (!r.IsDBNull(1)) set.Add(r.GetInt64(1));
        }
        return inStore;
    }
}
