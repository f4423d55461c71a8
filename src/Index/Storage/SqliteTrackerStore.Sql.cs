using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Index.Storage;

// The SQL plumbing of the store's own statements (opening, check).
public sealed partial class SqliteTrackerStore
{
    private SqliteCommand Command(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] parameters) =>
        (SqliteCommand)StoreSql.Command(_db, sql, tx, parameters);

    private void Exec(string sql, SqliteTransaction? tx = null, params (string, object?)[] parameters)
    {
        using var cmd = Command(sql, tx, parameters);
        cmd.ExecuteNonQuery();
    }

    /// <summary>After a write that queued index changes: the index applies them now when this process can write it.</summary>
    private protected override void IndexQueuedChanges()
    {
        if (!_options.ReadOnly && (_index.IsWriter || _index.TryOpenWriter(TimeSpan.Zero))) _follower.CatchUp();
    }
}
