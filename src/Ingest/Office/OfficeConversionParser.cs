using DirectiveTracker.Ingest.Docx;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Tools;

namespace DirectiveTracker.Ingest.Office;

/// <summary>
/// Reads Word 97–2003 (.doc), OpenDocument (.odt) and RTF files by converting them to DOCX with LibreOffice headless,
/// then reading the DOCX like any other: one LibreOffice process per file, with its own profile folder (so runs side
/// by side never share or corrupt one), a timeout, arguments passed without a shell.
/// </summary>
public sealed class OfficeConversionParser(SourceFormat format, ExternalTool soffice, DocxParser docx) : ISourceParser
{
    public SourceFormat Format => format;

    /// <summary>The soffice runner, naming the Debian package in the "missing tool" message.</summary>
    public static ExternalTool Tool(string path, TimeSpan timeout, Microsoft.Extensions.Logging.ILogger? logger = null) =>
        new(path, "libreoffice-writer-nogui", timeout, logger);

    public async Task<ParsedSource> ParseAsync(SourceFile file, CancellationToken ct)
    {
        // In this run's scratch space: a killed run's copy is removed by the next run (issue 8).
        var scratch = ScratchSpace.Current.CreateFolder("office-");
        try
        {
            var extension = format.ToString().ToLowerInvariant();
            var input = Path.Combine(scratch.FullName, "in." + extension);
            var outDir = Directory.CreateDirectory(Path.Combine(scratch.FullName, "out")).FullName;
            var profile = new Uri(Path.Combine(scratch.FullName, "profile")).AbsoluteUri;
            await File.WriteAllBytesAsync(input, file.Bytes, ct).ConfigureAwait(false);
            var r = await soffice.RunAsync(file.FileName,
                [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--nolockcheck",
                 "--convert-to", "docx:MS Word 2007 XML", "--outdir", outDir, input], ct: ct).ConfigureAwait(false);
            var output = Path.Combine(outDir, "in.docx");
            if (r.ExitCode != 0 || !File.Exists(output))
                throw new IngestException(file.FileName, IngestErrorCode.Corrupt,
                    $"Tệp {extension.ToUpperInvariant()} bị hỏng hoặc không chuyển đổi được; vui lòng mở bằng Word và lưu lại dạng DOCX rồi tải lên.",
                    $"LibreOffice could not convert the {extension} file (exit {r.ExitCode}): {r.StderrFirstLine}");
            var parsed = await docx.ParseAsync(file with { Bytes = await File.ReadAllBytesAsync(output, ct).ConfigureAwait(false) }, ct)
                .ConfigureAwait(false);
            var warnings = parsed.Warnings.Prepend(new IngestWarning("converted",
                $"Tệp {extension.ToUpperInvariant()} đã được chuyển sang DOCX bằng LibreOffice để đọc.")).ToList();
            return parsed with { Warnings = warnings };
        }
        finally
        {
            try { scratch.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
