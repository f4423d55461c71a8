using System.Text;
using DirectiveTracker.Ingest.Tools;

namespace DirectiveTracker.Ingest.Tests.Fixtures;

/// <summary>
/// Makes input files the way users make them (LibreOffice headless, poppler), for tests and the ingest benchmark
/// (bench/Bench links this file). Fails loudly when a tool is missing: scripts/setup.sh test installs them.
/// </summary>
public static class FixtureTools
{
    /// <summary>Generous: one LibreOffice run converts a whole batch, and took over 3 minutes on a loaded shared machine.</summary>
    private static readonly TimeSpan OfficeTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Runs a tool without a shell; throws naming the Debian package when it is missing or fails.</summary>
    public static ToolResult Run(string tool, string package, IReadOnlyList<string> args, TimeSpan? timeout = null)
    {
        ToolResult r;
        try
        {
            r = new ExternalTool(tool, package, timeout ?? TimeSpan.FromMinutes(1)).RunAsync("fixture", args).GetAwaiter().GetResult();
        }
        catch (IngestException e) when (e.Code == IngestErrorCode.ToolMissing)
        {
            throw new InvalidOperationException(
                $"Test fixtures need '{tool}' (Debian {package}); run scripts/setup.sh test. {e.Message}", e);
        }
        if (r.ExitCode != 0) throw new InvalidOperationException($"{tool} exited {r.ExitCode}: {r.Stderr}");
        return r;
    }

    /// <summary>Text a poppler tool prints (pdftotext, pdfinfo).</summary>
    public static string Poppler(string tool, IReadOnlyList<string> args) => Run(tool, "poppler-utils", args).StdoutText;

    public static int PageCount(string pdf) =>
        int.Parse(Poppler("pdfinfo", [pdf]).Split('\n').First(l => l.StartsWith("Pages:"))["Pages:".Length..].Trim());

    /// <summary>Converts several files in ONE LibreOffice run (≈1 s start), with its own profile folder.</summary>
    /// <param name="target">A --convert-to target: "pdf", "docx", or "pdf:writer_pdf_Export:{…}".</param>
    /// <param name="inputFilter">An --infilter, e.g. "HTML (StarWriter)" to read a web page as a Writer document.</param>
    public static void OfficeConvert(string target, string outDir, string profileDir, IReadOnlyList<string> files, string? inputFilter = null)
    {
        var profile = new Uri(profileDir).AbsoluteUri;
        string[] filter = inputFilter is null ? [] : [$"--infilter={inputFilter}"];
        var r = Run("soffice", "libreoffice-writer-nogui",
            [$"-env:UserInstallation={profile}", "--headless", .. filter, "--convert-to", target, "--outdir", outDir, .. files], OfficeTimeout);
        var ext = target.Split(':')[0];
        foreach (var f in files)
        {
            var output = Path.Combine(outDir, Path.GetFileNameWithoutExtension(f) + "." + ext);
            if (!File.Exists(output))
                throw new InvalidOperationException($"LibreOffice did not produce {output}: {r.StdoutText} {r.Stderr}");
        }
    }

    /// <summary>
    /// An HTML page shaped like a Vietnamese administrative document: the two-column header table (issuer and number
    /// on the left, national motto and date on the right), the kind line and a body paragraph. LibreOffice makes a PDF of it.
    /// </summary>
    public static string TwoColumnHeaderPage(string path)
    {
        File.WriteAllText(path, """
            <html><head><meta charset="utf-8"></head><body>
            <table width="100%"><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH ĐỒNG THÁP<br>Số: 556/KH-UBND</td>
            <td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Đồng Tháp, ngày 12 tháng 3 năm 2025</td></tr></table>
            <p align="center">KẾ HOẠCH</p>
            <p>Thực hiện Nghị quyết số 48/NQ-CP của Chính phủ, Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện như sau.</p>
            </body></html>
            """);
        return path;
    }

    /// <summary>Rows of realdoc 02's appendix (task, lead body, coordinating bodies, deadline), as its PDF tabulates them.</summary>
    public static readonly IReadOnlyList<string[]> AppendixRows =
    [
        ["1.", "Tăng cường lãnh đạo, chỉ đạo xây dựng và tổ chức thực hiện hiệu quả các chủ trương, chính sách, pháp luật, chương trình, kế hoạch về bảo hiểm y tế.", "Bộ Y tế", "Các bộ, ngành, địa phương", "Năm 2026"],
        ["2.", "Rà soát, hoàn thiện hệ thống văn bản quy phạm pháp luật về bảo hiểm y tế bảo đảm đồng bộ, thống nhất.", "Bộ Y tế", "Bảo hiểm xã hội Việt Nam", "Quý IV năm 2026"],
        ["3.", "Đẩy mạnh công tác thông tin, truyền thông về chính sách bảo hiểm y tế toàn dân.", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Y tế, Bảo hiểm xã hội Việt Nam", "Hằng năm"],
        ["4.", "Hỗ trợ mức đóng bảo hiểm y tế cho các đối tượng chính sách theo quy định.", "Bộ Tài chính", "Ủy ban nhân dân các tỉnh, thành phố", "Năm 2026"],
    ];

    /// <summary>
    /// An HTML page with a ruled table of <paramref name="repeat"/> × <see cref="AppendixRows"/> (a header row first);
    /// with enough rows LibreOffice breaks it across pages and repeats nothing, as in realdoc 02's appendix.
    /// </summary>
    public static string AppendixTablePage(string path, int repeat = 1)
    {
        static string Row(IEnumerable<string> cells) => "<tr>" + string.Concat(cells.Select(c => $"<td>{c}</td>")) + "</tr>";
        var rows = Enumerable.Range(0, repeat).SelectMany(_ => AppendixRows).Select(Row);
        File.WriteAllText(path, $"""
            <html><head><meta charset="utf-8"></head><body>
            <p align="center">PHỤ LỤC</p>
            <table border="1" cellspacing="0" width="100%">
            {Row(["STT", "Tên nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"])}
            {string.Join("", rows)}
            </table>
            </body></html>
            """);
        return path;
    }

    /// <summary>
    /// A page with the appendix's rows in a table WITHOUT borders (columns only by alignment; cells centred vertically,
    /// as LibreOffice and Word lay out a web table), under the two-column header and between two body paragraphs.
    /// Convert it with the "HTML (StarWriter)" input filter: Writer/Web drops a page's first paragraph.
    /// With <paramref name="repeat"/> above one the rows are repeated, so the table runs across pages.
    /// </summary>
    public static string AlignedTablePage(string path, int repeat = 1)
    {
        static string Row(IEnumerable<string> cells) => "<tr>" + string.Concat(cells.Select(c => $"<td>{c}</td>")) + "</tr>";
        var header = File.ReadAllText(TwoColumnHeaderPage(path));
        var body = header[(header.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length)..header.IndexOf("</body>", StringComparison.Ordinal)];
        File.WriteAllText(path, $"""
            <html><head><meta charset="utf-8"></head><body>
            {body}
            <table border="0" cellspacing="0" width="100%">
            {Row(["STT", "Tên nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"])}
            {string.Join("", Enumerable.Range(0, repeat).SelectMany(_ => AppendixRows).Select(Row))}
            </table>
            <p>Các bộ, ngành, địa phương căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch, tổ chức triển khai thực hiện; báo cáo kết quả về Bộ Y tế trước ngày 15 tháng 12 hằng năm.</p>
            </body></html>
            """);
        return path;
    }

    /// <summary>Paragraphs in Unicode around a heading in <c>.VnTimeH</c> and a sentence in <c>.VnTime</c>, typed in TCVN3 codes as in a legacy document.</summary>
    public static string LegacyFontPage(string path, string tcvn3Heading, string tcvn3Sentence)
    {
        File.WriteAllText(path, $"""
            <html><head><meta charset="utf-8"></head><body>
            <p>Thực hiện Nghị quyết số 48/NQ-CP của Chính phủ, Ủy ban nhân dân tỉnh ban hành kế hoạch như sau.</p>
            <p align="center"><font face=".VnTimeH">{tcvn3Heading}</font></p>
            <p><font face=".VnTime">{tcvn3Sentence}</font></p>
            <p>Sở Nội vụ chủ trì, phối hợp với các sở, ngành, địa phương tổ chức thực hiện.</p>
            </body></html>
            """);
        return path;
    }

    /// <summary>
    /// A copy of a TrueType font under another family and PostScript name: a new 'name' table is appended and the
    /// table directory points at it. LibreOffice then embeds runs set in that family under that name — how a PDF
    /// printed from a document in the real legacy font (.VnTime) names it.
    /// </summary>
    public static void RenamedFont(string ttf, string family, string path)
    {
        static byte[] NameTable(string family)
        {
            // Windows, Unicode BMP, US English: family (1), subfamily (2), full name (4), PostScript name (6).
            (ushort Id, string Value)[] names = [(1, family), (2, "Regular"), (4, family), (6, family)];
            var strings = names.Select(n => Encoding.BigEndianUnicode.GetBytes(n.Value)).ToArray();
            var table = new List<byte>();
            void U16(int v) { table.Add((byte)(v >> 8)); table.Add((byte)v); }
            U16(0); U16(names.Length); U16(6 + 12 * names.Length);
            var offset = 0;
            for (var i = 0; i < names.Length; i++)
            {
                U16(3); U16(1); U16(0x409); U16(names[i].Id); U16(strings[i].Length); U16(offset);
                offset += strings[i].Length;
            }
            foreach (var s in strings) table.AddRange(s);
            return [.. table];
        }
        static uint CheckSum(byte[] data)
        {
            uint sum = 0;
            for (var i = 0; i < data.Length; i += 4)
                for (var k = 0; k < 4; k++) sum += (uint)(i + k < data.Length ? data[i + k] : 0) << (24 - 8 * k);
            return sum;
        }
        var font = File.ReadAllBytes(ttf).ToList();
        var name = NameTable(family);
        while (font.Count % 4 != 0) font.Add(0);
        var at = font.Count;
        font.AddRange(name);
        while (font.Count % 4 != 0) font.Add(0);
        var bytes = font.ToArray();
        var tables = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(4));
        for (var t = 0; t < tables; t++)
        {
            var record = bytes.AsSpan(12 + 16 * t);
            if (!record[..4].SequenceEqual("name"u8)) continue;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(record[4..], CheckSum(name));
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)name.Length);
        }
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Rasterises one PDF page to PNG and writes a flat ODF document holding only that image (a "scanned" page).</summary>
    /// <returns>The .fodt path; LibreOffice turns it into an image-only PDF.</returns>
    public static string ScannedPageDocument(string pdf, int page, int dpi, string outBase)
    {
        Poppler("pdftoppm", ["-r", $"{dpi}", "-f", $"{page}", "-l", $"{page}", "-png", "-singlefile", pdf, outBase]);
        var data = Convert.ToBase64String(File.ReadAllBytes(outBase + ".png"));
        var fodt = outBase + ".fodt";
        File.WriteAllText(fodt, new StringBuilder()
            .Append("""<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">""")
            .Append("""<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm"/></style:page-layout></office:automatic-styles>""")
            .Append("""<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>""")
            .Append("""<office:body><office:text><text:p><draw:frame draw:name="scan" text:anchor-type="as-char" svg:width="20.9cm" svg:height="29.5cm"><draw:image><office:binary-data>""")
            .Append(data)
            .Append("</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body></office:document>")
            .ToString());
        return fodt;
    }
}
