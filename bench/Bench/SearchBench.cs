using System.Diagnostics;
using System.Globalization;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Index.Storage;
using DirectiveTracker.Ingest.Model;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Bench;

/// <summary>
/// `Bench search [--docs N] [--tasks N] [--reps N] [--db PATH] [--reuse] [--rank-window N] [--facet-window N] [--dump FILE]`: builds a large realistic store from the corpus's
/// own paragraphs (agencies, numbers, dates and provinces varied), then measures the index build rate, its size,
/// query latency (p50/p95/p99) over a fixed mix, the ratio to a raw FTS5 MATCH of the same terms, and peak memory.
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
        int docs = Int(args, "--docs", 100_000), tasksPerDoc = Int(args, "--tasks", 20), reps = Int(args, "--reps", 15);
        var db = Str(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"dtrack-bench-{docs}.db");
        bool reuse = args.Contains("--reuse") && File.Exists(db);
        var root = FindRoot();
        Console.WriteLine($"search bench: {docs:N0} documents, ~{tasksPerDoc} tasks each, db {db}");

        if (!reuse)
        {
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) if (File.Exists(f)) File.Delete(f);
            var paragraphs = CorpusParagraphs(root);
            Console.WriteLine($"source: {paragraphs.Count} corpus paragraphs");
            MeasureAnalysis(paragraphs, tasksPerDoc);
            using var store = SqliteTrackerStore.Open(db);
            var watch = Stopwatch.StartNew();
            var rng = new Random(20251122);
            const int batch = 500;
            long tasks = 0;
            for (int start = 0; start < docs; start += batch)
            {
                var items = new List<(IngestedDocument, ExtractionResult)>(batch);
                for (int i = start; i < Math.Min(docs, start + batch); i++) items.Add(MakeDocument(i, docs, tasksPerDoc, paragraphs, rng));
                tasks += items.Sum(x => x.Item2.Tasks.Count);
                store.SaveMany(items);
                if ((start / batch) % 10 == 9 || start + batch >= docs)
                    Console.WriteLine($"  {Math.Min(docs, start + batch):N0} docs, {tasks:N0} tasks, {watch.Elapsed.TotalSeconds:F0} s, " +
                                      $"{Math.Min(docs, start + batch) / watch.Elapsed.TotalSeconds:F0} docs/s, {tasks / watch.Elapsed.TotalSeconds:F0} tasks/s");
            }
            using (var cmd = store.Connection.CreateCommand())
            {
                cmd.CommandText = "INSERT INTO search_fts (search_fts) VALUES ('optimize'); PRAGMA wal_checkpoint(TRUNCATE);";
                cmd.ExecuteNonQuery();
            }
            Console.WriteLine($"build: {docs:N0} docs + {tasks:N0} tasks in {watch.Elapsed.TotalSeconds:F1} s " +
                              $"({docs / watch.Elapsed.TotalSeconds:F0} docs/s, {(docs + tasks) / watch.Elapsed.TotalSeconds:F0} entries/s, incl. optimize)");
        }

        var options = new TrackerStoreOptions { DatabasePath = db };
        options.RankWindow = Int(args, "--rank-window", options.RankWindow);
        options.FacetWindow = Int(args, "--facet-window", options.FacetWindow);
        Console.WriteLine($"rank window {options.RankWindow:N0}, facet window {options.FacetWindow:N0}");
        using (var store = new SqliteTrackerStore(options))
        {
            Console.WriteLine($"size: database {new FileInfo(db).Length / 1048576.0:F0} MiB; {Sizes(store.Connection)}");
            MeasureQueries(store, reps, Str(args, "--dump"));
        }
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
        return 0;
    }

    /// <summary>How fast the analysis chain alone runs over generated documents (the part of the build that is ours, not SQLite's).</summary>
    private static void MeasureAnalysis(List<string> paragraphs, int tasksPerDoc)
    {
        var rng = new Random(1);
        var sample = Enumerable.Range(0, 200).Select(i => MakeDocument(i, 200, tasksPerDoc, paragraphs, rng)).ToList();
        var analyzer = new VietnameseAnalyzer();
        for (int pass = 1; pass <= 3; pass++)
        {
            long chars = 0;
            var w = Stopwatch.StartNew();
            foreach (var (doc, ext) in sample)
            {
                chars += doc.Text.Length;
                analyzer.Analyze(doc.Text);
                foreach (var t in ext.Tasks) { analyzer.Analyze(t.Text); chars += t.Text.Length; }
            }
            if (pass == 3) Console.WriteLine($"analysis (warm): {chars / w.Elapsed.TotalSeconds / 1e6:F1} M chars/s ({sample.Count / w.Elapsed.TotalSeconds:F0} docs/s with their tasks)");
        }
    }

    /// <summary>Times the mix; with <paramref name="dump"/>, also writes each query's results there (to compare two builds' answers).</summary>
    private static void MeasureQueries(SqliteTrackerStore store, int reps, string? dump)
    {
        using var results = dump is null ? null : new StreamWriter(dump);
        var today = new DateOnly(2025, 5, 1);
        var all = new List<double>();
        var allCpu = new List<double>();
        var worst = new List<(string Query, double P99)>();
        var ratios = new List<double>();
        var ours = new List<double>();
        var raws = new List<double>();
        // Warm up over the whole mix for at least two seconds, so that tiered JIT has settled before anything is timed
        // (the first queries timed otherwise pay for compiling the code all of them share).
        var warm = Stopwatch.StartNew();
        do foreach (var (q, _) in Mix) store.Search(new SearchRequest(q, 20, today));
        while (warm.Elapsed.TotalSeconds < 2);
        // CPU time beside wall time: on a shared machine the wall clock also counts waiting for a core.
        Console.WriteLine($"{"query",-48} {"hits",9} {"p50 ms",8} {"p99 ms",8} {"cpu p50",8} {"raw p50",8} {"ratio",6}");
        foreach (var (q, text) in Mix)
        {
            var times = new List<double>();
            var cpu = new List<double>();
            SearchResults? last = null;
            for (int r = -2; r < reps; r++) // two warm-up runs
            {
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var w = Stopwatch.StartNew();
                last = store.Search(new SearchRequest(q, 20, today));
                if (r >= 0)
                {
                    times.Add(w.Elapsed.TotalMilliseconds);
                    cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds);
                }
            }
            all.AddRange(times);
            allCpu.AddRange(cpu);
            worst.Add((q, Percentile(times, 99)));
            results?.WriteLine($"{q}\t{last!.Total}\t{last.Approximate}\t" +
                               string.Join(" ", last.Hits.Select(h => $"{h.DocumentId}/{h.TaskId}:{h.Score:F6}")) + "\t" +
                               string.Join(" ", last.Facets.SelectMany(f => f.Value.Select(v => $"{f.Key}={v.Value}:{v.Count}"))));
            string rawCell = "", ratioCell = "";
            if (text && RawMatch(q) is { } raw)
            {
                var rawTimes = new List<double>();
                for (int r = -2; r < reps; r++)
                {
                    var w = Stopwatch.StartNew();
                    using var cmd = store.Connection.CreateCommand();
                    cmd.CommandText = "SELECT rowid, bm25(search_fts) FROM search_fts WHERE search_fts MATCH @m ORDER BY bm25(search_fts) LIMIT 20";
                    cmd.Parameters.AddWithValue("@m", raw);
                    using (var reader = cmd.ExecuteReader()) while (reader.Read()) { }
                    if (r >= 0) rawTimes.Add(w.Elapsed.TotalMilliseconds);
                }
                double ratio = Percentile(times, 50) / Math.Max(0.001, Percentile(rawTimes, 50));
                ratios.Add(ratio);
                ours.AddRange(times); raws.AddRange(rawTimes);
                rawCell = $"{Percentile(rawTimes, 50):F2}"; ratioCell = $"{ratio:F2}";
            }
            Console.WriteLine($"{Trim(q, 48),-48} {last!.Total,9:N0} {Percentile(times, 50),8:F2} {Percentile(times, 99),8:F2} {Percentile(cpu, 50),8:F1} {rawCell,8} {ratioCell,6}{(last.Approximate ? "  (rank window)" : "")}  [{store.LastTimings}]");
        }
        Console.WriteLine($"latency over the mix ({all.Count} runs): p50 {Percentile(all, 50):F2} ms, p95 {Percentile(all, 95):F2} ms, p99 {Percentile(all, 99):F2} ms");
        Console.WriteLine($"CPU time over the mix: p50 {Percentile(allCpu, 50):F1} ms, p95 {Percentile(allCpu, 95):F1} ms, p99 {Percentile(allCpu, 99):F1} ms");
        Console.WriteLine("worst p99: " + string.Join("; ", worst.OrderByDescending(w => w.P99).Take(4).Select(w => $"{w.Query} {w.P99:F1} ms")));
        Console.WriteLine($"text queries vs raw FTS5 MATCH + bm25 LIMIT 20: ours p50 {Percentile(ours, 50):F2} ms / raw p50 {Percentile(raws, 50):F2} ms = {Percentile(ours, 50) / Percentile(raws, 50):F2}x; " +
                          $"ours p99 {Percentile(ours, 99):F2} ms / raw p99 {Percentile(raws, 99):F2} ms; per-query median ratio {Percentile(ratios, 50):F2}x");
    }

    /// <summary>The same terms as a plain FTS5 query: folded words ANDed (phrases kept), without filters or our exact/bigram alternatives.</summary>
    private static string? RawMatch(string query)
    {
        var parsed = QueryParser.Parse(query);
        if (parsed.Text is null) return null;
        var words = new List<string>();
        void Walk(QueryNode n)
        {
            switch (n)
            {
                case TermNode t: words.AddRange(VietnameseAnalyzer.Default.Folded(t.Text, withParts: false).Select(x => "\"" + IndexTerms.Encode(x.Text) + "\"" + (t.Prefix ? "*" : ""))); break;
                case PhraseNode p: words.Add("\"" + IndexTerms.Join(VietnameseAnalyzer.Default.Folded(p.Text)) + "\""); break;
                case AndNode a: foreach (var c in a.Children) Walk(c); break;
                case OrNode o: foreach (var c in o.Children) Walk(c); break;
                case NotNode: break;
            }
        }
        Walk(parsed.Text);
        return words.Count == 0 ? null : "{head_folded body_folded} : (" + string.Join(" AND ", words) + ")";
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

    private static string Sizes(SqliteConnection db)
    {
        try
        {
            using var cmd = db.CreateCommand();
            cmd.CommandText = "SELECT CASE WHEN name LIKE 'search_fts%' THEN 'fts5' WHEN name IN ('search_entries','entry_agencies') OR name LIKE 'search_entries%' OR name LIKE 'entry_agencies%' THEN 'entries' ELSE 'data' END AS g, sum(pgsize) FROM dbstat GROUP BY g ORDER BY g";
            using var r = cmd.ExecuteReader();
            var parts = new List<string>();
            while (r.Read()) parts.Add($"{r.GetString(0)} {r.GetInt64(1) / 1048576.0:F0} MiB");
            return string.Join(", ", parts);
        }
        catch (SqliteException) { return "(dbstat not available)"; }
    }

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
