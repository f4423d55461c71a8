using System.Diagnostics;
using System.Text;
using DirectiveTracker.Extract;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Bench;

/// <summary>
/// `Bench extract [DIR…] [--repeat N]`: extraction speed on one core — documents/s and MB/s of clean text,
/// over the ingested corpus (default corpus/seeds, corpus/realdocs and corpus/realdocs2), after warm-up passes.
/// Ingest is not timed. Prints the rate by the measuring thread's own CPU time (on a shared machine other processes
/// take the core, and only that rate compares between runs), the wall-clock rate, the load average, and the split
/// of the thread's CPU time between the extractor's stages (measured in a pass of its own, so that reading the
/// clocks costs the rate nothing), and the kilobytes each stage allocates per document.
/// </summary>
internal static class ExtractBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        int repeat = 20;
        var dirs = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--repeat" && i + 1 < args.Length) repeat = int.Parse(args[++i]);
            else dirs.Add(args[i]);
        }
        if (dirs.Count == 0) dirs.AddRange(["corpus/seeds", "corpus/realdocs", "corpus/realdocs2"]);
        // One core, but the idlest one: pinning to core 0 as before put this bench on the core every other pinned
        // process shares, and on a busy machine the figure fell to a sixth.
        if (OperatingSystem.IsLinux()) Process.GetCurrentProcess().ProcessorAffinity = (nint)(1L << IdlestCore());

        var ingestor = IngestServices.CreateDefault();
        var folders = new List<(string Dir, List<IngestedDocument> Docs)>();
        foreach (var dir in dirs)
        {
            var files = Directory.EnumerateFiles(dir, "*.txt").Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList();
            var docs = new List<IngestedDocument>();
            foreach (var f in files) docs.Add(await ingestor.IngestAsync(f));
            folders.Add((dir, docs));
        }
        // Warm-up until the rate stops rising, over every folder before any is timed. Tiered JIT recompiles the hot
        // methods on a background thread, and on this one busy core that took 10 s and more: after the former fixed 2 s
        // the rate still rose fourfold (seeds 47 → 200 documents/s CPU over six runs in one process). Warmed on its own
        // documents only, the first folder stayed colder than the next (realdocs 9.2 ms/document first, 4.6 timed again).
        WarmUp(new DocumentExtractor(), [.. folders.SelectMany(f => f.Docs)]);
        foreach (var (dir, docs) in folders)
        {
            if (docs.Count == 0) { Console.WriteLine($"{dir}: no documents"); continue; }
            double mb = docs.Sum(d => Encoding.UTF8.GetByteCount(d.Text)) / 1e6;

            var extractor = new DocumentExtractor();
            int tasks = docs.Sum(d => extractor.Extract(d).Tasks.Count);
            double load = LoadAverage();
            long thread0 = ThreadCpu.Nanoseconds();
            var pause0 = GC.GetTotalPauseDuration();
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            var sw = Stopwatch.StartNew();
            for (int r = 0; r < repeat; r++)
                foreach (var d in docs) extractor.Extract(d);
            sw.Stop();
            var pause = GC.GetTotalPauseDuration() - pause0;
            Console.WriteLine($"  gc: {pause.TotalMilliseconds / (docs.Count * repeat):0.00} ms paused/document; collections gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}");
            double seconds = sw.Elapsed.TotalSeconds, cpu = (ThreadCpu.Nanoseconds() - thread0) / 1e9;
            int n = docs.Count * repeat;
            Console.WriteLine($"{dir}: {docs.Count} documents, {mb * 1000:0} kB, {tasks} tasks; " +
                              $"{n / cpu:0} documents/s CPU (this thread), {n / seconds:0} documents/s wall, {mb * repeat / cpu:0.00} MB/s CPU, " +
                              $"{cpu * 1000 / n:0.00} ms CPU/document (×{repeat}, one core, load average {load:0.0})");
            // The split: the same passes again, each stage timed by the thread's CPU clock (a system call per stage and task).
            var clock = new ExtractionClock(ThreadCpu.Nanoseconds, 1_000_000_000);
            var clocked = new DocumentExtractor { Clock = clock };
            for (int r = 0; r < repeat; r++)
                foreach (var d in docs) clocked.Extract(d);
            double staged = clock.Totals.Sum(t => t.Seconds);
            Console.WriteLine("  stages (thread CPU): " + string.Join(", ", clock.Totals.Select(t => $"{t.Stage} {t.Seconds * 1000 / n:0.00} ms ({t.Seconds / staged:P0})")));
            // What each stage allocates (the thread's allocated bytes as the clock): garbage is CPU the stages pay for in
            // collections, counted in none of them.
            var bytes = new ExtractionClock(() => GC.GetAllocatedBytesForCurrentThread(), 1);
            var weighed = new DocumentExtractor { Clock = bytes };
            long allocated0 = GC.GetAllocatedBytesForCurrentThread();
            foreach (var d in docs) weighed.Extract(d);
            double allocated = (GC.GetAllocatedBytesForCurrentThread() - allocated0) / 1024.0 / docs.Count;
            Console.WriteLine($"  allocated: {allocated:0} kB/document; stages: " + string.Join(", ", bytes.Totals.Select(t => $"{t.Stage} {t.Seconds / 1024 / docs.Count:0}")));
        }
        return 0;
    }

    // Passes over the documents until the best pass (thread CPU) has not improved by 2 % over the last five passes (at
    // least 5 s of CPU, at most 90 s of wall time). Stopping at the first pass that did not beat the best, as before, let
    // one slow pass end the warm-up while the JIT was still recompiling: the first folder then measured 12 ms/document and
    // the same folder timed again in the same process 4.5.
    private static void WarmUp(DocumentExtractor extractor, List<IngestedDocument> docs)
    {
        const int Window = 5;
        var best = new List<long>();
        long spent = 0;
        var wall = Stopwatch.StartNew();
        while (wall.Elapsed.TotalSeconds < 90)
        {
            long t0 = ThreadCpu.Nanoseconds();
            foreach (var d in docs) extractor.Extract(d);
            long pass = ThreadCpu.Nanoseconds() - t0;
            spent += pass;
            best.Add(best.Count == 0 ? pass : Math.Min(pass, best[^1]));
            if (spent > 5_000_000_000 && best.Count > Window && best[^1] > best[^(Window + 1)] * 0.98) return;
        }
    }

    // The one-minute load average (/proc/loadavg), printed beside the figures: 0 when it cannot be read.
    private static double LoadAverage()
    {
        try { return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture); }
        catch (IOException) { return 0; }
    }

    // The core with the most idle time over a quarter of a second (/proc/stat), 0 when it cannot be read.
    private static int IdlestCore()
    {
        static Dictionary<int, long> Idle()
        {
            var idle = new Dictionary<int, long>();
            foreach (var line in File.ReadLines("/proc/stat"))
            {
                if (!line.StartsWith("cpu", StringComparison.Ordinal) || line.Length < 4 || !char.IsAsciiDigit(line[3])) continue;
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                idle[int.Parse(f[0][3..], System.Globalization.CultureInfo.InvariantCulture)] = long.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture);
            }
            return idle;
        }
        try
        {
            var before = Idle();
            Thread.Sleep(250);
            var after = Idle();
            return after.Where(kv => kv.Key < Environment.ProcessorCount).MaxBy(kv => kv.Value - before.GetValueOrDefault(kv.Key)).Key;
        }
        catch (IOException) { return 0; }
    }
}
