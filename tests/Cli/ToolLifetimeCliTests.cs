using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace DirectiveTracker.Cli.Tests;

/// <summary>
/// Issue 8: a `dtrack` killed outright (SIGKILL: no handler runs) takes its external tools with it, a tool that
/// forks included — none lives on until its own timeout.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class ToolLifetimeCliTests(ITestOutputHelper output)
{
    private const string Rtf = "{\\rtf1\\ansi K\\'e9 ho\\'e1ch th\\'fbc hi\\'eabn nhi\\'eam v\\'fa n\\'e3m 2025\\par}";

    [Fact]
    public async Task Killing_dtrack_kills_a_forking_tool_and_its_children()
    {
        using var dir = new TempFolder();
        var bin = Directory.CreateDirectory(dir.File("bin")).FullName;
        var pids = dir.File("pids");
        // A slow "soffice" that, like the real one, starts a worker and waits for it.
        File.WriteAllText(Path.Combine(bin, "soffice"), $"#!/bin/sh\necho $$ >> '{pids}'\nsleep 300 &\necho $! >> '{pids}'\nwait\n");
        File.SetUnixFileMode(Path.Combine(bin, "soffice"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(dir.File("kehoach.rtf"), Rtf);

        var env = new Dictionary<string, string> { ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH") };
        using var p = Dtrack.Start(dir.Path, env, null, "ingest", "kehoach.rtf");
        var started = Stopwatch.StartNew();
        while (ReadPids(pids).Count < 2 && started.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(50);
        var tool = ReadPids(pids);
        Assert.Equal(2, tool.Count);
        var tree = Descendants(p.Id);
        Assert.Superset(tool.ToHashSet(), tree.ToHashSet());

        var watch = Stopwatch.StartNew();
        p.Kill(); // SIGKILL, dtrack alone
        await p.WaitForExitAsync();
        while (tree.Any(IsAlive) && watch.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);
        output.WriteLine($"forking tool after SIGKILL of dtrack: {tree.Count} processes gone in {watch.Elapsed.TotalMilliseconds:0} ms");

        Assert.All(tree, pid => Assert.False(IsAlive(pid), $"process {pid} outlived dtrack"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Empty(ProcessesMentioning(bin));
    }

    [Fact]
    public async Task Killing_dtrack_during_a_real_LibreOffice_conversion_leaves_no_soffice_behind()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("kehoach.rtf"), Rtf);
        using var p = Dtrack.Start(dir.Path, null, null, "ingest", "kehoach.rtf");

        // Wait for LibreOffice's worker (soffice.bin, a grandchild of the tool dtrack starts).
        List<int> tree = [];
        var started = Stopwatch.StartNew();
        while (!tree.Any(pid => Name(pid) == "soffice.bin") && !p.HasExited && started.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
            tree = Descendants(p.Id);
        }
        Assert.Contains(tree, pid => Name(pid) == "soffice.bin");

        var watch = Stopwatch.StartNew();
        p.Kill();
        await p.WaitForExitAsync();
        while (tree.Any(IsAlive) && watch.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);
        output.WriteLine($"LibreOffice after SIGKILL of dtrack: {tree.Count} processes gone in {watch.Elapsed.TotalMilliseconds:0} ms");

        Assert.All(tree, pid => Assert.False(IsAlive(pid), $"process {pid} ({Name(pid)}) outlived dtrack"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed.TotalSeconds:0.0} s");

        // The killed run's copy of the document stays in its scratch folder until the next run removes it.
        var scratch = ScratchFolders.Of(p.Id);
        Assert.NotEmpty(scratch);
        Assert.Contains(scratch, d => Directory.GetDirectories(d, "office-*").Length > 0);
        var next = await Dtrack.RunInAsync(dir.Path, null, "ingest", "kehoach.rtf");
        Assert.True(next.ExitCode == 0, next.Err);
        Assert.All(scratch, d => Assert.False(Directory.Exists(d), $"{d} was left behind"));
    }

    private static List<int> ReadPids(string file) =>
        File.Exists(file)
            ? File.ReadAllLines(file).Where(l => l.Length > 0).Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToList()
            : [];

    /// <summary>Every live process below <paramref name="root"/>, from the parent pids in /proc.</summary>
    internal static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var d in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(d, "stat"));
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            }
            catch (IOException) { }
        }
        var found = new List<int>();
        var pending = new Queue<int>([root]);
        while (pending.Count > 0)
        {
            var parent = pending.Dequeue();
            foreach (var (pid, ppid) in parents)
                if (ppid == parent) { found.Add(pid); pending.Enqueue(pid); }
        }
        return found;
    }

    private static string Name(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/comm").Trim(); }
        catch (IOException) { return ""; }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException) { return false; }
    }

    private static List<int> ProcessesMentioning(string text) =>
        Directory.GetDirectories("/proc")
            .Select(d => (Dir: d, Ok: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var pid), Pid: pid))
            .Where(x => x.Ok)
            .Where(x =>
            {
                try { return File.ReadAllText(Path.Combine(x.Dir, "cmdline")).Contains(text, StringComparison.Ordinal); }
                catch (IOException) { return false; }
                catch (UnauthorizedAccessException) { return false; }
            })
            .Select(x => x.Pid).ToList();
}
