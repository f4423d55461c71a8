using System.Security.Cryptography;

namespace DirectiveTracker.Index.Progress;

/// <summary>
/// Files attached to progress updates, kept by content under <c>DATA/attachments/&lt;sha256&gt;.ext</c> (the same file
/// is kept once); an <see cref="UpdateAttachment.StoredPath"/> is relative to the data folder. The CLI and the web share it.
/// </summary>
public sealed class UpdateAttachments(string dataFolder)
{
    public const string FolderName = "attachments";

    private readonly string _dataFolder = Path.GetFullPath(dataFolder);
    private string Folder => Path.Combine(_dataFolder, FolderName);

    /// <summary>Copies <paramref name="content"/> in under its SHA-256 and returns the attachment to record, named <paramref name="name"/>.</summary>
    public UpdateAttachment Keep(Stream content, string name)
    {
        Directory.CreateDirectory(Folder);
        var temp = Path.Combine(Folder, "." + Guid.NewGuid().ToString("N") + ".part");
        try
        {
            string sha;
            long bytes;
            using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int n;
                while ((n = content.Read(buffer)) > 0)
                {
                    hash.AppendData(buffer, 0, n);
                    output.Write(buffer, 0, n);
                }
                bytes = output.Length;
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            // The extension is kept for whoever opens the folder; only letters and digits, so the name stays ours.
            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (extension.Length > 10 || !extension.Skip(1).All(char.IsAsciiLetterOrDigit)) extension = "";
            var stored = Path.Combine(Folder, sha + extension);
            if (!File.Exists(stored))
            {
                try { File.Move(temp, stored); }
                catch (IOException) when (File.Exists(stored)) { /* kept by another update first */ }
            }
            return new UpdateAttachment(Path.GetFileName(name), Path.GetRelativePath(_dataFolder, stored), sha, bytes);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Copies a file from disk (the CLI's --attach).</summary>
    public UpdateAttachment Keep(string path)
    {
        using var input = File.OpenRead(path);
        return Keep(input, Path.GetFileName(path));
    }

    /// <summary>The kept file of an attachment, or null when it is missing or its recorded path leads outside the folder.</summary>
    public string? PathOf(UpdateAttachment attachment)
    {
        var full = Path.GetFullPath(Path.Combine(_dataFolder, attachment.StoredPath));
        if (!full.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return File.Exists(full) ? full : null;
    }
}
