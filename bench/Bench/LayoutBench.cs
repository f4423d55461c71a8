using System.Diagnostics;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Bench;

/// <summary>
/// `Bench layout [corpus-dir] [rounds]`: TXT ingest speed on the corpus and layout-repair figures — blocks that start
/// mid-sentence, furniture and debris left in the text — and the time each layout step takes.
/// </summary>
public static class LayoutBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var corpus = args.Length > 0 ? args[0] : FindCorpus();
        int rounds = args.Length > 1 ? int.Parse(args[1]) : 20;
        var files = Directory.GetFiles(Path.Combine(corpus, "seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(corpus, "realdocs"), "*.txt")).Order().ToList();
        var ingestor = IngestServices.CreateDefault();

        var docs = new List<IngestedDocument>();
        foreach (var f in files) docs.Add(await ingestor.IngestAsync(f));
        long bytes = files.Sum(f => new FileInfo(f).Length);
        var stages = new Dictionary<string, double>();
        for (int r = 0; r < rounds; r++)
        foreach (var f in files)
        {
            if (r == 1) stages.Clear(); // the first round pays for JIT
            var raw = await File.ReadAllBytesAsync(f);
            var t = Stopwatch.StartNew();
            var text = DirectiveTracker.Ingest.Text.TextDecoder.Decode(raw).Text;
            stages["decode"] = stages.GetValueOrDefault("decode") + t.Elapsed.TotalMilliseconds;
            var doc = DirectiveTracker.Ingest.Layout.LayoutDocument.FromPages([new RawPage(1, text, false)]);
            foreach (var step in DirectiveTracker.Ingest.Layout.LayoutRepair.DefaultSteps())
            {
                t.Restart();
                step.Apply(doc);
                stages[step.GetType().Name] = stages.GetValueOrDefault(step.GetType().Name) + t.Elapsed.TotalMilliseconds;
            }
        }
        Console.WriteLine("ms per stage over the later rounds: " + string.Join(", ", stages.Select(kv => $"{kv.Key} {kv.Value:0.0}")));
        var sw = Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++) foreach (var f in files) await ingestor.IngestAsync(f);
        sw.Stop();
        double seconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"files {files.Count}, rounds {rounds}: {files.Count * rounds / seconds:0} docs/s, {bytes * rounds / seconds / 1e6:0.0} MB/s");

        int blocks = 0, midSentence = 0;
        foreach (var d in docs)
            for (int i = 0; i < d.Blocks.Count; i++)
            {
                var b = d.Blocks[i];
                if (b.Kind != BlockKind.Paragraph) continue; // list items start with their marker
                blocks++;
                if (char.IsLower(b.Text[0]) && (i == 0 || d.Blocks[i - 1].Kind != BlockKind.Heading)) midSentence++;
            }
        Console.WriteLine($"paragraphs {blocks}, starting mid-sentence {midSentence} ({100.0 * midSentence / blocks:0.00}%)");

        // Measured against the corpus's known furniture and debris (detection itself never uses these strings).
        string[] furniture = ["CÔNG BÁO/Số", "BCSĐUBND-VPTU", "Ngày ký:"];
        string[] debris = ["**", "^{", "_", " ,", " ."];
        Console.WriteLine($"furniture left: {docs.Sum(d => furniture.Sum(f => Count(d.Text, f)))}; " +
                          $"debris left: {string.Join(", ", debris.Select(x => $"\"{x}\" {docs.Sum(d => Count(d.Text, x))}"))}");
        Console.WriteLine($"footnotes {docs.Sum(d => d.Blocks.Count(b => b.Kind == BlockKind.Footnote))}, " +
                          $"tables {docs.Sum(d => d.Blocks.Count(b => b.Kind == BlockKind.Table))}, " +
                          $"list items {docs.Sum(d => d.Blocks.Count(b => b.Kind == BlockKind.ListItem))}");
        return 0;
    }

    private static int Count(string text, string what)
    {
        int n = 0;
        for (int i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "corpus", "seeds"))) return Path.Combine(dir.FullName, "corpus");
        throw new DirectoryNotFoundException("corpus/ not found; pass it as the first argument");
    }
}
