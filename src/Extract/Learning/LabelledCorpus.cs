using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Scoring;
using DirectiveTracker.Extract.Tasks;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Learning;

/// <summary>A gold file paired with the source document it labels.</summary>
public sealed record LabelledDocument(GoldFile Gold, string Source)
{
    /// <summary>The labelled set the document belongs to: the name of its source's folder ("realdocs7").</summary>
    public string Set => Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(Source))) ?? "";
}

/// <summary>
/// The training rows one labelled document gives: its tasks with their categories, every located item (task or not),
/// and every body near a found task with its role.
/// </summary>
public sealed record DocumentRows(IReadOnlyList<CategoryExample> Categories, IReadOnlyList<LabelledRow> Tasks, IReadOnlyList<LabelledRow> Owners);

/// <summary>
/// Labelled documents: gold files in some folders, each paired with its source (found by name in other folders), read
/// into the models' training rows. What cannot be used is listed, not dropped silently.
/// </summary>
public sealed class LabelledCorpus
{
    private LabelledCorpus(IReadOnlyList<LabelledDocument> documents, IReadOnlyList<string> missingFolders, IReadOnlyList<string> unreadable,
        IReadOnlyList<GoldFile> withoutSource, IReadOnlyList<GoldFile> ambiguous)
    {
        Documents = documents;
        MissingFolders = missingFolders;
        Unreadable = unreadable;
        WithoutSource = withoutSource;
        Ambiguous = ambiguous;
    }

    public IReadOnlyList<LabelledDocument> Documents { get; }

    /// <summary>Gold or source folders that do not exist.</summary>
    public IReadOnlyList<string> MissingFolders { get; }

    /// <summary>Gold files that are not gold files (the parser's message, which names the file).</summary>
    public IReadOnlyList<string> Unreadable { get; }

    /// <summary>Gold files whose source is in none of the source folders.</summary>
    public IReadOnlyList<GoldFile> WithoutSource { get; }

    /// <summary>
    /// Gold files whose source name stands in several source folders with different contents: which document the label
    /// describes cannot be told from the name, so the file is left out rather than paired with the first folder's.
    /// </summary>
    public IReadOnlyList<GoldFile> Ambiguous { get; }

    /// <summary>Pairs the gold files (*.json, in name order) of <paramref name="goldFolders"/> with their sources.</summary>
    public static LabelledCorpus Find(IEnumerable<string> goldFolders, IEnumerable<string> sourceFolders)
    {
        var gold = goldFolders.ToList();
        var sources = sourceFolders.ToList();
        var missing = gold.Concat(sources).Where(d => !Directory.Exists(d)).Distinct(StringComparer.Ordinal).ToList();
        var documents = new List<LabelledDocument>();
        var unreadable = new List<string>();
        var withoutSource = new List<GoldFile>();
        var ambiguous = new List<GoldFile>();
        foreach (var path in gold.Where(Directory.Exists).SelectMany(d => Directory.EnumerateFiles(d, "*.json").Order(StringComparer.Ordinal)))
        {
            GoldFile g;
            try { g = GoldFile.Parse(File.ReadAllText(path), Path.GetFileName(path)); }
            catch (FormatException e) { unreadable.Add(e.Message); continue; }
            var found = sources.Where(Directory.Exists).Select(d => Path.Combine(d, g.File)).Where(File.Exists).ToList();
            if (found.Count == 0) withoutSource.Add(g);
            else if (found.Skip(1).Any(f => !SameBytes(f, found[0]))) ambiguous.Add(g);
            else documents.Add(new LabelledDocument(g, found[0]));
        }
        return new LabelledCorpus(documents, missing, unreadable, withoutSource, ambiguous);
    }

    private static bool SameBytes(string a, string b)
    {
        if (Path.GetFullPath(a) == Path.GetFullPath(b)) return true;
        if (new FileInfo(a).Length != new FileInfo(b).Length) return false;
        return File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
    }

    /// <summary>
    /// Reads one document's rows. The models learn from what the patterns give: categories by the rules and every
    /// located item kept (no model in the loop).
    /// </summary>
    public static async Task<DocumentRows> ReadAsync(LabelledDocument document, IDocumentIngestor ingestor, CancellationToken ct)
    {
        var dropped = new List<TaskDraft>();
        var located = new DocumentExtractor(new CategoryRules()) { TaskFilter = null, OwnerRoles = null, Dropped = dropped.Add }.Extract(await ingestor.IngestAsync(document.Source, ct));
        return new DocumentRows(TrainingExamples.Categories(document.Gold, located).ToList(), TrainingExamples.TaskRows(document.Gold, located, dropped).ToList(),
            TrainingExamples.OwnerRows(document.Gold, located).ToList());
    }

    /// <summary>The training rows of each model (by <see cref="ModelNames"/>) from the rows of the documents read.</summary>
    public static IReadOnlyList<(string Model, IReadOnlyList<LabelledRow> Rows)> ByModel(IReadOnlyList<DocumentRows> documents) =>
    [
        (ModelNames.Category, TrainingExamples.CategoryRows(documents.SelectMany(d => d.Categories))),
        (ModelNames.Task, documents.SelectMany(d => d.Tasks).ToList()),
        (ModelNames.Owner, documents.SelectMany(d => d.Owners).ToList()),
    ];
}
