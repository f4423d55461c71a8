using System.Diagnostics;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Image;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Pdf;
using DirectiveTracker.Ingest.Tests.Fixtures;
using static DirectiveTracker.Ingest.Tests.Fixtures.FixtureTools;

namespace DirectiveTracker.Bench;

/// <summary>
/// `ingest --ocr-cleanup 1`: OCR accuracy on scans fed askew, with and without <c>OcrDeskew</c> and <c>OcrBinarise</c>.
/// Page 1 of the first K corpus PDFs is rendered in grey at 300 dpi and turned by each angle, then either wrapped as
/// an image-only PDF and read by the PDF parser (--scan pdf), or turned by ImageMagick and saved as a PNG file read by
/// the image parser (--scan png); accuracy is the character accuracy against that page's text layer.
/// </summary>
/// <remarks>Options: --scanned-pages K (default 3), --angles a,b,… in degrees (default 0,2,-3.5), --scan pdf|png|both (default both).</remarks>
internal static class IngestOcrCleanupBench
{
    private static readonly (string Name, bool Deskew, bool Binarise)[] Settings =
        [("neither", false, false), ("deskew", true, false), ("binarise", false, true), ("both", true, true)];

    public static async Task RunAsync(IngestBenchCorpus corpus, int pages, IReadOnlyList<double> angles, string scan)
    {
        if (scan is "pdf" or "both") await RunAsync(corpus, pages, angles, "image-only PDF", ScanPdf);
        if (scan is "png" or "both") await RunAsync(corpus, pages, angles, "PNG file", ScanPng);
    }

    private static async Task<ParsedSource> ScanPdf(string source, double angle, IngestOptions options) =>
        await PdfParser.Create(options).ParseAsync(new SourceFile("scan.pdf", ScanFixtures.SkewedScanPdf(source, 1, 300, angle), SourceFormat.Pdf), default);

    // ImageMagick turns clockwise; the PDF scans turn counter-clockwise: the same angle tilts the page the same way.
    private static async Task<ParsedSource> ScanPng(string source, double angle, IngestOptions options) =>
        await ImageParser.Create(options).ParseAsync(new SourceFile("scan.png", ScanFixtures.ScanImage(source, 1, 300, -angle, "png"), SourceFormat.Image), default);

    private static async Task RunAsync(IngestBenchCorpus corpus, int pages, IReadOnlyList<double> angles, string kind,
        Func<string, double, IngestOptions, Task<ParsedSource>> read)
    {
        var sources = corpus.Pdf.Take(pages).ToList();
        Console.WriteLine($"OCR accuracy on scans fed askew ({kind}): page 1 of {sources.Count} corpus PDFs at 300 dpi, angles "
                          + $"{string.Join(", ", angles.Select(a => a.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture)))}°:");
        Console.WriteLine($"  {"page",-34} {"angle",6} " + string.Join(" ", Settings.Select(s => $"{s.Name,9}")));
        var sums = Settings.ToDictionary(s => s.Name, _ => (Accuracy: 0.0, Time: TimeSpan.Zero, Count: 0));
        foreach (var source in sources)
        {
            var truth = Poppler("pdftotext", ["-f", "1", "-l", "1", "-raw", source, "-"]);
            foreach (var angle in angles)
            {
                var line = $"  {Path.GetFileNameWithoutExtension(source),-34} {angle,6:0.0#}";
                foreach (var (name, deskew, binarise) in Settings)
                {
                    var watch = Stopwatch.StartNew();
                    var parsed = await read(source, angle, new IngestOptions { OcrDeskew = deskew, OcrBinarise = binarise, OcrParallelism = 1 });
                    watch.Stop();
                    var accuracy = TextAccuracy.Characters(truth, string.Join("\n", parsed.Pages.Select(p => p.Text)));
                    var s = sums[name];
                    sums[name] = (s.Accuracy + accuracy, s.Time + watch.Elapsed, s.Count + 1);
                    line += $" {accuracy,9:P1}";
                }
                Console.WriteLine(line);
            }
        }
        Console.WriteLine($"  {"mean accuracy",-41} " + string.Join(" ", Settings.Select(s => $"{sums[s.Name].Accuracy / sums[s.Name].Count,9:P1}")));
        Console.WriteLine($"  {"mean seconds per page (loaded machine)",-41} "
                          + string.Join(" ", Settings.Select(s => $"{sums[s.Name].Time.TotalSeconds / sums[s.Name].Count,9:0.0}")));
    }
}
