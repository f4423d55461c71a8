using System.Globalization;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Store;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Uploads;

/// <summary>
/// Watches <see cref="TrackerWebOptions.ImportFolder"/> (a scan share) and adds each file dropped there as an upload
/// does; the file then moves to <c>done/</c> (with a <c>.result.txt</c>) or <c>failed/</c> (with a <c>.reason.txt</c> in
/// Vietnamese). Polls instead of file-system events, which shares do not deliver reliably, and takes a file only once its
/// size and time stayed the same between two looks (a scanner may still be writing it).
/// </summary>
public sealed class ImportFolderWatcher(IServiceScopeFactory scopes, IOptions<TrackerWebOptions> options, ILogger<ImportFolderWatcher> log) : BackgroundService
{
    public const string DoneFolder = "done", FailedFolder = "failed";

    private readonly Dictionary<string, (long Length, DateTime Written)> _seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ImportFolder is not { Length: > 0 } folder) return;
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        log.LogInformation("watching import folder {Folder}", folder);
        var wait = TimeSpan.FromSeconds(Math.Max(1, options.Value.ImportPollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await ScanAsync(folder, stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "import folder {Folder} scan failed", folder); }
            try { await Task.Delay(wait, stoppingToken); } catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>One look at the folder: adds every file that stood still since the last look.</summary>
    public async Task ScanAsync(string folder, CancellationToken ct)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith(".part", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal)) continue;
            present.Add(path);
            var info = new FileInfo(path);
            var now = (info.Length, info.LastWriteTimeUtc);
            if (!_seen.TryGetValue(path, out var before) || before != now) { _seen[path] = now; continue; }
            _seen.Remove(path);
            await ImportAsync(folder, path, ct);
        }
        foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList()) _seen.Remove(gone);
    }

    private async Task ImportAsync(string folder, string path, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var uploads = scope.ServiceProvider.GetRequiredService<DocumentUploads>();
        var lease = scope.ServiceProvider.GetRequiredService<StoreLease>();
        var outcome = await uploads.AddFileAsync(lease.Store, path, ct);
        var target = Path.Combine(folder, outcome.Succeeded ? DoneFolder : FailedFolder);
        Directory.CreateDirectory(target);
        var moved = FreeName(target, Path.GetFileName(path));
        File.Move(path, moved);
        var note = outcome.Succeeded
            ? string.Create(CultureInfo.InvariantCulture, $"Đã thêm: văn bản #{outcome.DocumentId} ({outcome.Change}), {outcome.Kind} {outcome.Number}, {outcome.Tasks} nhiệm vụ.\n")
              + string.Concat(outcome.Notes.Select(n => "Kết quả: " + n + "\n"))
              + string.Concat(outcome.Warnings.Select(w => "Cảnh báo: " + w + "\n"))
            : "Không thêm được tệp: " + outcome.Error + "\n";
        await File.WriteAllTextAsync(moved + (outcome.Succeeded ? ".result.txt" : ".reason.txt"), note, ct);
        if (outcome.Succeeded) log.LogInformation("import {File}: document {DocumentId} ({Tasks} tasks)", Path.GetFileName(path), outcome.DocumentId, outcome.Tasks);
        else log.LogWarning("import {File} refused: {Error}", Path.GetFileName(path), outcome.Error);
    }

    /// <summary>A name in <paramref name="folder"/> not taken yet: "kh.pdf", then "kh-2.pdf", "kh-3.pdf", …</summary>
    private static string FreeName(string folder, string name)
    {
        var candidate = Path.Combine(folder, name);
        for (int n = 2; File.Exists(candidate); n++)
            candidate = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}");
        return candidate;
    }
}
