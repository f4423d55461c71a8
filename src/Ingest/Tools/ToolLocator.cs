using System.Collections.Concurrent;

namespace DirectiveTracker.Ingest.Tools;

/// <summary>
/// Finds the executable an external tool runs, once per name: a configured absolute path as it is, a bare name on
/// <c>PATH</c> — skipping empty and relative entries, so that a <c>pdftotext</c> dropped into the folder a user
/// runs <c>dtrack add .</c> in is never run. A relative path with a folder ("./pdftotext") is refused.
/// </summary>
public static class ToolLocator
{
    private static readonly ConcurrentDictionary<string, string?> Resolved = new(StringComparer.Ordinal);

    /// <summary>The absolute path <paramref name="configured"/> names, or null when there is no such executable.</summary>
    public static string? Resolve(string configured) =>
        Resolved.GetOrAdd(configured, c => Find(c, Environment.GetEnvironmentVariable("PATH")));

    /// <summary>The lookup itself, for a given <c>PATH</c> value (tests); not cached.</summary>
    public static string? Find(string configured, string? pathVariable)
    {
        if (string.IsNullOrWhiteSpace(configured)) return null;
        if (Path.IsPathFullyQualified(configured)) return IsExecutable(configured) ? configured : null;
        // "bin/pdftotext" or "./pdftotext" would be looked up from the current folder: never.
        if (configured.Contains('/') || configured.Contains(Path.DirectorySeparatorChar)) return null;
        foreach (var entry in (pathVariable ?? "").Split(Path.PathSeparator))
        {
            // An empty entry or "." means the current folder; a relative one depends on it.
            if (entry.Length == 0 || !Path.IsPathFullyQualified(entry)) continue;
            var candidate = Path.Combine(entry, configured);
            if (IsExecutable(candidate)) return candidate;
        }
        return null;
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path)) return false;
        if (OperatingSystem.IsWindows()) return true;
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
