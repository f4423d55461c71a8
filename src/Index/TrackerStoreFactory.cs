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
