using System.Diagnostics;
using System.Text;
using DirectiveTracker.Extract;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Bench;

/// <summary>
/// `Bench extract [DIR…] [--repeat N]`: extraction speed on one core — documents/s and MB/s of clean text,
/// over the ingested corpus (default corpus/seeds, corpus/realdocs and corpus/realdocs2), after warm-up passes.
/// Ingest is not timed. Prints wall-clock and CPU-time rates (on a shared machine other processes take the core and
/// only the CPU-time rate is comparable between runs) and the split of the time between the extractor's stages.
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
        foreach (var dir in dirs)
        {
            var files = Directory.EnumerateFiles(dir, "*.txt").Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList();
            var docs = new List<IngestedDocument>();
            foreach (var f in files) docs.Add(await ingestor.IngestAsync(f));
            if (docs.Count == 0) { Console.WriteLine($"{dir}: no documents"); continue; }
            double mb = docs.Sum(d => Encoding.UTF8.GetByteCount(d.Text)) / 1e6;

            var clock = new ExtractionClock();
            var extractor = new DocumentExtractor { Clock = clock };
            int tasks = docs.Sum(d => extractor.Extract(d).Tasks.Count);
            // Warm-up: let tiered JIT settle. Five passes over a small folder (seeds: 5 documents) were not enough and
            // its figure swung with whatever ran before it, so warm up for at least two seconds as well.
            var warm = Stopwatch.StartNew();
            for (int w = 0; w < 5 || warm.Elapsed.TotalSeconds < 2; w++) foreach (var d in docs) extractor.Extract(d);
            clock.Reset();
            var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            for (int r = 0; r < repeat; r++)
                foreach (var d in docs) extractor.Extract(d);
            sw.Stop();
            process.Refresh();
            double seconds = sw.Elapsed.TotalSeconds, cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
            int n = docs.Count * repeat;
            Console.WriteLine($"{dir}: {docs.Count} documents, {mb * 1000:0} kB, {tasks} tasks; " +
                              $"{n / seconds:0} documents/s wall, {n / cpu:0} documents/s CPU, {mb * repeat / seconds:0.00} MB/s, " +
                              $"{seconds * 1000 / n:0.00} ms/document (×{repeat}, one core)");
            double staged = clock.Totals.Sum(t => t.Seconds);
            Console.WriteLine("  stages: " + string.Join(", ", clock.Totals.Select(t => $"{t.Stage} {t.Seconds * 1000 / n:0.00} ms ({t.Seconds / staged:P0})")));
        }
        return 0;
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
