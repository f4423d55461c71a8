using DirectiveTracker.Ingest.Docx;
using DirectiveTracker.Ingest.Image;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Office;
using DirectiveTracker.Ingest.Pdf;
using DirectiveTracker.Ingest.Txt;
using Microsoft.Extensions.Logging;

namespace DirectiveTracker.Ingest;

/// <summary>Builds the ingest stage with every parser this build has.</summary>
public static class IngestServices
{
    /// <summary>The ingestor with all registered parsers (one line per parser).</summary>
    /// <param name="pageProgress">Told of pages read while a scan is read by OCR.</param>
    public static DocumentIngestor CreateDefault(IngestOptions? options = null, ILoggerFactory? logs = null,
        IProgress<PageProgress>? pageProgress = null)
    {
        options ??= new IngestOptions();
        // Which binaries run matters for security (a tool planted in the current folder is never one of them): each
        // tool logs the binary it resolved once, at its first use. One runner per tool, so each is logged once.
        var toolLogger = logs?.CreateLogger<Tools.ExternalTool>();
        var docx = new DocxParser(options.MaxUncompressedBytes, options.DocxMaxTextChars);
        var soffice = OfficeConversionParser.Tool(options.SofficePath, options.OfficeTimeout, toolLogger);
        var ocr = new TesseractOcrEngine(TesseractOcrEngine.Tool(options.TesseractPath, options.ToolTimeout, toolLogger), options.OcrLanguage);
        ISourceParser[] parsers =
        [
            new TxtParser(),
            docx,
            new OfficeConversionParser(SourceFormat.Doc, soffice, docx),
            new OfficeConversionParser(SourceFormat.Odt, soffice, docx),
            new OfficeConversionParser(SourceFormat.Rtf, soffice, docx),
            ImageParser.Create(options, ocr, toolLogger),
            PdfParser.Create(options, logs?.CreateLogger<PdfParser>(), ocr, toolLogger),
        ];
        // PdfPig's first call costs ≈0.9 s per process: pay it in the background, not on the first PDF a user sends.
        _ = Task.Run(PdfPigTextLayer.WarmUp);
        return new DocumentIngestor(options, parsers, logs?.CreateLogger<DocumentIngestor>()) { PageProgress = pageProgress };
    }
}
