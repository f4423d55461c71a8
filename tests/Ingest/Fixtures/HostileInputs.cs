using System.IO.Compression;
using System.Text;

namespace DirectiveTracker.Ingest.Tests.Fixtures;

/// <summary>Small files that expand or stall, generated in the test (never stored in the repository).</summary>
internal static class HostileInputs
{
    /// <summary>
    /// A PDF of <paramref name="pages"/> pages of <paramref name="widthPt"/>×<paramref name="heightPt"/> points; every page
    /// draws <paramref name="repeat"/> times the line <paramref name="line"/> (empty: a blank page) from one shared Flate
    /// stream, so a few KB of file can hold megabytes of text. With <paramref name="ink"/> every page also fills a
    /// rectangle: a page with no text layer that is not blank, so ingest must render and OCR it.
    /// </summary>
    public static byte[] Pdf(int pages, string line = "", int repeat = 0, double widthPt = 595, double heightPt = 842, bool ink = false)
    {
        var objects = new List<byte[]>();
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        // 1: catalog, 2: pages, 3: font, 4: the shared content stream, then one object per page.
        var kids = string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{5 + i} 0 R"));
        objects.Add(Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.Add(Encoding.ASCII.GetBytes($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"));
        objects.Add(Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
        var content = new StringBuilder();
        if (repeat > 0)
        {
            content.Append(string.Format(inv, "BT /F1 {0} Tf 10 {1} Td {0} TL\n", Math.Min(12, (heightPt - 20) / repeat), heightPt - 10));
            var escaped = line.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
            for (int i = 0; i < repeat; i++) content.Append('(').Append(escaped).Append(") '\n");
            content.Append("ET\n");
        }
        if (ink) content.Append("0 g 72 600 300 120 re f\n");
        var compressed = Deflate(Encoding.Latin1.GetBytes(content.ToString()));
        objects.Add([.. Encoding.ASCII.GetBytes($"<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n"),
                     .. compressed, .. Encoding.ASCII.GetBytes("\nendstream")]);
        for (int i = 0; i < pages; i++)
            objects.Add(Encoding.ASCII.GetBytes(string.Format(inv,
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {0} {1}] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>",
                widthPt, heightPt)));
        return PdfOf(objects);
    }

    /// <summary>A PDF file of <paramref name="objects"/> (numbered from 1; object 1 is the catalog) with its cross-reference table.</summary>
    public static byte[] PdfOf(IReadOnlyList<byte[]> objects)
    {
        using var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }
        long xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Write($"{o:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.SmallestSize)) z.Write(data);
        return output.ToArray();
    }

    /// <summary>Vietnamese words without sentence punctuation, <paramref name="chars"/> long, one line (no newline).</summary>
    public static string OneLine(int chars, int seed = 1)
    {
        string[] words = ["tuyên", "truyền", "nhiệm", "vụ", "cơ", "quan", "đơn", "vị", "thực", "hiện", "kế", "hoạch"];
        var rng = new Random(seed);
        var sb = new StringBuilder(chars + 16);
        while (sb.Length < chars) sb.Append(words[rng.Next(words.Length)]).Append(' ');
        return sb.ToString(0, chars);
    }

    /// <summary>
    /// A one-page PDF of <paramref name="inches"/> × <paramref name="inches"/> with a square drawn on it and no text
    /// (issue 8: 553 bytes that wrote 859 MB to /tmp when rendered for OCR at 300 dpi).
    /// </summary>
    public static byte[] HugePagePdf(int inches)
    {
        var size = inches * 72;
        var content = "0 0 0 rg 72 72 144 144 re f";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {size} {size}] /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        };
        return PdfOf([.. objects.Select(Encoding.ASCII.GetBytes)]);
    }

    private const string DocumentXmlHead = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";

    /// <summary>
    /// Writes to <paramref name="path"/> a minimal Word package whose document.xml is <paramref name="xmlBytes"/> of
    /// repeated <paramref name="paragraph"/> then <paramref name="closing"/> (issue 8: 584 KB inflating to 190 MB of XML).
    /// </summary>
    public static void InflatingDocx(string path, string paragraph, long xmlBytes, string? closing = null)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            w.Write("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
        using (var w = new StreamWriter(zip.CreateEntry("_rels/.rels").Open()))
            w.Write("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
        using var s = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
        var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(paragraph, Math.Max(1, 65536 / paragraph.Length))));
        s.Write(Encoding.UTF8.GetBytes(DocumentXmlHead));
        for (long written = 0; written < xmlBytes; written += chunk.Length) s.Write(chunk);
        s.Write(Encoding.UTF8.GetBytes((closing ?? "") + "</w:body></w:document>"));
    }

    /// <summary>Peak working set of this process so far, in MiB.</summary>
    public static double PeakMiB()
    {
        using var p = System.Diagnostics.Process.GetCurrentProcess();
        p.Refresh();
        return p.PeakWorkingSet64 / 1024.0 / 1024.0;
    }
}
