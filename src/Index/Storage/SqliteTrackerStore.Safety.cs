using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Index.Storage;

/// <summary>How long a writer has waited for the store, and who holds it when known (for progress lines).</summary>
public readonly record struct StoreWait(TimeSpan Waited, string? Holder);

// Files created private, writers that wait their turn, and the read-only open.
public sealed partial class SqliteTrackerStore
{
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates the data folder (0700) and an empty database file (0600) when missing, before SQLite opens it: SQLite
    /// gives its -wal and -shm files the database file's mode, so the whole store stays private to its owner.
    /// </summary>
    private static void PrepareFiles(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        var folder = Path.GetDirectoryName(full)!;
        if (File.Exists(folder)) throw StoreErrors.NotAFolder(folder);
        try
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
            else if (!Directory.Exists(folder)) Directory.CreateDirectory(folder, PrivateFolder);
            if (File.Exists(full) || Directory.Exists(full)) return;
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) create.UnixCreateMode = PrivateFile;
            using (new FileStream(full, create)) { }
        }
        catch (IOException e) when (File.Exists(folder) || e is DirectoryNotFoundException)
        {
            // A parent of the folder is a file ("--data tracker.db/x").
            throw StoreErrors.NotAFolder(folder, e);
        }
        catch (IOException) when (File.Exists(full)) { /* another process created it first */ }
    }

    /// <summary>Opens the SQLite connection, turning "not a database", "corrupt", "no access" into <see cref="StoreException"/>s.</summary>
    private static SqliteConnection OpenConnection(TrackerStoreOptions options)
    {
        var path = options.DatabasePath;
        if (options.ReadOnly && !File.Exists(path))
            throw new StoreException(StoreProblem.Unreadable, $"Chưa có kho dữ liệu tại {path}: hãy thêm văn bản bằng `dtrack add`.",
                $"no store at {path}");
        if (!options.ReadOnly) PrepareFiles(path);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            // SQLite is asked again every few seconds, so a waiting writer can say how long it has waited.
            DefaultTimeout = Math.Max(1, (int)Math.Min(options.WriteWaitLimit.TotalSeconds, 2)),
        }.ToString());
        try
        {
            db.Open();
            if (options.ReadOnly && !CanRead(db) && !File.Exists(path + "-wal"))
            {
                // A WAL store needs its -shm file, which a reader without write access to the folder cannot create. With
                // no -wal file every committed write is in the main file: read that alone, as an immutable file.
                db.Dispose();
                var uri = new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1";
                db = new SqliteConnection(new SqliteConnectionStringBuilder
                    { DataSource = uri, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
                db.Open();
            }
        }
        catch (SqliteException e) when (StoreErrors.From(e, path) is { } s)
        {
            db.Dispose();
            throw s;
        }
        return db;
    }

    /// <summary>False when a read fails only because SQLite would need to write (SQLITE_READONLY: the WAL index).</summary>
    private static bool CanRead(SqliteConnection db)
    {
        try
        {
            using var cmd = db.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM sqlite_master";
            cmd.ExecuteScalar();
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 8) { return false; }
    }

    /// <summary>
    /// Runs a step that needs the write lock; while another process holds it (SQLITE_BUSY) the step is retried, with
    /// progress, until <see cref="TrackerStoreOptions.WriteWaitLimit"/>, then refused naming the holder when known.
    /// </summary>
    internal T WaitForWrite<T>(Func<T> step)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try { return step(); }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
            {
                var holder = WriterNote.Describe(_options.DatabasePath);
                if (watch.Elapsed >= _options.WriteWaitLimit) throw StoreErrors.Busy(_options.DatabasePath, holder, watch.Elapsed);
                _options.WriteWait?.Report(new StoreWait(watch.Elapsed, holder));
            }
        }
    }

    /// <summary>Begins a write transaction (BEGIN IMMEDIATE), waiting for the store as <see cref="WaitForWrite{T}"/> does.</summary>
    private SqliteTransaction BeginWrite() => WaitForWrite(() => _db.BeginTransaction());

    /// <summary>A read-only store must already be at the latest schema: reading never migrates.</summary>
    private void CheckSchemaForReading()
    {
        long version = Migrations.CurrentVersion(_db, null);
        if (version != Migrations.Steps.Length) throw StoreErrors.NeedsUpgrade(_options.DatabasePath, version, Migrations.Steps.Length);
    }

    /// <summary>Opens an existing store for reading only (search): no migration, no reindex, no write access needed.</summary>
    public static SqliteTrackerStore OpenReadOnly(string databasePath) =>
        new(new TrackerStoreOptions { DatabasePath = databasePath, ReadOnly = true });
}

/// <summary>
/// A note beside the database (<c>tracker.db-writer</c>) saying which process runs a long write (a reindex), so that a
/// writer kept waiting can name it. Removed when the write ends; ignored when its process is gone.
/// </summary>
internal sealed class WriterNote : IDisposable
{
    private readonly string _path;

    private WriterNote(string path) => _path = path;

    public static WriterNote Claim(string databasePath, string what)
    {
        var path = databasePath + "-writer";
        try
        {
            var create = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var w = new StreamWriter(new FileStream(path, create));
            w.Write($"{Environment.ProcessId}\n{what}\n{DateTime.Now:HH:mm:ss dd/MM/yyyy}\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a note is a courtesy */ }
        return new WriterNote(path);
    }

    /// <summary>"tiến trình 1234 (dtrack reindex, từ 15:40:02 04/12/2026)", or null when no live process left a note.</summary>
    public static string? Describe(string databasePath)
    {
        try
        {
            var lines = File.ReadAllLines(databasePath + "-writer");
            if (lines.Length < 3 || !int.TryParse(lines[0], out var pid) || !IsAlive(pid)) return null;
            return $"tiến trình {pid} đang chạy `{lines[1]}` (từ {lines[2]}) giữ quyền ghi";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    /// <summary>What this process is, as a user would have typed it ("dtrack reindex --data /srv/data").</summary>
    public static string CurrentCommand()
    {
        var args = Environment.GetCommandLineArgs();
        var name = Path.GetFileNameWithoutExtension(args.Length > 0 ? args[0] : "dtrack");
        var command = string.Join(' ', [name, .. args.Skip(1).Take(6)]);
        return new string(command.Select(c => char.IsControl(c) ? '?' : c).ToArray());
    }

    public void Dispose()
    {
        try { File.Delete(_path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
