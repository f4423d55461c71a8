using static DirectiveTracker.Ingest.Tests.Fixtures.FixtureTools;

namespace DirectiveTracker.Ingest.Tests.Fixtures;

/// <summary>
/// PDF and DOCX files made from corpus texts by a real office suite (LibreOffice headless), once per test run:
/// text PDFs, DOCX, an encrypted PDF, an image-only ("scanned") PDF and a mixed text + scanned PDF.
/// </summary>
/// <remarks>Fails (never skips) when LibreOffice or poppler is missing: scripts/setup.sh test installs them.</remarks>
public sealed class OfficeFixtures : IDisposable
{
    public const string Seed003 = "003_ab9f4c99556e224b";
    /// <summary>Seed 003 with one line per paragraph (its TXT ingest's blocks), as a document typed in Word has them.</summary>
    public const string Seed003Paragraphs = "003-paragraphs";
    public const string Realdoc16 = "16_chithi-CT31-TTg-2012-dao-tao-nghe-con-liet-si";

    /// <summary>"thực hiện kế hoạch về công tác thi đua của các cơ quan, đơn vị trong tỉnh năm 2025." in TCVN3 codes.</summary>
    public const string Tcvn3Sentence = "thùc hiÖn kÕ ho¹ch vÒ c«ng t¸c thi ®ua cña c¸c c¬ quan, ®¬n vÞ trong tØnh n¨m 2025.";

    /// <summary>"KẾ HOẠCH" as typed in the capitals font .VnTimeH: lower-case TCVN3 codes drawn as capitals.</summary>
    public const string Tcvn3Heading = "kÕ ho¹ch";

    /// <summary>The serif font LibreOffice prints with (Debian fonts-liberation2), renamed into the legacy fonts.</summary>
    private const string LiberationSerif = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("dtrack-office-");

    public OfficeFixtures()
    {
        var src = Directory.CreateDirectory(Path.Combine(_dir.FullName, "src")).FullName;
        var profile = Path.Combine(_dir.FullName, "profile");
        File.Copy(RepoPaths.Corpus($"seeds/{Seed003}.txt"), Path.Combine(src, $"{Seed003}.txt"));
        File.Copy(RepoPaths.Corpus($"realdocs/{Realdoc16}.txt"), Path.Combine(src, $"{Realdoc16}.txt"));
        File.Copy(RepoPaths.Corpus($"realdocs/{Realdoc16}.txt"), Path.Combine(src, "locked.txt"));
        File.Copy(RepoPaths.Corpus($"seeds/{Seed003}.txt"), Path.Combine(src, "restricted.txt"));

        var texts = new[] { Seed003, Realdoc16 }.Select(n => Path.Combine(src, n + ".txt")).ToArray();
        // A text layer in TCVN3 codes, as PDFs printed from .VnTime documents have.
        var tcvn3 = Path.Combine(src, "tcvn3.txt");
        File.WriteAllText(tcvn3, string.Join("\n", Enumerable.Repeat(Tcvn3Sentence, 3)));
        var header = TwoColumnHeaderPage(Path.Combine(src, "header.html"));
        // Realdoc 02's appendix rows, repeated so the ruled table runs across pages.
        var appendix = AppendixTablePage(Path.Combine(src, "appendix.html"), AppendixRepeat);
        OfficeConvert("pdf", _dir.FullName, profile, [.. texts, header, tcvn3, appendix]);
        // LibreOffice reads fonts from its profile's user/fonts: Liberation Serif renamed to the legacy TCVN3 fonts.
        var fonts = Directory.CreateDirectory(Path.Combine(profile, "user", "fonts")).FullName;
        foreach (var family in new[] { ".VnTime", ".VnTimeH" })
            RenamedFont(LiberationSerif, family, Path.Combine(fonts, family.TrimStart('.') + ".ttf"));
        OfficeConvert("pdf", _dir.FullName, profile,
            [AlignedTablePage(Path.Combine(src, "aligned.html")), AlignedTablePage(Path.Combine(src, "aligned-pages.html"), AppendixRepeat),
             LegacyFontPage(Path.Combine(src, "vntime.html"), Tcvn3Heading, Tcvn3Sentence)],
            "HTML (StarWriter)");
        // As a Word user would have it: one paragraph per block of the seed (what its TXT ingest yields).
        var blocks = Path.Combine(src, Seed003Paragraphs + ".txt");
        var seedIngest = IngestServices.CreateDefault().IngestAsync(Path.Combine(src, $"{Seed003}.txt")).GetAwaiter().GetResult();
        File.WriteAllLines(blocks, seedIngest.Blocks.Where(b => b.Kind != Model.BlockKind.Footnote).Select(b => b.Text));
        OfficeConvert("docx:MS Word 2007 XML", _dir.FullName, profile, [.. texts, blocks, header]);
        OfficeConvert("pdf:writer_pdf_Export:{\"EncryptFile\":{\"type\":\"boolean\",\"value\":\"true\"},"
                      + "\"DocumentOpenPassword\":{\"type\":\"string\",\"value\":\"matkhau\"}}",
            _dir.FullName, profile, [Path.Combine(src, "locked.txt")]);
        // Owner-only restrictions (no copying or changes, a permission password, no open password), as offices lock PDFs.
        OfficeConvert("pdf:writer_pdf_Export:{\"RestrictPermissions\":{\"type\":\"boolean\",\"value\":\"true\"},"
                      + "\"PermissionPassword\":{\"type\":\"string\",\"value\":\"chusohuu\"},"
                      + "\"EnableCopyingOfContent\":{\"type\":\"boolean\",\"value\":\"false\"}}",
            _dir.FullName, profile, [Path.Combine(src, "restricted.txt")]);

        // The formats an office still sends, saved by LibreOffice from the header page and the realdoc.
        // The header page goes through its DOCX, so each is a Writer document, not a web page.
        var headerDocx = Path.Combine(src, "header.docx");
        File.Copy(Docx("header"), headerDocx);
        OfficeConvert("doc:MS Word 97", _dir.FullName, profile, [headerDocx, texts[1]]);
        OfficeConvert("odt:writer8", _dir.FullName, profile, [headerDocx]);
        OfficeConvert("rtf:Rich Text Format", _dir.FullName, profile, [headerDocx]);

        // Scanned page: page 1 of the seed PDF at 200 dpi, wrapped alone in an image-only PDF.
        OfficeConvert("pdf", _dir.FullName, profile, [ScannedPageDocument(Pdf(Seed003), 1, 200, Path.Combine(src, "scanned"))]);

        // Mixed: page 1 of the realdoc (text layer) followed by the scanned page.
        Poppler("pdfseparate", ["-f", "1", "-l", "1", Pdf(Realdoc16), Path.Combine(src, "text-page-%d.pdf")]);
        Poppler("pdfunite", [Path.Combine(src, "text-page-1.pdf"), Pdf("scanned"), Pdf("mixed")]);
        ScannedPageSourceText = Poppler("pdftotext", ["-f", "1", "-l", "1", "-raw", Pdf(Seed003), "-"]);
    }

    /// <summary>Times <see cref="FixtureTools.AppendixRows"/> are repeated in the "appendix" PDF.</summary>
    public const int AppendixRepeat = 6;

    /// <summary>Path of a file LibreOffice saved in another format ("header.doc", "header.odt", "header.rtf").</summary>
    public string Office(string fileName) => Path.Combine(_dir.FullName, fileName);

    /// <summary>Path of a generated PDF by base name (Seed003, Realdoc16, "header", "tcvn3", "locked",
    /// "restricted" (owner-only restrictions), "scanned", "mixed", "aligned" (a table without borders),
    /// "aligned-pages" (the same table with its rows repeated <see cref="AppendixRepeat"/> times, across pages), "vntime"
    /// (runs in fonts named .VnTime and .VnTimeH)).</summary>
    public string Pdf(string name) => Path.Combine(_dir.FullName, name + ".pdf");

    public string Docx(string name) => Path.Combine(_dir.FullName, name + ".docx");

    /// <summary>The text layer of the page that was rasterised into the scanned PDF: what OCR should read back.</summary>
    public string ScannedPageSourceText { get; }

    public string ToolText(string tool, string[] args) => Poppler(tool, args);

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
