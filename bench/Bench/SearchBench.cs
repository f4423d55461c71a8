using System.Diagnostics;
using System.Globalization;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Bench.Fts5;
using DirectiveTracker.Index.Storage;
using DirectiveTracker.Ingest.Model;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Bench;

/// <summary>
/// `Bench search [--docs N] [--tasks N] [--reps N] [--warm SECONDS] [--dir DIR] [--reuse] [--sequential] [--profile SECONDS] [--dump FILE]`: builds the same generated documents (the
/// corpus's own paragraphs, agencies, numbers, dates and provinces varied; one seed) into the old FTS5 store and the
/// Lucene store, each in its own process (build rate, size, peak memory), then runs the query mix on both
/// alternately in one process: per query both hit counts and both latencies (p50/p95/p99), and searcher open time.
/// </summary>
internal static class SearchBench
{
    private static readonly string[] Provinces =
        ["Thái Bình", "Bắc Ninh", "Thanh Hóa", "Đắk Lắk", "Đồng Tháp", "Cần Thơ", "Hà Tĩnh", "Nghệ An", "Quảng Ninh", "Hòa Bình",
         "Khánh Hòa", "Lâm Đồng", "Kiên Giang", "Sơn La", "Lào Cai", "Phú Thọ", "Hải Dương", "Nam Định", "Bình Định", "Quảng Trị"];

    private static readonly string[] Agencies =
        ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Giáo dục và Đào tạo", "Sở Y tế",
         "Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông", "Sở Tài nguyên và Môi trường", "Sở Xây dựng",
         "Sở Nông nghiệp và Phát triển nông thôn", "Sở Lao động - Thương binh và Xã hội", "Sở Công Thương", "Sở Giao thông vận tải",
         "Sở Khoa học và Công nghệ", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Thanh tra tỉnh", "Văn phòng Ủy ban nhân dân tỉnh",
         "Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Đài Phát thanh và Truyền hình tỉnh",
         "Ủy ban nhân dân các huyện, thị xã, thành phố", "Mặt trận Tổ quốc Việt Nam tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh",
         "Liên đoàn Lao động tỉnh", "Bảo hiểm xã hội tỉnh", "Cục Thuế tỉnh"];

    private static readonly (string Number, DocumentKind Kind)[] Directives =
        [("41-CT/TW", DocumentKind.ChiThi), ("34-CT/TW", DocumentKind.ChiThi), ("52-CT/TW", DocumentKind.ChiThi), ("14-CT/TW", DocumentKind.ChiThi),
         ("19/CT-TTg", DocumentKind.ChiThi), ("21/CT-TTg", DocumentKind.ChiThi), ("48/NQ-CP", DocumentKind.NghiQuyet), ("98/2023/NĐ-CP", DocumentKind.NghiDinh),
         ("1237/QĐ-TTg", DocumentKind.QuyetDinh), ("57-NQ/TW", DocumentKind.NghiQuyet)];

    internal static readonly (string Query, bool Text)[] Mix =
    [
        ("tuyên truyền", true), ("tuyen truyen", true), ("thi đua khen thưởng", true), ("\"thi đua, khen thưởng\"", true),
        ("so noi vu", true), ("Sở Nội vụ báo cáo", true), ("41-CT/TW", true), ("cải cách hành chính agency:\"Sở Nội vụ\"", true),
        ("tuyen* year:2024", true), ("kiểm tra giám sát kind:KeHoach", true), ("tuyên truyền implements:41-CT/TW", true),
        ("báo cáo -định kỳ", true), ("(chuyển đổi số) OR (cải cách)", true), ("đào tạo nghề year:2020..2022", true),
        ("tài nguyên nước", true), ("hòa giải", true),
        ("implements:41-CT/TW category:TuyenTruyen", false), ("agency:\"Sở Tư pháp\" due:<2025-06-30", false),
        ("status:overdue agency:\"Sở Nội vụ\"", false), ("number:29/KH-UBND", false),
    ];

    public static int Run(string[] args)
    {
        int docs = Int(args, "--docs", 20_000), tasksPerDoc = Int(args, "--tasks", 20), reps = Int(args, "--reps", 15);
        var folder = Str(args, "--dir") ?? Path.Combine(Path.GetTempPath(), $"dtrack-search-bench-{docs}");
        var engine = Str(args, "--build");
        if (engine is not null) return Build(engine, folder, docs, tasksPerDoc);
        if (Int(args, "--profile", 0) is > 0 and var seconds) return Profile(folder, seconds);
        if (Str(args, "--facets") is { } facetQuery) return PrintFacets(folder, facetQuery);
        if (Str(args, "--timings") is { } timedQuery) return PrintTimings(folder, timedQuery);
        if (Str(args, "--dump") is { } dumpFile) return Dump(folder, dumpFile);

        Console.WriteLine($"search bench: {docs:N0} documents, ~{tasksPerDoc} tasks each, in {folder}");
        if (!args.Contains("--reuse"))
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(folder);
            // Each build in its own process, so that each reports its own peak memory; both at once (on a shared machine
            // both then meet the same contention; --sequential runs one after the other).
            var builds = new List<Process>();
            foreach (var e in new[] { "fts5", "lucene" })
            {
                var p = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
                // `dotnet Bench.dll` or the apphost, whichever runs us.
                if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") p.ArgumentList.Add(typeof(SearchBench).Assembly.Location);
                foreach (var a in new[] { "search", "--build", e, "--dir", folder, "--docs", docs.ToString(CultureInfo.InvariantCulture), "--tasks", tasksPerDoc.ToString(CultureInfo.InvariantCulture) })
                    p.ArgumentList.Add(a);
                builds.Add(Process.Start(p)!);
                if (args.Contains("--sequential")) builds[^1].WaitForExit();
            }
            foreach (var b in builds)
            {
                b.WaitForExit();
                if (b.ExitCode != 0) return b.ExitCode;
            }
        }
        Compare(folder, reps, Int(args, "--warm", 10));
        return 0;
    }

    private static string Fts5Path(string folder) => Path.Combine(folder, "fts5.db");
    private static string LucenePath(string folder) => Path.Combine(folder, "lucene.db");

    /// <summary>Builds one engine's store from the generated documents (same seed for both) and prints its rate, size and peak memory.</summary>
    private static int Build(string engine, string folder, int docs, int tasksPerDoc)
    {
        var paragraphs = CorpusParagraphs(FindRoot());
        if (engine == "fts5") MeasureAnalysis(paragraphs, tasksPerDoc);
        Func<IEnumerable<(IngestedDocument, ExtractionResult)>, int> save;
        IDisposable store;
        if (engine == "fts5")
        {
            var fts = new Fts5TrackerStore(new Fts5StoreOptions { DatabasePath = Fts5Path(folder) });
            save = items => fts.SaveMany(items).Count;
            store = fts;
        }
        else
        {
            var lucene = SqliteTrackerStore.Open(LucenePath(folder));
            save = items => lucene.SaveMany(items).Count;
            store = lucene;
        }
        // The product's steps (rows, change log, Lucene) by this thread's CPU; FTS5's build is timed whole.
        if (engine != "fts5")
        {
            BuildSteps.Clock = ThreadCpu.Nanoseconds;
            BuildSteps.Fine = Environment.GetEnvironmentVariable("DTRACK_BUILD_STEPS") == "fine";
        }
        var watch = Stopwatch.StartNew();
        double cpuBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        long threadBefore = ThreadCpu.Nanoseconds();
        var rng = new Random(20251122);
        const int batch = 500;
        long tasks = 0, generating = 0;
        for (int start = 0; start < docs; start += batch)
        {
            // Generating the documents is the bench's work, not the store's: its thread CPU is left out of the build's CPU.
            long g = ThreadCpu.Nanoseconds();
            var items = new List<(IngestedDocument, ExtractionResult)>(batch);
            for (int i = start; i < Math.Min(docs, start + batch); i++) items.Add(MakeDocument(i, docs, tasksPerDoc, paragraphs, rng));
            tasks += items.Sum(x => x.Item2.Tasks.Count);
            generating += ThreadCpu.Nanoseconds() - g;
            save(items);
        }
        if (store is Fts5TrackerStore f)
        {
            using var cmd = f.Connection.CreateCommand();
            cmd.CommandText = "INSERT INTO search_fts (search_fts) VALUES ('optimize'); PRAGMA wal_checkpoint(TRUNCATE);";
            cmd.ExecuteNonQuery();
        }
        var closing = (Cpu: ThreadCpu.Nanoseconds(), Wall: watch.Elapsed.TotalSeconds);
        store.Dispose();
        // Both builds end with their write-ahead log checkpointed into the database (FTS5's above, with its optimize).
        if (engine != "fts5") Checkpoint(LucenePath(folder));
        double seconds = watch.Elapsed.TotalSeconds;
        double thread = (ThreadCpu.Nanoseconds() - threadBefore - generating) / 1e9;
        var steps = BuildSteps.Totals().ToList();
        if (engine != "fts5") steps.Add(("Close", (ThreadCpu.Nanoseconds() - closing.Cpu) / 1e9, seconds - closing.Wall));
        // CPU time beside wall time: on a shared machine the wall clock also counts waiting for a core. Taken before the
        // sizes are measured (FTS5's is a vacuumed copy of the database: not part of its build).
        double cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpuBefore - generating / 1e9;
        var size = engine == "fts5" ? Fts5Size(folder) : LuceneSize(folder);
        Console.WriteLine($"{engine,-6} build: {docs:N0} docs + {tasks:N0} tasks in {seconds:F1} s = {docs / seconds:F0} docs/s, CPU {cpu:F1} s = {docs / cpu:F0} docs per CPU second " +
                          $"(generating the documents, {generating / 1e9:F1} s CPU, left out); size {size}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
        if (steps.Count > 0)
        {
            // Analysis runs inside Add (the entries are analysed as the writer asks for them): inversion is Add less Analysis
            // (timed per entry only with DTRACK_BUILD_STEPS=fine). PlanPeriod (a new document's plan period parsed from
            // its title, for its tasks' status) runs inside Rows.
            Console.WriteLine($"{engine,-6} steps (thread CPU / wall s): build thread {thread:F1} CPU, other threads {cpu - thread:F1} CPU (merges, GC, JIT); " +
                              string.Join(", ", steps.Select(x => $"{x.Step} {x.Cpu:F2} / {x.Wall:F2}")));
        }
        return 0;
    }

    private static string Fts5Size(string folder)
    {
        var db = Fts5Path(folder);
        return $"{FileSize(db)} (FTS5 tables and entries {Fts5Tables(db)})";
    }

    private static string LuceneSize(string folder)
    {
        var db = LucenePath(folder);
        Checkpoint(db);
        long index = new DirectoryInfo(Path.ChangeExtension(db, ".index")).EnumerateFiles().Sum(f => f.Length);
        return $"{(new FileInfo(db).Length + index) / 1048576.0:F0} MiB (SQLite {FileSize(db)}, Lucene index {index / 1048576.0:F0} MiB)";
    }

    private static void Checkpoint(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        cmd.ExecuteNonQuery();
    }

    private static string FileSize(string path) => $"{new FileInfo(path).Length / 1048576.0:F0} MiB";

    /// <summary>
    /// The size of FTS5's search tables: the database less a copy without them (dropped as migration 5 dropped them,
    /// then vacuumed). SQLite's dbstat table is not compiled into the bundled SQLite.
    /// </summary>
    private static string Fts5Tables(string db)
    {
        var copy = db + ".without-search";
        File.Copy(db, copy, overwrite: true);
        try
        {
            using (var c = new SqliteConnection($"Data Source={copy};Pooling=False"))
            {
                c.Open();
                using var cmd = c.CreateCommand();
                cmd.CommandText = """
                    DROP TABLE IF EXISTS entry_terms; DROP TABLE IF EXISTS index_terms; DROP TABLE IF EXISTS index_state;
                    DROP TABLE IF EXISTS search_fts; DROP TABLE IF EXISTS entry_agencies; DROP TABLE IF EXISTS search_entries; VACUUM;
                    """;
                cmd.ExecuteNonQuery();
            }
            return $"{(new FileInfo(db).Length - new FileInfo(copy).Length) / 1048576.0:F0} MiB";
        }
        finally { File.Delete(copy); }
    }

    /// <summary>How fast the analysis chain alone runs over generated documents: the three chains one after the other (as the FTS5 store runs them) and in one pass (as the Lucene store does).</summary>
    private static void MeasureAnalysis(List<string> paragraphs, int tasksPerDoc)
    {
        var rng = new Random(1);
        var sample = Enumerable.Range(0, 200).Select(i => MakeDocument(i, 200, tasksPerDoc, paragraphs, rng)).ToList();
        var analyzer = new VietnameseAnalyzer();
        long chars = sample.Sum(x => x.Item1.Text.Length + x.Item2.Tasks.Sum(t => t.Text.Length));
        foreach (var (name, analyze) in new (string, Action<string>)[]
                 {
                     ("three chains", s => { analyzer.Exact(s); analyzer.Folded(s); analyzer.Bigrams(s); }),
                     ("one pass", s => analyzer.Analyze(s)),
                 })
        {
            double seconds = 0;
            for (int pass = 1; pass <= 3; pass++)
            {
                var w = Stopwatch.StartNew();
                foreach (var (doc, ext) in sample)
                {
                    analyze(doc.Text);
                    foreach (var t in ext.Tasks) analyze(t.Text);
                }
                seconds = w.Elapsed.TotalSeconds;
            }
            Console.WriteLine($"analysis, {name} (warm): {chars / seconds / 1e6:F1} M chars/s ({sample.Count / seconds:F0} docs/s with their tasks)");
        }
    }

    /// <summary>`--profile SECONDS`: runs the mix on the existing Lucene store only, for that long, for a profiler to watch (dotnet-trace).</summary>
    private static int Profile(string folder, int seconds)
    {
        var today = new DateOnly(2025, 5, 1);
        using var lucene = SqliteTrackerStore.Open(LucenePath(folder));
        var watch = Stopwatch.StartNew();
        int runs = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        do foreach (var (q, _) in Mix) { lucene.Search(new SearchRequest(q, 20, today)); runs++; }
        while (watch.Elapsed.TotalSeconds < seconds);
        Console.WriteLine($"profile: {runs} searches, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs:F2} ms CPU each");
        return 0;
    }

    /// <summary>`--timings QUERY`: the Lucene store's split of one query's time (compile, find, facets, rank, load) by the searching thread's CPU, ten runs after two seconds of warm-up (tiered JIT).</summary>
    private static int PrintTimings(string folder, string query)
    {
        SearchExecutor.StepClock = () => ThreadCpu.Nanoseconds() / 1e6;
        using var lucene = SqliteTrackerStore.Open(LucenePath(folder));
        var request = new SearchRequest(query, 20, new DateOnly(2025, 5, 1));
        var warm = Stopwatch.StartNew();
        do lucene.Search(request); while (warm.Elapsed.TotalSeconds < 2);
        for (int i = 0; i < 10; i++)
        {
            long cpu = ThreadCpu.Nanoseconds();
            var watch = Stopwatch.StartNew();
            var r = lucene.Search(request);
            Console.WriteLine($"{query}: {r.Total} hits, {watch.Elapsed.TotalMilliseconds:F1} ms, thread CPU {(ThreadCpu.Nanoseconds() - cpu) / 1e6:F1} ms: {lucene.LastTimings} (thread CPU)");
        }
        return 0;
    }

    /// <summary>
    /// `--dump FILE`: the Lucene store's whole results (hits in order with scores, snippets and highlights, facets) for
    /// the mix, 20 and 200 hits each, as JSON, so that two builds of the query side can be compared byte for byte.
    /// </summary>
    private static int Dump(string folder, string file)
    {
        using var lucene = SqliteTrackerStore.Open(LucenePath(folder));
        var results = Mix.SelectMany(m => new[] { 20, 200 }.Select(limit => lucene.Search(new SearchRequest(m.Query, limit, new DateOnly(2025, 5, 1))))).ToList();
        File.WriteAllText(file, System.Text.Json.JsonSerializer.Serialize(results, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"{results.Count} results, {results.Sum(r => r.Hits.Count)} hits written to {file}");
        return 0;
    }

    /// <summary>`--facets QUERY`: both engines' totals and facets for one query on existing stores, to explain a difference.</summary>
    private static int PrintFacets(string folder, string query)
    {
        var request = new SearchRequest(query, 20, new DateOnly(2025, 5, 1));
        using var fts = new Fts5TrackerStore(new Fts5StoreOptions { DatabasePath = Fts5Path(folder) });
        using var lucene = SqliteTrackerStore.Open(LucenePath(folder));
        foreach (var (name, r) in new[] { ("FTS5", fts.Search(request)), ("Lucene", lucene.Search(request)) })
        {
            Console.WriteLine($"{name}: {(r.TotalIsLowerBound ? ">" : "")}{r.Total}");
            foreach (var (facet, values) in r.Facets) Console.WriteLine($"  {facet}: {string.Join(", ", values.Select(v => $"{v.Value}={v.Count}"))}");
        }
        return 0;
    }

    /// <summary>Opens both stores, then runs the mix alternately (FTS5, then Lucene, query by query) and prints the table.</summary>
    private static void Compare(string folder, int reps, int warmSeconds)
    {
        SearchExecutor.StepClock = () => ThreadCpu.Nanoseconds() / 1e6;
        var today = new DateOnly(2025, 5, 1);
        var w = Stopwatch.StartNew();
        using var fts = new Fts5TrackerStore(new Fts5StoreOptions { DatabasePath = Fts5Path(folder) });
        fts.Search(new SearchRequest(Mix[0].Query, 20, today));
        double ftsOpen = w.Elapsed.TotalMilliseconds;
        w.Restart();
        using var lucene = SqliteTrackerStore.Open(LucenePath(folder));
        lucene.Search(new SearchRequest(Mix[0].Query, 20, today));
        double luceneOpen = w.Elapsed.TotalMilliseconds;
        Console.WriteLine($"open + first query: FTS5 {ftsOpen:F0} ms, Lucene {luceneOpen:F0} ms (searcher warmed before it is published)");
        // Warm up both over the whole mix (ten seconds by default, `--warm SECONDS`), so that tiered JIT has settled: on a
        // busy core two seconds were a few rounds of the mix, and the phrase scorer (one query of twenty) still ran
        // unoptimised when measured (33 ms of its thread's CPU against 7.8 after ten seconds, load 14).
        var warm = Stopwatch.StartNew();
        do foreach (var (q, _) in Mix) { fts.Search(new SearchRequest(q, 20, today)); lucene.Search(new SearchRequest(q, 20, today)); }
        while (warm.Elapsed.TotalSeconds < warmSeconds);

        var ftsAll = new List<double>();
        var luceneAll = new List<double>();
        var ftsCpu = new List<double>();
        var luceneCpu = new List<double>();
        var differing = new List<string>();
        Console.WriteLine($"{"query",-44} {"FTS5 hits",10} {"Lucene",8} | {"FTS5 p50",8} {"p95",7} {"p99",7} | {"Luc. p50",8} {"p95",7} {"p99",7} | {"p50 ×",6} | {"CPU p50 F/L",11} {"p99 F/L",11}");
        foreach (var (q, _) in Mix)
        {
            var ft = new List<double>();
            var lt = new List<double>();
            var fc = new List<double>();
            var lc = new List<double>();
            var steps = new List<string>();
            SearchResults? fr = null, lr = null;
            for (int r = -2; r < reps; r++)
            {
                // CPU time beside wall time: on a shared machine the wall clock also counts waiting for a core. The
                // searching thread's own CPU: the process's also counted what its other threads (tiered JIT, GC) did meanwhile.
                long cpu0 = ThreadCpu.Nanoseconds();
                var sw = Stopwatch.StartNew();
                fr = fts.Search(new SearchRequest(q, 20, today));
                double a = sw.Elapsed.TotalMilliseconds;
                long cpu1 = ThreadCpu.Nanoseconds();
                sw.Restart();
                lr = lucene.Search(new SearchRequest(q, 20, today));
                double b = sw.Elapsed.TotalMilliseconds;
                long cpu2 = ThreadCpu.Nanoseconds();
                if (r >= 0)
                {
                    ft.Add(a); lt.Add(b); fc.Add((cpu1 - cpu0) / 1e6); lc.Add((cpu2 - cpu1) / 1e6);
                    steps.Add(lucene.LastTimings);
                }
            }
            ftsAll.AddRange(ft);
            luceneAll.AddRange(lt);
            ftsCpu.AddRange(fc);
            luceneCpu.AddRange(lc);
            var ftsHits = (fr!.TotalIsLowerBound ? ">" : "") + fr.Total.ToString("N0", CultureInfo.InvariantCulture);
            var agreement = Agreement(fr, lr!, q);
            if (agreement is not ("same" or "planned")) differing.Add($"{q} ({agreement})");
            Console.WriteLine($"{Trim(q, 44),-44} {ftsHits,10} {lr!.Total,8:N0} | {Percentile(ft, 50),8:F2} {Percentile(ft, 95),7:F2} {Percentile(ft, 99),7:F2} | " +
                              $"{Percentile(lt, 50),8:F2} {Percentile(lt, 95),7:F2} {Percentile(lt, 99),7:F2} | {Percentile(lt, 50) / Percentile(ft, 50),6:F2} | {Percentile(fc, 50),5:F1}/{Percentile(lc, 50),-5:F1} {Percentile(fc, 99),5:F1}/{Percentile(lc, 99),-5:F1} {agreement}  [{MedianSteps(steps)}]");
        }
        Console.WriteLine($"over the mix ({ftsAll.Count} runs each): FTS5 p50 {Percentile(ftsAll, 50):F2} p95 {Percentile(ftsAll, 95):F2} p99 {Percentile(ftsAll, 99):F2} ms; " +
                          $"Lucene p50 {Percentile(luceneAll, 50):F2} p95 {Percentile(luceneAll, 95):F2} p99 {Percentile(luceneAll, 99):F2} ms; " +
                          $"ratio p50 {Percentile(luceneAll, 50) / Percentile(ftsAll, 50):F2}, p99 {Percentile(luceneAll, 99) / Percentile(ftsAll, 99):F2}");
        Console.WriteLine($"thread CPU time over the mix: FTS5 p50 {Percentile(ftsCpu, 50):F1} p99 {Percentile(ftsCpu, 99):F1} ms; Lucene p50 {Percentile(luceneCpu, 50):F1} p99 {Percentile(luceneCpu, 99):F1} ms");
        Console.WriteLine(differing.Count == 0
            ? $"hit counts and facets: the same for all {Mix.Length} queries (but the planned difference of \"{PlannedDifference}\")"
            : $"hit counts and facets: the same for {Mix.Length - differing.Count} of {Mix.Length} queries; differing: {string.Join("; ", differing)}");
        Console.WriteLine($"query process peak working set (both stores open): {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
    }

    /// <summary>The median of each step of <see cref="SqliteTrackerStore.LastTimings"/> ("find 1.2 facets 0.3 …") over a query's runs.</summary>
    private static string MedianSteps(List<string> timings)
    {
        var parts = timings.Select(t => t.Split(' ')).ToList();
        if (parts.Count == 0) return "";
        return string.Join(' ', Enumerable.Range(0, parts[0].Length / 2).Select(i =>
            $"{parts[0][2 * i]} {Percentile(parts.Select(p => double.Parse(p[2 * i + 1], CultureInfo.InvariantCulture)).ToList(), 50):F1}"));
    }

    /// <summary>One query planned to differ: FTS5 excluded every <c>định</c>, Lucene the word <c>định kỳ</c> (issue 9).</summary>
    private const string PlannedDifference = "báo cáo -định kỳ";

    /// <summary>
    /// "same" when both engines agree: the same total (Lucene at least FTS5's lower bound where FTS5 stopped counting)
    /// and the same facet values and counts (both count the newest 2,000 matches); else what differs.
    /// </summary>
    private static string Agreement(SearchResults fts, SearchResults lucene, string query)
    {
        bool total = fts.TotalIsLowerBound ? lucene.Total >= fts.Total : lucene.Total == fts.Total;
        bool facets = fts.Facets.Keys.Order(StringComparer.Ordinal).SequenceEqual(lucene.Facets.Keys.Order(StringComparer.Ordinal))
            && fts.Facets.All(f => f.Value.Select(v => (v.Value, v.Count)).SequenceEqual(lucene.Facets[f.Key].Select(v => (v.Value, v.Count))));
        var what = (total, facets) switch { (true, true) => "same", (false, true) => "hits differ", (true, false) => "facets differ", _ => "hits and facets differ" };
        return what != "same" && query == PlannedDifference ? "planned" : what;
    }

    private static (IngestedDocument, ExtractionResult) MakeDocument(int i, int total, int tasksPerDoc, List<string> paragraphs, Random rng)
    {
        var province = Provinces[rng.Next(Provinces.Length)];
        var issuer = $"Ủy ban nhân dân tỉnh {province}";
        // Issue dates rise with i (documents arrive in time order), 2015 to 2026.
        var issued = new DateOnly(2015, 1, 1).AddDays((int)(i * (4200.0 / total)) + rng.Next(0, 20));
        var (kind, symbol) = rng.Next(4) switch { 0 => (DocumentKind.ChiThi, "CT-UBND"), 1 => (DocumentKind.QuyetDinh, "QĐ-UBND"), _ => (DocumentKind.KeHoach, "KH-UBND") };
        var number = $"{rng.Next(1, 400)}/{(rng.Next(3) == 0 ? issued.Year + "/" : "")}{symbol}";
        var directive = Directives[rng.Next(Directives.Length)];
        var subject = Clip(paragraphs[rng.Next(paragraphs.Count)], 12);
        var title = $"{(kind == DocumentKind.KeHoach ? "Kế hoạch" : kind == DocumentKind.ChiThi ? "Chỉ thị" : "Quyết định")} thực hiện {directive.Number} về {subject}";
        int taskCount = Math.Max(1, tasksPerDoc + rng.Next(-tasksPerDoc / 2, tasksPerDoc / 2 + 1));
        var tasks = new List<TaskItem>(taskCount);
        var text = new System.Text.StringBuilder();
        text.Append(issuer.ToUpperInvariant()).Append('\n').Append($"Số: {number}").Append('\n')
            .Append($"{province}, ngày {issued:dd} tháng {issued:MM} năm {issued:yyyy}").Append('\n').Append(title).Append('\n')
            .Append($"Thực hiện {directive.Number} của cấp trên, Ủy ban nhân dân tỉnh {province} ban hành kế hoạch như sau:").Append('\n');
        for (int t = 0; t < taskCount; t++)
        {
            var lead = Agencies[rng.Next(Agencies.Length)];
            var support = rng.Next(3) == 0 ? new[] { Agencies[rng.Next(Agencies.Length)] } : [];
            var body = paragraphs[rng.Next(paragraphs.Count)];
            DateOnly? due = rng.Next(5) == 0 ? null : issued.AddDays(rng.Next(15, 400));
            var taskText = $"{lead} chủ trì {LowerFirst(body)}";
            tasks.Add(new TaskItem
            {
                Path = $"II.{t + 1}", Text = taskText, Lead = [lead], Support = support, Mode = AssignmentMode.Assigned,
                Deadline = due is { } d ? new Deadline(DeadlineKind.Date, d, null, $"trước ngày {d:dd/MM/yyyy}") : null,
                Category = (TaskCategory)rng.Next(9),
            });
            text.Append($"{t + 1}. ").Append(taskText).Append('\n');
        }
        var s = text.ToString();
        var ingested = new IngestedDocument($"bench-{i}.txt", $"{i:x16}{rng.NextInt64():x16}", SourceFormat.Txt, [new PageInfo(1, false)], [], s, []);
        var info = new DocumentInfo
        {
            Kind = kind, Number = number, Issuer = issuer, Place = province, IssuedOn = issued, Title = title,
            References = [new Reference(directive.Kind, directive.Number, null, null, ReferenceRelation.Implements)],
        };
        return (ingested, new ExtractionResult(info, tasks));
    }

    /// <summary>Paragraphs of the corpus (seeds and real documents) long enough to be a task's text.</summary>
    private static List<string> CorpusParagraphs(string root)
    {
        var list = new List<string>();
        foreach (var dir in new[] { "corpus/seeds", "corpus/realdocs" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, dir), "*.txt").Order(StringComparer.Ordinal))
                foreach (var line in File.ReadLines(file))
                {
                    var p = line.Trim().TrimStart('-', '+', '*', '•', ' ');
                    if (p.Length is >= 60 and <= 700 && p.Count(char.IsLetter) > p.Length / 2) list.Add(p);
                }
        return list;
    }

    private static string Clip(string s, int words) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(words)).TrimEnd(',', ';', '.', ':');
    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
    private static string Trim(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        int rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static int Int(string[] args, string name, int fallback) =>
        Str(args, name) is { } s && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private static string? Str(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "corpus", "seeds"))) dir = Path.GetDirectoryName(dir);
        return dir ?? Directory.GetCurrentDirectory();
    }
}
