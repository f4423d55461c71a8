namespace DirectiveTracker.Ingest.Pdf;

/// <summary>The resolution a page is rendered at for OCR, within a cap on its pixels.</summary>
public static class PageRaster
{
    /// <summary>Below this a page's text is unreadable to OCR anyway.</summary>
    public const int MinDpi = 30;

    /// <summary>
    /// <paramref name="dpi"/>, lowered so that a page of <paramref name="width"/> × <paramref name="height"/> points
    /// renders to at most <paramref name="maxPixels"/>; unknown sizes (0) keep the dpi (the render is cropped instead).
    /// </summary>
    public static int Dpi(double width, double height, int dpi, long maxPixels)
    {
        if (width <= 0 || height <= 0) return dpi;
        var square = width / 72.0 * (height / 72.0);
        var fit = Math.Sqrt(maxPixels / square);
        return fit >= dpi ? dpi : Math.Max(MinDpi, (int)Math.Floor(fit));
    }

    /// <summary>The side of the square crop that bounds any render to <paramref name="maxPixels"/>.</summary>
    public static int MaxSide(long maxPixels) => (int)Math.Max(100, Math.Floor(Math.Sqrt(maxPixels)));
}
