using DirectiveTracker.Ingest.Docx;
using DirectiveTracker.Ingest.Pdf;
using DirectiveTracker.Ingest.Txt;
using Microsoft.Extensions.Logging;

namespace DirectiveTracker.Ingest;

/// <summary>Builds the ingest stage with every parser this build has.</summary>
public static class IngestServices
{
    /// <summary>The ingestor with all registered parsers (one line per parser).</summary>
    public static DocumentIngestor CreateDefault(IngestOptions? options = null, ILoggerFactory? logs = null)
    {
        options ??= new IngestOptions();
        ISourceParser[] parsers =
        [
            new TxtParser(),
            new DocxParser(options.MaxUncompressedBytes, options.DocxMaxTextChars),
            PdfParser.Create(options),
        ];
        return new DocumentIngestor(options, parsers, logs?.CreateLogger<DocumentIngestor>());
    }
}
