using System.Diagnostics;
using System.Globalization;
using DirectiveTracker.Alerts.Tests;
using DirectiveTracker.Index.Alerts;
using DirectiveTracker.Index.Storage;
using DirectiveTracker.Web.Alerts;
using Microsoft.Extensions.Logging.Abstractions;

namespace DirectiveTracker.Bench;

/// <summary>
/// `alerts [--tasks N] [--days N] [--db PATH --reuse] [--no-send]`: the reminder scan over a store of N tasks (default 1,000,000: 50,000
/// plans of 20 tasks, due dates spread over the two years before and the year after the scan day, 90 % of those more than
/// 60 days overdue marked done, one lead and 0–2 supporting agencies among 60), then the outbox's throughput to a local
/// SMTP server (aiosmtpd) after N daily scans (skipped with --no-send). Each scan prints where its time went.
/// </summary>
internal static class AlertBench
{
    private static readonly DateOnly Day = new(2026, 3, 18);   // a Wednesday

    public static async Task<int> RunAsync(string[] args)
    {
        int tasks = Option(args, "--tasks", 1_000_000), days = Option(args, "--days", 10);
        var db = Value(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"dtrack-alerts-bench-{tasks}.db");
        bool reuse = args.Contains("--reuse") && File.Exists(db);
        if (!reuse)
        {
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
            var build = Stopwatch.StartNew();
            using var s = SqliteTrackerStore.Open(db);
            Generate(s, tasks);
            Console.WriteLine($"built {tasks:N0} tasks in {build.Elapsed.TotalSeconds:F1} s ({new FileInfo(db).Length / 1048576.0:F0} MiB)");
        }
        using var store = SqliteTrackerStore.Open(db);
        if (reuse)
        {
            // Every run starts from no earlier scan: the generated tasks only.
            using var reset = store.Connection.CreateCommand();
            reset.CommandText = "DELETE FROM alert_recipients; DELETE FROM alerts; DELETE FROM alert_outbox; DELETE FROM alert_scans; DELETE FROM agency_emails;";
            reset.ExecuteNonQuery();
        }
        var options = new AlertOptions { Holidays = [new DateOnly(2026, 4, 27), new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 1)] };
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 18, 0, 0, 0, TimeSpan.Zero));

        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()} (wall time grows with it; CPU time is this process's)");
        var (preview, dryWall, dryCpu) = Timed(() => new AlertScan(store, options, clock).Run(Day, dryRun: true));
        Console.WriteLine($"dry-run scan {Day:yyyy-MM-dd}, no earlier scan (14 days back): {dryWall:F0} ms wall, {dryCpu:F0} ms CPU, {preview.Candidates:N0} candidates, {preview.Alerts.Count:N0} alerts ({preview.Timings})");
        var (committed, firstWall, firstCpu) = Timed(() => new AlertScan(store, options, clock).Run(Day));
        Console.WriteLine($"first scan (commit, with outbox): {firstWall:F0} ms wall, {firstCpu:F0} ms CPU, {committed.Alerts.Count:N0} alerts ({committed.Timings})");
        var walls = new List<double>();
        var cpus = new List<double>();
        int alerts = 0;
        for (int d = 1; d <= days; d++)
        {
            clock.Now = clock.Now.AddDays(1);
            var (r, wall, cpu) = Timed(() => new AlertScan(store, options, clock).Run(Day.AddDays(d)));
            Console.WriteLine($"  daily scan {Day.AddDays(d):yyyy-MM-dd}: {wall:F0} ms wall, {cpu:F0} ms CPU, {r.Candidates:N0} candidates, {r.Alerts.Count:N0} alerts ({r.Timings})");
            alerts += r.Alerts.Count;
            walls.Add(wall);
            cpus.Add(cpu);
        }
        walls.Sort();
        cpus.Sort();
        Console.WriteLine($"daily scans (commit) over {days} days: median {walls[walls.Count / 2]:F0} ms wall / {cpus[cpus.Count / 2]:F0} ms CPU, max {walls[^1]:F0} ms wall / {cpus[^1]:F0} ms CPU, {alerts / (double)days:N0} alerts/day");
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
        if (args.Contains("--no-send")) return 0;

        // Outbox throughput: every agency gets an address; all pending messages go to a local aiosmtpd.
        using (var cmd = store.Connection.CreateCommand())
        {
            cmd.CommandText = "INSERT OR IGNORE INTO agency_emails (agency_key, email) SELECT DISTINCT agency_key, 'agency-' || lower(hex(agency_key)) || '@bench.gov.vn' FROM task_owners";
            cmd.ExecuteNonQuery();
        }
        using var smtp = SmtpServer.Started();
        var delivery = new DeliveryOptions { BatchSize = 200, Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "None" } };
        var sender = new OutboxSender([new SmtpChannel(delivery.Smtp, ["lanhdao@bench.gov.vn"])], delivery, clock, NullLogger<OutboxSender>.Instance);
        var send = Stopwatch.StartNew();
        int sent = 0;
        long bytes = 0;
        for (OutboxPass pass; (pass = await sender.SendDueAsync(store)).Claimed > 0;) sent += pass.Sent;
        var seconds = send.Elapsed.TotalSeconds;
        foreach (var m in store.Outbox("sent", int.MaxValue)) bytes += m.Body.Length + (m.Html?.Length ?? 0);
        Console.WriteLine($"outbox: {sent:N0} digests ({bytes / 1048576.0:F1} MiB of text) sent to aiosmtpd in {seconds:F1} s = {sent / seconds:F0} messages/s");
        return 0;
    }

    internal static void Generate(SqliteTrackerStore store, int taskCount)
    {
        const int perPlan = 20;
        var agencies = Enumerable.Range(1, 60).Select(i => $"Sở Ngành số {i}").ToArray();
        var rng = new Random(14);
        var db = store.Connection;
        using var tx = db.BeginTransaction();
        using var doc = db.CreateCommand();
        doc.Transaction = tx;
        doc.CommandText = """
            INSERT INTO documents (sha256, source_name, format, kind, number, title, text, blocks_json, extraction_json, added_at)
            VALUES ($sha, 'bench.txt', 'Txt', 'KeHoach', $n, 'Kế hoạch triển khai nhiệm vụ', '', '[]', '{}', '2026-01-01T00:00:00.0000000Z') RETURNING id
            """;
        doc.Parameters.AddWithValue("$sha", ""); doc.Parameters.AddWithValue("$n", "");
        using var task = db.CreateCommand();
        task.Transaction = tx;
        task.CommandText = """
            INSERT INTO tasks (document_id, path, text, mode, deadline_kind, deadline_due, deadline_text, category, completed_on)
            VALUES ($d, $p, 'Tổ chức triển khai, kiểm tra và báo cáo kết quả thực hiện nhiệm vụ được giao', 'assigned', 'date', $due, 'trước ngày', 'Khac', $done) RETURNING id
            """;
        foreach (var p in new[] { "$d", "$p", "$due", "$done" }) task.Parameters.AddWithValue(p, DBNull.Value);
        using var owner = db.CreateCommand();
        owner.Transaction = tx;
        owner.CommandText = "INSERT OR IGNORE INTO task_owners (task_id, agency_key, name, role) VALUES ($t, $k, $n, $r)";
        foreach (var p in new[] { "$t", "$k", "$n", "$r" }) owner.Parameters.AddWithValue(p, DBNull.Value);
        long documentId = 0;
        for (int i = 0; i < taskCount; i++)
        {
            if (i % perPlan == 0)
            {
                doc.Parameters["$sha"].Value = $"bench-{i / perPlan}";
                doc.Parameters["$n"].Value = $"{i / perPlan + 1}/KH-UBND";
                documentId = (long)doc.ExecuteScalar()!;
            }
            var due = Day.AddDays(rng.Next(-730, 366));
            bool done = due < Day.AddDays(-60) && rng.NextDouble() < 0.9;
            task.Parameters["$d"].Value = documentId;
            task.Parameters["$p"].Value = ((i % perPlan) + 1).ToString(CultureInfo.InvariantCulture);
            task.Parameters["$due"].Value = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            task.Parameters["$done"].Value = done ? due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
            long taskId = (long)task.ExecuteScalar()!;
            int lead = rng.Next(agencies.Length), supports = rng.Next(3);
            for (int k = 0; k <= supports; k++)
            {
                var name = agencies[(lead + k * 7) % agencies.Length];
                owner.Parameters["$t"].Value = taskId;
                owner.Parameters["$k"].Value = name.ToLowerInvariant();
                owner.Parameters["$n"].Value = name;
                owner.Parameters["$r"].Value = k == 0 ? "lead" : "support";
                owner.ExecuteNonQuery();
            }
        }
        tx.Commit();
    }

    internal static (T Result, double WallMs, double CpuMs) Timed<T>(Func<T> run)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = run();
        process.Refresh();
        return (result, wall.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static string? Value(string[] args, string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int Option(string[] args, string name, int fallback) =>
        Value(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
