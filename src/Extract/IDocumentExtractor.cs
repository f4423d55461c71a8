using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Extract;

/// <summary>The extraction stage's entry point: an ingested document in, the contract's result out. Never throws on text.</summary>
public interface IDocumentExtractor
{
    ExtractionResult Extract(IngestedDocument document);
}
