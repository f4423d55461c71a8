using DirectiveTracker.Extract.Scoring;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Tests.Scoring;

/// <summary>Extracts the labelled corpus end to end (ingest → extract → score) and holds the figures above floors.</summary>
/// <remarks>Floors sit a little below the measured figures (see the report in the branch history); the scorer prints the table.</remarks>
public class CorpusScoreTests
{
    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DirectiveTracker.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    internal static async Task<ScoreReport> ScoreAsync(string goldDir, params string[] sourceDirs)
    {
        var ingestor = IngestServices.CreateDefault();
        var extractor = new DocumentExtractor();
        var docs = new List<DocumentScore>();
        foreach (var goldPath in Directory.EnumerateFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            var gold = GoldFile.Parse(await File.ReadAllTextAsync(goldPath), Path.GetFileName(goldPath));
            var source = Source(gold, sourceDirs);
            if (!File.Exists(source)) continue; // a label of another folder's document
            var document = await ingestor.IngestAsync(source);
            docs.Add(ExtractionScorer.Score(gold, extractor.Extract(document)));
        }
        return new ScoreReport(docs, []);
    }

    /// <summary>The source a label file describes: the first folder that holds its file.</summary>
    private static string Source(GoldFile gold, string[] sourceDirs) =>
        sourceDirs.Select(d => Path.Combine(d, gold.File)).FirstOrDefault(File.Exists) ?? Path.Combine(sourceDirs[0], gold.File);

    /// <summary>The labelled tasks of a gold folder, read from extractions of their sources (for the category model).</summary>
    internal static async Task<List<DirectiveTracker.Extract.Learning.CategoryExample>> ExamplesAsync(string goldDir, params string[] sourceDirs)
    {
        var ingestor = IngestServices.CreateDefault();
        var extractor = new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()) { TaskFilter = null };
        var examples = new List<DirectiveTracker.Extract.Learning.CategoryExample>();
        foreach (var goldPath in Directory.EnumerateFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            var gold = GoldFile.Parse(await File.ReadAllTextAsync(goldPath), Path.GetFileName(goldPath));
            // As training does: a label whose source is in none of the folders (a set left out) is not an example.
            var source = sourceDirs.Select(d => Path.Combine(d, gold.File)).FirstOrDefault(File.Exists);
            if (source is null) continue;
            examples.AddRange(DirectiveTracker.Extract.Learning.TrainingExamples.Categories(gold, extractor.Extract(await ingestor.IngestAsync(source))));
        }
        return examples;
    }

    private static void AssertFloors(ScoreReport report, IReadOnlyDictionary<string, double> floors)
    {
        var total = report.Total;
        var failures = floors.Where(f => ScoreReport.Figure(total, f.Key) < f.Value)
            .Select(f => $"{f.Key} = {ScoreReport.Figure(total, f.Key):0.000} < {f.Value}").ToList();
        Assert.True(failures.Count == 0, string.Join("; ", failures) + "\n" + report.ToTable(details: true));
    }

    [Fact]
    public async Task Seeds_score_above_floors()
    {
        var root = RepoRoot();
        var report = await ScoreAsync(Path.Combine(root, "corpus", "gold"), Path.Combine(root, "corpus", "seeds"));
        Assert.Equal(5, report.Documents.Count);
        AssertFloors(report, new Dictionary<string, double>
        {
            ["taskP"] = 0.97, ["taskR"] = 0.97, ["lead"] = 0.97, ["supp"] = 0.97, ["mode"] = 0.97, ["dline"] = 0.97,
            // Category comes from the shipped model, which was trained on these tasks: the floor checks that it is the
            // model that classifies (the rules alone reach 0.857). Its held-out figure is tested in CategoryModelTests.
            ["categ"] = 0.95, ["kind"] = 0.99, ["number"] = 0.99, ["date"] = 0.99, ["issuer"] = 0.99, ["signer"] = 0.99, ["cited"] = 0.97,
        });
    }

    [Fact]
    public async Task Hand_labelled_real_documents_score_above_floors()
    {
        var root = RepoRoot();
        var report = await ScoreAsync(Path.Combine(root, "corpus", "labels"), Path.Combine(root, "corpus", "realdocs"));
        Assert.Equal(14, report.Documents.Count);
        AssertFloors(report, new Dictionary<string, double>
        {
            ["taskP"] = 0.97, ["taskR"] = 0.94, ["lead"] = 0.91, ["supp"] = 0.86, ["mode"] = 0.96, ["dline"] = 0.96,
            ["categ"] = 0.81, ["kind"] = 0.99, ["number"] = 0.88, ["date"] = 0.99, ["issuer"] = 0.90, ["signer"] = 0.88, ["cited"] = 0.95,
        });
    }

    /// <summary>
    /// The blind realdocs2 set (corpus/labels/BLIND.md has its first measurement, taken before anything changed in
    /// response). Floors sit below today's figures over all 19 documents (taskP 0.949, taskR 0.943, lead 0.934, supp 0.897,
    /// mode 0.974, dline 0.976, kind/number/issuer 1.000, signer 0.947).
    /// </summary>
    [Fact]
    public async Task Blind_real_documents_score_above_floors()
    {
        var root = RepoRoot();
        var report = await ScoreAsync(Path.Combine(root, "corpus", "labels"), Path.Combine(root, "corpus", "realdocs2"));
        Assert.True(report.Documents.Count >= 12);
        AssertFloors(report, new Dictionary<string, double>
        {
            ["taskP"] = 0.94, ["taskR"] = 0.93, ["lead"] = 0.92, ["supp"] = 0.88, ["mode"] = 0.96, ["dline"] = 0.96,
            ["kind"] = 0.99, ["number"] = 0.99, ["date"] = 0.99, ["issuer"] = 0.99, ["signer"] = 0.93, ["cited"] = 0.96,
        });
    }
}
