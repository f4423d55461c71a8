using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Text;
using DirectiveTracker.Ingest.Tools;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DirectiveTracker.Ingest.Pdf;

/// <summary>How pdftotext lays out the text layer.</summary>
public enum PdfTextMode
{
    /// <summary>Content-stream order (-raw): keeps line-final hyphens ("41-" / "CT/TW") and column order of Word/LibreOffice output.</summary>
    Raw,
    /// <summary>pdftotext's default reading order: adds blank lines between blocks but removes line-final hyphens.</summary>
    Reading,
    /// <summary>-layout: keeps physical layout; puts side-by-side header columns on one line.</summary>
    Layout,
}

/// <summary>Which reader gives a PDF's text layer.</summary>
public enum PdfTextReader
{
    /// <summary>PdfPig in process, with pdftotext as the fallback for files it cannot read.</summary>
    PdfPig,
    /// <summary>pdftotext only, in the parser's <see cref="PdfTextMode"/>.</summary>
    Pdftotext,
}

/// <summary>The poppler tools a PDF parse runs (Debian poppler-utils).</summary>
public sealed record PopplerTools(ExternalTool PdfToText, ExternalTool PdfToPpm)
{
    public static PopplerTools Create(string pdftotextPath, string pdftoppmPath, TimeSpan timeout, ILogger? logger = null) =>
        new(new ExternalTool(pdftotextPath, "poppler-utils", timeout, logger), new ExternalTool(pdftoppmPath, "poppler-utils", timeout, logger));
}

/// <summary>What decides OCR of scanned pages (a PDF's, an image file's): which pages need it, at what resolution, how many at once.</summary>
/// <param name="MinLetters">A page whose text layer has fewer letters than this (or is mostly junk) is treated as scanned.</param>
/// <param name="MaxPages">Most pages of one file read by OCR; further scanned pages keep their text layer and get a warning.</param>
/// <param name="MaxPagePixels">Most pixels one page is rendered to: a larger page is rendered at a lower resolution
/// (with a warning), and the render is cropped to this many pixels whatever the page claims.</param>
/// <param name="Deskew">Straighten a page scanned askew before OCR (<see cref="ScanCleanup"/>).</param>
/// <param name="Binarise">Make a page black and white by Otsu's threshold before OCR.</param>
public sealed record PdfOcrSettings(int MinLetters = 20, int Dpi = 300, int Parallelism = 2, int MaxPages = 200,
    long MaxPagePixels = 35_000_000, bool Deskew = true, bool Binarise = false);

/// <summary>
/// Reads a PDF into raw pages: the text layer by PdfPig in process (pdftotext as the fallback), and OCR for pages
/// without a usable text layer (rasterised with pdftoppm, read by an <see cref="IOcrEngine"/>, pages in parallel).
/// </summary>
/// <remarks>
/// The text mode defaults to <see cref="PdfTextMode.Raw"/>, chosen by measurement (`Bench ingest`): on the corpus'
/// LibreOffice PDFs it keeps 96% of blocks identical to the TXT ingest against 95% for the default mode, which also
/// drops line-final hyphens ("41-CT/TW" → "41CT/TW"); -layout scores 97% on single-column text but merges the
/// two-column header into lines like "Số: 556/KH-UBND   Đồng Tháp, ngày …".
/// </remarks>
public sealed class PdfParser(PopplerTools tools, IOcrEngine ocr, PdfOcrSettings ocrSettings, PdfTextMode mode = PdfTextMode.Raw,
    PdfTextReader reader = PdfTextReader.PdfPig, ILogger<PdfParser>? logger = null, int textParallelism = 0) : ISourceParser
{
    private readonly ScannedPageReader _pageReader = new(ocr, ocrSettings.Deskew, ocrSettings.Binarise);

    public SourceFormat Format => SourceFormat.Pdf;

    /// <summary>The PDF parser with poppler and tesseract as <paramref name="options"/> configure them.</summary>
    /// <param name="ocr">The OCR engine (by default tesseract as configured), shared with other parsers so its binary is logged once.</param>
    /// <param name="toolLogger">Where each tool logs the binary it runs, once, at its first use.</param>
    public static PdfParser Create(IngestOptions options, ILogger<PdfParser>? logger = null, IOcrEngine? ocr = null,
        ILogger? toolLogger = null) => new(
        PopplerTools.Create(options.PdftotextPath, options.PdftoppmPath, options.ToolTimeout, toolLogger),
        ocr ?? new TesseractOcrEngine(TesseractOcrEngine.Tool(options.TesseractPath, options.ToolTimeout, toolLogger), options.OcrLanguage),
        OcrSettingsOf(options), logger: logger, textParallelism: options.PdfTextParallelism);

    /// <summary>The OCR settings <paramref name="options"/> configure, for PDF pages and image files alike.</summary>
    public static PdfOcrSettings OcrSettingsOf(IngestOptions options) =>
        new(options.OcrMinLetters, options.OcrDpi, options.OcrParallelism, options.MaxOcrPages, options.MaxPagePixels,
            options.OcrDeskew, options.OcrBinarise);

    /// <summary>The OCR settings this parser runs with.</summary>
    public PdfOcrSettings OcrSettings => ocrSettings;

    public async Task<ParsedSource> ParseAsync(SourceFile file, CancellationToken ct)
    {
        // The bytes go to a scratch file only for the tools (pdftotext fallback, pdftoppm for OCR): a PDF with a good
        // text layer is read in process and never touches the disk.
        using var copy = new ScratchPdf(file);
        var warnings = new List<IngestWarning>();
        var layer = await ReadTextLayerAsync(file, copy, warnings, ct).ConfigureAwait(false);
        file.CheckPageCount(layer.Count);
        var pages = layer.Select((t, i) => new RawPage(i + 1, FromLegacyEncoding(t.Text, i + 1, warnings), false) { Styles = t.Styles }).ToArray();
        var scanned = pages.Where(p => !TextLayerQuality.IsUsable(p.Text, ocrSettings.MinLetters)).Select(p => p.Number).ToList();
        if (scanned.Count > Math.Max(0, ocrSettings.MaxPages))
        {
            var skipped = scanned.Skip(Math.Max(0, ocrSettings.MaxPages)).ToList();
            scanned = scanned.Take(Math.Max(0, ocrSettings.MaxPages)).ToList();
            warnings.Add(new IngestWarning("ocr-skipped",
                $"Tệp có {scanned.Count + skipped.Count} trang ảnh cần nhận dạng chữ (OCR) nhưng chỉ {scanned.Count} trang đầu "
                + $"được nhận dạng; {skipped.Count} trang bị bỏ qua (từ trang {skipped[0]} đến trang {skipped[^1]}).", skipped[0]));
        }
        if (scanned.Count > 0)
        {
            var pdfPath = await copy.PathAsync(ct).ConfigureAwait(false);
            var ocrTexts = await OcrPagesAsync(file, pdfPath, copy.Folder, scanned, layer, warnings, ct).ConfigureAwait(false);
            foreach (var (number, read) in ocrTexts.OrderBy(kv => kv.Key))
            {
                pages[number - 1] = new RawPage(number, read.Text, true);
                warnings.Add(new IngestWarning("ocr", $"Trang {number} được nhận dạng bằng OCR", number));
                if (read.DeskewWarning(number) is { } deskewed) warnings.Add(deskewed);
            }
            warnings.AddRange(OcrReadingCheck.Check(pages));
        }
        return new ParsedSource(pages, null, warnings);
    }

    /// <summary>The PDF's bytes as a file in this run's scratch space, written at the first call; the folder goes on dispose.</summary>
    private sealed class ScratchPdf(SourceFile file) : IDisposable
    {
        private DirectoryInfo? _folder;

        public string Folder => (_folder ?? throw new InvalidOperationException("the scratch copy is not written yet")).FullName;

        public async Task<string> PathAsync(CancellationToken ct)
        {
            var path = Path.Combine((_folder ??= ScratchSpace.Current.CreateFolder("pdf-")).FullName, "in.pdf");
            if (!File.Exists(path)) await File.WriteAllBytesAsync(path, file.Bytes, ct).ConfigureAwait(false);
            return path;
        }

        public void Dispose()
        {
            try { _folder?.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// Converts a page whose text layer is in a legacy font encoding: PDFs printed from .VnTime / VNI-Times documents
    /// carry TCVN3 or VNI codes as Latin-1 letters ("thùc hiÖn").
    /// </summary>
    private static string FromLegacyEncoding(string text, int page, List<IngestWarning> warnings)
    {
        switch (LegacyFontText.Identify(text))
        {
            case LegacyEncoding.Tcvn3:
                warnings.Add(new IngestWarning("legacy-tcvn3",
                    $"Trang {page} dùng phông TCVN3 (ABC, .VnTime) và đã được chuyển sang Unicode.", page));
                return LegacyFontText.FromTcvn3(text);
            case LegacyEncoding.Vni:
                warnings.Add(new IngestWarning("legacy-vni",
                    $"Trang {page} dùng phông VNI (VNI-Times) và đã được chuyển sang Unicode.", page));
                return LegacyFontText.FromVni(text);
            default:
                return text;
        }
    }

    /// <summary>
    /// The text layer by PdfPig, or by pdftotext when PdfPig cannot read the file (damaged fonts or structure that
    /// poppler still recovers), saying so in a warning. Page sizes are known only from PdfPig.
    /// </summary>
    private async Task<IReadOnlyList<PdfPageText>> ReadTextLayerAsync(SourceFile file, ScratchPdf copy, List<IngestWarning> warnings,
        CancellationToken ct)
    {
        if (reader == PdfTextReader.PdfPig)
        {
            try
            {
                var pages = new PdfPigTextLayer(textParallelism).Read(file.FileName, file.Bytes, ct);
                if (pages.Count > 0) return pages;
            }
            catch (PdfTextLayerException e)
            {
                warnings.Add(new IngestWarning("pdf-reader-fallback",
                    "Bộ đọc PDF chính (PdfPig) không đọc được tệp này; lớp chữ được đọc bằng pdftotext, "
                    + "bố cục bảng và tiêu đề có thể kém chính xác hơn."));
                (logger ?? NullLogger<PdfParser>.Instance).LogWarning(e, "{File}: PdfPig failed, text layer read by pdftotext: {Reason}",
                    file.FileName, e.Message);
            }
        }
        var texts = await ReadWithPdftotextAsync(file.FileName, await copy.PathAsync(ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        return texts.Select((t, i) => new PdfPageText(i + 1, t, 0, 0)).ToList();
    }

    /// <summary>Runs pdftotext once and splits its output on form feeds, one string per page.</summary>
    private async Task<IReadOnlyList<string>> ReadWithPdftotextAsync(string fileName, string pdfPath, CancellationToken ct)
    {
        var args = new List<string> { "-enc", "UTF-8" };
        if (mode == PdfTextMode.Raw) args.Add("-raw");
        else if (mode == PdfTextMode.Layout) args.Add("-layout");
        args.Add(pdfPath);
        args.Add("-");
        var result = await tools.PdfToText.RunAsync(fileName, args, ct: ct).ConfigureAwait(false);
        if (result.ExitCode != 0) throw Failure(fileName, result);

        var text = result.StdoutText.Replace("\r\n", "\n");
        var pages = text.Split('\f').ToList();
        // pdftotext ends every page with a form feed, so the piece after the last one is not a page.
        if (pages.Count > 1 && pages[^1].Trim().Length == 0) pages.RemoveAt(pages.Count - 1);
        if (pages.Count == 0 || pages.Count == 1 && pages[0].Length == 0 && result.Stdout.Length == 0)
            throw new IngestException(fileName, IngestErrorCode.Corrupt,
                "Tệp PDF không có trang nào đọc được.", "pdftotext produced no page");
        return pages;
    }

    private static IngestException Failure(string fileName, ToolResult r)
    {
        // pdftotext: 1 = cannot open (incl. wrong password), 3 = permission (copy-protected); see pdftotext(1).
        var encrypted = r.ExitCode == 3
            || r.Stderr.Contains("Incorrect password", StringComparison.OrdinalIgnoreCase)
            || r.Stderr.Contains("encrypt", StringComparison.OrdinalIgnoreCase);
        return encrypted
            ? new IngestException(fileName, IngestErrorCode.Encrypted,
                "Tệp PDF được đặt mật khẩu hoặc bị khóa sao chép; vui lòng gỡ mật khẩu rồi tải lên lại.",
                $"encrypted PDF (pdftotext exit {r.ExitCode}: {r.StderrFirstLine})")
            : new IngestException(fileName, IngestErrorCode.Corrupt,
                "Tệp PDF bị hỏng hoặc không phải tệp PDF hợp lệ.",
                $"unreadable PDF (pdftotext exit {r.ExitCode}: {r.StderrFirstLine})");
    }

    private async Task<Dictionary<int, ScannedPageText>> OcrPagesAsync(SourceFile file, string pdfPath, string scratch,
        IReadOnlyList<int> pageNumbers, IReadOnlyList<PdfPageText> layer, List<IngestWarning> warnings, CancellationToken ct)
    {
        var dpi = new Dictionary<int, int>();
        foreach (var number in pageNumbers)
        {
            var page = layer[number - 1];
            dpi[number] = PageRaster.Dpi(page.Width, page.Height, ocrSettings.Dpi, ocrSettings.MaxPagePixels);
            if (dpi[number] < ocrSettings.Dpi)
                warnings.Add(new IngestWarning("page-too-large",
                    $"Trang {number} rất lớn ({page.Width / 72:0.#} × {page.Height / 72:0.#} inch) nên được dựng ảnh ở {dpi[number]} dpi "
                    + $"thay vì {ocrSettings.Dpi} dpi (giới hạn {ocrSettings.MaxPagePixels / 1_000_000.0:0.#} triệu điểm ảnh mỗi trang); "
                    + "kết quả nhận dạng chữ có thể kém.", number));
        }
        var results = new Dictionary<int, ScannedPageText>();
        file.Progress?.Report(new PageProgress(file.FileName, 0, pageNumbers.Count));
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await Parallel.ForEachAsync(pageNumbers,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, ocrSettings.Parallelism), CancellationToken = linked.Token },
            async (number, token) =>
            {
                var read = await OcrPageAsync(file.FileName, pdfPath, scratch, number, dpi[number], token).ConfigureAwait(false);
                int done;
                lock (results) { results[number] = read; done = results.Count; }
                file.Progress?.Report(new PageProgress(file.FileName, done, pageNumbers.Count));
            }).ConfigureAwait(false);
        return results;
    }

    private async Task<ScannedPageText> OcrPageAsync(string fileName, string pdfPath, string scratch, int number, int dpi,
        CancellationToken ct)
    {
        var prefix = Path.Combine(scratch, $"page-{number}");
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var n = number.ToString(inv);
        // A blank sheet has nothing for OCR: a coarse look first spares rendering it at full size and reading it.
        if (await IsBlankPageAsync(fileName, pdfPath, prefix + "-probe", n, ct).ConfigureAwait(false)) return new("", null);
        // The crop box is the hard cap: it holds even when the page size is unknown (pdftotext fallback) or lies.
        var side = PageRaster.MaxSide(ocrSettings.MaxPagePixels).ToString(inv);
        var r = await tools.PdfToPpm.RunAsync(fileName,
            ["-r", dpi.ToString(inv), "-f", n, "-l", n, "-x", "0", "-y", "0", "-W", side, "-H", side,
             "-gray", "-singlefile", pdfPath, prefix], ct: ct).ConfigureAwait(false);
        // Uncompressed greyscale PGM: PNG compression of a 300 dpi page costs more than rendering it.
        var image = prefix + ".pgm";
        if (r.ExitCode != 0 || !File.Exists(image))
            throw new IngestException(fileName, IngestErrorCode.Corrupt,
                $"Không dựng được ảnh trang {number} của tệp PDF để nhận dạng chữ.",
                $"pdftoppm exited {r.ExitCode} on page {number}: {r.StderrFirstLine}");
        try
        {
            return await _pageReader.ReadAsync(fileName, image, ct).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(image);
        }
    }

    private async Task<bool> IsBlankPageAsync(string fileName, string pdfPath, string prefix, string page, CancellationToken ct)
    {
        // Cropped like the full render: a page that lies about its size cannot make even the coarse look large.
        var side = PageRaster.MaxSide(ocrSettings.MaxPagePixels).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var r = await tools.PdfToPpm.RunAsync(fileName,
            ["-r", BlankImage.ProbeDpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", page, "-l", page,
             "-x", "0", "-y", "0", "-W", side, "-H", side, "-gray", "-singlefile", pdfPath, prefix], ct: ct).ConfigureAwait(false);
        var probe = prefix + ".pgm";
        try { return r.ExitCode == 0 && File.Exists(probe) && BlankImage.IsBlank(probe, darkBelow: 0.85); }
        finally { File.Delete(probe); }
    }
}
