using DirectiveTracker.Ingest.Pdf;

namespace DirectiveTracker.Ingest.Tests.Pdf;

/// <summary>Deskew and binarisation of a greyscale page before OCR.</summary>
public class ScanCleanupTests
{
    /// <summary>A page of dark text-like bars on grey paper, turned by <paramref name="degrees"/>.</summary>
    private static GreyImage Page(double degrees)
    {
        const int w = 1200, h = 1600;
        var pixels = Enumerable.Repeat((byte)210, w * h).ToArray();
        for (var line = 100; line < h - 100; line += 40)
            for (var y = line; y < line + 12; y++)
                for (var x = 100; x < w - 100; x++)
                    if (x / 30 % 4 != 3) pixels[y * w + x] = 40; // words with gaps
        var page = new GreyImage(w, h, pixels);
        return degrees == 0 ? page : ScanCleanup.Rotate(page, degrees);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(-1.3)]
    [InlineData(0.0)]
    public void Skew_is_measured_within_a_tenth_of_a_degree(double degrees)
    {
        // Rotate turns counter-clockwise as seen, so text lines rise to the right by the same angle.
        Assert.InRange(ScanCleanup.MeasureSkew(Page(degrees)), degrees - 0.1, degrees + 0.1);
    }

    [Fact]
    public void A_cleaned_page_is_straight_and_black_and_white()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dtrack-skew-{Guid.NewGuid():N}.pgm");
        try
        {
            Page(2.0).Write(path);
            var result = ScanCleanup.Clean(path, deskew: true, binarise: true);
            Assert.NotNull(result);
            Assert.True(result.Rotated);
            var cleaned = GreyImage.Read(path)!;
            Assert.All(cleaned.Pixels.Distinct(), v => Assert.True(v is 0 or 255));
            Assert.InRange(ScanCleanup.MeasureSkew(cleaned), -0.1, 0.1);
        }
        finally { File.Delete(path); }
    }
}
