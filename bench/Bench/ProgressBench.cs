using System.Diagnostics;
using DirectiveTracker.Extract;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Scoring;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Index.Storage;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Bench;

/// <summary>
/// `Bench progress [--reports DIR] [--quality-only] [--docs N] [--reps N]`: (1) matching quality on the labelled reports
/// of DIR (default corpus/reports): passage → task precision and recall, claim and date accuracy, silent tasks, against
/// the plans their label files name (<c>planSource</c>, or <c>plan.label</c> whose task paths are translated by anchor);
/// (2) time to check one report against a plan of 100 tasks; (3) the same in a store of N generated plans (20 tasks
/// each) holding that plan. Ingest and extraction of the report are not timed: they are the ingest and extract
/// benchmarks'. With <c>--quality-only</c>, (1) alone.
/// </summary>
internal static class ProgressBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        int docs = Int(args, "--docs", 2000), reps = Int(args, "--reps", 20);
        var root = FindRoot();
        var ingestor = IngestServices.CreateDefault();
        var extractor = new DocumentExtractor();
        var reportsDir = Path.GetFullPath(Text(args, "--reports") ?? Path.Combine(root, "corpus", "reports"));
        var reports = new List<(string Name, IngestedDocument Doc, ExtractionResult Extraction, ReportLabels Labels)>();
        foreach (var file in Directory.GetFiles(reportsDir, "*.labels.json").Order(StringComparer.Ordinal))
        {
            var labels = ReportLabels.Load(file);
            var doc = await ingestor.IngestAsync(Path.Combine(reportsDir, labels.Report));
            reports.Add((labels.Report, doc, extractor.Extract(doc), labels));
        }
        if (reports.Count == 0) { Console.Error.WriteLine($"no *.labels.json in {reportsDir}"); return 1; }
        var today = new DateOnly(2026, 12, 1);

        // (1) Quality against the plans the labels name.
        var folder = Directory.CreateTempSubdirectory("dtrack-progress-bench-").FullName;
        try
        {
            using (var store = SqliteTrackerStore.Open(Path.Combine(folder, "plans.db")))
            {
                var plans = new PlanSources(root, new DocumentPipeline(ingestor, extractor, store), store, today);
                var checker = new ReportChecker(store, new GrammarAgencyKeys());
                var total = ReportScore.Zero;
                Console.WriteLine($"reports of {reportsDir}");
                Console.WriteLine("report                                   links  labelled  P      R      claims  dates  silent P/R");
                foreach (var r in reports)
                {
                    var labelPath = await plans.AddAsync(r.Labels);
                    var check = checker.Check(r.Doc, r.Extraction, today)!;
                    var s = ReportScore.Of(check, r.Labels, labelPath);
                    Console.WriteLine("  " + ErrorKinds(check, r.Labels, labelPath));
                    if (check.Plans.Count == 0)
                        Console.WriteLine($"  {r.Name}: no stored plan answered (cites: {string.Join(", ", check.Report.Plans.Select(p => p.Number))}; labels: {r.Labels.Plan})");
                    total += s;
                    Console.WriteLine(Row(r.Name, s));
                }
                Console.WriteLine(Row("all", total));
            }
            if (args.Contains("--quality-only")) return 0;

            // (2) One report against a plan of 100 tasks: the 31 tasks of 29/KH-UBND and 69 from the other corpus plans.
            var pool = new List<TaskItem>();
            foreach (var f in Directory.GetFiles(Path.Combine(root, "corpus", "realdocs"), "*.txt").Concat(Directory.GetFiles(Path.Combine(root, "corpus", "seeds"), "*.txt")).Order())
                pool.AddRange(extractor.Extract(await ingestor.IngestAsync(f)).Tasks);
            var plan004 = extractor.Extract(await ingestor.IngestAsync(Path.Combine(root, "corpus", "seeds", "004_5bd74ecc4f892fee.txt")));
            var extra = pool.Where(t => !plan004.Tasks.Contains(t)).Take(100 - plan004.Tasks.Count).Select((t, i) => t with { Path = $"IV.{i + 1}" });
            var plan100 = plan004 with { Tasks = [.. plan004.Tasks, .. extra] };
            var bc01 = reports.First(r => r.Name.StartsWith("bc01", StringComparison.Ordinal));
            using (var store = SqliteTrackerStore.Open(Path.Combine(folder, "plan100.db")))
            {
                store.Save(Synthetic("plan100", plan100), plan100);
                Console.WriteLine($"plan of {plan100.Tasks.Count} tasks: {Time(store, bc01, today, reps)}");
            }

            // (3) The same plan in a store of N generated plans.
            using (var store = SqliteTrackerStore.Open(Path.Combine(folder, "large.db")))
            {
                var rng = new Random(13);
                var watch = Stopwatch.StartNew();
                for (int start = 0; start < docs; start += 500)
                {
                    store.SaveMany(Enumerable.Range(start, Math.Min(500, docs - start)).Select(i =>
                    {
                        var tasks = Enumerable.Range(0, 20).Select(k => pool[rng.Next(pool.Count)] with { Path = $"II.{k + 1}" }).ToList();
                        var e = new ExtractionResult(new DocumentInfo
                        {
                            Kind = DocumentKind.KeHoach, Number = $"{i + 1000}/KH-UBND", Title = "Kế hoạch sinh để đo",
                            Issuer = "Ủy ban nhân dân tỉnh", IssuedOn = new DateOnly(2020 + i % 6, 1 + i % 12, 1 + i % 28),
                        }, tasks);
                        return (Synthetic("gen" + i, e), e);
                    }));
                }
                store.Save(Synthetic("plan100", plan100), plan100);
                var (d, t) = store.Count();
                Console.WriteLine($"large store: {d:N0} documents, {t:N0} tasks (built in {watch.Elapsed.TotalSeconds:F0} s): {Time(store, bc01, today, reps)}");
            }
        }
        finally { Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); Directory.Delete(folder, recursive: true); }
        return 0;
    }

    private static string Time(SqliteTrackerStore store, (string Name, IngestedDocument Doc, ExtractionResult Extraction, ReportLabels Labels) report, DateOnly today, int reps)
    {
        var checker = new ReportChecker(store, new GrammarAgencyKeys());
        var cold = Stopwatch.StartNew();
        checker.Check(report.Doc, report.Extraction, today); // first check: the plan's tasks are analysed
        double first = cold.Elapsed.TotalMilliseconds;
        var times = new List<double>();
        int passages = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < reps; i++)
        {
            var w = Stopwatch.StartNew();
            var c = checker.Check(report.Doc, report.Extraction, today)!;
            times.Add(w.Elapsed.TotalMilliseconds);
            passages = c.Passages.Count;
        }
        // CPU time per check: the machine is shared, and wall time also counts waiting for a core.
        double cpuPerCheck = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / reps;
        times.Sort();
        // Where the time goes: reading the report, loading the plan's tasks with their status, matching.
        var reader = new DirectiveTracker.Extract.Reports.ReportReader();
        var w2 = Stopwatch.StartNew();
        var reading = reader.Read(report.Doc, report.Extraction)!;
        double read = w2.Elapsed.TotalMilliseconds;
        w2.Restart();
        var tasks = store.FindPlans(reading.Plans.Select(p => p.Number)).SelectMany(p => store.DocumentTasks(p.DocumentId, today)).ToList();
        double load = w2.Elapsed.TotalMilliseconds;
        w2.Restart();
        var matcher = new ReportMatcher();
        matcher.Match(reading.Passages, tasks, reading.Agency, null);
        double match = w2.Elapsed.TotalMilliseconds;
        w2.Restart();
        matcher.Match(reading.Passages, tasks, reading.Agency, null);
        double again = w2.Elapsed.TotalMilliseconds;
        w2.Restart();
        new DirectiveTracker.Extract.Reports.ClaimReader().Read(reading.Passages[0].Text, reading.IssuedOn);
        double claim = w2.Elapsed.TotalMilliseconds;
        return $"{report.Name} ({passages} passages) first check {first:F1} ms; then median {times[times.Count / 2]:F1} ms (CPU {cpuPerCheck:F1} ms per check), max {times[^1]:F1} ms over {reps} runs " +
               $"(one run: read {read:F1} ms, load {tasks.Count} tasks {load:F1} ms, match {match:F1} ms, again {again:F1} ms; one claim {claim:F2} ms)";
    }

    /// <summary>Where the errors are, without the reports' words: wrong links by kind, misses by kind.</summary>
    private static string ErrorKinds(ReportCheck check, ReportLabels labels, Func<TrackedTask, string> labelPath)
    {
        int otherTask = 0, unlabelled = 0, notLinked = 0;
        var held = new HashSet<PassageLabel>();
        foreach (var m in check.Passages)
        {
            var text = string.Join(' ', m.Passage.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var here = labels.Passages.Where(l => text.Contains(string.Join(' ', l.Anchor.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase)).ToList();
            held.UnionWith(here);
            bool labelledTask = here.Any(l => l.Task is not null);
            if (m.Task is null) { if (labelledTask) notLinked++; continue; }
            if (!labelledTask) unlabelled++;
            else if (!here.Any(l => l.Names(labelPath(m.Task)))) otherTask++;
        }
        int noPassage = labels.Passages.Count(l => l.Task is not null && !held.Contains(l));
        return $"wrong links: {otherTask} to another task, {unlabelled} from passages about no task; misses: {notLinked} passages linked to none, {noPassage} anchors in no single passage";
    }

    private static IngestedDocument Synthetic(string name, ExtractionResult e)
    {
        var text = string.Join("\n", e.Tasks.Select(t => t.Text));
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name + text)));
        return new IngestedDocument(name + ".txt", sha, SourceFormat.Txt, [new PageInfo(1, false)], [new Block(BlockKind.Paragraph, text, 1, 0, text.Length)], text, []);
    }

    private static string Row(string name, ReportScore s) =>
        $"{(name.Length > 40 ? name[..40] : name),-40} {s.Linked,5}  {s.Labelled,8}  {s.Precision,5:P0}  {s.Recall,5:P0}  {s.ClaimsRight,2}/{s.ClaimsScored,-4} {s.DatesRight,2}/{s.DatesScored,-3} {s.SilentFound}/{s.SilentPredicted} of {s.SilentLabelled}";

    private static string? Text(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Int(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "corpus", "reports"))) return dir.FullName;
        throw new DirectoryNotFoundException("corpus/reports not found");
    }
}

/// <summary>
/// The plans labelled reports answer, added to the bench's store once each: from <c>planSource</c>, or from the file a
/// <c>plan.label</c> label file describes (found under corpus/). With a label file, stored tasks are named by its
/// paths (its anchors found in the stored tasks' text, as the extraction scorer pairs tasks).
/// </summary>
internal sealed class PlanSources(string root, DocumentPipeline pipeline, SqliteTrackerStore store, DateOnly today)
{
    private readonly Dictionary<string, Func<TrackedTask, string>> _added = new(StringComparer.Ordinal);

    /// <summary>Adds the labels' plan (once) and returns how to name its stored tasks in the labels' numbering.</summary>
    public async Task<Func<TrackedTask, string>> AddAsync(ReportLabels labels)
    {
        GoldFile? gold = labels.PlanLabel is { } l ? GoldFile.Parse(await File.ReadAllTextAsync(Path.Combine(root, l)), l)
            : labels.PlanSource is { } ps ? await LabelFileOf(Path.GetFileName(ps)) : null;
        var source = labels.PlanSource is { } p ? Path.Combine(root, p)
            : gold is not null ? Find(gold.File)
            : throw new FormatException($"{labels.Report}: the labels name no plan (planSource or plan.label).");
        if (_added.TryGetValue(source, out var known)) return known;
        var result = await pipeline.AddAsync(source);
        Func<TrackedTask, string> name = t => t.Path;
        if (gold is not null)
        {
            var tasks = store.DocumentTasks(result.Stored.DocumentId, today);
            var hits = TaskMatching.Match(gold.Tasks, [.. tasks.Select(t => new TaskItem { Path = t.Path, Text = t.Text })]);
            var byId = new Dictionary<long, string>();
            for (int g = 0; g < hits.Length; g++) if (hits[g] >= 0) byId[tasks[hits[g]].TaskId] = gold.Tasks[g].Path;
            // Links to a labelled task the stored plan lacks can never be right: the matcher is not to blame for those.
            Console.WriteLine($"plan {Path.GetFileName(source)}: {byId.Count} of {gold.Tasks.Count} labelled tasks found among {tasks.Count} stored");
            // A stored task no label anchor found keeps its own path (it can then only match by coincidence).
            name = t => byId.TryGetValue(t.TaskId, out var path) ? path : "stored:" + t.Path;
        }
        _added[source] = name;
        return name;
    }

    /// <summary>
    /// The label file (corpus/labels) whose <c>file</c> is the plan's source, as corpus/reports/blind/check_labels.py pairs
    /// them: blind report labels name tasks by its paths, which may differ from extraction's where extraction errs.
    /// </summary>
    private async Task<GoldFile?> LabelFileOf(string sourceName)
    {
        foreach (var path in Directory.GetFiles(Path.Combine(root, "corpus", "labels"), "*.json").Order(StringComparer.Ordinal))
        {
            var json = await File.ReadAllTextAsync(path);
            if (!json.Contains(sourceName, StringComparison.Ordinal)) continue;
            var gold = GoldFile.Parse(json, Path.GetFileName(path));
            if (gold.File == sourceName) return gold;
        }
        return null;
    }

    private string Find(string fileName) =>
        Directory.EnumerateFiles(Path.Combine(root, "corpus"), fileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault()
        ?? throw new FileNotFoundException($"plan {fileName} not found under corpus/");
}
