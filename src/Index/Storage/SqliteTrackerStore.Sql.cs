using DirectiveTracker.Extract.Model;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Index.Storage;

// The SQL plumbing that the store's parts (document edits, review, check) share with DocumentRecords.
public sealed partial class SqliteTrackerStore
{
    // On _db, not through _records: the constructor runs statements before the parts exist.
    private SqliteCommand Command(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] parameters) =>
        DocumentRecords.Command(_db, sql, tx, parameters);

    private void Exec(string sql, SqliteTransaction? tx = null, params (string, object?)[] parameters)
    {
        using var cmd = Command(sql, tx, parameters);
        cmd.ExecuteNonQuery();
    }

    private static string? Str(SqliteDataReader r, int i) => DocumentRecords.Str(r, i);

    private static string? Iso(DateOnly? d) => DocumentRecords.Iso(d);

    private static DateOnly? ParseIso(string? s) => DocumentRecords.ParseIso(s);

    private static string Kind(DeadlineKind k) => DocumentRecords.Kind(k);

    private static string Every(Recurrence r) => DocumentRecords.Every(r);

    private string AgencyKey(string name) => _records.AgencyKey(name);

    /// <summary>After a write that queued index changes: the index applies them now when this process can write it.</summary>
    private protected override void IndexQueuedChanges()
    {
        if (!_options.ReadOnly && (_index.IsWriter || _index.TryOpenWriter(TimeSpan.Zero))) _follower.CatchUp();
    }
}
