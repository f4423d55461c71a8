using System.Diagnostics;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Pdf;
using static DirectiveTracker.Ingest.Tests.Fixtures.FixtureTools;

namespace DirectiveTracker.Bench;

/// <summary>
/// `ingest --layer-speed 1`: the PDF text layer alone, on the corpus' LibreOffice PDFs one file at a time and on one
/// long PDF (those PDFs joined three times, 384 pages): PdfPig on one worker (the default) and on two against a
/// <c>pdftotext -raw</c> process, side by side, alternating, by wall clock and by CPU time (on a shared machine only
/// CPU time compares across runs). Two more rows put the text layer beside what ingest does with it: the PDF parser
/// (reader, legacy-font and scanned-page checks) and the whole ingest of the file (sniffing, hashing, layout repair,
/// normalisation), so their difference shows what a PDF with a good text layer costs beyond its text layer.
/// </summary>
internal static class PdfTextLayerBench
{
    public static void Run(IngestBenchCorpus corpus, int rounds)
    {
        var big = Path.Combine(corpus.Dir, "big.pdf");
        Poppler("pdfunite", [.. corpus.Pdf, .. corpus.Pdf, .. corpus.Pdf, big]);
        Compare($"the {corpus.Pdf.Count} corpus PDFs, one read per file", corpus.Pdf, rounds);
        Compare("one long PDF (the corpus PDFs joined three times)", [big], rounds);
    }

    /// <summary>Each reader over <paramref name="files"/> once per round, the readers alternating; medians of the rounds.</summary>
    private static void Compare(string title, IReadOnlyList<string> files, int rounds)
    {
        var bytes = files.Select(File.ReadAllBytes).ToList();
        var pages = files.Sum(PageCount);
        var defaultWorkers = files.Max(f => new PdfPigTextLayer().Workers(PageCount(f)));
        // Two workers, as PdfTextParallelism = 2 would read these files (one for a file under 16 pages).
        var twoWorkers = files.Max(f => new PdfPigTextLayer(2).Workers(PageCount(f)));
        Console.WriteLine($"PDF text layer on {title}: {pages} pages, {bytes.Sum(b => b.Length) / 1048576.0:0.0} MB, {rounds} rounds (median), "
                          + $"{Environment.ProcessorCount} cores, default PdfPig workers {defaultWorkers}:");

        (TimeSpan Wall, TimeSpan Cpu) Each(Func<int, (TimeSpan, TimeSpan)> read)
        {
            TimeSpan wall = TimeSpan.Zero, cpu = TimeSpan.Zero;
            for (var i = 0; i < files.Count; i++)
            {
                var (w, c) = read(i);
                wall += w;
                cpu += c;
            }
            return (wall, cpu);
        }
        var readers = new List<(string Name, Func<(TimeSpan Wall, TimeSpan Cpu)> Run)>
        {
            ("pdftotext -raw (process)", () => Each(i => Pdftotext(files[i]))),
            ("PdfPig, 1 worker", () => Each(i => InProcess(() => new PdfPigTextLayer(1).Read(files[i], bytes[i], default)))),
        };
        if (twoWorkers > 1)
            readers.Add(("PdfPig, 2 workers", () => Each(i => InProcess(() => new PdfPigTextLayer(2).Read(files[i], bytes[i], default)))));
        var options = new IngestOptions();
        var parser = PdfParser.Create(options);
        var ingestor = IngestServices.CreateDefault(options);
        readers.Add(("PdfParser (layer + checks)", () => Each(i => InProcess(() =>
            parser.ParseAsync(new SourceFile(Path.GetFileName(files[i]), bytes[i], SourceFormat.Pdf, null) { MaxPages = options.MaxPages }, default)
                .GetAwaiter().GetResult()))));
        readers.Add(("whole ingest", () => Each(i => InProcess(() => ingestor.IngestAsync(files[i]).GetAwaiter().GetResult()))));
        if (twoWorkers > 1)
        {
            // The same ingest with the text layer on two workers: what the second worker costs in CPU and buys in wall time.
            var two = IngestServices.CreateDefault(new IngestOptions { PdfTextParallelism = 2 });
            readers.Add(("whole ingest, 2 workers", () => Each(i => InProcess(() => two.IngestAsync(files[i]).GetAwaiter().GetResult()))));
        }
        foreach (var (_, run) in readers) run(); // JIT and file cache
        var times = readers.ToDictionary(r => r.Name, _ => new List<(TimeSpan Wall, TimeSpan Cpu)>());
        for (var r = 0; r < rounds; r++)
            foreach (var (name, run) in r % 2 == 0 ? readers : Enumerable.Reverse(readers))
                times[name].Add(run());

        var baseline = Median(times[readers[0].Name]);
        foreach (var (name, _) in readers)
        {
            var (wall, cpu) = Median(times[name]);
            Console.WriteLine($"  {name,-28} wall {wall.TotalMilliseconds,7:0} ms ({pages / wall.TotalSeconds,6:0} pages/s, "
                              + $"{wall / baseline.Wall,5:0.00}×)   CPU {cpu.TotalMilliseconds,7:0} ms ({cpu / baseline.Cpu,5:0.00}×)");
        }
    }

    /// <summary>Wall and CPU time of <paramref name="read"/>, run in this process.</summary>
    private static (TimeSpan, TimeSpan) InProcess(Action read)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        read();
        var wall = sw.Elapsed;
        self.Refresh();
        return (wall, self.TotalProcessorTime - cpu);
    }

    private static (TimeSpan, TimeSpan) Pdftotext(string path)
    {
        var cpu = ChildrenCpu();
        var sw = Stopwatch.StartNew();
        Poppler("pdftotext", ["-enc", "UTF-8", "-raw", path, "-"]);
        return (sw.Elapsed, ChildrenCpu() - cpu);
    }

    /// <summary>CPU time of this process's waited-for children (Linux: cutime + cstime of /proc/self/stat).</summary>
    internal static TimeSpan ChildrenCpu()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        const double ticksPerSecond = 100; // USER_HZ on Linux
        return TimeSpan.FromSeconds((long.Parse(fields[13], System.Globalization.CultureInfo.InvariantCulture)
                                     + long.Parse(fields[14], System.Globalization.CultureInfo.InvariantCulture)) / ticksPerSecond);
    }

    private static (TimeSpan Wall, TimeSpan Cpu) Median(List<(TimeSpan Wall, TimeSpan Cpu)> xs) =>
        (xs.Select(x => x.Wall).Order().ElementAt(xs.Count / 2), xs.Select(x => x.Cpu).Order().ElementAt(xs.Count / 2));
}
