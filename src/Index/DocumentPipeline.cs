using DirectiveTracker.Extract;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Index;

/// <summary>What adding one file produced: the clean text, the extraction and how the store changed.</summary>
public sealed record PipelineResult(string Path, IngestedDocument Document, ExtractionResult Extraction, StoreOutcome Stored);

/// <summary>
/// Adds files to the tracker, Paperless style: consume and parse (ingest), extract, then store and index in one
/// transaction. A failure in any step leaves the store unchanged; ingest failures surface as <see cref="IngestException"/>.
/// With <paramref name="originals"/>, the file itself is kept by its SHA-256 before it is stored.
/// </summary>
public sealed class DocumentPipeline(IDocumentIngestor ingestor, IDocumentExtractor extractor, ITrackerStore store, OriginalFiles? originals = null)
{
    public async Task<PipelineResult> AddAsync(string path, CancellationToken ct = default)
    {
        var (document, extraction) = await ReadAsync(path, ct);
        var stored = store.Save(document, extraction);
        return new PipelineResult(path, document, extraction, stored);
    }

    /// <summary>Stores the file as the new current version of document <paramref name="documentId"/>; null when there is no such document.</summary>
    public async Task<PipelineResult?> ReplaceAsync(long documentId, string path, CancellationToken ct = default)
    {
        var (document, extraction) = await ReadAsync(path, ct);
        return store.ReplaceDocument(documentId, document, extraction) is { } stored ? new PipelineResult(path, document, extraction, stored) : null;
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
