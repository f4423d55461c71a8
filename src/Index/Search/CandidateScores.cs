using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace DirectiveTracker.Index.Search;

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
