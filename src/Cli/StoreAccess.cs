using DirectiveTracker.Index;
using DirectiveTracker.Index.Storage;
using DirectiveTracker.Ingest;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Cli;

/// <summary>
/// Opens the store the way each command needs it — writers wait their turn with progress lines, readers need read
/// access only — and turns what goes wrong with the store into its Vietnamese message instead of a stack trace.
/// </summary>
internal static class StoreAccess
{
    /// <summary>Seconds a writer waits for another process's write (default 600); the environment can shorten it.</summary>
    public const string WaitVariable = "DTRACK_WAIT_SECONDS";

    /// <summary>A PostgreSQL store to use instead of the data folder's SQLite file: <c>postgres://user:pass@host/db</c> or an Npgsql connection string.</summary>
    public const string StoreVariable = "DTRACK_STORE";

    /// <summary>
    /// The store of a data folder, for commands that write: they wait their turn with progress lines. With
    /// <c>DTRACK_STORE</c> set, the PostgreSQL store it names (the data folder then holds this machine's index replica).
    /// </summary>
    public static ITrackerStoreFactory Stores(string databasePath) =>
        TrackerStores.Select(Environment.GetEnvironmentVariable(StoreVariable) is { Length: > 0 } ? TrackerStores.Postgres : TrackerStores.Sqlite,
            Environment.GetEnvironmentVariable(StoreVariable), Path.GetDirectoryName(Path.GetFullPath(databasePath))!,
            new TrackerStoreOptions
            {
                DatabasePath = databasePath,
                WriteWait = new StoreWaitLines(),
                WriteWaitLimit = WaitLimit(),
            });

    public static ITrackerStore OpenForWriting(string databasePath) => Stores(databasePath).Open(ReindexProgressLines.ForUpgrade());

    public static ITrackerStore OpenForReading(string databasePath) => Stores(databasePath).OpenReadOnly();

    /// <summary>True, after saying so, when the configured store does not exist yet (commands that only read or decide need one).</summary>
    public static bool IsMissing(string databasePath)
    {
        var stores = Stores(databasePath);
        if (stores.Exists) return false;
        Console.Error.WriteLine($"Chưa có kho dữ liệu tại {DisplayText.Escape(stores.Location)}: hãy thêm văn bản bằng `dtrack add`.");
        return true;
    }

    /// <summary>
    /// The configured store (the data folder's file, or <c>DTRACK_STORE</c>'s PostgreSQL) for a command that needs one
    /// already made; null after printing why not (none yet, or a store problem in Vietnamese).
    /// </summary>
    public static ITrackerStore? OpenExisting(string databasePath)
    {
        if (IsMissing(databasePath)) return null;
        var stores = Stores(databasePath);
        try { return stores.Open(ReindexProgressLines.ForUpgrade()); }
        catch (StoreException e) { Fail(e); }
        catch (SqliteException e) when (StoreErrors.From(e, databasePath) is { } problem) { Fail(problem); }
        return null;
    }

    /// <summary>Runs a command's body; a store problem prints its message and exits 1.</summary>
    public static async Task<int> Guard(string databasePath, Func<Task<int>> body)
    {
        try { return await body(); }
        catch (StoreException e) { return Fail(e); }
        catch (SqliteException e) when (StoreErrors.From(e, databasePath) is { } problem) { return Fail(problem); }
        catch (Npgsql.NpgsqlException e)
        {
            // The PostgreSQL store (DTRACK_STORE) lost its server mid-command: what was committed stays committed.
            return Fail(new StoreException(StoreProblem.Unreadable,
                "Mất kết nối tới cơ sở dữ liệu PostgreSQL; những gì đã lưu vẫn nguyên vẹn. Kiểm tra máy chủ rồi chạy lại lệnh.",
                $"PostgreSQL store failed: {e.Message}", e));
        }
    }

    public static int Guard(string databasePath, Func<int> body) =>
        Guard(databasePath, () => Task.FromResult(body())).GetAwaiter().GetResult();

    private static int Fail(StoreException e)
    {
        Console.Error.WriteLine($"store: {e.Problem}: {DisplayText.Escape(e.Message)}");
        if (Environment.GetEnvironmentVariable("DTRACK_TRACE") == "1") Console.Error.WriteLine(e.InnerException ?? e);
        Console.Error.WriteLine("Lỗi: " + DisplayText.Escape(e.UserMessage));
        return 1;
    }

    private static TimeSpan WaitLimit() =>
        int.TryParse(Environment.GetEnvironmentVariable(WaitVariable), out var s) && s >= 0
            ? TimeSpan.FromSeconds(s) : TimeSpan.FromMinutes(10);

    /// <summary>A line every five seconds while a writer waits for the store.</summary>
    private sealed class StoreWaitLines : IProgress<StoreWait>
    {
        private int _shown = -1;

        public void Report(StoreWait value)
        {
            int step = (int)(value.Waited.TotalSeconds / 5);
            if (step == _shown) return;
            _shown = step;
            Console.Error.WriteLine($"Đang chờ đến lượt ghi vào kho ({value.Waited.TotalSeconds:0} giây): "
                + DisplayText.Escape(value.Holder ?? "một tiến trình khác đang ghi vào kho") + "…");
        }
    }
}

/// <summary>"file.pdf: OCR trang 3/20" on stderr as a scan's pages are read.</summary>
internal sealed class PageProgressLines : IProgress<PageProgress>
{
    public void Report(PageProgress value)
    {
        if (value.Total < 2) return;
        Console.Error.WriteLine($"{DisplayText.Escape(value.FileName)}: nhận dạng chữ (OCR) trang {value.Done}/{value.Total}");
    }
}
