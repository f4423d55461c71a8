using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DirectiveTracker.TestSupport;

/// <summary>
/// A throwaway PostgreSQL server for tests: initdb in a temporary folder, pg_ctl start on a free loopback port,
/// trust authentication for user <c>postgres</c>; Dispose stops it and deletes the folder. Run as root, the server
/// runs as the Debian user <c>postgres</c> (initdb refuses root). Use as an xunit class or collection fixture.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    /// <summary>What to tell whoever runs the tests when the server binaries are missing.</summary>
    public const string MissingBinariesMessage =
        "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin: " +
        "install the Debian packages 'postgresql postgresql-contrib' (bash scripts/setup.sh test does), " +
        "or point DTRACK_PG_BIN at the folder holding initdb and pg_ctl.";

    private const string ServiceUser = "postgres";
    private readonly string _bin;
    private readonly string? _runAs;
    private int _databases;
    private bool _running;

    /// <summary>The temporary folder: the data directory (<c>data</c>) and the server's Unix socket live here.</summary>
    public string Folder { get; }
    public int Port { get; private set; }

    /// <summary>Initialises and starts a server; throws with <see cref="MissingBinariesMessage"/> when PostgreSQL is not installed.</summary>
    public PostgresServer()
    {
        _bin = FindBinaries() ?? throw new InvalidOperationException(MissingBinariesMessage);
        _runAs = IsRoot() ? ServiceUser : null;
        Folder = Path.Combine(Path.GetTempPath(), "dtrack-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Folder);
        try
        {
            if (_runAs is not null) Run("chown", [$"{ServiceUser}:{ServiceUser}", Folder], asServiceUser: false);
            Run(Path.Combine(_bin, "initdb"), ["-D", DataFolder, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "-U", "postgres", "--no-sync"]);
            Start();
        }
        catch
        {
            DeleteFolder();
            throw;
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    public string DataFolder => Path.Combine(Folder, "data");

    /// <summary>The connection string of a database on this server (default: the maintenance database).</summary>
    /// <remarks>
    /// Through the Unix socket in <see cref="Folder"/>, not the TCP port: after a restart another test's server may hold
    /// the port (PostgreSQL then starts on its socket alone), and a TCP client would silently reach that other server.
    /// </remarks>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder
        {
            Host = Folder, Port = Port, Username = "postgres", Database = database,
            Timeout = 30, CommandTimeout = 60,
        }.ConnectionString;

    /// <summary>Creates a new, empty database (a fresh name each call) and returns its connection string.</summary>
    public string CreateDatabase(string? name = null)
    {
        name ??= "test_" + Interlocked.Increment(ref _databases).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "_" + Guid.NewGuid().ToString("N")[..8];
        using (var connection = new NpgsqlConnection(ConnectionString()))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            command.ExecuteNonQuery();
        }
        return ConnectionString(name);
    }

    /// <summary>
    /// Starts the server: the first time on a free port (one taken meanwhile by another process is replaced), after
    /// <see cref="Stop"/> on the same port, so connection strings handed out stay valid.
    /// </summary>
    public void Start()
    {
        if (_running) return;
        var restart = Port != 0;
        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (!restart) Port = FreePort();
            // fsync off and a small buffer pool: a test server holds nothing worth a crash-safe disk, and several run at once.
            var options = $"-c listen_addresses=127.0.0.1 -p {Port} -k {Folder} -c fsync=off -c synchronous_commit=off " +
                          "-c full_page_writes=off -c shared_buffers=16MB -c max_connections=200";
            try
            {
                Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-o", options, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "60", "start"]);
                _running = true;
                return;
            }
            catch (InvalidOperationException e)
            {
                last = e;
                if (restart) Thread.Sleep(500);
            }
        }
        throw new InvalidOperationException("PostgreSQL did not start: " + last?.Message + Environment.NewLine + ServerLog(), last);
    }

    /// <summary>Stops the server (fast shutdown: clients are disconnected, committed data is written); connections in pools are dropped.</summary>
    public void Stop()
    {
        if (!_running) return;
        _running = false;
        NpgsqlConnection.ClearAllPools();
        try { Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "fast", "-w", "-t", "30", "stop"]); }
        catch (InvalidOperationException) { /* already gone: nothing to stop */ }
    }

    /// <summary>The server's log so far (for failure messages).</summary>
    public string ServerLog()
    {
        var log = Path.Combine(Folder, "server.log");
        try { return File.Exists(log) ? File.ReadAllText(log) : ""; }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }

    public void Dispose()
    {
        Stop();
        DeleteFolder();
    }

    private void DeleteFolder()
    {
        try { if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private void Run(string program, IReadOnlyList<string> arguments, bool asServiceUser = true)
    {
        var psi = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asServiceUser && _runAs is not null)
        {
            // runuser keeps the argument list intact (no shell quoting), unlike su -c.
            psi.FileName = File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "runuser";
            foreach (var a in new[] { "-u", _runAs, "--", program }) psi.ArgumentList.Add(a);
        }
        else psi.FileName = program;
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        psi.Environment["LC_ALL"] = "C.UTF-8";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} timed out");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited {process.ExitCode}: {stderr.Result.Trim()} {stdout.Result.Trim()}");
    }

    private static string? FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("DTRACK_PG_BIN");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) return null;
        return Directory.GetDirectories(root)
            .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")) && File.Exists(Path.Combine(d.Dir, "pg_ctl")))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Dir)
            .FirstOrDefault();
    }

    private static bool IsRoot()
    {
        try { return File.ReadAllLines("/proc/self/status").Any(l => l.StartsWith("Uid:", StringComparison.Ordinal) && l.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] == "0"); }
        catch (IOException) { return false; }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
