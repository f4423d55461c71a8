using System.Text.Json;
using DirectiveTracker.TestSupport;

namespace DirectiveTracker.Cli.Tests;

/// <summary>`dtrack progress` and `dtrack alerts` on a PostgreSQL store (DTRACK_STORE, a throwaway server): nothing goes to the data folder's SQLite file.</summary>
public sealed class PostgresCliTests : IDisposable
{
    private readonly PostgresServer _pg = new();

    public void Dispose() => _pg.Dispose();

    [Fact]
    public async Task Progress_and_alerts_commands_work_on_the_postgresql_store()
    {
        using var tmp = new TempFolder();
        var env = new Dictionary<string, string> { ["DTRACK_STORE"] = _pg.CreateDatabase() };
        var add = await Dtrack.RunAsync(env, "add", Dtrack.Corpus("seeds", "004_5bd74ecc4f892fee.txt"), "--data", tmp.Path);
        Assert.True(add.ExitCode == 0, add.Err);

        var set = await Dtrack.RunAsync(env, "progress", "set", "--plan", "29/KH-UBND", "--path", "II.1.5", "--status", "hoàn thành",
            "--completed", "20/06/2025", "--by", "van.a@snv.thaibinh.gov.vn", "--note", "Đã trình UBND tỉnh", "--data", tmp.Path);
        Assert.True(set.ExitCode == 0, set.Err);
        Assert.Contains("Hoàn thành đúng hạn", set.Out);
        var show = await Dtrack.RunAsync(env, "progress", "show", "--plan", "29/KH-UBND", "--path", "II.1.5", "--data", tmp.Path);
        Assert.True(show.ExitCode == 0, show.Err);
        Assert.Contains("Đã trình UBND tỉnh", show.Out);

        var scan = await Dtrack.RunAsync(env, "alerts", "scan", "--data", tmp.Path, "--today", "2025-06-30", "--dry-run", "--json");
        Assert.True(scan.ExitCode == 0, scan.Err);
        using var json = JsonDocument.Parse(scan.Out);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal("29/KH-UBND", e.GetProperty("documentNumber").GetString()));
        // The task marked done is not reminded.
        Assert.DoesNotContain(entries, e => e.GetProperty("taskPath").GetString() == "II.1.5");
        Assert.False(File.Exists(Path.Combine(tmp.Path, "tracker.db")));
    }
}
