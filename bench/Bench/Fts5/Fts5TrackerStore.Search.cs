// The FTS5 store as it was before search moved to Lucene (issue 9), kept to compare the two in one run.
using DirectiveTracker.Index;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using System.Globalization;
using System.Text;
using DirectiveTracker.Extract.Model;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Bench.Fts5;

/// <summary>
/// Query execution. Plan: (1) collect the matching entry ids, filters applied, newest first, into a temporary
/// table — FTS5 without ranking is cheap — up to <see cref="Fts5StoreOptions.FacetWindow"/> (beyond it the total
/// is that lower bound, flagged approximate); (2) facets are GROUP BYs over that table; (3) the newest
/// <see cref="Fts5StoreOptions.RankWindow"/> of those hits are scored in C# (Fts5TrackerStore.Ranking.cs), so
/// ranking cost is bounded whatever the query.
/// </summary>
public sealed partial class Fts5TrackerStore
{
    /// <summary>Facets returned with every result, in display order.</summary>
    public static readonly string[] FacetNames = ["agency", "kind", "year", "category", "status"];

    private const int FacetSize = 10;

    /// <summary>Milliseconds spent in each step of the last search (benchmarks).</summary>
    internal string LastTimings { get; private set; } = "";

    public SearchResults Search(SearchRequest request)
    {
        var parsed = QueryParser.Parse(request.Query);
        using var tx = _db.BeginTransaction(deferred: true);
        var fts = new FtsQueryBuilder(_analyzer, prefix => ExpandPrefix(tx, prefix)).Build(parsed.Text);
        if (fts is null && parsed.Filters.Count == 0)
            throw new QuerySyntaxException("Truy vấn không có từ khóa nào để tìm (chỉ có dấu câu?).", 0);
        var filters = new Fts5FilterCompiler(_options.AgencyKeys).Compile(parsed.Filters);
        var filter = filters.Residual;
        // What FTS5 finds: the words and the attribute filters together, intersected inside FTS5.
        string? find = (fts?.MatchFolded, filters.Match) switch
        {
            (null, var attrs) => attrs,
            (var words, null) => words,
            var (words, attrs) => $"({words}) AND {attrs}",
        };
        var today = request.Today ?? DateOnly.FromDateTime(DateTime.Today);
        int limit = Math.Clamp(request.Limit, 1, 200);
        var common = new List<(string, object?)>(filter.Parameters.Select(p => (p.Key, (object?)p.Value)))
        {
            ("@today", Iso(today)), ("@soon", Iso(today.AddDays(TaskStatusRule.DueSoonDays))),
        };
        if (find is not null) common.Add(("@find", find));

        Exec("CREATE TEMP TABLE IF NOT EXISTS hits (id INTEGER PRIMARY KEY); DELETE FROM temp.hits;", tx);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int collected = filter.IsEmpty ? CollectMatches(tx, common) : CollectFiltered(tx, find is not null, filter, common);
        bool more = collected > _options.FacetWindow;
        if (more)
        {
            // Rows past the window only tell that there are more: drop them (the oldest) so that facets cover the window.
            Exec("DELETE FROM temp.hits WHERE id < (SELECT id FROM temp.hits ORDER BY id DESC LIMIT 1 OFFSET @w - 1)", tx, ("@w", _options.FacetWindow));
            collected = _options.FacetWindow;
        }
        // Counting a huge match set exactly is a scan of its own: the total is exact up to the window, and beyond
        // it a lower bound ("hơn N"), flagged approximate.
        int total = collected;
        var tCollect = watch.Elapsed.TotalMilliseconds;
        var facets = Facets(tx, common);
        var tFacets = watch.Elapsed.TotalMilliseconds;
        _rankTimings = "";
        var (ranked, rankApproximate) = Rank(tx, fts, collected, more, limit);
        var tRank = watch.Elapsed.TotalMilliseconds;
        var hits = LoadHits(tx, ranked, fts, today, limit);
        tx.Commit();
        LastTimings = $"collect {tCollect:F1} facets {tFacets - tCollect:F1} rank {tRank - tFacets:F1} {_rankTimings} load {watch.Elapsed.TotalMilliseconds - tRank:F1}";
        bool approximate = rankApproximate || more;
        return new SearchResults(request.Query, total, hits, facets, approximate) { TotalIsLowerBound = more };
    }

    /// <summary>Most terms a prefix is expanded to in the MATCH (beyond, FTS5 merges the prefix's doclists itself). Tests set 0 to compare.</summary>
    internal int MaxPrefixExpansion { get; set; } = 64;

    /// <summary>The terms of the folded columns that start with <paramref name="prefix"/>, from the term dictionary (complete: see the constructor).</summary>
    private IReadOnlyList<string>? ExpandPrefix(SqliteTransaction tx, string prefix) =>
        TermDictionary.WithPrefix(_db, tx, prefix, ColumnMask(["head_folded", "body_folded"]), MaxPrefixExpansion)?.Select(t => t.Term).ToList();

    /// <summary>
    /// Words and attribute filters only: FTS5 gives the matching rowids itself. The newest range of the index is read
    /// newest first and stops at the window (a broad query ends there); older ranges, each twice as wide as the one
    /// before, are read oldest first — FTS5 walks doclists backwards at about 1.5 times the cost, which a sparse match
    /// set spread over the whole index pays on every row — unless a range holds far more than is still needed, which is
    /// then read newest first after all. Returns how many were collected (more than the window means there are more).
    /// </summary>
    private int CollectMatches(SqliteTransaction tx, List<(string, object?)> common)
    {
        long maxId;
        using (var cmd = Command("SELECT coalesce(max(id), 0) FROM search_entries", tx)) maxId = (long)cmd.ExecuteScalar()!;
        int window = _options.FacetWindow + 1;
        using var newest = Command("INSERT INTO temp.hits SELECT rowid FROM search_fts WHERE search_fts MATCH @find AND rowid BETWEEN @lo AND @hi ORDER BY rowid DESC LIMIT @n",
            tx, [.. common, ("@lo", 0L), ("@hi", 0L), ("@n", 0)]);
        using var oldest = Command("INSERT INTO temp.hits SELECT rowid FROM search_fts WHERE search_fts MATCH @find AND rowid BETWEEN @lo AND @hi LIMIT @n",
            tx, [.. common, ("@lo", 0L), ("@hi", 0L), ("@n", 0)]);
        int collected = 0;
        long hi = maxId, width = Math.Max(_options.FacetWindow * 8L, maxId / 32 + 1);
        for (bool first = true; hi > 0 && collected < window; first = false, width *= 2)
        {
            long lo = Math.Max(1, hi - width + 1);
            int need = window - collected;
            int cap = 4 * need;
            var cmd = first ? newest : oldest;
            Set(cmd, "@lo", lo); Set(cmd, "@hi", hi); Set(cmd, "@n", first ? need : cap);
            int got = cmd.ExecuteNonQuery();
            if (!first && got == cap)
            {
                Exec("DELETE FROM temp.hits WHERE id BETWEEN @lo AND @hi", tx, ("@lo", lo), ("@hi", hi));
                Set(newest, "@lo", lo); Set(newest, "@hi", hi); Set(newest, "@n", need);
                got = newest.ExecuteNonQuery();
            }
            collected += got;
            hi = lo - 1;
        }
        return collected;
    }

    /// <summary>
    /// With filters FTS5 cannot answer (dates): entry id ranges newest first, each twice as wide as the one before, until the window is full.
    /// In a range, the FTS5 matches (words, attribute filters) drive when there are any, else SQLite drives from the range
    /// or the filters' indexes; a broad query stops after the first range or two instead of joining its whole match set with the filters.
    /// </summary>
    private int CollectFiltered(SqliteTransaction tx, bool text, SqlCondition filter, List<(string, object?)> common)
    {
        long maxId;
        using (var cmd = Command("SELECT coalesce(max(id), 0) FROM search_entries", tx)) maxId = (long)cmd.ExecuteScalar()!;
        // With a MATCH: FTS5's matches newest first, each entry then checked (a list of the range's matches to probe
        // costs about as much again). "+e.id": sorting a range's few hits beats walking the range backwards through the table.
        using var insert = Command(text
            ? $"""
              INSERT INTO temp.hits SELECT f.rowid FROM search_fts f CROSS JOIN search_entries e ON e.id = f.rowid
              WHERE search_fts MATCH @find AND f.rowid BETWEEN @lo AND @hi AND {filter.Sql}
              ORDER BY f.rowid DESC LIMIT @window
              """
            : $"""
              INSERT INTO temp.hits SELECT e.id FROM search_entries e
              WHERE e.id BETWEEN @lo AND @hi AND {filter.Sql}
              ORDER BY +e.id DESC LIMIT @window
              """, tx, [.. common, ("@lo", 0L), ("@hi", 0L), ("@window", 0)]);
        int collected = 0;
        long hi = maxId, width = Math.Max(_options.FacetWindow * 8L, maxId / 32 + 1);
        while (hi > 0 && collected <= _options.FacetWindow)
        {
            long lo = Math.Max(1, hi - width + 1);
            Set(insert, "@lo", lo); Set(insert, "@hi", hi); Set(insert, "@window", _options.FacetWindow + 1 - collected);
            collected += insert.ExecuteNonQuery();
            hi = lo - 1;
            width *= 2;
        }
        return collected;
    }

    private (List<(long Id, double Score)>, bool Approximate) Rank(
        SqliteTransaction tx, FtsQuery? fts, int total, bool more, int limit)
    {
        var ranked = new List<(long, double)>();
        if (total == 0) return (ranked, false);
        if (fts is null)
        {
            using var cmd = Command("SELECT e.id FROM temp.hits h CROSS JOIN search_entries e ON e.id = h.id ORDER BY e.issued_on DESC, e.id DESC LIMIT @limit", tx, ("@limit", limit));
            using var r = cmd.ExecuteReader();
            while (r.Read()) ranked.Add((r.GetInt64(0), 0));
            return (ranked, false);
        }
        long matches = total;
        if (more)
        {
            // Beyond the window, the match count for IDF is extrapolated from how much of the id space the window spans.
            using var cmd = Command("SELECT (SELECT max(id) FROM search_entries), (SELECT min(id) FROM temp.hits), (SELECT max(id) FROM temp.hits)", tx);
            using var r = cmd.ExecuteReader();
            r.Read();
            long last = r.GetInt64(0), oldest = r.GetInt64(1), newest = r.GetInt64(2);
            matches = Math.Max(total, (long)(total * (double)last / Math.Max(1, newest - oldest + 1)));
        }
        return (ScoreCandidates(tx, fts, matches, limit), total > _options.RankWindow);
    }

    private Dictionary<string, IReadOnlyList<FacetValue>> Facets(SqliteTransaction tx, List<(string, object?)> common)
    {
        // One pass over the hits for the four entry facets (grouped together, summed here), one for agencies.
        // CROSS JOIN: drive from the hits (SQLite has no statistics for the temp table and would scan the big one).
        var counts = new Dictionary<string, Dictionary<string, int>>
        {
            ["kind"] = [], ["year"] = [], ["category"] = [], ["status"] = [],
        };
        using (var cmd = Command($"""
            SELECT e.kind, e.year, e.category, {Fts5StatusSql.Sql} AS status, count(*)
            FROM temp.hits h CROSS JOIN search_entries e ON e.id = h.id
            GROUP BY 1, 2, 3, 4
            """, tx, [.. common]))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                int n = r.GetInt32(4);
                for (int i = 0; i < 4; i++)
                {
                    if (r.IsDBNull(i)) continue;
                    var facet = counts[FacetNames[i + 1]];
                    var value = Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)!;
                    facet[value] = facet.GetValueOrDefault(value) + n;
                }
            }
        }
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        var agencies = new List<FacetValue>();
        using (var cmd = Command("""
            SELECT a.agency_key, count(*) AS n, (SELECT display_name FROM agencies WHERE key = a.agency_key)
            FROM temp.hits h CROSS JOIN entry_agencies a ON a.entry_id = h.id
            GROUP BY a.agency_key ORDER BY n DESC, a.agency_key LIMIT @size
            """, tx, ("@size", FacetSize)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) agencies.Add(new FacetValue(r.GetString(0), r.IsDBNull(2) ? r.GetString(0) : r.GetString(2), r.GetInt32(1)));
        result["agency"] = agencies;
        foreach (var (facet, values) in counts)
        {
            result[facet] = values
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Take(FacetSize)
                .Select(v => new FacetValue(v.Key, FacetLabel(facet, v.Key), v.Value)).ToList();
        }
        return FacetNames.ToDictionary(f => f, f => result[f]);
    }

    private static string FacetLabel(string facet, string value) => TrackerLabels.Of(facet, value);

    private List<SearchHit> LoadHits(SqliteTransaction tx, List<(long Id, double Score)> ranked, FtsQuery? fts, DateOnly today, int limit)
    {
        if (ranked.Count == 0) return [];
        var ids = string.Join(",", ranked.Select(r => r.Id.ToString(CultureInfo.InvariantCulture)));
        var rows = new Dictionary<long, SearchHit>();
        // A document's whole text is read only for document hits (their snippet); task hits show the task's text.
        using (var cmd = Command($"""
            SELECT e.id, e.document_id, e.task_id, d.number, d.kind, d.title, d.issuer, d.issued_on, CASE WHEN e.task_id IS NULL THEN d.text END,
                   t.path, t.text, t.deadline_kind, t.deadline_due, t.deadline_every, t.deadline_text, t.category, t.completed_on
            FROM search_entries e JOIN documents d ON d.id = e.document_id LEFT JOIN tasks t ON t.id = e.task_id
            WHERE e.id IN ({ids})
            """, tx))
        using (var r = cmd.ExecuteReader())
        {
            var snippets = new Fts5SnippetBuilder(_analyzer);
            while (r.Read())
            {
                bool isTask = !r.IsDBNull(2);
                var deadline = isTask && Str(r, 11) is { } dk
                    ? new Deadline(FromJsonName<DeadlineKind>(dk)!.Value, ParseIso(Str(r, 12)), FromJsonName<Recurrence>(Str(r, 13)), Str(r, 14) ?? "")
                    : null;
                string? title = Str(r, 5);
                string snippetSource = isTask ? r.GetString(10)
                    : SnippetHasHit(title, fts) ? title! : r.GetString(8);
                rows[r.GetInt64(0)] = new SearchHit
                {
                    Kind = isTask ? HitKind.Task : HitKind.Document,
                    DocumentId = r.GetInt64(1),
                    TaskId = isTask ? r.GetInt64(2) : null,
                    Number = Str(r, 3),
                    DocumentKind = Enum.TryParse<DocumentKind>(r.GetString(4), out var k) ? k : DocumentKind.Other,
                    Title = title,
                    Issuer = Str(r, 6),
                    IssuedOn = ParseIso(Str(r, 7)),
                    TaskPath = isTask ? Str(r, 9) : null,
                    TaskText = isTask ? Str(r, 10) : null,
                    Deadline = deadline,
                    Category = isTask && Enum.TryParse<TaskCategory>(Str(r, 15), out var c) ? c : null,
                    Status = isTask ? TaskStatusRule.Compute(Str(r, 11), ParseIso(Str(r, 12)), ParseIso(Str(r, 16)), today) : null,
                    Snippet = snippets.Build(snippetSource, fts),
                };
            }
        }
        var taskIds = rows.Values.Where(h => h.TaskId is not null).Select(h => h.TaskId!.Value).ToList();
        if (taskIds.Count > 0)
        {
            var owners = new Dictionary<long, List<TaskOwner>>();
            using var cmd = Command($"SELECT task_id, agency_key, name, role FROM task_owners WHERE task_id IN ({string.Join(",", taskIds)}) ORDER BY task_id, role, name", tx);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                if (!owners.TryGetValue(r.GetInt64(0), out var list)) owners[r.GetInt64(0)] = list = [];
                list.Add(new TaskOwner(r.GetString(1), r.GetString(2), r.GetString(3)));
            }
            foreach (var (id, hit) in rows.ToList())
                if (hit.TaskId is { } t && owners.TryGetValue(t, out var o)) rows[id] = hit with { Owners = o };
        }
        // Rank order; equal scores (to 1e-6) go to the more recent document.
        return ranked
            .Select((x, i) => (Hit: rows[x.Id], x.Score, i))
            .OrderBy(x => Math.Round(x.Score, 6))
            .ThenByDescending(x => x.Hit.IssuedOn ?? DateOnly.MinValue)
            .ThenBy(x => x.i)
            .Take(limit)
            .Select(x => x.Hit with { Score = x.Score })
            .ToList();
    }

    private bool SnippetHasHit(string? title, FtsQuery? fts) =>
        title is not null && fts is not null && new Fts5SnippetBuilder(_analyzer).Build(title, fts).Highlights.Count > 0;
}
