// The FTS5 store as it was before search moved to Lucene (issue 9), kept to compare the two in one run.
using DirectiveTracker.Index;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
namespace DirectiveTracker.Bench.Fts5;

/// <summary>
/// BM25 over a candidate set, the formula of FTS5's bm25() (k1 1.2, b 0.75, IDF clamped to 1e-6, column weights
/// multiplying term frequency, lower is better), computed in C# from what cheap unranked lookups give: which
/// phrase occurs in which column of which candidate, each candidate's length, and the index's row count and average
/// length. A phrase's document frequency is estimated from the candidates (scaled to the whole match set), so that
/// ranking never reads a phrase's whole doclist as bm25() does for its IDF.
/// </summary>
public sealed class CandidateScorer
{
    private const double K1 = 1.2, B = 0.75;

    private readonly int _phrases;
    private readonly Dictionary<long, int> _slot;
    private readonly long[] _ids;
    private readonly double[] _frequency; // candidate × phrase: weighted occurrences
    private readonly double[] _length;

    /// <param name="candidates">The candidate rowids.</param>
    /// <param name="phrases">The number of phrases of the query.</param>
    public CandidateScorer(IReadOnlyList<long> candidates, int phrases)
    {
        _phrases = phrases;
        _ids = [.. candidates];
        _slot = new Dictionary<long, int>(_ids.Length);
        for (int i = 0; i < _ids.Length; i++) _slot[_ids[i]] = i;
        _frequency = new double[_ids.Length * phrases];
        _length = new double[_ids.Length];
    }

    /// <summary>Phrase <paramref name="phrase"/> occurs in a column of weight <paramref name="weight"/> of row <paramref name="rowid"/> (ignored when not a candidate).</summary>
    public void Occurs(long rowid, int phrase, double weight)
    {
        if (_slot.TryGetValue(rowid, out var i)) _frequency[i * _phrases + phrase] += weight;
    }

    /// <summary>The row's length in tokens over all columns.</summary>
    public void Length(long rowid, double tokens)
    {
        if (_slot.TryGetValue(rowid, out var i)) _length[i] = tokens;
    }

    /// <summary>
    /// The scores, best (most negative) first, ties to the newer row (higher rowid).
    /// </summary>
    /// <param name="rows">Rows in the whole index (bm25's N).</param>
    /// <param name="averageLength">Average row length over the whole index.</param>
    /// <param name="matches">How many rows match the query (the candidates being a sample of them, or all).</param>
    public List<(long Id, double Score)> Scores(long rows, double averageLength, long matches, int top)
    {
        int n = _ids.Length;
        if (n == 0) return [];
        double scale = Math.Max(1.0, (double)matches / n);
        var idf = new double[_phrases];
        for (int p = 0; p < _phrases; p++)
        {
            int df = 0;
            for (int i = 0; i < n; i++) if (_frequency[i * _phrases + p] > 0) df++;
            double estimated = Math.Min(rows, df * scale);
            double v = Math.Log((rows - estimated + 0.5) / (estimated + 0.5));
            idf[p] = v <= 0 ? 1e-6 : v;
        }
        double avg = averageLength > 0 ? averageLength : 1;
        var scored = new List<(long Id, double Score)>(n);
        for (int i = 0; i < n; i++)
        {
            double score = 0;
            double norm = K1 * (1 - B + B * _length[i] / avg);
            for (int p = 0; p < _phrases; p++)
            {
                double f = _frequency[i * _phrases + p];
                if (f > 0) score += idf[p] * f * (K1 + 1) / (f + norm);
            }
            scored.Add((_ids[i], -score));
        }
        scored.Sort((a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Id.CompareTo(a.Id));
        return scored.Count > top ? scored.GetRange(0, top) : scored;
    }
}
