using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Pdf;
using DirectiveTracker.Ingest.Tools;

namespace DirectiveTracker.Ingest.Image;

/// <summary>
/// Reads a scanner's image (JPEG, PNG, TIFF with one or many pages) by OCR, page by page like scanned PDF pages.
/// The size of every page is read from the header first: an image past the pixel cap is refused before it is decoded.
/// </summary>
public sealed class ImageParser(IOcrEngine ocr, long maxPagePixels, int maxPages) : ISourceParser
{
    public SourceFormat Format => SourceFormat.Image;

    public async Task<ParsedSource> ParseAsync(SourceFile file, CancellationToken ct)
    {
        var header = ImageHeader.Read(file.Bytes) ?? throw new IngestException(file.FileName, IngestErrorCode.Corrupt,
            "Tệp ảnh bị hỏng hoặc không đọc được kích thước ảnh.", "image header unreadable");
        if (header.Pages.Count > maxPages)
            throw new IngestException(file.FileName, IngestErrorCode.TooLarge,
                $"Tệp ảnh có {header.Pages.Count} trang, vượt giới hạn {maxPages} trang được nhận dạng chữ.",
                $"image has {header.Pages.Count} pages, over MaxOcrPages {maxPages}");
        for (var i = 0; i < header.Pages.Count; i++)
        {
            var (w, h) = header.Pages[i];
            if (w <= 0 || h <= 0 || w * h > maxPagePixels)
                throw new IngestException(file.FileName, IngestErrorCode.TooLarge,
                    $"Trang {i + 1} của tệp ảnh quá lớn ({w} × {h} điểm ảnh), vượt giới hạn {maxPagePixels / 1_000_000.0:0.#} triệu điểm ảnh mỗi trang.",
                    $"image page {i + 1} is {w}x{h} pixels, over MaxPagePixels {maxPagePixels}");
        }

        // In this run's scratch space: a killed run's copy is removed by the next run (issue 8).
        var scratch = ScratchSpace.Current.CreateFolder("image-");
        try
        {
            var path = Path.Combine(scratch.FullName, "in." + header.Kind.ToLowerInvariant());
            await File.WriteAllBytesAsync(path, file.Bytes, ct).ConfigureAwait(false);
            // tesseract reads every page of a TIFF and separates them with form feeds.
            var text = await ocr.RecognizeAsync(file.FileName, path, ct).ConfigureAwait(false);
            var texts = text.Split('\f').ToList();
            if (texts.Count > header.Pages.Count && texts[^1].Trim().Length == 0) texts.RemoveAt(texts.Count - 1);
            var pages = texts.Select((t, i) => new RawPage(i + 1, t, true)).ToList();
            var warnings = new List<IngestWarning>
            {
                new("ocr", pages.Count == 1
                    ? "Ảnh được nhận dạng chữ bằng OCR."
                    : $"{pages.Count} trang ảnh được nhận dạng chữ bằng OCR."),
            };
            warnings.AddRange(OcrReadingCheck.Check(pages));
            return new ParsedSource(pages, null, warnings);
        }
        finally
        {
            try { scratch.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
