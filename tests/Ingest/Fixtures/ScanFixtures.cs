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

    /// <summary>
    /// Page <paramref name="page"/> of <paramref name="pdf"/> as a scanner's image file: rendered in grey at
    /// <paramref name="dpi"/>, turned by <paramref name="degrees"/> (clockwise as seen, ImageMagick's sense) on white
    /// and written by ImageMagick as <paramref name="target"/> ("png", "jpeg" with -quality 85 as scanners save, or
    /// "tiff" with Group 4 compression).
    /// </summary>
    /// <param name="colour">Saved as an RGB image, as a colour scanner or a phone writes it.</param>
    public static byte[] ScanImage(string pdf, int page, int dpi, double degrees, string target, bool colour = false) =>
        ScanImage(pdf, [page], dpi, degrees, target, colour);

    /// <summary>Pages <paramref name="pages"/> of <paramref name="pdf"/> in one image file (a multi-page TIFF), as <see cref="ScanImage(string, int, int, double, string, bool)"/>.</summary>
    public static byte[] ScanImage(string pdf, IReadOnlyList<int> pages, int dpi, double degrees, string target, bool colour = false)
    {
        var dir = Directory.CreateTempSubdirectory("dtrack-scan-").FullName;
        try
        {
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            var pgms = new List<string>();
            foreach (var p in pages)
            {
                var prefix = Path.Combine(dir, $"page-{p}");
                Poppler("pdftoppm", ["-r", $"{dpi}", "-f", $"{p}", "-l", $"{p}", "-gray", "-singlefile", pdf, prefix]);
                pgms.Add(prefix + ".pgm");
            }
            var output = Path.Combine(dir, "scan");
            List<string> args = [.. pgms];
            if (degrees != 0) args.AddRange(["-background", "white", "-rotate", degrees.ToString(inv), "+repage"]);
            if (colour) args.AddRange(["-type", "TrueColor"]);
            args.AddRange(target switch
            {
                "jpeg" => ["-quality", "85"],
                "tiff" => ["-threshold", "50%", "-monochrome", "-compress", "group4"],
                _ => [],
            });
            args.Add($"{target}:{output}");
            Run("convert", "imagemagick", args);
            return File.ReadAllBytes(output);
        }
        finally { Directory.Delete(dir, recursive: true); }
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
