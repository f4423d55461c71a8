using System.Globalization;
using DirectiveTracker.Index.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DirectiveTracker.Index.Search;

/// <summary>Options of query execution.</summary>
public sealed class SearchOptions
{
    /// <summary>Only the newest this many matches are scored, so that ranking cost is bounded whatever the query (Lucene.Net 4.8 has no early termination).</summary>
    public int RankWindow { get; set; } = 1000;

    /// <summary>Facets count the newest this many matches; beyond it results say <see cref="SearchResults.Approximate"/>.</summary>
    public int FacetWindow { get; set; } = 2000;

    public FieldWeights Weights { get; set; } = new();
}

/// <summary>The store's side of a search: the rows a result list shows, read by entry ids.</summary>
public interface ISearchRows
{
    /// <summary>The hits for these (document, task) entries, in no particular order, snippets not yet made.</summary>
    IReadOnlyDictionary<(long DocumentId, long TaskId), SearchHit> Load(IReadOnlyCollection<(long DocumentId, long TaskId)> entries, DateOnly today, Func<string?, string, Snippet> snippet);

    /// <summary>Display names of agency keys.</summary>
    IReadOnlyDictionary<string, string> AgencyNames(IReadOnlyCollection<string> keys);
}

/// <summary>
/// Runs a query on the index. Plan: (1) find every match by folded terms and filters, unscored, in index order;
/// (2) facets from doc values over the newest <see cref="SearchOptions.FacetWindow"/> matches; (3) BM25 with field
/// weights over the newest <see cref="SearchOptions.RankWindow"/> (filter-only queries: newest issued first);
/// (4) the page's rows from the store, with highlighted snippets.
/// </summary>
public sealed class SearchExecutor(SearchIndex index, ISearchRows rows, VietnameseAnalyzer analyzer, IAgencyKeys agencyKeys, SearchOptions options)
{
    /// <summary>Facets returned with every result, in display order.</summary>
    public static readonly string[] FacetNames = ["agency", "kind", "year", "category", "status"];

    private const int FacetSize = 10;

    /// <summary>Milliseconds spent in each step of the last search (benchmarks).</summary>
    public string LastTimings { get; private set; } = "";

    public SearchResults Search(SearchRequest request)
    {
        var parsed = QueryParser.Parse(request.Query);
        var today = request.Today ?? DateOnly.FromDateTime(DateTime.Today);
        int limit = Math.Clamp(request.Limit, 1, 200);
        return index.Search(searcher => Run(searcher, parsed, request.Query, today, limit));
    }

    private SearchResults Run(IndexSearcher? searcher, ParsedQuery parsed, string query, DateOnly today, int limit)
    {
        var reader = searcher?.IndexReader;
        var compiled = new LuceneQueryBuilder(analyzer, options.Weights, reader is null ? null : (a, b) => FormsWord(reader, a, b)).Build(parsed.Text);
        if (compiled is null && parsed.Filters.Count == 0)
            throw new QuerySyntaxException("Truy vấn không có từ khóa nào để tìm (chỉ có dấu câu?).", 0);
        var filter = new FilterCompiler(agencyKeys, today).Compile(parsed.Filters);
        if (searcher is null) return new SearchResults(query, 0, [], FacetNames.ToDictionary(f => f, _ => (IReadOnlyList<FacetValue>)[]), false);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var find = (compiled?.Find, filter) switch
        {
            (null, var f) => f!,
            (var words, null) => words,
            var (words, f) => new BooleanQuery(disableCoord: true) { { words, Occur.MUST }, { f, Occur.MUST } },
        };
        var matches = new MatchIdCollector();
        searcher.Search(find, matches);
        var ids = matches.Ids;
        double tFind = watch.Elapsed.TotalMilliseconds;
        var window = ids.GetRange(Math.Max(0, ids.Count - options.FacetWindow), Math.Min(ids.Count, options.FacetWindow));
        var entries = new EntryValues(searcher.IndexReader);
        var facets = Facets(entries, window, today);
        double tFacets = watch.Elapsed.TotalMilliseconds;
        List<int> ranked;
        var scoreOf = new Dictionary<int, float>();
        if (compiled is null)
            ranked = window.OrderByDescending(entries.Issued).ThenByDescending(id => id).Take(limit).ToList();
        else
        {
            var candidates = window.GetRange(Math.Max(0, window.Count - options.RankWindow), Math.Min(window.Count, options.RankWindow));
            var scores = new CandidateScoreCollector();
            if (candidates.Count > 0) searcher.Search(new FilteredQuery(compiled.Score, new EntrySetFilter(candidates)), scores);
            scoreOf = scores.Scores;
            // Equal scores (to 1e-6) go to the more recent document, then to the entry added last.
            ranked = candidates
                .OrderByDescending(id => Math.Round(scores.Scores.GetValueOrDefault(id), 6))
                .ThenByDescending(entries.Issued).ThenByDescending(id => id)
                .Take(limit).ToList();
        }
        double tRank = watch.Elapsed.TotalMilliseconds;
        var keys = ranked.Select(id => (entries.DocumentId(id), entries.TaskId(id))).ToList();
        var snippets = new SnippetBuilder(analyzer);
        var loaded = rows.Load(keys, today, (title, text) =>
            snippets.Build(title is not null && snippets.HasMatch(title, compiled) ? title : text, compiled));
        var hits = new List<SearchHit>(ranked.Count);
        for (int i = 0; i < ranked.Count; i++)
        {
            if (!loaded.TryGetValue(keys[i], out var hit)) continue; // deleted from the store since the searcher opened
            hits.Add(hit with { Score = Math.Round(scoreOf.GetValueOrDefault(ranked[i]), 6) });
        }
        LastTimings = $"find {tFind:F1} facets {tFacets - tFind:F1} rank {tRank - tFacets:F1} load {watch.Elapsed.TotalMilliseconds - tRank:F1}";
        bool approximate = ids.Count > options.FacetWindow || (compiled is not null && ids.Count > options.RankWindow);
        return new SearchResults(query, ids.Count, hits, facets, approximate);
    }

    /// <summary>Whether two folded syllables are one word by the index's statistics: they stand side by side in a good share of the entries that have the rarer one.</summary>
    private static bool FormsWord(IndexReader reader, string a, string b)
    {
        int pair = reader.DocFreq(new Term(Fields.Bigrams, a + SyllableBigramFilter.Joiner + b));
        if (pair == 0) return false;
        int rarer = Math.Min(reader.DocFreq(new Term(Fields.BodyFolded, a)), reader.DocFreq(new Term(Fields.BodyFolded, b)));
        return pair >= Math.Max(1, rarer / 20);
    }

    private Dictionary<string, IReadOnlyList<FacetValue>> Facets(EntryValues entries, List<int> window, DateOnly today)
    {
        var counts = FacetNames.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        foreach (var id in window)
        {
            Count(counts["kind"], entries.Kind(id));
            int year = entries.Year(id);
            if (year > 0) Count(counts["year"], year.ToString(CultureInfo.InvariantCulture));
            if (entries.TaskId(id) > 0)
            {
                Count(counts["category"], entries.Category(id));
                var due = entries.Due(id);
                Count(counts["status"], TaskStatusRule.Compute(entries.DeadlineKind(id), due > 0 ? new DateOnly(due / 10000, due / 100 % 100, due % 100) : null, null, today).ToString());
            }
            foreach (var key in entries.Agencies(id)) Count(counts["agency"], key);
        }
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        var topAgencies = Top(counts["agency"]);
        var names = topAgencies.Count == 0 ? new Dictionary<string, string>() : rows.AgencyNames(topAgencies.Select(a => a.Key).ToList());
        result["agency"] = topAgencies.Select(a => new FacetValue(a.Key, names.GetValueOrDefault(a.Key) ?? a.Key, a.Value)).ToList();
        foreach (var facet in FacetNames.Skip(1))
            result[facet] = Top(counts[facet]).Select(v => new FacetValue(v.Key, TrackerLabels.Of(facet, v.Key), v.Value)).ToList();
        return FacetNames.ToDictionary(f => f, f => result[f]);

        static void Count(Dictionary<string, int> c, string? value) { if (value is not null) c[value] = c.GetValueOrDefault(value) + 1; }
        static List<KeyValuePair<string, int>> Top(Dictionary<string, int> c) =>
            c.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Take(FacetSize).ToList();
    }

    /// <summary>Per-entry values from doc values, by index-wide id (the leaf found by binary search, its readers cached).</summary>
    private sealed class EntryValues(IndexReader reader)
    {
        private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
        private readonly Dictionary<int, Leaf> _cache = [];

        private sealed class Leaf(AtomicReader r)
        {
            public readonly NumericDocValues? DocumentId = r.GetNumericDocValues(Fields.DocumentId), TaskId = r.GetNumericDocValues(Fields.TaskId),
                Issued = r.GetNumericDocValues(Fields.Issued), Year = r.GetNumericDocValues(Fields.Year), Due = r.GetNumericDocValues(Fields.Due);
            public readonly SortedDocValues? Kind = r.GetSortedDocValues(Fields.Kind), Category = r.GetSortedDocValues(Fields.Category),
                DeadlineKind = r.GetSortedDocValues(Fields.DeadlineKind);
            public readonly SortedSetDocValues? Agencies = r.GetSortedSetDocValues(Fields.AgencyKeys);
            public readonly Dictionary<(SortedDocValues, int), string> Ords = [];
        }

        private (Leaf Leaf, int Doc) At(int id)
        {
            int i = ReaderUtil.SubIndex(id, _leaves);
            if (!_cache.TryGetValue(i, out var leaf)) _cache[i] = leaf = new Leaf(_leaves[i].AtomicReader);
            return (leaf, id - _leaves[i].DocBase);
        }

        public long DocumentId(int id) { var (l, d) = At(id); return l.DocumentId?.Get(d) ?? 0; }
        public long TaskId(int id) { var (l, d) = At(id); return l.TaskId?.Get(d) ?? 0; }
        public long Issued(int id) { var (l, d) = At(id); return l.Issued?.Get(d) ?? 0; }
        public int Year(int id) { var (l, d) = At(id); return (int)(l.Year?.Get(d) ?? 0); }
        public int Due(int id) { var (l, d) = At(id); return (int)(l.Due?.Get(d) ?? 0); }
        public string? Kind(int id) { var (l, d) = At(id); return Sorted(l, l.Kind, d); }
        public string? Category(int id) { var (l, d) = At(id); return Sorted(l, l.Category, d); }
        public string? DeadlineKind(int id) { var (l, d) = At(id); return Sorted(l, l.DeadlineKind, d); }

        public IEnumerable<string> Agencies(int id)
        {
            var (l, d) = At(id);
            if (l.Agencies is not { } set) yield break;
            set.SetDocument(d);
            var ords = new List<long>();
            for (long ord = set.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = set.NextOrd()) ords.Add(ord);
            var bytes = new BytesRef();
            foreach (var ord in ords) { set.LookupOrd(ord, bytes); yield return bytes.Utf8ToString(); }
        }

        private static string? Sorted(Leaf l, SortedDocValues? values, int doc)
        {
            if (values is null) return null;
            int ord = values.GetOrd(doc);
            if (ord < 0) return null;
            if (l.Ords.TryGetValue((values, ord), out var s)) return s;
            var bytes = new BytesRef();
            values.LookupOrd(ord, bytes);
            return l.Ords[(values, ord)] = bytes.Utf8ToString();
        }
    }
}
