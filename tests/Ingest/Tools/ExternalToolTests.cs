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
        // stderr is kept only as far as a diagnosis needs (its first 64 KiB).
        Assert.StartsWith("1\n2\n3\n", r.Stderr);
        Assert.True(r.Stderr.Length <= 64 * 1024);
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

/// <summary>Issue 8: which binary runs, how much it may print, where its files go.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class ExternalToolHardeningTests
{
    [Fact]
    public async Task A_tool_planted_in_the_current_folder_is_never_run()
    {
        // A "pdftotext" in the folder dtrack runs from, and "." on PATH as careless setups have it.
        var dir = Directory.CreateTempSubdirectory("dtrack-plant-").FullName;
        var planted = Path.Combine(dir, "dtrack-planted-tool");
        var marker = Path.Combine(dir, "ran");
        File.WriteAllText(planted, $"#!/bin/sh\ntouch '{marker}'\n");
        File.SetUnixFileMode(planted, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var cwd = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = dir;
            Assert.Null(ToolLocator.Find("dtrack-planted-tool", ".:bin::/usr/bin"));
            Assert.Null(ToolLocator.Find("./dtrack-planted-tool", "/usr/bin"));
            Assert.Equal(planted, ToolLocator.Find(planted, ""));
            Assert.Equal("/usr/bin/sh", ToolLocator.Find("sh", $".:{dir}-nonexistent:/usr/bin:/bin"));

            var tool = new ExternalTool("dtrack-planted-tool", "poppler-utils", TimeSpan.FromSeconds(5));
            var e = await Assert.ThrowsAsync<IngestException>(() => tool.RunAsync("x.pdf", []));
            Assert.Equal(IngestErrorCode.ToolMissing, e.Code);
            Assert.False(File.Exists(marker), "the planted tool ran");
        }
        finally
        {
            Environment.CurrentDirectory = cwd;
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task The_binary_used_is_an_absolute_path()
    {
        var tool = new ExternalTool("sh", "dash", TimeSpan.FromSeconds(5));
        Assert.True(Path.IsPathFullyQualified(tool.ResolvedPath!));
        Assert.Equal(0, (await tool.RunAsync("x", ["-c", "true"])).ExitCode);
    }

    [Fact]
    public void A_dead_runs_scratch_folder_is_removed_by_the_next_run_and_a_live_one_is_kept()
    {
        var root = Directory.CreateTempSubdirectory("dtrack-scratch-").FullName;
        try
        {
            var stale = Path.Combine(root, "run-999999-deadbeef");
            Directory.CreateDirectory(stale);
            File.WriteAllText(Path.Combine(stale, ".lock"), "");
            File.WriteAllText(Path.Combine(stale, "in.pdf"), "a copy of a document");
            using var live = new ScratchSpace(root);
            Assert.False(Directory.Exists(stale));
            Assert.Equal(1, live.StaleRemoved);
            var work = live.CreateFolder("pdf-");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, work.UnixFileMode);

            using var second = new ScratchSpace(root);
            Assert.True(Directory.Exists(live.RunFolder), "a live run's folder was removed");
            Assert.Equal(0, second.StaleRemoved);
            live.Dispose();
            Assert.False(Directory.Exists(live.RunFolder));
        }
        finally { Directory.Delete(root, recursive: true); }
    }
}

/// <summary>Issue 8: tools run under a guard that ties them to dtrack's life (see ExternalToolLauncher).</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class ExternalToolGuardTests
{
    [Fact]
    public async Task A_tool_runs_in_its_own_session_with_no_input_and_its_exit_code_passes_through()
    {
        Assert.True(ExternalToolLauncher.Guarded, "setpriv, setsid and sh are expected on Debian (util-linux, dash)");
        var tool = new ExternalTool("sh", "dash", TimeSpan.FromSeconds(30));
        // Field 6 of /proc/PID/stat is the session id; `cat` ends at once when input is /dev/null.
        var r = await tool.RunAsync("x", ["-c", "cat; cut -d' ' -f6 /proc/$$/stat; exit 3"]);
        Assert.Equal(3, r.ExitCode);
        var session = int.Parse(r.StdoutText.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var ours = int.Parse(File.ReadAllText("/proc/self/stat").Split(") ")[1].Split(' ')[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(ours, session);
    }

    [Fact]
    public async Task Tools_started_side_by_side_all_run()
    {
        // Every start goes through one thread: many at once must neither block nor mix up their processes.
        var tool = new ExternalTool("sh", "dash", TimeSpan.FromSeconds(60));
        var runs = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => tool.RunAsync($"{i}.pdf", ["-c", $"echo {i}"])));
        Assert.Equal(Enumerable.Range(0, 16).Select(i => $"{i}\n"), runs.Select(r => r.StdoutText));
    }
}

/// <summary>The output cap, measured with nothing else running: the allocation count is process-wide.</summary>
[CollectionDefinition(nameof(ExternalToolOutputCapTests), DisableParallelization = true)]
public sealed class ExternalToolOutputCapCollection;

[Collection(nameof(ExternalToolOutputCapTests))]
public class ExternalToolOutputCapTests
{
    [Fact]
    public async Task Output_over_the_cap_kills_the_tool_and_names_the_limit()
    {
        // A tool printing without end: refused at 1 MiB within seconds, memory bounded by the cap.
        var tool = new ExternalTool("sh", "dash", TimeSpan.FromSeconds(60)) { MaxOutputBytes = 1024 * 1024 };
        long before = GC.GetTotalAllocatedBytes(true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<IngestException>(() => tool.RunAsync("no.pdf", ["-c", "yes 'van ban dai'"]));
        Assert.Equal(IngestErrorCode.LimitExceeded, e.Code);
        Assert.Contains("MaxOutputBytes", e.Message);
        Assert.Contains("1 MB", e.UserMessage);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15));
        // Process-wide: this class runs alone (its collection is not parallel), so only the tool's run counts.
        var allocated = GC.GetTotalAllocatedBytes(true) - before;
        Assert.True(allocated < 256L * 1024 * 1024, $"allocated {allocated / 1048576} MiB");
    }
}
