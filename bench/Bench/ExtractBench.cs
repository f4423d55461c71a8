using System.Diagnostics;
using System.Text;
using DirectiveTracker.Extract;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Bench;

/// <summary>
/// `Bench extract [DIR…] [--repeat N]`: extraction speed on one core — documents/s and MB/s of clean text,
/// over the ingested corpus (default corpus/seeds and corpus/realdocs), after warm-up passes. Ingest is not timed.
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
        if (dirs.Count == 0) dirs.AddRange(["corpus/seeds", "corpus/realdocs"]);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;

        var ingestor = IngestServices.CreateDefault();
        foreach (var dir in dirs)
        {
            var files = Directory.EnumerateFiles(dir, "*.txt").Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList();
            var docs = new List<IngestedDocument>();
            foreach (var f in files) docs.Add(await ingestor.IngestAsync(f));
            if (docs.Count == 0) { Console.WriteLine($"{dir}: no documents"); continue; }
            double mb = docs.Sum(d => Encoding.UTF8.GetByteCount(d.Text)) / 1e6;

            var extractor = new DocumentExtractor();
            int tasks = docs.Sum(d => extractor.Extract(d).Tasks.Count);
            // Warm-up: let tiered JIT settle. Five passes over a small folder (seeds: 5 documents) were not enough and
            // its figure swung with whatever ran before it, so warm up for at least two seconds as well.
            var warm = Stopwatch.StartNew();
            for (int w = 0; w < 5 || warm.Elapsed.TotalSeconds < 2; w++) foreach (var d in docs) extractor.Extract(d);
            var sw = Stopwatch.StartNew();
            for (int r = 0; r < repeat; r++)
                foreach (var d in docs) extractor.Extract(d);
            sw.Stop();
            double seconds = sw.Elapsed.TotalSeconds;
            int n = docs.Count * repeat;
            Console.WriteLine($"{dir}: {docs.Count} documents, {mb * 1000:0} kB, {tasks} tasks; " +
                              $"{n / seconds:0} documents/s, {mb * repeat / seconds:0.00} MB/s, {seconds * 1000 / n:0.00} ms/document (×{repeat}, one core)");
        }
        return 0;
    }
}
