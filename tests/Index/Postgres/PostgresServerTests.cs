using DirectiveTracker.TestSupport;
using Npgsql;

namespace DirectiveTracker.Index.Tests.Postgres;

/// <summary>The throwaway server the PostgreSQL store tests stand on: it starts, serves fresh databases, restarts, and leaves nothing behind.</summary>
public sealed class PostgresServerTests
{
    [Fact]
    public void Starts_serves_fresh_databases_restarts_and_cleans_up()
    {
        string folder;
        using (var server = new PostgresServer())
        {
            folder = server.Folder;
            var first = server.CreateDatabase();
            var second = server.CreateDatabase();
            Assert.NotEqual(first, second);

            Execute(first, "CREATE TABLE t (v text); INSERT INTO t VALUES ('Sở Nội vụ')");
            Assert.Equal("Sở Nội vụ", Scalar(first, "SELECT v FROM t"));
            Assert.Equal(0L, Scalar(second, "SELECT count(*) FROM pg_tables WHERE tablename = 't'"));
            Assert.Equal("UTF8", Scalar(first, "SHOW server_encoding"));

            server.Stop();
            Assert.ThrowsAny<NpgsqlException>(() => Scalar(first, "SELECT 1"));
            server.Start();
            Assert.Equal("Sở Nội vụ", Scalar(first, "SELECT v FROM t"));
        }
        Assert.False(Directory.Exists(folder));
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}
