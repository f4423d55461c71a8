using System.Globalization;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Storage.Postgres;
using DirectiveTracker.Index.Tests;
using DirectiveTracker.TestSupport;
using DirectiveTracker.Web.Alerts;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DirectiveTracker.Alerts.Tests;

/// <summary>Hosts that build Hangfire one after another: its configuration is process-wide (JobStorage.Current).</summary>
[CollectionDefinition(Name)]
public sealed class HangfireHosts
{
    public const string Name = "Hangfire hosts";
}

/// <summary>
/// Jobs on PostgreSQL (Hangfire.PostgreSql, a throwaway server) with the store on the same database: two worker hosts
/// share one job storage and one store, and the daily scan that fires on its schedule sends each digest once.
/// </summary>
[Collection(HangfireHosts.Name)]
public sealed class PostgresJobsTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "dtrack-pgjobs-" + Guid.NewGuid().ToString("N"));
    private readonly PostgresServer _pg = new();
    private readonly SmtpServer _smtp = SmtpServer.Started();

    public void Dispose()
    {
        _smtp.Dispose();
        _pg.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    private IHost Worker(string connection, string scanAt) => AlertsWorker.Build(
    [
        "worker",
        "--Store:Provider=Postgres",
        $"--ConnectionStrings:Tracker={connection}",
        $"--Alerts:DataFolder={_data}",
        "--Alerts:LeaderEmails:0=lanhdao@hanoi.gov.vn",
        "--Alerts:Delivery:Smtp:Host=127.0.0.1",
        $"--Alerts:Delivery:Smtp:Port={_smtp.Port.ToString(CultureInfo.InvariantCulture)}",
        "--Alerts:Delivery:Smtp:Security=None",
        "--Alerts:Jobs:PollSeconds=1",
        "--Alerts:Jobs:WorkerCount=2",
        $"--Alerts:Jobs:DailyScanAt={scanAt}",
        "--Logging:LogLevel:Default=Warning",
    ]);

    [Fact]
    public async Task Two_worker_hosts_on_one_postgresql_run_the_daily_scan_once_and_send_each_alert_once()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        // The next whole minute at least 20 s away: the hosts register the schedule before it comes.
        var at = local.AddSeconds(-local.Second).AddMinutes(local.Second > 40 ? 2 : 1);
        var day = DateOnly.FromDateTime(at.DateTime);
        var connection = _pg.CreateDatabase();
        using (var store = Store(connection))
        {
            Docs.Add(store, Docs.Extraction("Kế hoạch cải cách hành chính năm 2026", "12/KH-UBND", tasks:
            [
                Docs.Task("1", "Rà soát thủ tục hành chính", ["Sở Nội vụ"], ["Sở Tư pháp"], day),
                Docs.Task("2", "Báo cáo kết quả quý", ["Sở Tư pháp"], due: day.AddDays(-7)),
                Docs.Task("3", "Số hóa hồ sơ", ["Sở Y tế"], due: day.AddDays(-1)),
            ]));
            store.SetAgencyEmails("so noi vu", ["snv@hanoi.gov.vn"]);
            store.SetAgencyEmails("so tu phap", ["stp@hanoi.gov.vn"]);
            store.SetAgencyEmails("so y te", ["syt@hanoi.gov.vn"]);
        }

        using var first = Worker(connection, at.ToString("HH:mm", CultureInfo.InvariantCulture));
        using var second = Worker(connection, at.ToString("HH:mm", CultureInfo.InvariantCulture));
        await first.StartAsync();
        await second.StartAsync();
        try
        {
            foreach (var host in new[] { first, second }) Assert.IsType<PostgreSqlStorage>(host.Services.GetRequiredService<JobStorage>());
            var monitoring = first.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
            int Succeeded(string method) => monitoring.SucceededJobs(0, 1000).Count(j => j.Value.Job.Method.Name == method);
            // Four digests (Nội vụ, Tư pháp, Y tế, leaders) once the scan fired on its schedule.
            await Until(() => _smtp.Messages().Count >= 4 && Succeeded(nameof(AlertJobs.ScanAsync)) >= 1, TimeSpan.FromSeconds(200));
            // Then both hosts send the outbox once more (an admin's "run now" on each): nothing is left to send.
            int sends = Succeeded(nameof(AlertJobs.SendOutboxAsync));
            foreach (var host in new[] { first, second }) host.Services.GetRequiredService<IRecurringJobManager>().Trigger(AlertJobs.Outbox);
            await Until(() => Succeeded(nameof(AlertJobs.SendOutboxAsync)) >= sends + 2, TimeSpan.FromSeconds(60));

            var messages = _smtp.Messages();
            Assert.Equal(["lanhdao@hanoi.gov.vn", "snv@hanoi.gov.vn", "stp@hanoi.gov.vn", "syt@hanoi.gov.vn"],
                messages.SelectMany(m => m.To.Mailboxes.Select(a => a.Address)).Order(StringComparer.Ordinal));
            Assert.Equal(messages.Count, messages.Select(m => m.MessageId).Distinct().Count());
            // One scan ran (on one host or the other), not one per host.
            Assert.Equal(1, Succeeded(nameof(AlertJobs.ScanAsync)));
            Assert.Equal(2, monitoring.Servers().Count);
        }
        finally
        {
            await second.StopAsync();
            await first.StopAsync();
        }
        using var check = Store(connection);
        Assert.Equal(4, check.Outbox("sent").Count);
        Assert.Empty(check.Outbox("pending"));
        Assert.False(File.Exists(Path.Combine(_data, "tracker.db")));   // nothing went to an SQLite store beside
    }

    /// <summary>The PostgreSQL store the workers use, opened by the test with its own index folder.</summary>
    private ITrackerStore Store(string connection) =>
        new PostgresTrackerStore(new PostgresStoreOptions { ConnectionString = connection, IndexPath = Path.Combine(_data, "test-index") });

    private static async Task Until(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("condition not met in time");
            await Task.Delay(250);
        }
    }
}
