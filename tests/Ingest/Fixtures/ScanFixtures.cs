using System.IO.Compression;
using System.Text;
using DirectiveTracker.Ingest.Pdf;
using static DirectiveTracker.Ingest.Tests.Fixtures.FixtureTools;

namespace DirectiveTracker.Ingest.Tests.Fixtures;

/// <summary>
/// Scans fed askew, made from a real page: the page rendered in grey as a scanner sees it, turned a few degrees in
/// code, and wrapped alone in an image-only PDF (as scanners write them). Also the accuracy OCR is scored by.
/// </summary>
public static class ScanFixtures
{
    /// <summary>
    /// Page <paramref name="page"/> of <paramref name="pdf"/> rendered at <paramref name="dpi"/> in grey, turned by
    /// <paramref name="degrees"/> (counter-clockwise as seen), as a one-page image PDF.
    /// </summary>
    public static byte[] SkewedScanPdf(string pdf, int page, int dpi, double degrees)
    {
        var prefix = Path.Combine(Directory.CreateTempSubdirectory("dtrack-skew-").FullName, "page");
        try
        {
            Poppler("pdftoppm", ["-r", $"{dpi}", "-f", $"{page}", "-l", $"{page}", "-gray", "-singlefile", pdf, prefix]);
            var image = GreyImage.Read(prefix + ".pgm") ?? throw new InvalidOperationException("pdftoppm wrote no 8-bit PGM");
            return ImagePdf(degrees == 0 ? image : ScanCleanup.Rotate(image, degrees), dpi);
        }
        finally { Directory.Delete(Path.GetDirectoryName(prefix)!, recursive: true); }
    }

    /// <summary>A one-page PDF showing <paramref name="image"/> over the whole page at <paramref name="dpi"/>, with no text layer.</summary>
    public static byte[] ImagePdf(GreyImage image, int dpi)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        double width = image.Width * 72.0 / dpi, height = image.Height * 72.0 / dpi;
        byte[] pixels;
        using (var packed = new MemoryStream())
        {
            using (var z = new ZLibStream(packed, CompressionLevel.Fastest)) z.Write(image.Pixels);
            pixels = packed.ToArray();
        }
        var content = string.Format(inv, "q {0:0.###} 0 0 {1:0.###} 0 0 cm /Im1 Do Q", width, height);
        byte[] imageObject =
        [
            .. Encoding.ASCII.GetBytes($"<< /Type /XObject /Subtype /Image /Width {image.Width} /Height {image.Height} "
                + $"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {pixels.Length} >>\nstream\n"),
            .. pixels, .. Encoding.ASCII.GetBytes("\nendstream"),
        ];
        List<byte[]> objects =
        [
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes(string.Format(inv,
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {0:0.###} {1:0.###}] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
                width, height)),
            Encoding.ASCII.GetBytes($"<< /Length {content.Length} >>\nstream\n{content}\nendstream"),
            imageObject,
        ];
        using var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }
        var xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Write($"{o:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>
    /// Character accuracy of <paramref name="read"/> against <paramref name="truth"/>: 1 − edit distance / length of
    /// the truth, both with whitespace collapsed to single spaces and in NFC (0 when nothing matches).
    /// </summary>
    public static double CharacterAccuracy(string truth, string read)
    {
        static string Flat(string s) => string.Join(' ', s.Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        string a = Flat(truth), b = Flat(read);
        if (a.Length == 0) return b.Length == 0 ? 1 : 0;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return Math.Max(0, 1 - (double)previous[b.Length] / a.Length);
    }
}
