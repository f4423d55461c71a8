using System.Text.Json;

namespace DirectiveTracker.Cli.Tests;

/// <summary>`dtrack alerts scan --dry-run --json` on a real plan from the corpus.</summary>
public class AlertsCommandTests
{
    [Fact]
    public async Task A_dry_run_lists_what_the_scan_would_send_in_the_documented_shape_and_sends_nothing()
    {
        using var data = new TempFolder();
        var add = await Dtrack.RunAsync("add", Dtrack.Corpus("realdocs", "10_kehoach-KH172-UBND-HCM-2025-trien-khai-Luat-Viec-lam.txt"), "--data", data.Path);
        Assert.Equal(0, add.ExitCode);

        // Wednesday 31 December 2025: the plan's tasks due by the end of 2025 reach the due-date rung.
        var run = await Dtrack.RunAsync("alerts", "scan", "--data", data.Path, "--today", "2025-12-31", "--dry-run", "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(["agency", "role", "documentNumber", "taskPath", "due", "rule", "inherited"],
            e.EnumerateObject().Select(p => p.Name).ToArray()));
        Assert.Contains(entries, e => e.GetProperty("agency").GetString() == "Sở Nội vụ" && e.GetProperty("role").GetString() == "lead"
            && e.GetProperty("documentNumber").GetString() == "172/KH-UBND" && e.GetProperty("due").GetString() == "2025-12-31"
            && e.GetProperty("rule").GetString() == "due" && !e.GetProperty("inherited").GetBoolean());
        Assert.Contains(entries, e => e.GetProperty("role").GetString() == "support");

        // Nothing was decided: the same dry run lists the same alerts.
        var again = await Dtrack.RunAsync("alerts", "scan", "--data", data.Path, "--today", "2025-12-31", "--dry-run", "--json");
        Assert.Equal(run.Out, again.Out);

        var bad = await Dtrack.RunAsync("alerts", "scan", "--data", data.Path, "--today", "31/12/2025", "--dry-run");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("Ngày không hợp lệ", bad.Err);
    }
}
