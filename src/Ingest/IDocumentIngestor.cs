using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest;

/// <summary>The ingest stage's one entry point: a file in, an <see cref="IngestedDocument"/> out, or an <see cref="IngestException"/>.</summary>
public interface IDocumentIngestor
{
    Task<IngestedDocument> IngestAsync(string path, CancellationToken ct = default);

    Task<IngestedDocument> IngestAsync(Stream content, string fileName, CancellationToken ct = default);
}
