using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace DirectiveTracker.Index.Search;

/// <summary>
/// Finds the newest matches of a query, unscored: entries are added in order (one writer, a merge policy that merges
/// only adjacent segments), so the newest are the last ids. The index is read backwards in ranges of ids that double in
/// size, each walked forward from its start (a scorer advanced there skips what lies before), until the ranges read
/// hold <c>enough</c> matches. A broad query thus reads the postings of its newest entries only; the ranges are the
/// index's, not its segments', so what is counted does not depend on how the segments happen to be merged.
/// </summary>
internal static class NewestMatches
{
    /// <summary>The matches of the ranges read (index-wide ids, ascending), and whether more match before them.</summary>
    public static (List<int> Ids, bool More) Find(IndexSearcher searcher, Query query, int enough, int firstRange)
    {
        var weight = searcher.CreateNormalizedWeight(Cached(query));
        var leaves = searcher.IndexReader.Leaves;
        var ranges = new List<List<int>>(); // newest first
        int found = 0, hi = searcher.IndexReader.MaxDoc;
        long range = Math.Max(1, firstRange);
        while (hi > 0)
        {
            int lo = (int)Math.Max(0, hi - range);
            var ids = Read(weight, leaves, lo, hi);
            ranges.Add(ids);
            found += ids.Count;
            hi = lo;
            range *= 2;
            if (found >= enough && hi > 0) return (Ascending(ranges, found), Read(weight, leaves, 0, hi, first: true).Count > 0);
        }
        return (Ascending(ranges, found), false);
    }

    // The matches with ids in [lo, hi), ascending (only the first when <paramref name="first"/>).
    private static List<int> Read(Weight weight, IList<AtomicReaderContext> leaves, int lo, int hi, bool first = false)
    {
        var ids = new List<int>();
        foreach (var leaf in leaves)
        {
            int start = Math.Max(lo - leaf.DocBase, 0), end = Math.Min(hi - leaf.DocBase, leaf.AtomicReader.MaxDoc);
            if (start >= end) continue;
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            for (int doc = start == 0 ? scorer.NextDoc() : scorer.Advance(start); doc < end; doc = scorer.NextDoc())
            {
                ids.Add(leaf.DocBase + doc);
                if (first) return ids;
            }
        }
        return ids;
    }

    /// <summary>
    /// The query with its multi-term parts (prefixes, numeric ranges) and filters cached per leaf for this search: each
    /// range read asks a leaf for a new scorer, and those parts would otherwise walk every matching term's postings in
    /// the whole leaf each time. Term and phrase parts stay as they are, read only where a range asks.
    /// </summary>
    private static Query Cached(Query query) => query switch
    {
        TermQuery t => new ConstantScoreQuery(new TermDocs(t.Term)),
        MultiTermQuery => new ConstantScoreQuery(new CachingWrapperFilter(new QueryWrapperFilter(query))),
        ConstantScoreQuery { Filter: { } filter } c => new ConstantScoreQuery(new CachingWrapperFilter(filter)) { Boost = c.Boost },
        ConstantScoreQuery { Query: { } inner } c => new ConstantScoreQuery(Cached(inner)) { Boost = c.Boost },
        BooleanQuery b => CachedClauses(b),
        FilteredQuery f => new FilteredQuery(Cached(f.Query), f.Filter, f.Strategy), // its filter is read per candidate, never gathered
        _ => query,
    };

    /// <summary>A term's entries without its frequencies: finding counts no score, and decoding a block's frequencies cost as much as its ids.</summary>
    private sealed class TermDocs(Term term) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var terms = context.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
            if (terms is null || !terms.SeekExact(term.Bytes)) return null;
            return new Postings(terms, acceptDocs);
        }

        private sealed class Postings(TermsEnum terms, IBits? acceptDocs) : DocIdSet
        {
            public override DocIdSetIterator GetIterator() => terms.Docs(acceptDocs, null, DocsFlags.NONE);
        }

        public override string ToString() => term.ToString();
    }

    private static BooleanQuery CachedClauses(BooleanQuery b)
    {
        var cached = new BooleanQuery(b.CoordDisabled) { MinimumNumberShouldMatch = b.MinimumNumberShouldMatch, Boost = b.Boost };
        foreach (var clause in b.Clauses) cached.Add(Cached(clause.Query), clause.Occur);
        return cached;
    }

    private static List<int> Ascending(List<List<int>> newestFirst, int count)
    {
        var ids = new List<int>(count);
        for (int i = newestFirst.Count - 1; i >= 0; i--) ids.AddRange(newestFirst[i]);
        return ids;
    }
}

/// <summary>
/// Scores a few candidate entries (index-wide ids, ascending) by advancing scorers per leaf to each of them, so that
/// only the postings around the candidates are read, not every match of a broad query. A disjunction of clauses without
/// coordination (the ranking query) is scored clause by clause, each clause's scorer advanced alone and the scores
/// summed in double precision as Lucene's disjunction does: the same scores without the disjunction's heap of
/// sub-scorers, re-ordered at every candidate. Only the best <c>keep</c> need their scores (MaxScore, as Lucene's later
/// versions prune): clauses go in order of the most they can add, and once a candidate's sum with all that the
/// remaining clauses could add stays below the <c>keep</c>-th best sum so far, it is read no further. Its score is
/// then left out; every candidate that can rank among the best keeps its exact score.
/// </summary>
internal static class CandidateScores
{
    /// <summary>A margin under the bar, wider than summing and rounding scores to 1e-6 can move them, so that no candidate tied at the bar is cut.</summary>
    private const double Margin = 1e-4;

    public static Dictionary<int, float> Of(IndexSearcher searcher, Query query, IReadOnlyList<int> candidates, int keep)
    {
        var scores = new Dictionary<int, float>(candidates.Count);
        if (candidates.Count == 0) return scores;
        var sums = new double[candidates.Count];
        var matched = new bool[candidates.Count];
        var clauses = Clauses(query).Select(q => (Query: q, Weight: searcher.CreateNormalizedWeight(q))).Select(c => (c.Weight, Most: MostOf(c.Query, c.Weight, searcher.Similarity)))
            .OrderByDescending(c => c.Most).ToList();
        double left = clauses.Sum(c => c.Most);
        var alive = Enumerable.Range(0, candidates.Count).ToList();
        foreach (var (weight, most) in clauses)
        {
            Add(weight, searcher.IndexReader, candidates, alive, sums, matched);
            left -= most;
            if (alive.Count > keep && !double.IsInfinity(left))
            {
                double bar = Best(alive, sums, keep) - Margin;
                alive.RemoveAll(i => sums[i] + left < bar);
            }
        }
        foreach (int i in alive) if (matched[i]) scores[candidates[i]] = (float)sums[i];
        return scores;
    }

    /// <summary>
    /// The most a clause can add to a score: BM25 gives a term or phrase at most its weight (idf × boost, whose square
    /// is the weight's value for normalisation; the query norm is 1) times k1 + 1, whatever its frequency and length.
    /// Other clauses are not bounded here.
    /// </summary>
    private static double MostOf(Query clause, Weight weight, Similarity similarity) =>
        clause is TermQuery or PhraseQuery && similarity is BM25Similarity bm25
            ? Math.Sqrt(weight.GetValueForNormalization()) * (bm25.K1 + 1) * (1 + 1e-6)
            : double.PositiveInfinity;

    /// <summary>The <paramref name="keep"/>-th highest sum among the candidates still read.</summary>
    private static double Best(List<int> alive, double[] sums, int keep)
    {
        var lowest = new PriorityQueue<double, double>(keep + 1);
        foreach (int i in alive)
        {
            lowest.Enqueue(sums[i], sums[i]);
            if (lowest.Count > keep) lowest.Dequeue();
        }
        return lowest.Peek();
    }

    /// <summary>
    /// The clauses of an uncoordinated disjunction (its score is their sum: BM25's query norm is 1, a boolean query's
    /// boost is carried to its clauses), or the query itself.
    /// </summary>
    private static IEnumerable<Query> Clauses(Query query)
    {
        if (query is BooleanQuery { CoordDisabled: true, MinimumNumberShouldMatch: 0 } b && b.Boost == 1f && b.Clauses.Count > 1
            && b.Clauses.All(c => c.Occur == Occur.SHOULD))
            return b.Clauses.Select(c => c.Query);
        return [query];
    }

    private static void Add(Weight weight, IndexReader reader, IReadOnlyList<int> candidates, List<int> alive, double[] sums, bool[] matched)
    {
        int a = 0;
        foreach (var leaf in reader.Leaves)
        {
            if (a >= alive.Count) break;
            int end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            if (candidates[alive[a]] >= end) continue;
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            for (; a < alive.Count && candidates[alive[a]] < end; a++)
            {
                if (scorer is null) continue;
                int i = alive[a], doc = candidates[i] - leaf.DocBase, at = scorer.DocID;
                if (at < doc) at = scorer.Advance(doc);
                if (at == doc) { sums[i] += scorer.GetScore(); matched[i] = true; }
                else if (at == DocIdSetIterator.NO_MORE_DOCS) scorer = null;
            }
        }
    }
}
