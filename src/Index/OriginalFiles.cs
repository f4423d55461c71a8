using System.Security.Cryptography;

namespace DirectiveTracker.Index;

/// <summary>
/// The original files as they arrived, kept by content: <c>DATA/originals/ab/abcdef…</c> named by their SHA-256, so the
/// same file uploaded twice is kept once and a name can never point outside the folder.
/// </summary>
public sealed class OriginalFiles(string folder)
{
    public const string FolderName = "originals";

    public string Folder { get; } = Path.GetFullPath(folder);

    public static OriginalFiles ForDataFolder(string dataFolder) => new(Path.Combine(dataFolder, FolderName));

    /// <summary>Where the file of <paramref name="sha256"/> is kept; <see cref="ArgumentException"/> for anything but 64 hex digits.</summary>
    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower)) throw new ArgumentException("Not a lower-case SHA-256.", nameof(sha256));
        return Path.Combine(Folder, sha256[..2], sha256);
    }

    public bool Has(string sha256) => File.Exists(PathOf(sha256));

    /// <summary>Copies <paramref name="source"/> in (once); the copy's hash must be <paramref name="sha256"/>, else the file changed since it was read.</summary>
    public async Task KeepAsync(string source, string sha256, CancellationToken ct = default)
    {
        var target = PathOf(sha256);
        if (File.Exists(target)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + "." + Guid.NewGuid().ToString("N") + ".part";
        try
        {
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                await using (var input = File.OpenRead(source))
                await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                {
                    var buffer = new byte[81920];
                    int n;
                    while ((n = await input.ReadAsync(buffer, ct)) > 0)
                    {
                        hash.AppendData(buffer, 0, n);
                        await output.WriteAsync(buffer.AsMemory(0, n), ct);
                    }
                }
                if (!string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), sha256, StringComparison.Ordinal))
                    throw new IOException($"{source} changed while it was being added (its SHA-256 is no longer {sha256})");
            }
            try { File.Move(temp, target); }
            catch (IOException) when (File.Exists(target)) { /* another request kept the same content first */ }
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public Stream Open(string sha256) => File.OpenRead(PathOf(sha256));

    /// <summary>Removes a kept file (its document was deleted); false when it was not there.</summary>
    public bool Remove(string sha256)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path)) return false;
        File.Delete(path);
        return true;
    }
}
