namespace DirectiveTracker.Ingest;

/// <summary>Limits and external tools of the ingest stage; bound from the "Ingest" configuration section.</summary>
public sealed class IngestOptions
{
    /// <summary>Files larger than this are refused before they are read whole (50 MB).</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest total uncompressed size accepted from a zip container such as DOCX (200 MB).</summary>
    public long MaxUncompressedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Most pages one document may have (2,000); a longer one is refused, naming the limit.</summary>
    public int MaxPages { get; set; } = 2000;

    /// <summary>
    /// Most characters of text one document may produce (5 million, ≈ 2,000 dense pages); a file whose text is longer
    /// (a small zip or PDF that expands, a huge one-line text) is refused before layout repair, naming the limit.
    /// </summary>
    public int MaxTextChars { get; set; } = 5_000_000;

    /// <summary>Most words (what the index makes tokens of) one document may have (1 million).</summary>
    public int MaxWordsPerDocument { get; set; } = 1_000_000;

    /// <summary>Longest one file may take to ingest, all tools and steps together (5 minutes).</summary>
    public TimeSpan MaxTimePerFile { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest any one external tool (pdftotext, pdftoppm, tesseract, ImageMagick's convert) may run.</summary>
    public TimeSpan ToolTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Pages OCR'd at once (tesseract runs single-threaded per page).</summary>
    public int OcrParallelism { get; set; } = 2;

    /// <summary>
    /// Pages of one PDF whose text layer is read at once (0: one; more from 16 pages on). A second worker cost more CPU
    /// and bought no wall time on two shared cores (issue 11), hence one by default.
    /// </summary>
    public int PdfTextParallelism { get; set; }

    /// <summary>A PDF page whose text layer has fewer letters than this (or is mostly junk) is read by OCR.</summary>
    public int OcrMinLetters { get; set; } = 20;

    /// <summary>Resolution scanned pages are rendered at for OCR (300 dpi: tesseract's sweet spot for body text).</summary>
    public int OcrDpi { get; set; } = 300;

    /// <summary>
    /// Straighten scanned pages fed askew (up to 6°) before OCR. On: measured (`Bench ingest --ocr-cleanup 1`) it lifts
    /// character accuracy on pages turned 3.5° from ≈71 % to 99.5 %, and costs nothing on straight pages.
    /// </summary>
    public bool OcrDeskew { get; set; } = true;

    /// <summary>
    /// Make scanned pages black and white (Otsu's threshold) before OCR. Off: measured on rendered pages it gained
    /// nothing (99.5 % with deskew alone and with both); tesseract thresholds well itself.
    /// </summary>
    public bool OcrBinarise { get; set; }

    /// <summary>Most pages of one PDF read by OCR (≈ 5–10 s each); scanned pages past the cap are skipped with a warning.</summary>
    public int MaxOcrPages { get; set; } = 200;

    /// <summary>Tesseract language pack.</summary>
    public string OcrLanguage { get; set; } = "vie";

    // Limits of the format readers (issue 11): what one DOCX may produce and one page may cost to render.

    /// <summary>Text one DOCX may produce (20 million characters ≈ 8,000 pages); its XML is streamed, not held whole.</summary>
    public long DocxMaxTextChars { get; set; } = Docx.DocxParser.DefaultMaxTextChars;

    /// <summary>Pixels one page may be rendered to for OCR (≈ 35 megapixels: A3 at 300 dpi); larger pages get a lower dpi.</summary>
    public long MaxPagePixels { get; set; } = 35_000_000;

    /// <summary>Longest a LibreOffice conversion (.doc, .odt, .rtf → DOCX) may run.</summary>
    public TimeSpan OfficeTimeout { get; set; } = TimeSpan.FromSeconds(120);

    public string SofficePath { get; set; } = "soffice";

    public string PdftotextPath { get; set; } = "pdftotext";
    public string PdftoppmPath { get; set; } = "pdftoppm";
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>ImageMagick's converter, which decodes image files (JPEG, PNG, TIFF pages) to grey pages for OCR ("magick" on ImageMagick 7).</summary>
    public string ImageMagickPath { get; set; } = "convert";
}
