namespace DirectiveTracker.Index.Storage.Postgres;

/// <summary>
/// Opens the PostgreSQL store: a shared database (<c>ConnectionStrings:Tracker</c>) and this instance's own Lucene
/// replica folder (by default <c>tracker.index</c> under the data folder).
/// </summary>
public sealed class PostgresTrackerStoreFactory(PostgresStoreOptions options) : ITrackerStoreFactory
{
    /// <summary>Host, port and database (never the password).</summary>
    public string Location { get; } = Describe(options.ConnectionString);

    /// <summary>A server-side store is created by opening it (migrations run under a lock).</summary>
    public bool Exists => true;

    public ITrackerStore Open(IProgress<ReindexProgress>? upgradeProgress = null) => new PostgresTrackerStore(options, upgradeProgress);

    /// <summary>PostgreSQL grants read-only access by role; the store opens as usual (searching writes only this instance's replica).</summary>
    public ITrackerStore OpenReadOnly() => new PostgresTrackerStore(options);

    /// <summary>The store of a connection string (key=value, or a <c>postgres://user:pass@host:port/db</c> URL) with the replica in a data folder.</summary>
    public static PostgresTrackerStoreFactory For(string connection, string? dataFolder, Progress.StatusOptions? status = null) =>
        new(new PostgresStoreOptions
        {
            Status = status ?? new(),
            ConnectionString = PostgresConnection.Normalize(connection),
            IndexPath = Path.Combine(TrackerDataFolder.Resolve(dataFolder), "tracker.index"),
        });

    private static string Describe(string connectionString)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{b.Host}:{b.Port}/{b.Database}";
    }
}

/// <summary>Reads a PostgreSQL address as users write it: an Npgsql connection string or a <c>postgres://</c> URL.</summary>
public static class PostgresConnection
{
    public static string Normalize(string connection)
    {
        if (!connection.StartsWith("postgres://", StringComparison.Ordinal) && !connection.StartsWith("postgresql://", StringComparison.Ordinal))
            return connection;
        var uri = new Uri(connection);
        var b = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        return b.ConnectionString;
    }
}
