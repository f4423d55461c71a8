using System.Globalization;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using System.Data.Common;
using static DirectiveTracker.Index.Storage.StoredValues;

namespace DirectiveTracker.Index.Storage;

/// <summary>Reads what a result list shows from the store (portable SQL: SQLite and PostgreSQL), for the entries a search ranked.</summary>
/// <param name="states">The tasks' computed states (the progress side's, as every task list shows them).</param>
/// <param name="statusRule">The progress side's status rule (read when a search runs: configuration sets it after the store opens).</param>
internal sealed class SearchRows(DbConnection db, Func<IReadOnlyCollection<long>, DateOnly, IReadOnlyDictionary<long, Progress.TaskState>> states,
    Func<Progress.TaskStateCalculator> statusRule) : ISearchRows
{
    public Progress.TaskStateCalculator StatusRule => statusRule();

    public IReadOnlyDictionary<(long DocumentId, long TaskId), SearchHit> Load(
        IReadOnlyCollection<(long DocumentId, long TaskId)> entries, DateOnly today, Func<string?, string, Snippet> snippet)
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
        foreach (var (d, t) in entries.Where(e => e.TaskId == 0))
        {
            if (!docs.TryGetValue(d, out var doc)) continue;
            hits[(d, 0)] = new SearchHit
            {
                Kind = HitKind.Document, DocumentId = d, Number = doc.Number, DocumentKind = doc.Kind, Title = doc.Title,
                Issuer = doc.Issuer, IssuedOn = doc.IssuedOn, Snippet = snippet(doc.Title, doc.Text ?? ""),
            };
        }
        var taskIds = entries.Where(e => e.TaskId != 0).Select(e => e.TaskId).ToList();
        if (taskIds.Count == 0) return hits;
        var list = string.Join(",", taskIds.Select(Number));
        var taskStates = states(taskIds, today);
        Dictionary<long, List<TaskOwner>> owners;
        using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = $"SELECT task_id, agency_key, name, role FROM task_owners WHERE task_id IN ({list})";
            using var r = cmd.ExecuteReader();
            owners = Owners(r);
        }
        using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = $"""
                SELECT id, document_id, path, text, deadline_kind, deadline_due, deadline_every, deadline_text, category, completed_on
                FROM tasks WHERE id IN ({list})
                """;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                long id = r.GetInt64(0), d = r.GetInt64(1);
                if (!docs.TryGetValue(d, out var doc)) continue;
                var deadline = Str(r, 4) is { } dk
                    ? new Deadline(FromJsonName<DeadlineKind>(dk)!.Value, Date(r, 5), FromJsonName<Recurrence>(Str(r, 6)), Str(r, 7) ?? "")
                    : null;
                var text = r.GetString(3);
                hits[(d, id)] = new SearchHit
                {
                    Kind = HitKind.Task, DocumentId = d, TaskId = id, Number = doc.Number, DocumentKind = doc.Kind, Title = doc.Title,
                    Issuer = doc.Issuer, IssuedOn = doc.IssuedOn, TaskPath = r.GetString(2), TaskText = text, Deadline = deadline,
                    Category = Enum.TryParse<TaskCategory>(Str(r, 8), out var c) ? c : null,
                    Status = taskStates.TryGetValue(id, out var state) ? state.Status : TaskStatus.NoDeadline,
                    Owners = owners.GetValueOrDefault(id) ?? [],
                    Snippet = snippet(null, text),
                };
            }
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
