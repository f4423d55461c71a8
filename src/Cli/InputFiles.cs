namespace DirectiveTracker.Cli;

/// <summary>Expands the paths given on the command line into the files to process.</summary>
internal static class InputFiles
{
    /// <summary>Extensions picked up when walking a folder; a file named explicitly is always tried.</summary>
    public static readonly string[] FolderExtensions = [".txt", ".docx", ".pdf"];

    /// <summary>Files in command-line order; folders contribute their supported files, recursively, sorted by path.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => FolderExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path)) files.Add(path);
            else notFound.Add(path);
        }
        missing = notFound;
        return files;
    }
}
