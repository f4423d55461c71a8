using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DirectiveTracker.Extract;
using DirectiveTracker.Index;
using DirectiveTracker.Ingest;
using DirectiveTracker.Web.Accounts;
using DirectiveTracker.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DirectiveTracker.Web.Tests;

/// <summary>
/// The real web host over a real data folder: the five seed plans stored through the real pipeline, one user per
/// role (two agencies), an API token each. Statuses are computed for a fixed day so counts do not drift.
/// </summary>
public class WebFixture : WebApplicationFactory<TrackerWebOptions>, IAsyncLifetime
{
    public const string Password = "matkhau-thu-123";
    public static readonly DateOnly Today = new(2025, 6, 1);

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "dtrack-web-" + Guid.NewGuid().ToString("N"));
    public Dictionary<string, string> Tokens { get; } = new(StringComparer.Ordinal);
    public string NoiVuKey { get; private set; } = "";
    public string OtherAgencyKey { get; private set; } = "";
    /// <summary>A document with a task of the agency user's agency, and one without any.</summary>
    public long MineDocumentId { get; private set; }
    public long TheirsDocumentId { get; private set; }

    /// <summary>A test path with {mine} and {theirs} replaced by those documents' ids.</summary>
    public string Resolve(string path) => path.Replace("{mine}", MineDocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{theirs}", TheirsDocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Sign-in attempts per minute the host allows (the rate-limit test lowers it).</summary>
    protected virtual int LoginAttemptsPerMinute => 10_000;

    public static readonly string[] Roles = ["admin", "clerk", "leader", "agency"];

    public static string Email(string role) => role + "@example.vn";

    public virtual async Task InitializeAsync()
    {
        var stores = SqliteTrackerStoreFactory.ForDataFolder(DataFolder);
        using (var store = stores.Open())
        {
            var pipeline = new DocumentPipeline(IngestServices.CreateDefault(), new DocumentExtractor(), store);
            foreach (var file in Directory.EnumerateFiles(Paths.Corpus("seeds"), "*.txt").Order(StringComparer.Ordinal))
                await pipeline.AddAsync(file);
            // The agency user works for the Sở Nội vụ entry that leads most tasks in the seeds ("Sở Nội vụ (Ban Thi đua - Khen thưởng)").
            var agencies = store.ListAgencies();
            NoiVuKey = agencies.Where(a => a.Name.StartsWith("Sở Nội vụ", StringComparison.Ordinal)).OrderByDescending(a => a.Leads).First().Key;
            // Another agency that leads tasks of the seeds: the agency user must never reach them.
            OtherAgencyKey = agencies.Where(a => a.Key != NoiVuKey && a.Leads > 0).OrderByDescending(a => a.Leads).First().Key;
            var today = Today;
            MineDocumentId = store.ListTasks(new TaskQuery(today) { AgencyKey = NoiVuKey }).Tasks[0].DocumentId;
            TheirsDocumentId = store.ListDocuments(0, 100).Select(d => d.Id)
                .First(id => store.GetDocument(id, today)!.Tasks.All(t => t.Owners.All(o => o.AgencyKey != NoiVuKey)));
        }
        await using var services = AccountServices.ForCommandLine(DataFolder);
        using var scope = services.CreateScope();
        await AccountServices.EnsureCreatedAsync(scope.ServiceProvider);
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        foreach (var (role, code, agency) in new[] { ("admin", TrackerRoles.Admin, null), ("clerk", TrackerRoles.Clerk, null), ("leader", TrackerRoles.Leader, null), ("agency", TrackerRoles.AgencyStaff, NoiVuKey), ("other", TrackerRoles.AgencyStaff, OtherAgencyKey) })
        {
            var errors = await accounts.AddAsync(Email(role), Password, code, "Người dùng " + role, agency);
            Assert.Empty(errors);
            Tokens[role] = (await accounts.CreateTokenAsync(Email(role), "test"))!;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Tracker:DataFolder", DataFolder);
        builder.UseSetting("Tracker:LoginAttemptsPerMinute", LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Tracker:Today", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A browser-like client (cookies, no automatic redirects), signed in as <paramref name="role"/> unless null.</summary>
    public async Task<HttpClient> SignedInAsync(string? role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (role is null) return client;
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Email"] = Email(role), ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A machine client with the API token of <paramref name="role"/>.</summary>
    public HttpClient Api(string? role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (role is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens[role]);
        return client;
    }

    /// <summary>Posts a form as a browser does: the antiforgery token is read from the page the form is on.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? url);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// The task ids a search finds, waiting (up to 8 s) for <paramref name="expected"/> of them: a pooled store that does not
    /// hold the index writer searches the writer's last commit (every 5 s), the lucene branch's open visibility gap.
    /// </summary>
    public async Task<List<long>> TaskHitsAsync(string query, int expected, string role = "clerk")
    {
        List<long> ids = [];
        for (var watch = System.Diagnostics.Stopwatch.StartNew(); watch.Elapsed < TimeSpan.FromSeconds(8); await Task.Delay(250))
        {
            ids = [.. (await Api(role).GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(query)}&limit=20")).GetProperty("hits").EnumerateArray()
                .Where(h => h.GetProperty("kind").GetString() == "Task").Select(h => h.GetProperty("taskId").GetInt64()).Order()];
            if (ids.Count == expected) break;
        }
        return ids;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

/// <summary>Where the repository's files are.</summary>
public static class Paths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Corpus(params string[] parts) => Path.Combine([RepoRoot, "corpus", .. parts]);

    public static string Artifacts(params string[] parts)
    {
        var path = Path.Combine([RepoRoot, "artifacts", .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DirectiveTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException("DirectiveTracker.sln not found above the test folder");
    }
}
