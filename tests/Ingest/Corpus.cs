namespace DirectiveTracker.Ingest.Tests;

/// <summary>Finds the repository's corpus folder from the test binaries.</summary>
internal static class Corpus
{
    public static string Root { get; } = FindRoot();

    public static string Seed(string prefix) => Directory.GetFiles(Path.Combine(Root, "corpus", "seeds"), prefix + "*.txt").Single();

    public static string RealDoc(string prefix) => Directory.GetFiles(Path.Combine(Root, "corpus", "realdocs"), prefix + "*.txt").Single();

    public static IEnumerable<string> Seeds => Directory.GetFiles(Path.Combine(Root, "corpus", "seeds"), "*.txt").Order();

    public static IEnumerable<string> RealDocs => Directory.GetFiles(Path.Combine(Root, "corpus", "realdocs"), "*.txt").Order();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DirectiveTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
