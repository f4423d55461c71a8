using DirectiveTracker.Ingest.Tools;

namespace DirectiveTracker.Web.Uploads;

/// <summary>
/// Where an uploaded file waits while it is read: a private (0700) run folder under the data folder's own
/// <c>scratch/</c>, so an upload never lands world-readable in the shared temporary folder. Folders of runs that died
/// are removed when the next run starts (<see cref="ScratchSpace"/>).
/// </summary>
public sealed class UploadStaging(string dataFolder) : IDisposable
{
    public const string FolderName = "scratch";

    private readonly Lazy<ScratchSpace> _space = new(() => new ScratchSpace(Path.Combine(dataFolder, FolderName)));

    /// <summary>The root the run folders live under.</summary>
    public string Root => Path.Combine(Path.GetFullPath(dataFolder), FolderName);

    /// <summary>A new private folder for one upload; the caller deletes it when done.</summary>
    public DirectoryInfo CreateFolder() => _space.Value.CreateFolder("upload-");

    public void Dispose()
    {
        if (_space.IsValueCreated) _space.Value.Dispose();
    }
}
