using DirectiveTracker.Ingest.Tools;

namespace DirectiveTracker.Ingest.Pdf;

/// <summary>OCR with the tesseract command line (Debian tesseract-ocr + tesseract-ocr-vie), one single-threaded process per page.</summary>
/// <remarks>OMP_THREAD_LIMIT=1 because tesseract's own threading is several times slower on a small shared machine;
/// parallelism comes from running pages side by side.</remarks>
public sealed class TesseractOcrEngine(ExternalTool tesseract, string language = "vie") : IOcrEngine
{
    private static readonly IReadOnlyDictionary<string, string> SingleThread =
        new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" };

    /// <summary>A tesseract runner with the Debian package named for the "missing tool" message.</summary>
    public static ExternalTool Tool(string path, TimeSpan timeout, Microsoft.Extensions.Logging.ILogger? logger = null) =>
        new(path, "tesseract-ocr tesseract-ocr-vie", timeout, logger);

    public async Task<string> RecognizeAsync(string fileName, string imagePath, CancellationToken ct)
    {
        var result = await tesseract.RunAsync(fileName, [imagePath, "stdout", "-l", language], SingleThread, ct: ct)
            .ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            var missingLanguage = result.Stderr.Contains("Failed loading language", StringComparison.OrdinalIgnoreCase);
            throw new IngestException(fileName,
                missingLanguage ? IngestErrorCode.ToolMissing : IngestErrorCode.Unreadable,
                missingLanguage
                    ? $"Máy chủ thiếu dữ liệu nhận dạng tiếng Việt cho OCR; quản trị viên cần cài gói tesseract-ocr-{language}."
                    : "Không nhận dạng được chữ trên trang quét của tệp này.",
                $"tesseract exited {result.ExitCode}: {result.StderrFirstLine}");
        }
        return result.StdoutText;
    }

}
