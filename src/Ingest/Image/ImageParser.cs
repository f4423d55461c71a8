using System.Globalization;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Pdf;
using DirectiveTracker.Ingest.Tools;

namespace DirectiveTracker.Ingest.Image;

/// <summary>
/// Reads a scanner's image (JPEG, PNG, TIFF with one or many pages) by OCR, page by page like scanned PDF pages: each
/// page decoded to a grey PGM (<see cref="ImageMagickDecoder"/>), then the same <see cref="ScannedPageReader"/> — blank
/// sheets skipped, straightened and binarised as configured — and tesseract. The size of every page is read from the
/// header first: an image past the pixel cap is refused before it is decoded.
/// </summary>
public sealed class ImageParser(ImageMagickDecoder decoder, IOcrEngine ocr, PdfOcrSettings settings) : ISourceParser
{
    private readonly ScannedPageReader _pageReader = new(ocr, settings.Deskew, settings.Binarise);

    public SourceFormat Format => SourceFormat.Image;

    /// <summary>The image parser with ImageMagick and tesseract as <paramref name="options"/> configure them.</summary>
    /// <param name="ocr">The OCR engine (by default tesseract as configured), shared with other parsers so its binary is logged once.</param>
    /// <param name="toolLogger">Where each tool logs the binary it runs, once, at its first use.</param>
    public static ImageParser Create(IngestOptions options, IOcrEngine? ocr = null, Microsoft.Extensions.Logging.ILogger? toolLogger = null) => new(
        new ImageMagickDecoder(ImageMagickDecoder.Tool(options.ImageMagickPath, options.ToolTimeout, toolLogger)),
        ocr ?? new TesseractOcrEngine(TesseractOcrEngine.Tool(options.TesseractPath, options.ToolTimeout, toolLogger), options.OcrLanguage),
        PdfParser.OcrSettingsOf(options));

    public async Task<ParsedSource> ParseAsync(SourceFile file, CancellationToken ct)
    {
        var header = ImageHeader.Read(file.Bytes) ?? throw new IngestException(file.FileName, IngestErrorCode.Corrupt,
            "Tệp ảnh bị hỏng hoặc không đọc được kích thước ảnh.", "image header unreadable");
        CheckLimits(file.FileName, header);
        file.CheckPageCount(header.Pages.Count);

        // In this run's scratch space: a killed run's copy is removed by the next run (issue 8).
        var scratch = ScratchSpace.Current.CreateFolder("image-");
        try
        {
            var path = Path.Combine(scratch.FullName, "in." + header.Kind.ToLowerInvariant());
            await File.WriteAllBytesAsync(path, file.Bytes, ct).ConfigureAwait(false);
            var reads = new (ScannedPageText Read, string? Damage)[header.Pages.Count];
            var done = 0;
            file.Progress?.Report(new PageProgress(file.FileName, 0, reads.Length));
            await Parallel.ForEachAsync(Enumerable.Range(0, reads.Length),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = ct },
                async (index, token) =>
                {
                    var pgm = Path.Combine(scratch.FullName, $"page-{index + 1}.pgm");
                    try
                    {
                        var decoded = await decoder.DecodeAsync(file.FileName, header, path, index, pgm, token).ConfigureAwait(false);
                        reads[index] = (await _pageReader.ReadAsync(file.FileName, decoded.PgmPath, token).ConfigureAwait(false), decoded.Damage);
                    }
                    finally { File.Delete(pgm); }
                    file.Progress?.Report(new PageProgress(file.FileName, Interlocked.Increment(ref done), reads.Length));
                }).ConfigureAwait(false);

            var pages = reads.Select((r, i) => new RawPage(i + 1, r.Read.Text, true)).ToList();
            var warnings = new List<IngestWarning>
            {
                new("ocr", pages.Count == 1
                    ? "Ảnh được nhận dạng chữ bằng OCR."
                    : $"{pages.Count} trang ảnh được nhận dạng chữ bằng OCR."),
            };
            for (var i = 0; i < reads.Length; i++)
            {
                if (reads[i].Read.DeskewWarning(i + 1) is { } deskewed) warnings.Add(deskewed);
                if (reads[i].Damage is not null)
                    warnings.Add(new IngestWarning("image-damaged",
                        $"Trang {i + 1} của tệp ảnh bị hỏng một phần (dữ liệu ảnh bị cắt cụt hoặc lỗi); phần hỏng không đọc được chữ.", i + 1));
            }
            warnings.AddRange(OcrReadingCheck.Check(pages));
            return new ParsedSource(pages, null, warnings);
        }
        finally
        {
            try { scratch.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private void CheckLimits(string fileName, ImageHeader header)
    {
        if (header.Pages.Count > settings.MaxPages)
            throw new IngestException(fileName, IngestErrorCode.TooLarge,
                $"Tệp ảnh có {header.Pages.Count} trang, vượt giới hạn {settings.MaxPages} trang được nhận dạng chữ.",
                $"image has {header.Pages.Count} pages, over MaxOcrPages {settings.MaxPages}");
        for (var i = 0; i < header.Pages.Count; i++)
        {
            var (w, h) = header.Pages[i];
            if (w <= 0 || h <= 0)
                throw new IngestException(fileName, IngestErrorCode.Corrupt,
                    $"Trang {i + 1} của tệp ảnh bị hỏng: không đọc được kích thước.", $"image page {i + 1} has no size ({w}x{h})");
            if (w * h > settings.MaxPagePixels)
                throw new IngestException(fileName, IngestErrorCode.TooLarge, string.Create(CultureInfo.InvariantCulture,
                    $"Trang {i + 1} của tệp ảnh quá lớn ({w} × {h} điểm ảnh), vượt giới hạn {settings.MaxPagePixels / 1_000_000.0:0.#} triệu điểm ảnh mỗi trang."),
                    $"image page {i + 1} is {w}x{h} pixels, over MaxPagePixels {settings.MaxPagePixels}");
        }
    }
}
