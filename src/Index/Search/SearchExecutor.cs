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

    /// <summary>Facets count the newest this many matches, and matches are counted until this many are found; beyond it results say <see cref="SearchResults.Approximate"/> and the total is a lower bound.</summary>
    public int FacetWindow { get; set; } = 2000;

    /// <summary>Matches are looked for in the newest this many entries first, then in ranges twice as large, until the facet window is full.</summary>
    public int NewestRange { get; set; } = 16_384;

    public FieldWeights Weights { get; set; } = new();
}

/// <summary>The store's side of a search: the rows a result list shows, read by entry ids.</summary>
public interface ISearchRows
{
    /// <summary>The hits for these entries, in no particular order, each with its snippet made by <paramref name="snippet"/> (title or null, text).</summary>
    IReadOnlyDictionary<(long DocumentId, long TaskId), SearchHit> Load(IReadOnlyCollection<PageEntry> entries, Func<string?, string, Snippet> snippet);

    /// <summary>Display names of agency keys.</summary>
    IReadOnlyDictionary<string, string> AgencyNames(IReadOnlyCollection<string> keys);

    /// <summary>
    /// The agency keys a filter naming <paramref name="key"/> (the grammar's key) covers, by the agency directory: the
    /// entry the key is filed under (itself or an alias's entry) and every entry below it; none when the directory has no such entry.
    /// </summary>
    IReadOnlyList<string> AgencyKeysCovered(string key);

    /// <summary>The status rule the store's task lists use (due-soon days from configuration), so search's status agrees with them.</summary>
    Progress.TaskStateCalculator StatusRule { get; }
}

/// <summary>
/// An entry of a result page, as the index knows it: its document, its task (0 for the document itself) and the task's
/// status today, computed from the entry's doc values by the task lists' rule (null for a document). The index follows
/// every write through the change log, completions included, so this is the status the <c>status:</c> filter and facet use.
/// </summary>
public readonly record struct PageEntry(long DocumentId, long TaskId, TaskStatus? Status);

/// <summary>
/// Runs a query on the index. Plan: (1) find the newest matches by folded terms and filters, unscored, reading the
/// index backwards until <see cref="SearchOptions.FacetWindow"/> are found (beyond them the total is a lower bound);
/// (2) facets from doc values over the newest <see cref="SearchOptions.FacetWindow"/> matches; (3) BM25 with field
/// weights over the newest <see cref="SearchOptions.RankWindow"/> (filter-only queries: newest issued first);
/// (4) the page's rows from the store, with highlighted snippets.
/// </summary>
public sealed class SearchExecutor(SearchIndex index, ISearchRows rows, VietnameseAnalyzer analyzer, IAgencyKeys agencyKeys, SearchOptions options)
{
    /// <summary>Facets returned with every result, in display order.</summary>
    public static readonly string[] FacetNames = ["agency", "kind", "year", "category", "status"];

    private const int FacetSize = 10;

    private readonly FilterBits _filterBits = new();

    /// <summary>Milliseconds spent in each step of the last search (benchmarks).</summary>
    public string LastTimings { get; private set; } = "";

    /// <summary>The clock of <see cref="LastTimings"/>, in milliseconds: wall time unless a benchmark sets its thread's CPU time.</summary>
    internal static Func<double> StepClock { get; set; } = () => System.Diagnostics.Stopwatch.GetTimestamp() * 1000.0 / System.Diagnostics.Stopwatch.Frequency;

    public SearchResults Search(SearchRequest request)
    {
        var parsed = QueryParser.Parse(request.Query);
        var today = request.Today ?? DateOnly.FromDateTime(DateTime.Today);
        int limit = Math.Clamp(request.Limit, 1, 200);
        return index.Search(searcher => Run(searcher, parsed, request.Query, today, limit));
    }

    private SearchResults Run(IndexSearcher? searcher, ParsedQuery parsed, string query, DateOnly today, int limit)
    {
        double t0 = StepClock();
        var reader = searcher?.IndexReader;
        var compiled = new LuceneQueryBuilder(analyzer, options.Weights, reader is null ? null : (a, b) => FormsWord(reader, a, b)).Build(parsed.Text);
        if (compiled is null && parsed.Filters.Count == 0)
            throw new QuerySyntaxException("Truy vấn không có từ khóa nào để tìm (chỉ có dấu câu?).", 0);
        var filter = new FilterCompiler(agencyKeys, today, rows.AgencyKeysCovered, rows.StatusRule).Compile(parsed.Filters);
        if (searcher is null) return new SearchResults(query, 0, [], FacetNames.ToDictionary(f => f, _ => (IReadOnlyList<FacetValue>)[]), false);

        double tCompile = StepClock();
        var (rest, bits) = _filterBits.Plan(compiled?.Find, filter, searcher.IndexReader);
        var find = DateRangePlan.Plan(rest!, searcher.IndexReader);
        foreach (var b in bits) find = new FilteredQuery(find, b, FilterBits.InPostings);
        var (ids, more) = NewestMatches.Find(searcher, find, options.FacetWindow, options.NewestRange);
        double tFind = StepClock();
        var window = ids.GetRange(Math.Max(0, ids.Count - options.FacetWindow), Math.Min(ids.Count, options.FacetWindow));
        var entries = new EntryValues(searcher.IndexReader);
        var facets = Facets(searcher.IndexReader, window, today);
        double tFacets = StepClock();
        List<int> ranked;
        Dictionary<int, float> scoreOf = [];
        if (compiled is null)
            ranked = Top(window, _ => 0, entries, limit);
        else
        {
            var candidates = window.GetRange(Math.Max(0, window.Count - options.RankWindow), Math.Min(window.Count, options.RankWindow));
            scoreOf = CandidateScores.Of(searcher, compiled.Score, candidates, limit);
            ranked = Top(candidates, id => Math.Round(scoreOf.GetValueOrDefault(id), 6), entries, limit);
        }
        double tRank = StepClock();
        var page = ranked.Select(id => entries.Entry(id, today, rows.StatusRule)).ToList();
        var snippets = new SnippetBuilder(analyzer);
        var loaded = rows.Load(page, (title, text) => snippets.Build(title, text, compiled));
        var hits = new List<SearchHit>(ranked.Count);
        for (int i = 0; i < ranked.Count; i++)
        {
            if (!loaded.TryGetValue((page[i].DocumentId, page[i].TaskId), out var hit)) continue; // deleted from the store since the searcher opened
            hits.Add(hit with { Score = Math.Round(scoreOf.GetValueOrDefault(ranked[i]), 6) });
        }
        LastTimings = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"compile {tCompile - t0:F1} find {tFind - tCompile:F1} facets {tFacets - tFind:F1} rank {tRank - tFacets:F1} load {StepClock() - tRank:F1}");
        bool approximate = more || ids.Count > options.FacetWindow || (compiled is not null && ids.Count > options.RankWindow);
        return new SearchResults(query, ids.Count, hits, facets, approximate) { TotalIsLowerBound = more };
    }

    /// <summary>
    /// The first <paramref name="limit"/> entries by score (to 1e-6), ties going to the more recent document, then to the
    /// entry added last: one array sort of the keys, each read once.
    /// </summary>
    private static List<int> Top(List<int> ids, Func<int, double> score, EntryValues entries, int limit)
    {
        var keys = new (double Score, long Issued, int Id)[ids.Count];
        for (int i = 0; i < keys.Length; i++) keys[i] = (score(ids[i]), entries.Issued(ids[i]), ids[i]);
        Array.Sort(keys, static (x, y) => y.CompareTo(x));
        int count = Math.Min(limit, keys.Length);
        var ranked = new List<int>(count);
        for (int i = 0; i < count; i++) ranked.Add(keys[i].Id);
        return ranked;
    }

    /// <summary>Whether two folded syllables are one word by the index's statistics: they stand side by side in a good share of the entries that have the rarer one.</summary>
    private static bool FormsWord(IndexReader reader, string a, string b)
    {
        int pair = reader.DocFreq(new Term(Fields.Bigrams, a + SyllableBigramFilter.Joiner + b));
        if (pair == 0) return false;
        int rarer = Math.Min(reader.DocFreq(new Term(Fields.Folded, a)), reader.DocFreq(new Term(Fields.Folded, b)));
        return pair >= Math.Max(1, rarer / 20);
    }

    private Dictionary<string, IReadOnlyList<FacetValue>> Facets(IndexReader reader, List<int> window, DateOnly today)
    {
        var counts = new WindowFacets(today, rows.StatusRule).Count(reader, window);
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        var topAgencies = Top(counts["agency"]);
        var names = topAgencies.Count == 0 ? new Dictionary<string, string>() : rows.AgencyNames(topAgencies.Select(a => a.Key).ToList());
        result["agency"] = topAgencies.Select(a => new FacetValue(a.Key, names.GetValueOrDefault(a.Key) ?? a.Key, a.Value)).ToList();
        foreach (var facet in FacetNames.Skip(1))
            result[facet] = Top(counts[facet]).Select(v => new FacetValue(v.Key, TrackerLabels.Of(facet, v.Key), v.Value)).ToList();
        return FacetNames.ToDictionary(f => f, f => result[f]);

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
            public readonly AtomicReader Reader = r;
            public readonly NumericDocValues? DocumentId = r.GetNumericDocValues(Fields.DocumentId), TaskId = r.GetNumericDocValues(Fields.TaskId),
                Issued = r.GetNumericDocValues(Fields.Issued);
            public IndexedStatus? Statuses;
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

        public PageEntry Entry(int id, DateOnly today, Progress.TaskStateCalculator rule)
        {
            var (l, d) = At(id);
            l.Statuses ??= new IndexedStatus(l.Reader, today, rule);
            return new PageEntry(l.DocumentId?.Get(d) ?? 0, l.TaskId?.Get(d) ?? 0, l.Statuses.Of(d));
        }
    }
}
