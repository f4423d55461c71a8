using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DirectiveTracker.Index.Search;

/// <summary>
/// Collects the ids of every matching entry, in index order (the order entries were added), without scoring: finding
/// costs a walk of the postings, ranking is done later for the newest matches only.
/// </summary>
internal sealed class MatchIdCollector : ICollector
{
    private int _base;

    public List<int> Ids { get; } = [];

    public void SetScorer(Scorer scorer) { }

    public void Collect(int doc) => Ids.Add(_base + doc);

    public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

    // In order: ids come out ascending, so the newest matches are the last ones.
    public bool AcceptsDocsOutOfOrder => false;
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
