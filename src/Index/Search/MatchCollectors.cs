using Lucene.Net.Index;
using Lucene.Net.Search;
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
        MultiTermQuery => new ConstantScoreQuery(new CachingWrapperFilter(new QueryWrapperFilter(query))),
        ConstantScoreQuery { Filter: { } filter } c => new ConstantScoreQuery(new CachingWrapperFilter(filter)) { Boost = c.Boost },
        ConstantScoreQuery { Query: { } inner } c => new ConstantScoreQuery(Cached(inner)) { Boost = c.Boost },
        BooleanQuery b => CachedClauses(b),
        _ => query,
    };

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
/// sub-scorers, re-ordered at every candidate.
/// </summary>
internal static class CandidateScores
{
    public static Dictionary<int, float> Of(IndexSearcher searcher, Query query, IReadOnlyList<int> candidates)
    {
        var scores = new Dictionary<int, float>(candidates.Count);
        if (candidates.Count == 0) return scores;
        var sums = new double[candidates.Count];
        var matched = new bool[candidates.Count];
        foreach (var clause in Clauses(query)) Add(searcher.CreateNormalizedWeight(clause), searcher.IndexReader, candidates, sums, matched);
        for (int i = 0; i < candidates.Count; i++) if (matched[i]) scores[candidates[i]] = (float)sums[i];
        return scores;
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

    private static void Add(Weight weight, IndexReader reader, IReadOnlyList<int> candidates, double[] sums, bool[] matched)
    {
        int i = 0;
        foreach (var leaf in reader.Leaves)
        {
            int end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            if (candidates[i] >= end) continue;
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            for (; i < candidates.Count && candidates[i] < end; i++)
            {
                if (scorer is null) continue;
                int doc = candidates[i] - leaf.DocBase, at = scorer.DocID;
                if (at < doc) at = scorer.Advance(doc);
                if (at == doc) { sums[i] += scorer.GetScore(); matched[i] = true; }
                else if (at == DocIdSetIterator.NO_MORE_DOCS) scorer = null;
            }
            if (i >= candidates.Count) break;
        }
    }
}
