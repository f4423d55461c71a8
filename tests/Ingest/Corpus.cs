using DirectiveTracker.Ingest.Tests.Fixtures;

namespace DirectiveTracker.Ingest.Tests;

/// <summary>The repository's corpus files, found through <see cref="RepoPaths"/>.</summary>
internal static class Corpus
{
    public static string Root => RepoPaths.Root;

    public static string Seed(string prefix) => Directory.GetFiles(RepoPaths.Corpus("seeds"), prefix + "*.txt").Single();

    public static string RealDoc(string prefix) => Directory.GetFiles(RepoPaths.Corpus("realdocs"), prefix + "*.txt").Single();

    public static IEnumerable<string> Seeds => Directory.GetFiles(RepoPaths.Corpus("seeds"), "*.txt").Order();

    public static IEnumerable<string> RealDocs => Directory.GetFiles(RepoPaths.Corpus("realdocs"), "*.txt").Order();
}
