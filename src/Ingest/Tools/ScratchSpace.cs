namespace DirectiveTracker.Ingest.Tools;

/// <summary>
/// The temporary folder of one run: copies of documents and rendered pages live under
/// <c>$TMPDIR/dtrack-USER/run-PID-…/</c> (folders 0700), removed when the process exits; folders a killed run
/// left behind are removed by the next run. A run holds a lock file in its folder for as long as it lives, so a
/// folder whose lock can be taken belongs to a dead run, whatever its pid has become since.
/// </summary>
public sealed class ScratchSpace : IDisposable
{
    private const string LockName = ".lock";
    private static readonly Lazy<ScratchSpace> Shared = new(() =>
    {
        ScratchSpace space;
        try { space = new ScratchSpace(DefaultRoot()); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            space = new ScratchSpace(Directory.CreateTempSubdirectory("dtrack-").FullName);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => space.Dispose();
        return space;
    });

    private readonly FileStream _lock;

    /// <summary>This process's scratch space (created, with stale runs cleaned, on first use).</summary>
    public static ScratchSpace Current => Shared.Value;

    /// <summary>Creates a run folder under <paramref name="root"/> after removing the folders of dead runs there.</summary>
    public ScratchSpace(string root)
    {
        Root = root;
        CreatePrivate(root);
        StaleRemoved = RemoveStale(root);
        var name = $"run-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..12]}";
        // Made under a name RemoveStale does not look at, and renamed once its lock is held: otherwise another run's
        // RemoveStale could find the new folder without a lock yet and delete a live run's folder.
        var making = Path.Combine(root, "." + name);
        CreatePrivate(making);
        _lock = new FileStream(Path.Combine(making, LockName), FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        RunFolder = Path.Combine(root, name);
        Directory.Move(making, RunFolder);
    }

    public string Root { get; }
    public string RunFolder { get; }

    /// <summary>How many folders of dead runs were removed when this space was created.</summary>
    public int StaleRemoved { get; }

    /// <summary>A new private folder for one document's work; the caller deletes it when done.</summary>
    public DirectoryInfo CreateFolder(string prefix)
    {
        var path = Path.Combine(RunFolder, prefix + Guid.NewGuid().ToString("N")[..12]);
        CreatePrivate(path);
        return new DirectoryInfo(path);
    }

    public void Dispose()
    {
        _lock.Dispose();
        try { Directory.Delete(RunFolder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>Removes run folders under <paramref name="root"/> whose lock nobody holds; returns how many.</summary>
    public static int RemoveStale(string root)
    {
        int removed = 0;
        foreach (var dir in Directory.EnumerateDirectories(root, "run-*"))
        {
            try
            {
                var lockPath = Path.Combine(dir, LockName);
                if (File.Exists(lockPath))
                {
                    // Holding the lock means the run is alive: opening it exclusively fails.
                    using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                }
                Directory.Delete(dir, recursive: true);
                removed++;
            }
            catch (IOException) { /* a live run's folder */ }
            catch (UnauthorizedAccessException) { /* another user's */ }
        }
        return removed;
    }

    private static string DefaultRoot()
    {
        var user = string.Concat(Environment.UserName.Where(char.IsAsciiLetterOrDigit));
        var root = Path.Combine(Path.GetTempPath(), $"dtrack-{(user.Length > 0 ? user : "user")}");
        // Another user may own (or have planted a link at) the shared name: then use a fresh private folder.
        var info = new DirectoryInfo(root);
        if (info.Exists && (info.LinkTarget is not null
            || !OperatingSystem.IsWindows() && info.UnixFileMode != (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute)))
            return Directory.CreateTempSubdirectory("dtrack-").FullName;
        return root;
    }

    private static void CreatePrivate(string path)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
