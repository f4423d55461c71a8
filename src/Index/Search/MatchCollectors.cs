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
/// Scores a few candidate entries (index-wide ids, ascending) by advancing one scorer per leaf to each of them, so that
/// only the postings around the candidates are read, not every match of a broad query.
/// </summary>
internal static class CandidateScores
{
    public static Dictionary<int, float> Of(IndexSearcher searcher, Query query, IReadOnlyList<int> candidates)
    {
        var scores = new Dictionary<int, float>(candidates.Count);
        if (candidates.Count == 0) return scores;
        var weight = searcher.CreateNormalizedWeight(query);
        int i = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            int end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            if (candidates[i] >= end) continue;
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            for (; i < candidates.Count && candidates[i] < end; i++)
            {
                if (scorer is null) continue;
                int doc = candidates[i] - leaf.DocBase, at = scorer.DocID;
                if (at < doc) at = scorer.Advance(doc);
                if (at == doc) scores[candidates[i]] = scorer.GetScore();
                else if (at == DocIdSetIterator.NO_MORE_DOCS) scorer = null;
            }
            if (i >= candidates.Count) break;
        }
        return scores;
    }
}
