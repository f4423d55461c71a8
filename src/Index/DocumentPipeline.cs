using DirectiveTracker.Extract;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Index;

/// <summary>What adding one file produced: the clean text, the extraction, how the store changed and what the stages after storing did.</summary>
public sealed record PipelineResult(string Path, IngestedDocument Document, ExtractionResult Extraction, StoreOutcome Stored)
{
    /// <summary>What the stages after storing did, in Vietnamese for the user (a report's proposals, for instance).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Stages after storing that failed: the document stays stored; each says what did not happen.</summary>
    public IReadOnlyList<StageFailure> Failures { get; init; } = [];
}

/// <summary>A stage after storing that failed: its name, a Vietnamese message for the user and the error for the log.</summary>
public sealed record StageFailure(string Stage, string Message, Exception Error);

/// <summary>
/// A stage that runs once a document is stored (Paperless's post-consume): it reads the stored document and may add
/// to the store. Returns what to tell the user (Vietnamese lines), empty when it has nothing to say. A stage that throws
/// leaves the stored document as it is: the failure becomes a warning on the result.
/// </summary>
public interface IStoredDocumentStage
{
    /// <summary>Short English name for logs.</summary>
    string Name { get; }

    /// <summary>The Vietnamese warning shown when the stage fails (the document is stored regardless).</summary>
    string FailureMessage { get; }

    Task<IReadOnlyList<string>> RunAsync(ITrackerStore store, StoredFile file, CancellationToken ct);
}

/// <summary>A document as the pipeline stored it: its clean text, its extraction and how the store changed.</summary>
public sealed record StoredFile(IngestedDocument Document, ExtractionResult Extraction, StoreOutcome Stored);

/// <summary>
/// Adds files to the tracker, Paperless style: consume and parse (ingest), extract, then store and index in one
/// transaction, then the stages after storing (<paramref name="stages"/>: reports matched to their plans, for instance).
/// A failure before storing leaves the store unchanged; ingest failures surface as <see cref="IngestException"/>; a
/// failing stage after storing is a <see cref="StageFailure"/> on the result, never a lost document.
/// With <paramref name="originals"/>, the file itself is kept by its SHA-256 before it is stored.
/// </summary>
public sealed class DocumentPipeline(IDocumentIngestor ingestor, IDocumentExtractor extractor, ITrackerStore store, OriginalFiles? originals = null,
    IReadOnlyList<IStoredDocumentStage>? stages = null)
{
    public async Task<PipelineResult> AddAsync(string path, CancellationToken ct = default)
    {
        var (document, extraction) = await ReadAsync(path, ct);
        var stored = store.Save(document, extraction);
        return await AfterStoreAsync(new PipelineResult(path, document, extraction, stored), ct);
    }

    /// <summary>Stores the file as the new current version of document <paramref name="documentId"/>; null when there is no such document.</summary>
    public async Task<PipelineResult?> ReplaceAsync(long documentId, string path, CancellationToken ct = default)
    {
        var (document, extraction) = await ReadAsync(path, ct);
        return store.ReplaceDocument(documentId, document, extraction) is { } stored
            ? await AfterStoreAsync(new PipelineResult(path, document, extraction, stored), ct) : null;
    }

    private async Task<(IngestedDocument, ExtractionResult)> ReadAsync(string path, CancellationToken ct)
    {
        var document = await ingestor.IngestAsync(path, ct);
        ct.ThrowIfCancellationRequested();
        var extraction = extractor.Extract(document);
        ct.ThrowIfCancellationRequested();
        // Kept before the store names it: a stored version always has its file (an unstored copy is only spare bytes).
        if (originals is not null) await originals.KeepAsync(path, document.Sha256, ct);
        return (document, extraction);
    }

    private async Task<PipelineResult> AfterStoreAsync(PipelineResult result, CancellationToken ct)
    {
        if (stages is not { Count: > 0 }) return result;
        var notes = new List<string>();
        var failures = new List<StageFailure>();
        var file = new StoredFile(result.Document, result.Extraction, result.Stored);
        foreach (var stage in stages)
        {
            try { notes.AddRange(await stage.RunAsync(store, file, ct)); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add(new StageFailure(stage.Name, stage.FailureMessage, e));
            }
        }
        return result with { Notes = notes, Failures = failures };
    }
}

/// <summary>Where the local store lives: <c>--data DIR</c>, else <c>DTRACK_DATA</c>, else <c>./data</c>; the database is <c>tracker.db</c> in it.</summary>
public static class TrackerDataFolder
{
    public const string EnvironmentVariable = "DTRACK_DATA";
    public const string DatabaseFileName = "tracker.db";

    public static string Resolve(string? option) =>
        Path.GetFullPath(!string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env
            : "data");

    public static string DatabasePath(string? option) => Path.Combine(Resolve(option), DatabaseFileName);
}
