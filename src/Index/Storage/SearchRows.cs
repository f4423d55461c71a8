using System.Globalization;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using System.Data.Common;
using static DirectiveTracker.Index.Storage.StoredValues;

namespace DirectiveTracker.Index.Storage;

/// <summary>Reads what a result list shows from the store (portable SQL: SQLite and PostgreSQL), for the entries a search ranked.</summary>
/// <param name="statusRule">The progress side's status rule (read when a search runs: configuration sets it after the store opens).</param>
internal sealed class SearchRows(DbConnection db, Func<Progress.TaskStateCalculator> statusRule) : ISearchRows
{
    public Progress.TaskStateCalculator StatusRule => statusRule();

    /// <summary>
    /// Two statements: the documents, then the tasks with their owners (one row per owner). The tasks' statuses come
    /// with the entries (the index computes them by the same rule from the same columns, following every write).
    /// </summary>
    public IReadOnlyDictionary<(long DocumentId, long TaskId), SearchHit> Load(IReadOnlyCollection<PageEntry> entries, Func<string?, string, Snippet> snippet)
    {
        var hits = new Dictionary<(long, long), SearchHit>();
        if (entries.Count == 0) return hits;
        var documents = string.Join(",", entries.Select(e => e.DocumentId).Distinct().Select(Number));
        var wantsText = entries.Where(e => e.TaskId == 0).Select(e => e.DocumentId).ToHashSet();
        var docs = new Dictionary<long, (string? Number, DocumentKind Kind, string? Title, string? Issuer, DateOnly? IssuedOn, string? Text)>();
        using (var cmd = db.CreateCommand())
        {
            // A document's whole text is read only for document hits (their snippet); task hits show the task's text.
            cmd.CommandText = $"SELECT id, number, kind, title, issuer, issued_on, text FROM documents WHERE id IN ({documents})";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                long id = r.GetInt64(0);
                docs[id] = (Str(r, 1), Enum.TryParse<DocumentKind>(r.GetString(2), out var k) ? k : DocumentKind.Other, Str(r, 3), Str(r, 4),
                    Date(r, 5), wantsText.Contains(id) ? r.GetString(6) : null);
            }
        }
        foreach (var e in entries)
        {
            if (e.TaskId != 0 || !docs.TryGetValue(e.DocumentId, out var doc)) continue;
            hits[(e.DocumentId, 0)] = new SearchHit
            {
                Kind = HitKind.Document, DocumentId = e.DocumentId, Number = doc.Number, DocumentKind = doc.Kind, Title = doc.Title,
                Issuer = doc.Issuer, IssuedOn = doc.IssuedOn, Snippet = snippet(doc.Title, doc.Text ?? ""),
            };
        }
        var statuses = new Dictionary<long, TaskStatus?>();
        foreach (var e in entries) if (e.TaskId != 0) statuses[e.TaskId] = e.Status;
        if (statuses.Count == 0) return hits;
        var tasks = new List<(long Id, long Document, string Path, string Text, Deadline? Deadline, TaskCategory? Category)>(statuses.Count);
        var owners = new Dictionary<long, List<TaskOwner>>();
        using (var cmd = db.CreateCommand())
        {
            // The owners come in the order of their key (task, agency, role), as they did by their own statement.
            cmd.CommandText = $"""
                SELECT t.id, t.document_id, t.path, t.text, t.deadline_kind, t.deadline_due, t.deadline_every, t.deadline_text, t.category,
                       o.agency_key, o.name, o.role
                FROM tasks t LEFT JOIN task_owners o ON o.task_id = t.id WHERE t.id IN ({string.Join(",", statuses.Keys.Select(Number))})
                """;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                long id = r.GetInt64(0);
                if (!owners.TryGetValue(id, out var list))
                {
                    var deadline = Str(r, 4) is { } dk
                        ? new Deadline(FromJsonName<DeadlineKind>(dk)!.Value, Date(r, 5), FromJsonName<Recurrence>(Str(r, 6)), Str(r, 7) ?? "")
                        : null;
                    tasks.Add((id, r.GetInt64(1), r.GetString(2), r.GetString(3), deadline, Enum.TryParse<TaskCategory>(Str(r, 8), out var c) ? c : null));
                    owners[id] = list = [];
                }
                if (!r.IsDBNull(9)) list.Add(new TaskOwner(r.GetString(9), r.GetString(10), r.GetString(11)));
            }
        }
        foreach (var t in tasks)
        {
            if (!docs.TryGetValue(t.Document, out var doc)) continue;
            var list = owners[t.Id];
            list.Sort(OwnerOrder);
            hits[(t.Document, t.Id)] = new SearchHit
            {
                Kind = HitKind.Task, DocumentId = t.Document, TaskId = t.Id, Number = doc.Number, DocumentKind = doc.Kind, Title = doc.Title,
                Issuer = doc.Issuer, IssuedOn = doc.IssuedOn, TaskPath = t.Path, TaskText = t.Text, Deadline = t.Deadline,
                Category = t.Category, Status = statuses[t.Id] ?? TaskStatus.NoDeadline, Owners = list,
                Snippet = snippet(null, t.Text),
            };
        }
        return hits;
    }

    public IReadOnlyDictionary<string, string> AgencyNames(IReadOnlyCollection<string> keys)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        using var cmd = db.CreateCommand();
        var bound = keys.Select((k, i) => ("@k" + i.ToString(CultureInfo.InvariantCulture), (object?)k)).ToArray();
        StoreSql.Bind(cmd, bound);
        cmd.CommandText = $"SELECT key, display_name FROM agencies WHERE key IN ({string.Join(",", bound.Select(p => p.Item1))})";
        using var r = cmd.ExecuteReader();
        while (r.Read()) names[r.GetString(0)] = r.GetString(1);
        return names;
    }

    public IReadOnlyList<string> AgencyKeysCovered(string key)
    {
        using var cmd = StoreSql.Command(db, """
            WITH RECURSIVE covered (key) AS (
                SELECT key FROM agencies WHERE in_directory = 1 AND key = coalesce((SELECT agency_key FROM agency_aliases WHERE alias_key = @k), @k)
                UNION SELECT a.key FROM agencies a JOIN covered c ON a.parent_key = c.key WHERE a.in_directory = 1)
            SELECT key FROM covered
            """, null, ("@k", key));
        using var r = cmd.ExecuteReader();
        var keys = new List<string>();
        while (r.Read()) keys.Add(r.GetString(0));
        return keys;
    }

    private static string Number(long id) => id.ToString(CultureInfo.InvariantCulture);
}
