using System.IO.Compression;
using System.Text;
using DirectiveTracker.Ingest.Pdf;
using static DirectiveTracker.Ingest.Tests.Fixtures.FixtureTools;

namespace DirectiveTracker.Ingest.Tests.Fixtures;

/// <summary>
/// Scans fed askew, made from a real page: the page rendered in grey as a scanner sees it, turned a few degrees in
/// code, and wrapped alone in an image-only PDF (as scanners write them).
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
        return HostileInputs.PdfOf(objects);
    }
}
