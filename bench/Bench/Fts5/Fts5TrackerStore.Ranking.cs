// The FTS5 store as it was before search moved to Lucene (issue 9), kept to compare the two in one run.
using DirectiveTracker.Index;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Bench.Fts5;

/// <summary>
/// Ranking without bm25(): the newest <see cref="Fts5StoreOptions.RankWindow"/> hits are the candidates. Which phrase
/// occurs in which column of each candidate comes from its term vector (one read per candidate) for one-term phrases
/// and small prefixes, and from unranked FTS5 MATCHes for longer phrases (seeking to each candidate, or scanning their
/// rowid range when they fill it densely); FTS5's docsize table gives their lengths, and <see cref="CandidateScorer"/>
/// computes BM25 in C#. No phrase's whole doclist is read (bm25() reads each one for its IDF, which dominated the cost at scale).
/// </summary>
public sealed partial class Fts5TrackerStore
{
    /// <summary>What one FTS5 seek costs, in rowids of a range scan (measured at 20k documents: ≈6–11 µs a seek, ≈110 ns a rowid of range for common words). Tests force either way.</summary>
    internal double SeekCostInRows { get; set; } = 100;

    /// <summary>Score one-term phrases from term vectors (tests compare with FTS5 lookups by turning it off).</summary>
    internal bool RankFromVectors { get; set; } = true;

    private static readonly string[] FtsColumns = ["head_exact", "head_folded", "body_exact", "body_folded", "bigrams"];

    private string _rankTimings = "";

    private List<(long Id, double Score)> ScoreCandidates(SqliteTransaction tx, FtsQuery fts, long matches, int limit)
    {
        var candidates = new List<long>((int)Math.Min(matches, _options.RankWindow));
        using (var cmd = Command("SELECT id FROM temp.hits ORDER BY id DESC LIMIT @n", tx, ("@n", _options.RankWindow)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) candidates.Add(r.GetInt64(0));
        if (candidates.Count == 0) return [];
        long floor = candidates[^1], ceiling = candidates[0];
        var scorer = new CandidateScorer(candidates, fts.Terms.Count);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // Term vectors answer every one-term phrase (and prefixes of a few terms) with one read per candidate; the other
        // phrases (and all of them should a candidate lack its vector) are looked up in FTS5.
        var byVector = FromVectors(tx, fts, floor, candidates.Count, scorer);
        var tVectors = watch.Elapsed.TotalMilliseconds;
        // Sparse candidates (a rare match set, filters): FTS5 seeks to each of them. Dense ones (the newest hits of a broad
        // query): one scan of each phrase's doclist over their rowid range. A prefix phrase is always scanned: each seek
        // would expand the prefix again.
        bool seek = candidates.Count * SeekCostInRows < ceiling - floor + 1;
        using var seekCmd = Command("SELECT f.rowid FROM temp.hits h CROSS JOIN search_fts f ON f.rowid = h.id WHERE search_fts MATCH @m AND h.id >= @floor",
            tx, ("@m", ""), ("@floor", floor));
        using var scanCmd = Command("SELECT rowid FROM search_fts WHERE search_fts MATCH @m AND rowid >= @floor AND rowid <= @ceiling",
            tx, ("@m", ""), ("@floor", floor), ("@ceiling", ceiling));
        int lookups = 0;
        for (int p = 0; p < fts.Terms.Count; p++)
        {
            if (byVector[p]) continue;
            lookups += fts.Terms[p].Columns.Count;
            var cmd = seek && !fts.Terms[p].IsPrefix ? seekCmd : scanCmd;
            foreach (var column in fts.Terms[p].Columns)
            {
                double weight = _options.ColumnWeights[Array.IndexOf(FtsColumns, column)];
                Set(cmd, "@m", fts.Terms[p].In(column));
                using var r = cmd.ExecuteReader();
                while (r.Read()) scorer.Occurs(r.GetInt64(0), p, weight);
            }
        }
        var tOccurs = watch.Elapsed.TotalMilliseconds;
        using (var cmd = Command("SELECT d.id, d.sz FROM temp.hits h CROSS JOIN search_fts_docsize d ON d.id = h.id WHERE h.id >= @floor", tx, ("@floor", floor)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) scorer.Length(r.GetInt64(0), SumVarints((byte[])r.GetValue(1), 0, FtsColumns.Length));
        var (rows, average) = IndexAverages(tx);
        var scores = scorer.Scores(rows, average, matches, limit + 10);
        _rankTimings = $"({candidates.Count} candidates{(seek && lookups > 0 ? " seek" : "")}, {byVector.Count(v => v)} phrases by vector {tVectors:F1}, " +
                       $"{lookups} lookups {tOccurs - tVectors:F1}, lengths+score {watch.Elapsed.TotalMilliseconds - tOccurs:F1})";
        return scores;
    }

    private static int ColumnMask(IEnumerable<string> columns) => columns.Aggregate(0, (mask, c) => mask | 1 << Array.IndexOf(FtsColumns, c));

    /// <summary>Most terms a prefix may stand for and still be scored from vectors (beyond, FTS5 expands it in one scan).</summary>
    private const int MaxPrefixTerms = 256;

    /// <summary>
    /// Scores from the candidates' term vectors the phrases they can answer: a phrase of one term occurs in a column
    /// when the column holds its id (a prefix: any id of the terms it starts). Says which phrases were scored; none when
    /// a candidate has no vector.
    /// </summary>
    private bool[] FromVectors(SqliteTransaction tx, FtsQuery fts, long floor, int candidates, CandidateScorer scorer)
    {
        var done = new bool[fts.Terms.Count];
        if (!RankFromVectors) return done;
        var ids = new long[]?[fts.Terms.Count];
        var known = TermDictionary.Find(_db, tx, fts.Terms.Where(t => !t.IsPrefix && t.Tokens.Count == 1).Select(t => t.Tokens[0]));
        for (int p = 0; p < fts.Terms.Count; p++)
        {
            var term = fts.Terms[p];
            if (term.Tokens.Count != 1) continue;
            ids[p] = term.IsPrefix
                ? TermDictionary.WithPrefix(_db, tx, term.Tokens[0], ColumnMask(term.Columns), MaxPrefixTerms)?.Select(x => x.Id).ToArray()
                : known.TryGetValue(term.Tokens[0], out var id) ? [id] : [];
        }
        if (ids.All(x => x is null)) return done;

        var vectors = new List<(long Id, byte[] Vector)>(candidates);
        using (var cmd = Command("SELECT h.id, v.vector FROM temp.hits h CROSS JOIN entry_terms v ON v.entry_id = h.id WHERE h.id >= @floor", tx, ("@floor", floor)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) vectors.Add((r.GetInt64(0), (byte[])r.GetValue(1)));
        if (vectors.Count < candidates) return done;

        var columns = fts.Terms.Select(t => t.Columns.Select(c => Array.IndexOf(FtsColumns, c)).ToArray()).ToArray();
        var reader = new TermVectorReader(FtsColumns.Length);
        foreach (var (id, vector) in vectors)
        {
            if (!reader.Load(vector)) continue;
            for (int p = 0; p < ids.Length; p++)
            {
                if (ids[p] is not { Length: > 0 } wanted) continue;
                foreach (var c in columns[p])
                    if (reader.ContainsAny(c, wanted)) scorer.Occurs(id, p, _options.ColumnWeights[c]);
            }
        }
        for (int p = 0; p < ids.Length; p++) done[p] = ids[p] is not null;
        return done;
    }

    /// <summary>FTS5's averages record (rowid 1 of the data table): the row count, then the token total of each column (text columns only summed).</summary>
    private (long Rows, double AverageLength) IndexAverages(SqliteTransaction tx)
    {
        using var cmd = Command("SELECT block FROM search_fts_data WHERE id = 1", tx);
        if (cmd.ExecuteScalar() is not byte[] blob || blob.Length == 0) return (0, 0);
        int at = 0;
        long rows = Varint(blob, ref at);
        long tokens = SumVarints(blob, at, FtsColumns.Length);
        return (rows, rows > 0 ? (double)tokens / rows : 0);
    }

    /// <summary>The sum of the first <paramref name="count"/> varints from <paramref name="at"/>: the text columns' token counts (attrs, last, is not text).</summary>
    private static long SumVarints(byte[] blob, int at, int count)
    {
        long sum = 0;
        for (int i = 0; i < count && at < blob.Length; i++) sum += Varint(blob, ref at);
        return sum;
    }

    /// <summary>An SQLite4-style varint as FTS5 writes them: 7 bits a byte, high bit set while more follow, the ninth byte whole.</summary>
    internal static long Varint(byte[] blob, ref int at)
    {
        long v = 0;
        for (int i = 0; i < 8 && at < blob.Length; i++)
        {
            byte b = blob[at++];
            v = (v << 7) | (long)(b & 0x7f);
            if ((b & 0x80) == 0) return v;
        }
        if (at < blob.Length) v = (v << 8) | blob[at++];
        return v;
    }
}
