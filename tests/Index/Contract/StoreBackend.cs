using System.Data.Common;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Index.Storage;
using DirectiveTracker.Index.Storage.Postgres;
using DirectiveTracker.TestSupport;

namespace DirectiveTracker.Index.Tests.Contract;

/// <summary>
/// One backend under the contract suite: a fresh database (an SQLite file, or a new database on the test PostgreSQL
/// server) that stores are opened on, each with its own Lucene index folder unless told otherwise (a "web instance").
/// </summary>
public abstract class StoreBackend : IDisposable
{
    private readonly List<ITrackerStore> _opened = [];

    /// <summary>Temp folder for this backend's files and index folders; deleted at the end.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "dtrack-contract-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Opens another store on the same database with its own index folder (or the one given).</summary>
    public ITrackerStore Open(string? indexFolder = null)
    {
        var store = OpenStore(indexFolder ?? Path.Combine(Folder, "index-" + _opened.Count));
        lock (_opened) _opened.Add(store);
        return store;
    }

    protected abstract ITrackerStore OpenStore(string indexFolder);

    /// <summary>The store's own connection (tests read rows through it).</summary>
    public abstract DbConnection Connection(ITrackerStore store);

    /// <summary>The store's Lucene index.</summary>
    internal abstract SearchIndex Index(ITrackerStore store);

    public abstract void OnWrite(ITrackerStore store, Action<string>? hook);

    public abstract void OnApply(ITrackerStore store, Action<IndexChange>? hook);

    public long Scalar(ITrackerStore store, string sql)
    {
        using var cmd = Connection(store).CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public virtual void Dispose()
    {
        foreach (var store in _opened) store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

/// <summary>The embedded default: one SQLite file.</summary>
public sealed class SqliteBackend : StoreBackend
{
    protected override ITrackerStore OpenStore(string indexFolder) =>
        new SqliteTrackerStore(new TrackerStoreOptions { DatabasePath = Path.Combine(Folder, "tracker.db"), IndexPath = indexFolder });

    public override DbConnection Connection(ITrackerStore store) => ((SqliteTrackerStore)store).Connection;
    internal override SearchIndex Index(ITrackerStore store) => ((SqliteTrackerStore)store).Index;
    public override void OnWrite(ITrackerStore store, Action<string>? hook) => ((SqliteTrackerStore)store).OnWrite = hook;
    public override void OnApply(ITrackerStore store, Action<IndexChange>? hook) => ((SqliteTrackerStore)store).OnApply = hook;
}

/// <summary>A new database on the throwaway PostgreSQL server of the test run.</summary>
public sealed class PostgresBackend(PostgresServer server) : StoreBackend
{
    public string ConnectionString { get; } = server.CreateDatabase();

    protected override ITrackerStore OpenStore(string indexFolder) =>
        new PostgresTrackerStore(new PostgresStoreOptions { ConnectionString = ConnectionString, IndexPath = indexFolder });

    public override DbConnection Connection(ITrackerStore store) => ((PostgresTrackerStore)store).Connection;
    internal override SearchIndex Index(ITrackerStore store) => ((PostgresTrackerStore)store).Index;
    public override void OnWrite(ITrackerStore store, Action<string>? hook) => ((PostgresTrackerStore)store).OnWrite = hook;
    public override void OnApply(ITrackerStore store, Action<IndexChange>? hook) => ((PostgresTrackerStore)store).OnApply = hook;
}

/// <summary>One PostgreSQL server for every PostgreSQL test class of the run (initdb costs seconds); each test gets its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
