using System.Text;
using DirectiveTracker.Ingest.Tools;

namespace DirectiveTracker.Ingest.Tests.Fixtures;

/// <summary>
/// PDF and DOCX files made from corpus texts by a real office suite (LibreOffice headless), once per test run:
/// text PDFs, a DOCX, an encrypted PDF, an image-only ("scanned") PDF and a mixed text + scanned PDF.
/// </summary>
/// <remarks>Fails (never skips) when LibreOffice or poppler is missing: scripts/setup.sh test installs them.</remarks>
public sealed class OfficeFixtures : IDisposable
{
    public const string Seed003 = "003_ab9f4c99556e224b";
    public const string Realdoc16 = "16_chithi-CT31-TTg-2012-dao-tao-nghe-con-liet-si";

    private static readonly TimeSpan OfficeTimeout = TimeSpan.FromMinutes(3);
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("dtrack-office-");

    public OfficeFixtures()
    {
        var src = Path.Combine(_dir.FullName, "src");
        Directory.CreateDirectory(src);
        File.Copy(RepoPaths.Corpus($"seeds/{Seed003}.txt"), Path.Combine(src, $"{Seed003}.txt"));
        File.Copy(RepoPaths.Corpus($"realdocs/{Realdoc16}.txt"), Path.Combine(src, $"{Realdoc16}.txt"));
        File.Copy(RepoPaths.Corpus($"realdocs/{Realdoc16}.txt"), Path.Combine(src, "locked.txt"));

        var texts = new[] { Seed003, Realdoc16 }.Select(n => Path.Combine(src, n + ".txt")).ToArray();
        Convert("pdf", texts);
        Convert("docx", texts);
        Convert("pdf:writer_pdf_Export:{\"EncryptFile\":{\"type\":\"boolean\",\"value\":\"true\"},"
                + "\"DocumentOpenPassword\":{\"type\":\"string\",\"value\":\"matkhau\"}}", [Path.Combine(src, "locked.txt")]);

        // Scanned page: rasterise page 1 of the seed PDF at 200 dpi and wrap the image alone in a PDF.
        Run("pdftoppm", "poppler-utils", ["-r", "200", "-f", "1", "-l", "1", "-png", "-singlefile", Pdf(Seed003), Path.Combine(src, "scan")]);
        File.WriteAllText(Path.Combine(src, "scanned.fodt"), ImageOnlyDocument(Path.Combine(src, "scan.png")));
        Convert("pdf", [Path.Combine(src, "scanned.fodt")]);

        // Mixed: page 1 of the realdoc (text layer) followed by the scanned page.
        Run("pdfseparate", "poppler-utils", ["-f", "1", "-l", "1", Pdf(Realdoc16), Path.Combine(src, "text-page-%d.pdf")]);
        Run("pdfunite", "poppler-utils", [Path.Combine(src, "text-page-1.pdf"), Pdf("scanned"), Pdf("mixed")]);
        ScannedPageSourceText = ToolText("pdftotext", ["-f", "1", "-l", "1", "-raw", Pdf(Seed003), "-"]);
    }

    /// <summary>Path of a generated PDF by base name (Seed003, Realdoc16, "locked", "scanned", "mixed").</summary>
    public string Pdf(string name) => Path.Combine(_dir.FullName, name + ".pdf");

    public string Docx(string name) => Path.Combine(_dir.FullName, name + ".docx");

    /// <summary>The text layer of the page that was rasterised into the scanned PDF: what OCR should read back.</summary>
    public string ScannedPageSourceText { get; }

    public string ToolText(string tool, string[] args) =>
        Run(tool, "poppler-utils", args).StdoutText;

    private void Convert(string target, IReadOnlyList<string> files)
    {
        var profile = new Uri(Path.Combine(_dir.FullName, "profile")).AbsoluteUri;
        var args = new List<string> { $"-env:UserInstallation={profile}", "--headless", "--convert-to", target, "--outdir", _dir.FullName };
        args.AddRange(files);
        var r = Run("soffice", "libreoffice-writer-nogui", args, OfficeTimeout);
        foreach (var f in files)
        {
            var ext = target.Split(':')[0];
            var output = Path.Combine(_dir.FullName, Path.GetFileNameWithoutExtension(f) + "." + ext);
            if (!File.Exists(output))
                throw new InvalidOperationException($"LibreOffice did not produce {output}: {r.StdoutText} {r.Stderr}");
        }
    }

    private static ToolResult Run(string tool, string package, IReadOnlyList<string> args, TimeSpan? timeout = null)
    {
        ToolResult r;
        try
        {
            r = new ExternalTool(tool, package, timeout ?? TimeSpan.FromMinutes(1))
                .RunAsync("fixture", args).GetAwaiter().GetResult();
        }
        catch (IngestException e) when (e.Code == IngestErrorCode.ToolMissing)
        {
            throw new InvalidOperationException(
                $"Test fixtures need '{tool}' (Debian {package}); run scripts/setup.sh test. {e.Message}", e);
        }
        if (r.ExitCode != 0) throw new InvalidOperationException($"{tool} exited {r.ExitCode}: {r.Stderr}");
        return r;
    }

    /// <summary>A flat ODF text document holding one full-page image and no text.</summary>
    private static string ImageOnlyDocument(string pngPath)
    {
        var data = System.Convert.ToBase64String(File.ReadAllBytes(pngPath));
        return new StringBuilder()
            .Append("""<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">""")
            .Append("""<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm"/></style:page-layout></office:automatic-styles>""")
            .Append("""<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>""")
            .Append("""<office:body><office:text><text:p><draw:frame draw:name="scan" text:anchor-type="as-char" svg:width="20.9cm" svg:height="29.5cm"><draw:image><office:binary-data>""")
            .Append(data)
            .Append("</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body></office:document>")
            .ToString();
    }

    public void Dispose()
    {
        try { _dir.Delete(recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class OfficeCollection : ICollectionFixture<OfficeFixtures>
{
    public const string Name = "office fixtures";
}
