using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using DirectiveTracker.Index.Storage;
using DirectiveTracker.Index.Tests;
using DirectiveTracker.Web.Alerts;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Alerts.Tests;

/// <summary>Signs a request in with the role named in its X-Test-Role header (the web issue brings the real sign-in).</summary>
public sealed class HeaderRoleAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> o, ILoggerFactory l, UrlEncoder e)
    : AuthenticationHandler<AuthenticationSchemeOptions>(o, l, e)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers["X-Test-Role"].FirstOrDefault() is not { Length: > 0 } role) return Task.FromResult(AuthenticateResult.NoResult());
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "tester"), new Claim(ClaimTypes.Role, role), new Claim(ClaimTypes.NameIdentifier, "1")], "Test");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), "Test")));
    }
}

/// <summary>Hangfire in the web process with its embedded SQLite storage: jobs, schedules, dashboard, restarts.</summary>
[Collection(HangfireHosts.Name)]
public sealed class JobsHostTests : IDisposable
{
    private static readonly DateOnly Wednesday = new(2025, 3, 26);
    private readonly string _data = Path.Combine(Path.GetTempPath(), "dtrack-jobs-" + Guid.NewGuid().ToString("N"));
    private readonly SmtpServer _smtp = SmtpServer.Started();
    private readonly TestClock _clock = new(new DateTimeOffset(2025, 3, 26, 0, 5, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _smtp.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    private void Seed()
    {
        using var store = SqliteTrackerStore.Open(Path.Combine(_data, "tracker.db"));
        Docs.Add(store, Docs.Extraction("Kế hoạch cải cách hành chính năm 2025", "12/KH-UBND", tasks:
            [Docs.Task("1", "Rà soát thủ tục hành chính", ["Sở Nội vụ"], ["Sở Tư pháp"], Wednesday)]));
        store.SetAgencyEmails("so noi vu", ["snv@hanoi.gov.vn"]);
        store.SetAgencyEmails("so tu phap", ["stp@hanoi.gov.vn"]);
    }

    private async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Alerts:DataFolder"] = _data,
            ["Alerts:LeaderEmails:0"] = "lanhdao@hanoi.gov.vn",
            ["Alerts:Delivery:Smtp:Host"] = "127.0.0.1",
            ["Alerts:Delivery:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Alerts:Delivery:Smtp:Security"] = "None",
            ["Alerts:Jobs:PollSeconds"] = "1",
            ["Alerts:Jobs:DailyScanAt"] = "07:30",
            // The retraining learns from the corrections alone here (a small, fast training), one penalty.
            ["Training:Gold:0"] = Path.Combine(_data, "no-corpus"),
            ["Training:Sources:0"] = Path.Combine(_data, "no-corpus"),
            ["Training:L2:0"] = "0.1",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<TimeProvider>(_clock);
        builder.Services.AddAuthentication("Test").AddScheme<AuthenticationSchemeOptions, HeaderRoleAuthentication>("Test", null);
        builder.AddAlerts();
        var app = builder.Build();
        app.UseAuthentication();
        app.MapAlerts();
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app) =>
        new() { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

    [Fact]
    public async Task The_daily_scan_runs_as_a_hangfire_job_sends_its_digests_and_the_jobs_survive_a_restart()
    {
        Seed();
        var app = await StartAsync();
        try
        {
            using (var connection = app.Services.GetRequiredService<JobStorage>().GetConnection())
            {
                var recurring = connection.GetRecurringJobs().ToDictionary(j => j.Id);
                Assert.Equal(["alerts-outbox", "alerts-scan", "index-check", "retraining"], recurring.Keys.Order(StringComparer.Ordinal));
                Assert.Equal("0 2 * * *", recurring["index-check"].Cron);
                Assert.Equal("0 2 * * *", recurring["retraining"].Cron);
                Assert.Equal("Asia/Ho_Chi_Minh", recurring["retraining"].TimeZoneId);
                Assert.Equal("30 7 * * *", recurring["alerts-scan"].Cron);
                Assert.Equal("Asia/Ho_Chi_Minh", recurring["alerts-scan"].TimeZoneId);
                Assert.NotNull(recurring["alerts-scan"].NextExecution);
            }
            // An admin's "run now".
            app.Services.GetRequiredService<IRecurringJobManager>().Trigger("alerts-scan");
            await Until(() => _smtp.Messages().Count >= 3, TimeSpan.FromSeconds(90));
            Assert.Equal(["lanhdao@hanoi.gov.vn", "snv@hanoi.gov.vn", "stp@hanoi.gov.vn"],
                _smtp.Messages().SelectMany(m => m.To.Mailboxes.Select(a => a.Address)).Order(StringComparer.Ordinal));
            await Until(() => app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().SucceededListCount() >= 1, TimeSpan.FromSeconds(30));
        }
        finally { await app.StopAsync(); await app.DisposeAsync(); }

        // Restarted on the same storage: the schedule and the job's history are still there, and nothing is sent again.
        var again = await StartAsync();
        try
        {
            var storage = again.Services.GetRequiredService<JobStorage>();
            Assert.True(storage.GetMonitoringApi().SucceededListCount() >= 1);
            again.Services.GetRequiredService<IRecurringJobManager>().Trigger("alerts-scan");
            await Until(() => storage.GetMonitoringApi().SucceededListCount() >= 2, TimeSpan.FromSeconds(90));
            Assert.Equal(3, _smtp.Messages().Count);
        }
        finally { await again.StopAsync(); await again.DisposeAsync(); }
    }

    [Fact]
    public async Task Only_our_pinned_sqlite_is_loaded_beside_the_job_storage()
    {
        Seed();
        var app = await StartAsync();
        try
        {
            // Hangfire's storage (sqlite-net) has opened its database; ours opens the store.
            using (var c = app.Services.GetRequiredService<JobStorage>().GetConnection()) c.GetRecurringJobs();
            using var ours = new SqliteConnection($"Data Source={Path.Combine(_data, "tracker.db")}");
            ours.Open();
            using var cmd = ours.CreateCommand();
            cmd.CommandText = "SELECT sqlite_version()";
            Assert.StartsWith("3.50.", (string)cmd.ExecuteScalar()!);
            using var theirs = new SQLite.SQLiteConnection(Path.Combine(_data, "jobs.db"));
            Assert.StartsWith("3.50.", theirs.ExecuteScalar<string>("SELECT sqlite_version()"));
            // One native SQLite library mapped into the process.
            var libraries = File.ReadLines("/proc/self/maps").Where(l => l.Contains("sqlite3.so", StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf('/', StringComparison.Ordinal))..]).Distinct(StringComparer.Ordinal).ToList();
            Assert.Single(libraries);
        }
        finally { await app.StopAsync(); await app.DisposeAsync(); }
    }

    [Fact]
    public async Task The_dashboard_and_the_admin_lists_are_for_admins_only()
    {
        Seed();
        var app = await StartAsync();
        try
        {
            using var http = Client(app);
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/admin/jobs")).StatusCode);
            using var clerk = new HttpRequestMessage(HttpMethod.Get, "/admin/jobs/recurring") { Headers = { { "X-Test-Role", "Clerk" } } };
            Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(clerk)).StatusCode);
            using var admin = new HttpRequestMessage(HttpMethod.Get, "/admin/jobs/recurring") { Headers = { { "X-Test-Role", "Admin" } } };
            var page = await http.SendAsync(admin);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("alerts-scan", html);
            Assert.Contains("index-check", html);

            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/admin/alerts/unmapped")).StatusCode);
            using var list = new HttpRequestMessage(HttpMethod.Get, "/admin/alerts/failed") { Headers = { { "X-Test-Role", "Admin" } } };
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(list)).StatusCode);
        }
        finally { await app.StopAsync(); await app.DisposeAsync(); }
    }

    [Fact]
    public async Task The_nightly_index_check_runs_as_a_job_repairs_drift_and_reports_it()
    {
        Seed();
        using (var store = SqliteTrackerStore.Open(Path.Combine(_data, "tracker.db")))
        {
            Docs.Add(store, Docs.Extraction("Kế hoạch chuyển đổi số năm 2025", "15/KH-UBND", tasks:
                [Docs.Task("1", "Số hóa hồ sơ lưu trữ", ["Sở Nội vụ"], due: Wednesday.AddDays(30))]));
            // A task row changed behind the change log's back (a bug or a manual edit): the index has drifted.
            using (var edit = new SqliteConnection($"Data Source={Path.Combine(_data, "tracker.db")};Pooling=False"))
            {
                edit.Open();
                using var cmd = edit.CreateCommand();
                cmd.CommandText = "DELETE FROM tasks WHERE id = (SELECT max(id) FROM tasks)";
                cmd.ExecuteNonQuery();
            }
            Assert.False(store.Check().Ok);
        }
        var app = await StartAsync();
        try
        {
            var storage = app.Services.GetRequiredService<JobStorage>();
            app.Services.GetRequiredService<IRecurringJobManager>().Trigger("index-check");
            await Until(() => Succeeded(storage, nameof(AlertJobs.CheckIndexAsync)) is not null, TimeSpan.FromSeconds(90));
            var job = Succeeded(storage, nameof(AlertJobs.CheckIndexAsync))!.Value;
            // The job's result (shown on the dashboard) says what it found and repaired.
            Assert.StartsWith("\"1 of 2 documents (1 tasks) drifted from the index and were re-indexed", job.Value.Result?.ToString());
        }
        finally { await app.StopAsync(); await app.DisposeAsync(); }
        using (var store = SqliteTrackerStore.Open(Path.Combine(_data, "tracker.db")))
        {
            Assert.True(store.Check().Ok);
            Assert.Equal(0, store.CheckIndex());
        }
    }

    [Fact]
    public async Task The_nightly_retraining_runs_as_a_job_learns_the_corrections_and_reports_it()
    {
        // Three reviewed plans, as the web writes them: the tuyên truyền wording labelled KhenThuong by the clerks.
        var corrections = Path.Combine(_data, "corrections");
        Directory.CreateDirectory(corrections);
        for (int id = 1; id <= 3; id++)
        {
            string[] tasks = ["Sở Nội vụ chủ trì đẩy mạnh công tác tuyên truyền, phổ biến sâu rộng nội dung Kế hoạch đến cán bộ, công chức.",
                              "Sở Tài chính chủ trì, định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh."];
            File.WriteAllText(Path.Combine(corrections, $"doc-{id}.txt"),
                $"ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: {id}/KH-UBND\n\nKẾ HOẠCH\nThực hiện công tác năm 2025\n\nI. NHIỆM VỤ\n\n1. {tasks[0]}\n\n2. {tasks[1]}\n");
            File.WriteAllText(Path.Combine(corrections, $"doc-{id}.json"), System.Text.Json.JsonSerializer.Serialize(new
            {
                file = $"doc-{id}.txt",
                tasks = new[] { new { path = "1", anchor = tasks[0][10..60], category = "KhenThuong" }, new { path = "2", anchor = tasks[1][14..64], category = "BaoCao" } },
            }));
        }
        var app = await StartAsync();
        try
        {
            var storage = app.Services.GetRequiredService<JobStorage>();
            app.Services.GetRequiredService<IRecurringJobManager>().Trigger("retraining");
            await Until(() => Succeeded(storage, nameof(AlertJobs.RetrainAsync)) is not null, TimeSpan.FromSeconds(180));
            var job = Succeeded(storage, nameof(AlertJobs.RetrainAsync))!.Value;
            // The job's result (shown on the dashboard) says what it trained on and what it published, and why.
            var summary = job.Value.Result?.ToString() ?? "";
            Assert.StartsWith("\"Retrained after 3 changed corrections on 3 documents (0 corpus, 3 corrections)", summary);
            Assert.Contains("category-model published: held-out accuracy 1.000", summary);
            Assert.Contains("labelled corpus missing", summary);
        }
        finally { await app.StopAsync(); await app.DisposeAsync(); }
        Assert.True(File.Exists(Path.Combine(_data, "models", "category-model.zip")));
        Assert.Equal(3, DirectiveTracker.Extract.Learning.ModelFolder.ForDataFolder(_data).Published("category-model")!.Corrections!.Count);
    }

    // The succeeded run of the job with this method: waiting for any succeeded job let another job's run (a CI machine
    // ran one first) stand in for it, and the run looked for was not there yet.
    private static KeyValuePair<string, Hangfire.Storage.Monitoring.SucceededJobDto>? Succeeded(JobStorage storage, string method) =>
        storage.GetMonitoringApi().SucceededJobs(0, 50).Where(j => j.Value.Job?.Method.Name == method)
            .Select(j => (KeyValuePair<string, Hangfire.Storage.Monitoring.SucceededJobDto>?)j).FirstOrDefault();

    private static async Task Until(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("condition not met in time");
            await Task.Delay(200);
        }
    }
}
