namespace DirectiveTracker.Ingest.Pdf;

/// <summary>What <see cref="ScanCleanup"/> did to a page: the skew it measured and whether it turned the page.</summary>
public sealed record ScanCleanupResult(double SkewDegrees, bool Rotated, bool Binarised);

/// <summary>
/// Straightens and binarises a scanned page (8-bit greyscale PGM, as pdftoppm -gray writes it) before OCR: a sheet fed
/// askew by 2° makes tesseract split lines and lose words, and a grey or uneven background blurs its own threshold.
/// </summary>
/// <remarks>
/// Skew is found by projection profiles: the ink of a page of text lines up in sharp rows only at the right angle, where
/// the sum of squared row counts peaks. Searched within ±<see cref="MaxSkewDegrees"/> on a reduced copy, coarse then
/// fine. The page is turned only when the skew is over <see cref="MinSkewDegrees"/> (turning resamples, which blurs).
/// Binarisation is Otsu's threshold over the whole page.
/// </remarks>
public static class ScanCleanup
{
    /// <summary>Largest skew looked for: a page fed further askew than this is rare and would be read as rotated text.</summary>
    public const double MaxSkewDegrees = 6;

    /// <summary>Smallest skew worth a turn.</summary>
    public const double MinSkewDegrees = 0.15;

    /// <summary>Cleans the PGM at <paramref name="path"/> in place; returns null when it is not an 8-bit binary PGM (left as is).</summary>
    public static ScanCleanupResult? Clean(string path, bool deskew = true, bool binarise = true)
    {
        var image = GreyImage.Read(path);
        if (image is null) return null;
        var skew = deskew ? MeasureSkew(image) : 0;
        var rotated = Math.Abs(skew) >= MinSkewDegrees;
        if (rotated) image = Rotate(image, -skew);
        if (binarise) Binarise(image);
        if (rotated || binarise) image.Write(path);
        return new ScanCleanupResult(skew, rotated, binarise);
    }

    /// <summary>The page's skew in degrees (positive: text lines rise to the right).</summary>
    public static double MeasureSkew(GreyImage image)
    {
        // Ink pixels of a copy about 800 pixels wide: enough rows to tell 0.05° apart on a page's width.
        var step = Math.Max(1, image.Width / 800);
        var threshold = OtsuThreshold(image);
        var xs = new List<int>();
        var ys = new List<int>();
        for (var y = 0; y < image.Height; y += step)
            for (var x = 0; x < image.Width; x += step)
                if (image.Pixels[(long)y * image.Width + x] < threshold) { xs.Add(x / step); ys.Add(y / step); }
        if (xs.Count < 100) return 0; // too little ink to measure
        var best = BestAngle(xs, ys, -MaxSkewDegrees, MaxSkewDegrees, 0.25);
        return BestAngle(xs, ys, best - 0.25, best + 0.25, 0.02);
    }

    private static double BestAngle(List<int> xs, List<int> ys, double from, double to, double step)
    {
        double bestAngle = 0, bestScore = double.MinValue;
        var maxY = ys.Max() + xs.Max() + 2;
        var rows = new int[2 * maxY + 1];
        for (var a = from; a <= to + 1e-9; a += step)
        {
            Array.Clear(rows);
            var tan = Math.Tan(a * Math.PI / 180);
            // Rows along lines rising at angle a: y + x·tan(a) is constant on such a line (image y grows downwards).
            for (var i = 0; i < xs.Count; i++) rows[(int)Math.Round(ys[i] + xs[i] * tan) + maxY]++;
            double score = 0;
            foreach (var r in rows) score += (double)r * r;
            // Ties (an empty or uniform page) keep the angle nearest to zero.
            if (score > bestScore + 1e-9 || Math.Abs(score - bestScore) <= 1e-9 && Math.Abs(a) < Math.Abs(bestAngle))
                (bestScore, bestAngle) = (score, a);
        }
        return bestAngle;
    }

    /// <summary>The page turned by <paramref name="degrees"/> (counter-clockwise as seen) about its centre, same size, white where nothing maps.</summary>
    public static GreyImage Rotate(GreyImage image, double degrees)
    {
        int w = image.Width, h = image.Height;
        var result = new GreyImage(w, h, new byte[(long)w * h]);
        double radians = degrees * Math.PI / 180, cos = Math.Cos(radians), sin = Math.Sin(radians);
        double cx = (w - 1) / 2.0, cy = (h - 1) / 2.0;
        var src = image.Pixels;
        var dst = result.Pixels;
        Parallel.For(0, h, y =>
        {
            var dy = y - cy;
            for (var x = 0; x < w; x++)
            {
                var dx = x - cx;
                // Inverse mapping with bilinear interpolation: where this output pixel comes from in the input.
                double sx = cos * dx - sin * dy + cx, sy = sin * dx + cos * dy + cy;
                int x0 = (int)Math.Floor(sx), y0 = (int)Math.Floor(sy);
                byte value = 255;
                if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h)
                {
                    double fx = sx - x0, fy = sy - y0;
                    long i = (long)y0 * w + x0;
                    var top = src[i] * (1 - fx) + src[i + 1] * fx;
                    var bottom = src[i + w] * (1 - fx) + src[i + w + 1] * fx;
                    value = (byte)Math.Clamp(Math.Round(top * (1 - fy) + bottom * fy), 0, 255);
                }
                dst[(long)y * w + x] = value;
            }
        });
        return result;
    }

    /// <summary>Every pixel black or white by Otsu's threshold.</summary>
    public static void Binarise(GreyImage image)
    {
        var threshold = OtsuThreshold(image);
        var p = image.Pixels;
        for (long i = 0; i < p.LongLength; i++) p[i] = p[i] < threshold ? (byte)0 : (byte)255;
    }

    /// <summary>The grey level that best splits the page into ink and paper (Otsu 1979: most variance between the two).</summary>
    public static int OtsuThreshold(GreyImage image)
    {
        var histogram = new long[256];
        foreach (var v in image.Pixels) histogram[v]++;
        long total = image.Pixels.LongLength;
        double sum = 0;
        for (var i = 0; i < 256; i++) sum += (double)i * histogram[i];
        double sumBelow = 0, best = -1;
        long below = 0;
        var threshold = 128;
        for (var t = 0; t < 256; t++)
        {
            below += histogram[t];
            if (below == 0) continue;
            var above = total - below;
            if (above == 0) break;
            sumBelow += (double)t * histogram[t];
            double meanBelow = sumBelow / below, meanAbove = (sum - sumBelow) / above;
            var between = (double)below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) (best, threshold) = (between, t + 1);
        }
        return threshold;
    }
}

/// <summary>An 8-bit greyscale image held whole (one byte per pixel, rows top to bottom), read from and written to binary PGM.</summary>
public sealed class GreyImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = pixels;

    /// <summary>The image in a binary PGM (P5, maximum value 255), or null when the file is not one.</summary>
    public static GreyImage? Read(string path)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        if (BlankImage.ReadToken(stream) != "P5") return null;
        if (!int.TryParse(BlankImage.ReadToken(stream), out var width) || !int.TryParse(BlankImage.ReadToken(stream), out var height)
            || BlankImage.ReadToken(stream) != "255" || width <= 0 || height <= 0 || (long)width * height > Array.MaxLength)
            return null;
        var pixels = new byte[(long)width * height];
        stream.ReadExactly(pixels);
        return new GreyImage(width, height, pixels);
    }

    public void Write(string path)
    {
        using var stream = new BufferedStream(File.Create(path), 1 << 16);
        stream.Write(System.Text.Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n"));
        stream.Write(Pixels);
    }
}
