// The FTS5 store as it was before search moved to Lucene (issue 9), kept to compare the two in one run.
using DirectiveTracker.Index;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Bench.Fts5;

/// <summary>
/// The ids of index terms (table index_terms), for <see cref="Search.TermVector"/>s, with the FTS5 columns each term
/// has occurred in. Ids are given in order of first use, so that common terms get small ids and vectors stay short; a
/// term keeps its id for good. Known terms are remembered; what a transaction gives or learns is remembered only once
/// it commits (a rollback takes it back).
/// </summary>
internal sealed class TermDictionary(SqliteConnection db, int capacity = 500_000) : IDisposable
{
    /// <summary>Known terms; those a transaction gave or changed are also listed in <see cref="_pending"/> with what was known before.</summary>
    private readonly Dictionary<string, (long Id, int Columns)> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Id, int Columns)?> _pending = new(StringComparer.Ordinal);
    private SqliteCommand? _select, _insert, _update;

    /// <summary>The id of <paramref name="term"/>, which occurs in FTS5 column <paramref name="column"/>; given now when it is new (inside <paramref name="tx"/>).</summary>
    public long Id(string term, int column, SqliteTransaction tx)
    {
        int bit = 1 << column;
        if (_known.TryGetValue(term, out var known) && (known.Columns & bit) != 0) return known.Id;
        (long Id, int Columns)? before = known.Id == 0 ? null : known;
        if (known.Id == 0)
        {
            _select ??= Prepare("SELECT id, columns FROM index_terms WHERE term = @t");
            _select.Transaction = tx;
            _select.Parameters["@t"].Value = term;
            using (var r = _select.ExecuteReader())
                known = r.Read() ? (r.GetInt64(0), r.GetInt32(1)) : (0, 0);
        }
        if (known.Id == 0)
        {
            _insert ??= Prepare("INSERT INTO index_terms (term, columns) VALUES (@t, @c) RETURNING id", "@c");
            _insert.Transaction = tx;
            _insert.Parameters["@t"].Value = term;
            _insert.Parameters["@c"].Value = bit;
            known = ((long)_insert.ExecuteScalar()!, bit);
        }
        else if ((known.Columns & bit) == 0)
        {
            _update ??= Prepare("UPDATE index_terms SET columns = columns | @c WHERE term = @t", "@c");
            _update.Transaction = tx;
            _update.Parameters["@t"].Value = term;
            _update.Parameters["@c"].Value = bit;
            _update.ExecuteNonQuery();
            known = (known.Id, known.Columns | bit);
        }
        _pending.TryAdd(term, before);
        _known[term] = known;
        return known.Id;
    }

    /// <summary>The transaction committed: what it gave and learnt is for good.</summary>
    public void Committed()
    {
        _pending.Clear();
        if (_known.Count > capacity) _known.Clear();
    }

    /// <summary>The transaction rolled back: what it gave or learnt is forgotten (its ids may be given again to other terms).</summary>
    public void RolledBack()
    {
        foreach (var (term, before) in _pending)
        {
            if (before is { } b) _known[term] = b;
            else _known.Remove(term);
        }
        _pending.Clear();
    }

    /// <summary>Whether every entry has its FTS5 row and vector, and every indexed term is in the dictionary.</summary>
    public static bool IsComplete(SqliteConnection db, SqliteTransaction? tx)
    {
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT 1 FROM index_state WHERE key = 'index' AND value = 'complete'";
        return cmd.ExecuteScalar() is not null;
    }

    /// <summary>Says the index is complete (after a reindex).</summary>
    public static void MarkComplete(SqliteConnection db, SqliteTransaction tx)
    {
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT OR REPLACE INTO index_state (key, value) VALUES ('index', 'complete')";
        cmd.ExecuteNonQuery();
    }

    /// <summary>Ids of known terms (reading only); a term never indexed has none.</summary>
    public static Dictionary<string, long> Find(SqliteConnection db, SqliteTransaction tx, IEnumerable<string> terms)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT id FROM index_terms WHERE term = @t";
        var p = cmd.Parameters.Add("@t", SqliteType.Text);
        foreach (var term in terms.Distinct())
        {
            p.Value = term;
            if (cmd.ExecuteScalar() is long id) found[term] = id;
        }
        return found;
    }

    /// <summary>
    /// The terms that start with <paramref name="prefix"/> and have occurred in one of <paramref name="columns"/> (a bit
    /// mask); null when there are more than <paramref name="max"/>.
    /// </summary>
    public static List<(long Id, string Term)>? WithPrefix(SqliteConnection db, SqliteTransaction tx, string prefix, int columns, int max)
    {
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        // Terms compare as UTF-8 bytes, as FTS5 matches prefixes; U+10FFFF encodes above every other character.
        cmd.CommandText = "SELECT id, term FROM index_terms WHERE term >= @p AND term < @p || char(1114111) AND columns & @c <> 0 LIMIT @n";
        cmd.Parameters.AddWithValue("@p", prefix);
        cmd.Parameters.AddWithValue("@c", columns);
        cmd.Parameters.AddWithValue("@n", max + 1);
        var terms = new List<(long, string)>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) terms.Add((r.GetInt64(0), r.GetString(1)));
        return terms.Count > max ? null : terms;
    }

    public void Dispose()
    {
        _select?.Dispose();
        _insert?.Dispose();
        _update?.Dispose();
    }

    private SqliteCommand Prepare(string sql, params string[] more)
    {
        var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.Add("@t", SqliteType.Text);
        foreach (var name in more) cmd.Parameters.Add(name, SqliteType.Integer);
        return cmd;
    }
}
