using DirectiveTracker.Index.Search;
using DirectiveTracker.Index.Storage;
using DirectiveTracker.Index.Storage.Postgres;
using DirectiveTracker.Index.Tests.Contract;
using DirectiveTracker.TestSupport;
using Npgsql;

namespace DirectiveTracker.Index.Tests.Postgres;

/// <summary>What only the PostgreSQL store has: migrations raced by instances starting together, addresses, an unreachable server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dtrack-pgstore-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private PostgresStoreOptions Options(string connectionString, string replica) =>
        new() { ConnectionString = connectionString, IndexPath = Path.Combine(_folder, replica) };

    [Fact]
    public void Instances_starting_together_on_a_new_database_migrate_it_once()
    {
        var database = server.CreateDatabase();
        using var start = new Barrier(4);
        var stores = new PostgresTrackerStore?[4];
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, 4).Select(i => new Thread(() =>
        {
            try { start.SignalAndWait(); stores[i] = new PostgresTrackerStore(Options(database, "replica-" + i)); }
            catch (Exception e) { errors.Enqueue(e); }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        try
        {
            Assert.Empty(errors);
            using var cmd = new NpgsqlCommand("SELECT count(*), max(version) FROM schema_version", stores[0]!.Connection);
            using (var r = cmd.ExecuteReader())
            {
                Assert.True(r.Read());
                Assert.Equal(1L, r.GetInt64(0));
                Assert.Equal(PostgresMigrations.Steps.Length, r.GetInt32(1));
            }
            Docs.Add(stores[1]!, Docs.Extraction("Kế hoạch chung", tasks: [Docs.Task("1", "Việc chung", ["Sở Nội vụ"])]));
            Assert.All(stores, s => Assert.Equal(2, s!.Search(new SearchRequest("chung")).Total));
        }
        finally
        {
            foreach (var s in stores) s?.Dispose();
        }
    }

    [Fact]
    public void An_unreachable_server_is_a_store_error_in_Vietnamese()
    {
        var closed = new NpgsqlConnectionStringBuilder(server.ConnectionString("khong_co")) { Timeout = 5 }.ConnectionString;
        var e = Assert.Throws<StoreException>(() => new PostgresTrackerStore(Options(closed, "replica")));
        Assert.Contains("Không kết nối được cơ sở dữ liệu PostgreSQL", e.UserMessage, StringComparison.Ordinal);
        Assert.Contains("khong_co", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://dtrack:b%C3%AD@db.example:6543/tracker", "db.example", 6543, "tracker", "dtrack", "bí")]
    [InlineData("postgresql://localhost/tracker", "localhost", 5432, "tracker", null, null)]
    [InlineData("Host=h;Port=5433;Database=d;Username=u", "h", 5433, "d", "u", null)]
    public void Addresses_read_as_urls_or_connection_strings(string address, string host, int port, string database, string? user, string? password)
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresConnection.Normalize(address));
        Assert.Equal((host, port, database, user, password), (b.Host, b.Port, b.Database, b.Username, b.Password));
    }
}
