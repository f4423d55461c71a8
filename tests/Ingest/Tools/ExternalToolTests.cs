using DirectiveTracker.Ingest.Tests.Fixtures;
using DirectiveTracker.Ingest.Tools;

namespace DirectiveTracker.Ingest.Tests.Tools;

public class ExternalToolTests
{
    [Fact]
    public async Task Missing_tool_names_the_Debian_package()
    {
        var tool = new ExternalTool(FakeTools.Missing, "poppler-utils", TimeSpan.FromSeconds(5));
        var e = await Assert.ThrowsAsync<IngestException>(() => tool.RunAsync("congvan.pdf", ["x"]));
        Assert.Equal(IngestErrorCode.ToolMissing, e.Code);
        Assert.Contains("poppler-utils", e.UserMessage);
        Assert.Contains("poppler-utils", e.Message);
        Assert.StartsWith("congvan.pdf", e.UserMessage);
    }

    [Fact]
    public async Task Hanging_tool_times_out_and_its_whole_process_tree_is_killed()
    {
        var pidFile = Path.GetTempFileName();
        File.Delete(pidFile);
        var tool = new ExternalTool(FakeTools.Hanging(pidFile), "poppler-utils", TimeSpan.FromSeconds(1));
        var e = await Assert.ThrowsAsync<IngestException>(() => tool.RunAsync("treo.pdf", []));
        Assert.Equal(IngestErrorCode.Timeout, e.Code);
        Assert.Contains("treo.pdf", e.UserMessage);
        var child = FakeTools.ReadPid(pidFile);
        for (var i = 0; i < 50 && FakeTools.IsAlive(child); i++) await Task.Delay(50);
        Assert.False(FakeTools.IsAlive(child), "the sleeping grandchild survived the timeout");
    }

    [Fact]
    public async Task Cancellation_kills_the_tool_and_is_reported_as_cancellation()
    {
        var pidFile = Path.GetTempFileName();
        File.Delete(pidFile);
        var tool = new ExternalTool(FakeTools.Hanging(pidFile), "poppler-utils", TimeSpan.FromMinutes(5));
        using var cts = new CancellationTokenSource();
        var run = tool.RunAsync("huy.pdf", [], ct: cts.Token);
        var child = FakeTools.ReadPid(pidFile);
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        for (var i = 0; i < 50 && FakeTools.IsAlive(child); i++) await Task.Delay(50);
        Assert.False(FakeTools.IsAlive(child));
    }

    [Fact]
    public async Task Large_output_on_both_streams_does_not_block_the_tool()
    {
        // 6.9 MB on stdout and on stderr: far beyond a pipe buffer, so both must be drained while the tool runs.
        var tool = new ExternalTool("sh", "dash", TimeSpan.FromSeconds(60));
        var r = await tool.RunAsync("x", ["-c", "seq 1 1000000; seq 1 1000000 >&2"]);
        Assert.Equal(0, r.ExitCode);
        Assert.EndsWith("999999\n1000000\n", r.StdoutText);
        Assert.EndsWith("1000000\n", r.Stderr);
    }

    [Fact]
    public async Task Stdout_is_captured_as_UTF8_and_arguments_are_not_shell_parsed()
    {
        var tool = new ExternalTool("printf", "coreutils", TimeSpan.FromSeconds(10));
        var r = await tool.RunAsync("x", ["%s|%s", "Sở Nội vụ; echo hi", "$(id)"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("Sở Nội vụ; echo hi|$(id)", r.StdoutText);
    }
}
