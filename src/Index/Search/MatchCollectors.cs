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

/// <summary>Scores of the matching entries among a candidate set (all of them, not a top N: they are few).</summary>
internal sealed class CandidateScoreCollector : ICollector
{
    private int _base;
    private Scorer? _scorer;

    public Dictionary<int, float> Scores { get; } = [];

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void Collect(int doc) => Scores[_base + doc] = _scorer!.GetScore();

    public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

    public bool AcceptsDocsOutOfOrder => true;
}

/// <summary>A filter that accepts a fixed set of entries (the candidates to score), given by index-wide ids.</summary>
internal sealed class EntrySetFilter(IReadOnlyCollection<int> ids) : Filter
{
    private readonly int[] _sorted = ids.Order().ToArray();

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        int from = context.DocBase, to = from + context.AtomicReader.MaxDoc;
        int i = Array.BinarySearch(_sorted, from);
        if (i < 0) i = ~i;
        if (i >= _sorted.Length || _sorted[i] >= to) return null;
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        for (; i < _sorted.Length && _sorted[i] < to; i++)
        {
            int doc = _sorted[i] - from;
            if (acceptDocs is null || acceptDocs.Get(doc)) bits.Set(doc);
        }
        return bits;
    }
}
