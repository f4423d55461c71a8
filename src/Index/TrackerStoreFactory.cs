using DirectiveTracker.Index.Storage;

namespace DirectiveTracker.Index;

/// <summary>Opens the configured store; the command line and the web hold only <see cref="ITrackerStore"/>.</summary>
public interface ITrackerStoreFactory
{
    /// <summary>The store's location, for messages ("no store at …").</summary>
    string Location { get; }

    /// <summary>True when the store has been created already.</summary>
    bool Exists { get; }

    /// <summary>Opens (creating or upgrading) the store; <paramref name="upgradeProgress"/> hears about a rebuild an upgrade needs.</summary>
    ITrackerStore Open(IProgress<ReindexProgress>? upgradeProgress = null);

    /// <summary>Opens an existing store for reading only: no migration, no write, so a read-only user can search.</summary>
    ITrackerStore OpenReadOnly();
}

/// <summary>The embedded default: one SQLite file (<c>tracker.db</c>) in the data folder.</summary>
public sealed class SqliteTrackerStoreFactory(TrackerStoreOptions options) : ITrackerStoreFactory
{
    public string Location => options.DatabasePath;

    public bool Exists => File.Exists(options.DatabasePath);

    public ITrackerStore Open(IProgress<ReindexProgress>? upgradeProgress = null) => new SqliteTrackerStore(options, upgradeProgress);

    public ITrackerStore OpenReadOnly() => SqliteTrackerStore.OpenReadOnly(options.DatabasePath);

    /// <summary>The store of a data folder (<c>--data DIR</c>, else <c>DTRACK_DATA</c>, else <c>./data</c>).</summary>
    public static SqliteTrackerStoreFactory ForDataFolder(string? folder) =>
        new(new TrackerStoreOptions { DatabasePath = TrackerDataFolder.DatabasePath(folder) });
}

/// <summary>
/// Chooses the backend from settings: <c>Store:Provider</c> = <c>Sqlite</c> (default: <c>tracker.db</c> in the data
/// folder) or <c>Postgres</c> with <c>ConnectionStrings:Tracker</c> (this instance's index replica in the data folder).
/// </summary>
public static class TrackerStores
{
    public const string Sqlite = "Sqlite", Postgres = "Postgres";

    /// <summary>The factory for a provider name (case-insensitive; empty means SQLite); throws with a Vietnamese message for a bad setting.</summary>
    /// <param name="status">Status settings (configuration section "Progress"); <paramref name="sqlite"/> carries its own.</param>
    public static ITrackerStoreFactory Select(string? provider, string? connectionString, string dataFolder, TrackerStoreOptions? sqlite = null,
        Progress.StatusOptions? status = null)
    {
        if (string.IsNullOrWhiteSpace(provider) || string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
            return new SqliteTrackerStoreFactory(sqlite ?? new TrackerStoreOptions { DatabasePath = Path.Combine(dataFolder, TrackerDataFolder.DatabaseFileName), Status = status ?? new() });
        if (string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase) || string.Equals(provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new StoreException(StoreProblem.Unreadable,
                    "Store:Provider là Postgres nhưng thiếu chuỗi kết nối ConnectionStrings:Tracker (hoặc biến môi trường DTRACK_STORE cho dtrack).",
                    "Store:Provider is Postgres but ConnectionStrings:Tracker is empty");
            return Storage.Postgres.PostgresTrackerStoreFactory.For(connectionString, dataFolder, status);
        }
        throw new StoreException(StoreProblem.Unreadable,
            $"Store:Provider \"{provider}\" không được hỗ trợ: dùng Sqlite (mặc định) hoặc Postgres.",
            $"unknown Store:Provider {provider}");
    }
}
