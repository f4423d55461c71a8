namespace DirectiveTracker.Cli;

/// <summary>What the command-line paths expand to: the files, the paths not found, what could not be walked, and the
/// files of a folder whose type ingest does not read.</summary>
internal sealed record InputSet(IReadOnlyList<string> Files, IReadOnlyList<string> Missing, IReadOnlyList<string> Problems,
    IReadOnlyList<string> Unsupported)
{
    /// <summary>Prints the paths not found, the folders skipped and the unsupported files, escaped, to <paramref name="w"/>.</summary>
    public void Report(TextWriter w)
    {
        foreach (var m in Missing) w.WriteLine($"Không tìm thấy: {DisplayText.Escape(m)}");
        foreach (var p in Problems) w.WriteLine(p);
        // Listed, never skipped silently (issue 11); they do not fail the run: a folder of plans may hold other files.
        foreach (var u in Unsupported) w.WriteLine($"Bỏ qua tệp có định dạng không được hỗ trợ: {DisplayText.Escape(u)}");
    }
}

/// <summary>Expands the paths given on the command line into the files to process.</summary>
/// <remarks>
/// A folder is walked without following links to folders (a link to ".." made each file be read dozens of times, and a
/// link out of the tree would read what the user did not name); a file link is followed only when its target lies
/// inside the folder given. A subfolder that cannot be read is reported and skipped; the rest is still added.
/// </remarks>
internal static class InputFiles
{
    /// <summary>Files in command-line order; folders contribute their supported files, recursively, sorted by path.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var set = Expand(paths, CancellationToken.None);
        missing = set.Missing;
        return set.Files;
    }

    /// <exception cref="OperationCanceledException">When <paramref name="ct"/> is cancelled (Ctrl+C, SIGTERM) during a walk.</exception>
    public static InputSet Expand(IEnumerable<string> paths, CancellationToken ct)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        var problems = new List<string>();
        var unsupported = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) files.AddRange(Walk(path, problems, unsupported, ct).Order(StringComparer.Ordinal));
            else if (File.Exists(path)) files.Add(path);
            else notFound.Add(path);
        }
        unsupported.Sort(StringComparer.Ordinal);
        return new InputSet(files, notFound, problems, unsupported);
    }

    private static List<string> Walk(string root, List<string> problems, List<string> unsupported, CancellationToken ct)
    {
        var found = new List<string>();
        var rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            ct.ThrowIfCancellationRequested();
            var dir = pending.Pop();
            List<FileSystemInfo> entries;
            try { entries = new DirectoryInfo(dir).EnumerateFileSystemInfos().ToList(); }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                problems.Add($"Bỏ qua thư mục không đọc được: {DisplayText.Escape(dir)} ({(e is UnauthorizedAccessException ? "không có quyền đọc" : DisplayText.Escape(e.Message))})");
                continue;
            }
            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo sub)
                {
                    if (sub.LinkTarget is null) pending.Push(sub.FullName);
                    continue; // links to folders are never followed
                }
                if (entry.Name.StartsWith('.')) continue; // hidden files are not the user's documents
                if (!IsSupported(entry.Name))
                {
                    unsupported.Add(Path.Combine(dir, entry.Name));
                    continue;
                }
                if (entry.LinkTarget is not null && !LinksInside(entry, rootFull))
                {
                    problems.Add($"Bỏ qua liên kết trỏ ra ngoài thư mục: {DisplayText.Escape(entry.FullName)}");
                    continue;
                }
                found.Add(Path.Combine(dir, entry.Name));
            }
        }
        return found;
    }

    /// <summary>A file a folder walk picks up: every extension ingest reads (.doc, .odt, .rtf and scanner images too);
    /// a file named explicitly is always tried.</summary>
    internal static bool IsSupported(string fileName) => DirectiveTracker.Ingest.FormatSniffer.FromExtension(fileName) is not null;

    private static bool LinksInside(FileSystemInfo link, string rootFull)
    {
        try
        {
            var target = link.ResolveLinkTarget(returnFinalTarget: true);
            return target is not null && target.Exists
                && target.FullName.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        }
        catch (IOException) { return false; }
    }
}
