using System.Diagnostics;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Pdf;
using DirectiveTracker.Ingest.Tools;
using static DirectiveTracker.Ingest.Tests.Fixtures.FixtureTools;

namespace DirectiveTracker.Bench;

/// <summary>
/// `ingest`: throughput and memory of ingest per format on files made from the corpus, and the overhead of our
/// PDF and OCR paths over the bare tools (pdftotext; pdftoppm + tesseract) on the same files.
/// </summary>
/// <remarks>Options: --rounds N (text formats, default 5), --scanned-pages K (default 4), --ocr-parallelism P (default 2),
/// --formats-only 1 (only the per-format table: files/s, pages/s, MB/s, memory), --identity-only 1 (only the block-identity table of the PDF readers, ≈2 min), --layer-speed 1 (only the PDF text layer
/// on the corpus PDFs and one 384-page PDF against pdftotext, see <see cref="PdfTextLayerBench"/>), --ocr-cleanup 1
/// (only OCR accuracy on scans fed askew with and without deskew and binarisation, PDF or PNG scans by --scan pdf|png|both,
/// see <see cref="IngestOcrCleanupBench"/>).</remarks>
internal static class IngestBench
{
    /// <param name="MedianRoundCpuPerFile">CPU a file in the median round, beside <paramref name="Cpu"/> over all rounds: how
    /// far the rounds still pay for JIT tiering (README: with the default JIT they vary 20–51 ms a PDF).</param>
    private sealed record Row(string Format, int Files, int Pages, long Bytes, TimeSpan Time, TimeSpan Cpu, long AllocatedBytes, long PeakWorkingSet,
        TimeSpan MedianRoundCpuPerFile);

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = Option(args, "--rounds", 5);
        var scannedPages = Option(args, "--scanned-pages", 4);
        var parallelism = Option(args, "--ocr-parallelism", 2);
        var root = RepoRoot();

        Console.WriteLine($"ingest bench: rounds={rounds}, scanned pages={scannedPages}, OCR parallelism={parallelism}, cores={Environment.ProcessorCount}");
        var identityOnly = Option(args, "--identity-only", 0) == 1;
        var layerSpeed = Option(args, "--layer-speed", 0) == 1;
        var ocrCleanup = Option(args, "--ocr-cleanup", 0) == 1;
        using var corpus = IngestBenchCorpus.Make(root, identityOnly || layerSpeed || ocrCleanup ? 0 : scannedPages,
            pdfOnly: identityOnly || layerSpeed || ocrCleanup);
        if (layerSpeed)
        {
            PdfTextLayerBench.Run(corpus, rounds);
            return 0;
        }
        if (ocrCleanup)
        {
            var i = Array.IndexOf(args, "--angles");
            var angles = i >= 0 && i + 1 < args.Length
                ? args[i + 1].Split(',').Select(a => double.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToList()
                : [0, 2, -3.5];
            var scan = Array.IndexOf(args, "--scan") is var k and >= 0 && k + 1 < args.Length ? args[k + 1] : "both";
            await IngestOcrCleanupBench.RunAsync(corpus, Option(args, "--scanned-pages", 3), angles, scan);
            return 0;
        }
        if (identityOnly)
        {
            await CompareTextModesAsync(corpus, timeout: TimeSpan.FromMinutes(2));
            return 0;
        }
        Console.WriteLine($"fixtures: {corpus.Txt.Count} TXT, {corpus.Docx.Count} DOCX, {corpus.Pdf.Count} PDF "
                          + $"({corpus.PagesByName.Values.Sum()} pages), {corpus.ScannedPages} scanned pages; made in {corpus.MakeTime.TotalSeconds:0.0} s");

        // The whole ingest stage as the app runs it: sniffing, parsing, layout repair, normalisation, offsets.
        var ingestor = IngestServices.CreateDefault(new IngestOptions { OcrParallelism = parallelism, ToolTimeout = TimeSpan.FromMinutes(2) });
        async Task<int> Ingest(string path) => (await ingestor.IngestAsync(path)).Pages.Count;
        int PagesOf(string path) => corpus.PagesByName[Path.GetFileNameWithoutExtension(path)];

        // Warm up JIT and the OS file cache so the first format measured is not penalised.
        foreach (var f in corpus.Pdf.Take(3).Concat(corpus.Docx.Take(3)).Concat(corpus.Txt.Take(3))) await Ingest(f);

        var rows = new List<Row>
        {
            await Measure("TXT (seeds+realdocs)", corpus.Txt, rounds, PagesOf, Ingest),
            await Measure("DOCX (LibreOffice)", corpus.Docx, rounds, PagesOf, Ingest),
            await Measure("PDF text layer", corpus.Pdf, rounds, PagesOf, Ingest),
            await Measure("PDF scanned (OCR)", [corpus.ScannedPdf], 1, _ => corpus.ScannedPages, Ingest),
            await Measure("DOC (LibreOffice)", corpus.Doc, 1, PagesOf, Ingest),
            await Measure("ODT (LibreOffice)", corpus.Odt, 1, PagesOf, Ingest),
            await Measure("PNG scan (OCR)", corpus.Png, 1, _ => 1, Ingest),
            await Measure("JPEG scan (OCR)", corpus.Jpeg, 1, _ => 1, Ingest),
            await Measure("TIFF, multi-page", [corpus.Tiff], 1, _ => corpus.ScannedPages, Ingest),
        };
        PrintTable(rows);
        await CompareImageOcrAsync(corpus.Png, parallelism, Ingest);
        if (Option(args, "--formats-only", 0) == 1) return 0;

        // Overhead over pdftotext alone: the same PDFs, alternating ours and the bare tool, several rounds.
        TimeSpan ours = TimeSpan.Zero, bare = TimeSpan.Zero;
        for (var r = 0; r < rounds; r++)
            foreach (var f in corpus.Pdf)
            {
                // Alternate which goes first, so neither always meets a warm or a cold cache.
                var sw = Stopwatch.StartNew();
                if (r % 2 == 1) { await Ingest(f); ours += sw.Elapsed; sw.Restart(); }
                Poppler("pdftotext", ["-enc", "UTF-8", "-raw", f, "-"]);
                bare += sw.Elapsed;
                if (r % 2 == 0) { sw.Restart(); await Ingest(f); ours += sw.Elapsed; }
            }
        Console.WriteLine();
        Console.WriteLine($"PDF text: ours {ours.TotalMilliseconds / rounds:0} ms vs pdftotext alone {bare.TotalMilliseconds / rounds:0} ms per round "
                          + $"of {corpus.Pdf.Count} files → ratio {ours / bare:0.00}× (target ≤ 1.3×)");

        // The PDF text layer alone: PdfPig in process against a pdftotext process, side by side on the same files.
        TimeSpan pig = TimeSpan.Zero, poppler = TimeSpan.Zero;
        var layer = new PdfPigTextLayer();
        for (var r = 0; r < rounds; r++)
            foreach (var f in corpus.Pdf)
            {
                var bytes = await File.ReadAllBytesAsync(f);
                var sw = Stopwatch.StartNew();
                layer.Read(f, bytes, default);
                pig += sw.Elapsed;
                sw.Restart();
                Poppler("pdftotext", ["-enc", "UTF-8", "-raw", f, "-"]);
                poppler += sw.Elapsed;
            }
        Console.WriteLine($"PDF text layer: PdfPig {pig.TotalMilliseconds / rounds:0} ms vs pdftotext -raw {poppler.TotalMilliseconds / rounds:0} ms per round "
                          + $"→ ratio {pig / poppler:0.00}× (target ≤ 1.3×)");

        await CompareTextModesAsync(corpus, timeout: TimeSpan.FromMinutes(2));

        // Overhead over the OCR tools alone on the same pages and parallelism; alternated twice, as the machine is shared.
        TimeSpan ocrOurs = TimeSpan.Zero, rasterAndOcr = TimeSpan.Zero, ocrOnly = TimeSpan.Zero;
        for (var r = 0; r < 2; r++)
        {
            var (a, b) = await BareOcrAsync(corpus.ScannedPdf, corpus.ScannedPages, parallelism, corpus.Dir);
            rasterAndOcr += a;
            ocrOnly += b;
            var sw = Stopwatch.StartNew();
            await Ingest(corpus.ScannedPdf);
            ocrOurs += sw.Elapsed;
        }
        Console.WriteLine($"OCR ({2 * corpus.ScannedPages} pages): ours {ocrOurs.TotalSeconds:0.00} s; pdftoppm+tesseract alone {rasterAndOcr.TotalSeconds:0.00} s "
                          + $"→ ratio {ocrOurs / rasterAndOcr:0.00}× (target ≤ 1.1×); tesseract alone on pre-rendered pages {ocrOnly.TotalSeconds:0.00} s "
                          + $"→ ratio {ocrOurs / ocrOnly:0.00}×");
        return 0;
    }

    /// <summary>
    /// Which pdftotext mode gives LayoutRepair the best paragraphs: the share of each source's TXT-ingest blocks that
    /// come out identical (kind and text) from its LibreOffice PDF, per mode.
    /// </summary>
    private static async Task CompareTextModesAsync(IngestBenchCorpus corpus, TimeSpan timeout)
    {
        var options = new IngestOptions();
        var txtIngestor = IngestServices.CreateDefault(options);
        Console.WriteLine();
        Console.WriteLine("PDF reader → blocks identical to the TXT ingest (all corpus files, LibreOffice PDFs); header; appendix table:");
        var readers = Enum.GetValues<PdfTextMode>().Select(m => (Name: $"pdftotext {m}", Reader: PdfTextReader.Pdftotext, Mode: m))
            .Append((Name: "PdfPig", Reader: PdfTextReader.PdfPig, Mode: PdfTextMode.Raw));
        foreach (var (name, reader, mode) in readers)
        {
            var pdfOnly = new DocumentIngestor(options,
                [new PdfParser(PopplerTools.Create("pdftotext", "pdftoppm", timeout),
                    new TesseractOcrEngine(TesseractOcrEngine.Tool("tesseract", timeout)), new PdfOcrSettings(), mode, reader)]);
            int same = 0, total = 0;
            foreach (var txt in corpus.Txt)
            {
                var fromTxt = await txtIngestor.IngestAsync(txt);
                var fromPdf = await pdfOnly.IngestAsync(Path.Combine(Path.GetDirectoryName(corpus.Pdf[0])!,
                    Path.GetFileNameWithoutExtension(txt) + ".pdf"));
                var have = fromPdf.Blocks.Select(b => (b.Kind, b.Text)).ToHashSet();
                var body = fromTxt.Blocks.Where(b => b.Kind != BlockKind.Footnote).ToList();
                total += body.Count;
                same += body.Count(b => have.Contains((b.Kind, b.Text)));
            }
            var header = await pdfOnly.IngestAsync(corpus.HeaderPdf);
            var numberAlone = header.Blocks.Any(b => b.Text == "Số: 556/KH-UBND");
            // Appendix rows keep their owners: a table row whose cells are the task's lead and coordinating bodies.
            var appendix = await pdfOnly.IngestAsync(corpus.AppendixPdf);
            var rows = appendix.Blocks.Where(b => b.Rows is not null).SelectMany(b => b.Rows!).ToList();
            var expected = corpus.AppendixRowCount;
            var kept = rows.Count(r => AppendixRows.Any(a => r.Count == a.Length && r[2] == a[2] && r[3] == a[3] && r[1] == a[1]));
            Console.WriteLine($"  {name,-18} {same,5}/{total} = {(double)same / total:P1}; number apart from the date: {(numberAlone ? "yes" : "NO")}; "
                              + $"appendix rows with their owners: {kept}/{expected}");
        }
    }

    private static async Task<Row> Measure(string format, IReadOnlyList<string> files, int rounds, Func<string, int> pagesOf,
        Func<string, Task<int>> ingest)
    {
        GC.Collect();
        ResetPeakWorkingSet();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var self = Process.GetCurrentProcess();
        // CPU of this process and of the tools it waited for (LibreOffice, pdftoppm, tesseract): on a shared machine
        // only CPU time compares across runs.
        TimeSpan Cpu()
        {
            self.Refresh();
            return self.TotalProcessorTime + PdfTextLayerBench.ChildrenCpu();
        }
        var start = Cpu();
        var roundCpu = new List<TimeSpan>();
        var sw = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            var before = Cpu();
            foreach (var f in files) await ingest(f);
            roundCpu.Add(Cpu() - before);
        }
        sw.Stop();
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        self.Refresh();
        return new Row(format, files.Count * rounds, files.Sum(pagesOf) * rounds, files.Sum(f => new FileInfo(f).Length) * rounds,
            sw.Elapsed, Cpu() - start, bytes, self.PeakWorkingSet64, roundCpu.Order().ElementAt(roundCpu.Count / 2) / Math.Max(1, files.Count));
    }

    /// <summary>
    /// Image files read by ingest (ImageMagick decode, deskew, tesseract) against tesseract alone on the same files, the
    /// way they ran before images were decoded: alternating, twice, at the same parallelism; wall clock and CPU of this
    /// process with its tools.
    /// </summary>
    private static async Task CompareImageOcrAsync(IReadOnlyList<string> images, int parallelism, Func<string, Task<int>> ingest)
    {
        if (images.Count == 0) return;
        var env = new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" };
        using var self = Process.GetCurrentProcess();
        TimeSpan Cpu()
        {
            self.Refresh();
            return self.TotalProcessorTime + PdfTextLayerBench.ChildrenCpu();
        }
        TimeSpan oursWall = TimeSpan.Zero, oursCpu = TimeSpan.Zero, bareWall = TimeSpan.Zero, bareCpu = TimeSpan.Zero;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        for (var r = 0; r < 2; r++)
        {
            var (cpu, sw) = (Cpu(), Stopwatch.StartNew());
            await Parallel.ForEachAsync(images, options, async (f, _) => await ingest(f));
            (oursWall, oursCpu) = (oursWall + sw.Elapsed, oursCpu + Cpu() - cpu);
            (cpu, sw) = (Cpu(), Stopwatch.StartNew());
            await Parallel.ForEachAsync(images, options, (f, _) =>
            {
                Tesseract(f, env);
                return ValueTask.CompletedTask;
            });
            (bareWall, bareCpu) = (bareWall + sw.Elapsed, bareCpu + Cpu() - cpu);
        }
        Console.WriteLine($"Image OCR ({2 * images.Count} PNG pages): ours {oursWall.TotalSeconds:0.00} s wall / {oursCpu.TotalSeconds:0.00} s CPU; "
                          + $"tesseract alone {bareWall.TotalSeconds:0.00} s / {bareCpu.TotalSeconds:0.00} s → ratio {oursWall / bareWall:0.00}× wall, "
                          + $"{oursCpu / bareCpu:0.00}× CPU");
    }

    /// <summary>
    /// Starts the process's peak working set afresh (Linux: "5" to /proc/self/clear_refs resets VmHWM), so each format's
    /// row shows its own peak, not the largest of the formats measured before it.
    /// </summary>
    private static void ResetPeakWorkingSet()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.WriteLine($"(peak memory not reset: {e.Message}; the column is the largest so far)");
        }
    }

    private static void PrintTable(IReadOnlyList<Row> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"{"format",-20} {"files",6} {"pages",6} {"MB",7} {"time s",8} {"CPU ms/file",11} {"median round",12} {"files/s",9} {"pages/s",9} {"MB/s",7} {"alloc MB/file",13} {"peak WS MB",10}");
        foreach (var r in rows.Where(r => r.Files > 0))
            Console.WriteLine($"{r.Format,-20} {r.Files,6} {r.Pages,6} {r.Bytes / 1048576.0,7:0.00} {r.Time.TotalSeconds,8:0.000} {r.Cpu.TotalMilliseconds / r.Files,11:0} "
                              + $"{r.MedianRoundCpuPerFile.TotalMilliseconds,12:0} "
                              + $"{r.Files / r.Time.TotalSeconds,9:0.0} {r.Pages / r.Time.TotalSeconds,9:0.0} {r.Bytes / 1048576.0 / r.Time.TotalSeconds,7:0.00} "
                              + $"{r.AllocatedBytes / 1048576.0 / r.Files,13:0.00} {r.PeakWorkingSet / 1048576.0,10:0}");
    }

    /// <summary>The bare tools on the same pages: pdftoppm then tesseract per page, and tesseract alone on pre-rendered pages.</summary>
    private static async Task<(TimeSpan RasterAndOcr, TimeSpan OcrOnly)> BareOcrAsync(string pdf, int pages, int parallelism, string dir)
    {
        var env = new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" };
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        string Image(int p) => Path.Combine(dir, $"bare-{p}");

        var sw = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(1, pages), options, (p, _) =>
        {
            Poppler("pdftoppm", ["-r", "300", "-f", $"{p}", "-l", $"{p}", "-gray", "-singlefile", pdf, Image(p)]);
            Tesseract(Image(p) + ".pgm", env);
            return ValueTask.CompletedTask;
        });
        var rasterAndOcr = sw.Elapsed;

        sw.Restart();
        await Parallel.ForEachAsync(Enumerable.Range(1, pages), options, (p, _) =>
        {
            Tesseract(Image(p) + ".pgm", env);
            return ValueTask.CompletedTask;
        });
        return (rasterAndOcr, sw.Elapsed);
    }

    private static void Tesseract(string image, IReadOnlyDictionary<string, string> env)
    {
        var r = new ExternalTool("tesseract", "tesseract-ocr", TimeSpan.FromMinutes(2))
            .RunAsync("bench", [image, "stdout", "-l", "vie"], env).GetAwaiter().GetResult();
        if (r.ExitCode != 0) throw new InvalidOperationException($"tesseract exited {r.ExitCode}: {r.Stderr}");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }

    private static string RepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "DirectiveTracker.sln"))) return d.FullName;
        throw new InvalidOperationException("run the bench from inside the repository (DirectiveTracker.sln not found)");
    }
}
