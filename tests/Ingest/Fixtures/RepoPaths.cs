namespace DirectiveTracker.Ingest.Tests.Fixtures;

/// <summary>Locates the repository (and its corpus) from the test binaries' folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus(string relative) => Path.Combine(Root, "corpus", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DirectiveTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException("DirectiveTracker.sln not found above " + AppContext.BaseDirectory);
    }
}
