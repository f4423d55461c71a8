using System.Diagnostics;
using static DirectiveTracker.Ingest.Tests.Fixtures.FixtureTools;

namespace DirectiveTracker.Bench;

/// <summary>
/// Files for the ingest benchmark, made from the corpus the way users make them: the TXT seeds and realdocs,
/// their DOCX and PDF saved by LibreOffice, and image-only ("scanned") PDFs of rasterised pages.
/// </summary>
internal sealed class IngestBenchCorpus : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("dtrack-bench-ingest-");

    public IReadOnlyList<string> Txt { get; private set; } = [];
    public IReadOnlyList<string> Docx { get; private set; } = [];
    public IReadOnlyList<string> Pdf { get; private set; } = [];
    /// <summary>Word 97–2003 files saved by LibreOffice (read back through LibreOffice, then the DOCX path).</summary>
    public IReadOnlyList<string> Doc { get; private set; } = [];
    /// <summary>OpenDocument text files saved by LibreOffice (read back the same way as <see cref="Doc"/>).</summary>
    public IReadOnlyList<string> Odt { get; private set; } = [];
    /// <summary>PNG scans of the pages in <see cref="ScannedPdf"/>, one file each.</summary>
    public IReadOnlyList<string> Png { get; private set; } = [];
    /// <summary>The same pages as colour JPEG files (quality 85), one file each, saved by ImageMagick.</summary>
    public IReadOnlyList<string> Jpeg { get; private set; } = [];
    /// <summary>The same pages in one multi-page TIFF (bilevel, Group 4, as scanners write it), saved by ImageMagick.</summary>
    public string Tiff { get; private set; } = "";
    /// <summary>One PDF holding all scanned pages (so a parse can OCR pages side by side).</summary>
    public string ScannedPdf { get; private set; } = "";
    public int ScannedPages { get; private set; }
    /// <summary>A page with the two-column header table every administrative document has.</summary>
    public string HeaderPdf { get; private set; } = "";
    /// <summary>A ruled table of realdoc 02's appendix rows, long enough to run across pages.</summary>
    public string AppendixPdf { get; private set; } = "";
    public int AppendixRowCount { get; private set; }
    public TimeSpan MakeTime { get; private set; }

    /// <summary>Pages of the LibreOffice PDF of each source, by base name (DOCX and TXT are counted by the same pages).</summary>
    public Dictionary<string, int> PagesByName { get; } = new();

    /// <param name="pdfOnly">Only the PDFs (and the header and appendix pages): the text-layer and OCR benches need no DOCX or DOC.</param>
    public static IngestBenchCorpus Make(string repoRoot, int scannedPages, bool pdfOnly = false)
    {
        var c = new IngestBenchCorpus();
        var sw = Stopwatch.StartNew();
        var src = Directory.CreateDirectory(Path.Combine(c._dir.FullName, "txt")).FullName;
        foreach (var f in Directory.GetFiles(Path.Combine(repoRoot, "corpus", "seeds"), "*.txt")
                     .Concat(Directory.GetFiles(Path.Combine(repoRoot, "corpus", "realdocs"), "*.txt")))
            File.Copy(f, Path.Combine(src, Path.GetFileName(f)));
        c.Txt = Directory.GetFiles(src, "*.txt").Order().ToList();

        var office = Path.Combine(c._dir.FullName, "office");
        var profile = Path.Combine(c._dir.FullName, "profile");
        OfficeConvert("pdf", office, profile, c.Txt);
        if (!pdfOnly) OfficeConvert("docx", office, profile, c.Txt);
        c.Pdf = Directory.GetFiles(office, "*.pdf").Order().ToList();
        c.Docx = Directory.GetFiles(office, "*.docx").Order().ToList();
        var doc = Directory.CreateDirectory(Path.Combine(c._dir.FullName, "doc")).FullName;
        if (!pdfOnly) OfficeConvert("doc:MS Word 97", doc, profile, c.Docx.Take(scannedPages == 0 ? 0 : 8).ToList());
        c.Doc = Directory.GetFiles(doc, "*.doc").Order().ToList();
        if (!pdfOnly) OfficeConvert("odt:writer8", doc, profile, c.Docx.Take(scannedPages == 0 ? 0 : 8).ToList());
        c.Odt = Directory.GetFiles(doc, "*.odt").Order().ToList();
        c.HeaderPdf = Path.Combine(c._dir.FullName, "header.pdf");
        OfficeConvert("pdf", c._dir.FullName, profile, [TwoColumnHeaderPage(Path.Combine(c._dir.FullName, "header.html"))]);
        const int appendixRepeat = 6;
        c.AppendixPdf = Path.Combine(c._dir.FullName, "appendix.pdf");
        c.AppendixRowCount = appendixRepeat * AppendixRows.Count;
        OfficeConvert("pdf", c._dir.FullName, profile, [AppendixTablePage(Path.Combine(c._dir.FullName, "appendix.html"), appendixRepeat)]);
        foreach (var pdf in c.Pdf) c.PagesByName[Path.GetFileNameWithoutExtension(pdf)] = PageCount(pdf);

        // Scanned pages: page 1 of the first K PDFs at 200 dpi, each wrapped alone in an image-only PDF, then joined.
        c.MakeTime = sw.Elapsed;
        if (scannedPages == 0) return c;
        var scans = Directory.CreateDirectory(Path.Combine(c._dir.FullName, "scan")).FullName;
        var fodts = c.Pdf.Take(scannedPages)
            .Select(pdf => ScannedPageDocument(pdf, 1, 200, Path.Combine(scans, Path.GetFileNameWithoutExtension(pdf))))
            .ToList();
        var scannedOut = Path.Combine(c._dir.FullName, "scanned");
        OfficeConvert("pdf", scannedOut, profile, fodts);
        c.ScannedPdf = Path.Combine(c._dir.FullName, "scanned.pdf");
        Poppler("pdfunite", [.. Directory.GetFiles(scannedOut, "*.pdf").Order(), c.ScannedPdf]);
        c.ScannedPages = PageCount(c.ScannedPdf);
        var png = Directory.CreateDirectory(Path.Combine(c._dir.FullName, "png")).FullName;
        Poppler("pdftoppm", ["-r", "300", "-gray", "-png", c.ScannedPdf, Path.Combine(png, "scan")]);
        c.Png = Directory.GetFiles(png, "*.png").Order().ToList();
        c.Jpeg = c.Png.Select(p =>
        {
            var jpeg = Path.ChangeExtension(p, ".jpg");
            Run("convert", "imagemagick", [p, "-type", "TrueColor", "-quality", "85", $"jpeg:{jpeg}"]);
            return jpeg;
        }).ToList();
        c.Tiff = Path.Combine(png, "scan.tif");
        Run("convert", "imagemagick", [.. c.Png, "-threshold", "50%", "-monochrome", "-compress", "group4", $"tiff:{c.Tiff}"]);
        c.MakeTime = sw.Elapsed;
        return c;
    }

    public string Dir => _dir.FullName;


    public void Dispose()
    {
        try { _dir.Delete(recursive: true); } catch (IOException) { }
    }
}
