using System.Globalization;
using System.Data.Common;

namespace DirectiveTracker.Index.Storage;

/// <summary>One queued change of the search index: a document to (re)index or to remove, numbered in commit order.</summary>
public readonly record struct IndexChange(long Sequence, long DocumentId, string Op);

/// <summary>
/// The durable change log the search index follows (table <c>index_changes</c>): each write to a document appends a
/// row in the same transaction as the data, so the log never misses a change; the index writer applies rows in
/// sequence order and records the last one it committed. Portable SQL: SQLite and PostgreSQL share it (PostgreSQL
/// writers serialise on an advisory lock first, so sequence order is commit order there too).
/// </summary>
internal static class ChangeLog
{
    public const string Upsert = "upsert", Delete = "delete";

    /// <summary>Appends one change; parameters <c>@d</c> (the document) and <c>@o</c> (the operation).</summary>
    public const string AppendSql = "INSERT INTO index_changes (document_id, op) VALUES (@d, @o)";

    /// <summary><see cref="AppendSql"/> returning the change's sequence number.</summary>
    public const string AppendReturningSql = AppendSql + " RETURNING seq";

    public static void Append(DbConnection db, DbTransaction? tx, long documentId, string op) =>
        StoreSql.Exec(db, AppendSql, tx, ("@d", documentId), ("@o", op));

    /// <summary>The last sequence number written (0 for an empty log).</summary>
    public static long Last(DbConnection db)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT coalesce(max(seq), 0) FROM index_changes";
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Changes after <paramref name="sequence"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public static List<IndexChange> After(DbConnection db, long sequence, int limit)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT seq, document_id, op FROM index_changes WHERE seq > @s ORDER BY seq LIMIT @n";
        StoreSql.Bind(cmd, ("@s", sequence), ("@n", limit));
        using var r = cmd.ExecuteReader();
        var list = new List<IndexChange>();
        while (r.Read()) list.Add(new IndexChange(r.GetInt64(0), r.GetInt64(1), r.GetString(2)));
        return list;
    }

    /// <summary>How many changes lie after <paramref name="sequence"/>.</summary>
    public static int CountAfter(DbConnection db, long sequence)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM index_changes WHERE seq > @s";
        StoreSql.Bind(cmd, ("@s", sequence));
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
