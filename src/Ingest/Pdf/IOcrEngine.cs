namespace DirectiveTracker.Ingest.Pdf;

/// <summary>Reads the text of one page image (the OCR seam; tesseract stands behind it here).</summary>
public interface IOcrEngine
{
    /// <param name="fileName">The uploaded file the page belongs to, named in errors.</param>
    /// <param name="imagePath">A page image (PGM/PNG/TIFF) on local disk.</param>
    Task<string> RecognizeAsync(string fileName, string imagePath, CancellationToken ct);
}
