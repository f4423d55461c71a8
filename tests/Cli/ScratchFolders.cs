namespace DirectiveTracker.Cli.Tests;

/// <summary>The per-run scratch folders a dtrack process made under the temp folder (`dtrack-USER/run-PID-…`).</summary>
internal static class ScratchFolders
{
    /// <summary>Run folders of process <paramref name="pid"/>; other tests' runs delete their folders while we look, which is not an error.</summary>
    public static List<string> Of(int pid) =>
        Directory.GetDirectories(Path.GetTempPath(), "dtrack-*").SelectMany(d => RunFolders(d, pid)).ToList();

    private static string[] RunFolders(string folder, int pid)
    {
        try { return Directory.GetDirectories(folder, $"run-{pid}-*"); }
        catch (DirectoryNotFoundException) { return []; }
    }
}
