namespace DirectiveTracker.Cli.Tests;

/// <summary>`dtrack --help` and every command's help speak Vietnamese, with option names as they are typed.</summary>
public class HelpTextTests
{
    private static readonly string[] English =
        ["Usage:", "Options:", "Description:", "Arguments:", "Commands:", "Show help", "Show version", "[default:", "(REQUIRED)", "[options]", "[command]"];

    [Fact]
    public async Task Every_commands_help_is_in_Vietnamese()
    {
        // Walk the tree from the root's help, so a command added later is checked too.
        var pending = new Queue<string[]>([[]]);
        var seen = 0;
        while (pending.Count > 0)
        {
            var command = pending.Dequeue();
            var run = await Dtrack.RunAsync([.. command, "--help"]);
            var name = string.Join(' ', ["dtrack", .. command]);
            Assert.True(run.ExitCode == 0, $"{name} --help: exit {run.ExitCode} {run.Err}");
            Assert.Contains("Cách dùng:\n  " + name, run.Out);
            Assert.Contains("Tùy chọn:", run.Out);
            Assert.Contains("-?, -h, --help", run.Out);
            Assert.Contains("Hiện trợ giúp và cách dùng", run.Out);
            foreach (var word in English) Assert.False(run.Out.Contains(word, StringComparison.Ordinal), $"{name} --help shows \"{word}\"");
            foreach (var sub in Subcommands(run.Out)) pending.Enqueue([.. command, sub]);
            seen++;
        }
        Assert.True(seen >= 15, $"only {seen} commands have help");
    }

    [Fact]
    public async Task Help_names_options_required_marks_and_defaults_in_Vietnamese()
    {
        var root = await Dtrack.RunAsync("-h");
        Assert.Contains("Lệnh:", root.Out);
        Assert.Contains("Hiện số phiên bản", root.Out);
        Assert.Contains("dtrack [lệnh] [tùy chọn]", root.Out);

        var add = await Dtrack.RunAsync("add", "--help");
        Assert.Contains("dtrack add <paths>... [tùy chọn]", add.Out);
        Assert.Contains("Tham số:", add.Out);
        Assert.Contains("--data <data>", add.Out);

        var search = await Dtrack.RunAsync("search", "--help");
        Assert.Contains("--limit <limit>", search.Out);
        Assert.Contains("[mặc định: 20]", search.Out);

        var user = await Dtrack.RunAsync("user", "add", "--help");
        Assert.Contains("--role <role> (bắt buộc)", user.Out);
    }

    /// <summary>The command names listed under "Lệnh:" in a help text.</summary>
    private static IEnumerable<string> Subcommands(string help)
    {
        var lines = help.Split('\n');
        var start = Array.IndexOf(lines, "Lệnh:");
        if (start < 0) yield break;
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)))
            yield return line.TrimStart().Split(' ')[0];
    }
}

/// <summary>Issue 8: a folder walk stops at once when the run is stopped (Ctrl+C, SIGTERM).</summary>
public class InputFilesTests
{
    [Fact]
    public void A_stopped_walk_ends_with_cancellation_not_a_partial_list()
    {
        using var dir = new TempFolder();
        var deep = dir.Path;
        for (var i = 0; i < 50; i++) deep = Directory.CreateDirectory(Path.Combine(deep, $"m{i}")).FullName;
        File.WriteAllText(Path.Combine(deep, "a.txt"), "x");
        Assert.Single(InputFiles.Expand([dir.Path], CancellationToken.None).Files);

        using var stopped = new CancellationTokenSource();
        stopped.Cancel();
        Assert.Throws<OperationCanceledException>(() => InputFiles.Expand([dir.Path], stopped.Token));
    }
}
