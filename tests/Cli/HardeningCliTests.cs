using System.Diagnostics;
using System.Text;
using DirectiveTracker.Ingest.Tests.Fixtures;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace DirectiveTracker.Cli.Tests;

/// <summary>
/// Issue 8, end to end: `dtrack` as an attacker or a careless user drives it. Each case asserts the message, the exit
/// code, a generous bound on time, and that the store is unchanged; the figures are printed for the closing table.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class HardeningCliTests(ITestOutputHelper output)
{
    private static string Seed => Dtrack.Corpus("seeds", "004_5bd74ecc4f892fee.txt");

    private static long Documents(string dataFolder)
    {
        var db = Path.Combine(dataFolder, "tracker.db");
        if (!File.Exists(db)) return 0;
        using var c = new SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM documents";
        return (long)cmd.ExecuteScalar()!;
    }

    private static void NoStackTrace(Dtrack.Run run)
    {
        Assert.DoesNotContain("   at ", run.Err);
        Assert.DoesNotContain("Unhandled exception", run.Err);
    }

    /// <summary>An executable named <paramref name="tool"/> in <paramref name="dir"/> that leaves a marker file when run; returns the marker's path.</summary>
    private static string PlantTool(TempFolder dir, string tool)
    {
        var marker = dir.File("PWNED");
        File.WriteAllText(dir.File(tool), $"#!/bin/sh\ntouch '{marker}'\n");
        File.SetUnixFileMode(dir.File(tool), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return marker;
    }

    [Fact]
    public async Task A_pdftotext_planted_in_the_current_folder_is_never_run()
    {
        using var dir = new TempFolder();
        var marker = PlantTool(dir, "pdftotext");
        File.WriteAllBytes(dir.File("congvan.pdf"), HostileInputs.Pdf(1, "Ke hoach thuc hien nhiem vu tuyen truyen nam 2025 cua tinh", 3));
        var path = ".:" + Environment.GetEnvironmentVariable("PATH");

        var run = await Dtrack.RunInAsync(dir.Path, new Dictionary<string, string> { ["PATH"] = path }, "ingest", "congvan.pdf");

        Assert.False(File.Exists(marker), "the planted pdftotext ran");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Ke hoach thuc hien", run.Out);
    }

    [Fact]
    public async Task The_binary_a_tool_runs_is_logged_once_at_its_first_use()
    {
        using var dir = new TempFolder();
        var marker = PlantTool(dir, "pdftoppm");
        // Pages without text are looked at through pdftoppm (the blank-page probe): two files, one tool, one line.
        File.WriteAllBytes(dir.File("trang1.pdf"), HostileInputs.Pdf(1));
        File.WriteAllBytes(dir.File("trang2.pdf"), HostileInputs.Pdf(2));
        var path = ".:" + Environment.GetEnvironmentVariable("PATH");

        var run = await Dtrack.RunInAsync(dir.Path, new Dictionary<string, string> { ["PATH"] = path }, "ingest", "trang1.pdf", "trang2.pdf");

        Assert.False(File.Exists(marker), "the planted pdftoppm ran");
        var logged = Assert.Single(run.Err.Split('\n'), l => l.StartsWith("dtrack: External tool pdftoppm: using ", StringComparison.Ordinal));
        var binary = logged["dtrack: External tool pdftoppm: using ".Length..].Trim();
        Assert.True(Path.IsPathRooted(binary) && !binary.StartsWith(dir.Path, StringComparison.Ordinal), logged);
        Assert.DoesNotContain("External tool tesseract", run.Err); // blank pages never reach OCR: tesseract is not used, not logged
        Assert.Contains("trang trắng", run.Err);
    }

    [Fact]
    public async Task File_names_with_newlines_and_escape_codes_cannot_forge_output()
    {
        using var dir = new TempFolder();
        using var data = new TempFolder();
        var evil = "a\nTệp: 9, thêm mới: 9, lỗi: 0\u001b[2J\u001b]0;owned\u0007.txt";
        File.Copy(Seed, dir.File(evil));
        File.WriteAllBytes(dir.File("b\u001b[31mrong.txt"), []);

        var run = await Dtrack.RunAsync("add", dir.Path, "--data", data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Out + run.Err);
        Assert.DoesNotContain('\u0007', run.Out + run.Err);
        Assert.Contains("a\\nTệp: 9", run.Out);
        // One summary line only: the name's "Tệp: 9" stays inside its own escaped line.
        Assert.Single(run.Out.Split('\n'), l => l.StartsWith("Tệp:", StringComparison.Ordinal));
        Assert.Contains("b\\x1b[31mrong.txt", run.Err);
    }

    [Fact]
    public async Task Search_output_escapes_bidi_overrides_from_titles_and_snippets()
    {
        using var dir = new TempFolder();
        using var data = new TempFolder();
        // Control characters become spaces at ingest; bidirectional overrides and isolates are text and are stored.
        var text = File.ReadAllText(Seed).Replace("Công tác thi đua, khen thưởng tỉnh Thái Bình năm 2025",
            "Công tác thi đua\u202egnaohk\u2066 tỉnh Thái Bình năm 2025", StringComparison.Ordinal);
        File.WriteAllText(dir.File("kehoach.txt"), text);
        Assert.Equal(0, (await Dtrack.RunAsync("add", dir.File("kehoach.txt"), "--data", data.Path)).ExitCode);

        var run = await Dtrack.RunAsync("search", "thi đua", "--data", data.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u202e', run.Out);
        Assert.DoesNotContain('\u2066', run.Out);
        Assert.Contains("\\u202egnaohk\\u2066", run.Out); // shown, as an escape, in the title and the snippets
    }

    [Fact]
    public async Task A_new_store_is_created_private()
    {
        using var data = new TempFolder();
        var folder = Path.Combine(data.Path, "kho");
        var run = await Dtrack.RunAsync("add", Seed, "--data", folder);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "tracker.db")));
    }

    [Fact]
    public async Task A_folder_with_links_to_its_parent_is_walked_once_and_quickly()
    {
        using var dir = new TempFolder();
        var inner = Directory.CreateDirectory(dir.File("van-ban")).FullName;
        File.Copy(Seed, Path.Combine(inner, "a.txt"));
        File.Copy(Dtrack.Corpus("seeds", "003_ab9f4c99556e224b.txt"), Path.Combine(inner, "b.txt"));
        Directory.CreateSymbolicLink(Path.Combine(inner, "len"), "..");
        Directory.CreateSymbolicLink(Path.Combine(inner, "goc"), "/");
        File.CreateSymbolicLink(Path.Combine(inner, "ngoai.txt"), "/etc/hostname");

        var watch = Stopwatch.StartNew();
        var run = await Dtrack.RunAsync("ingest", inner, "--summary");
        output.WriteLine($"folder with links to .. and /: {watch.Elapsed.TotalSeconds:0.0} s");

        Assert.Contains("Tệp: 2,", run.Out);
        Assert.Contains("Bỏ qua liên kết trỏ ra ngoài thư mục", run.Err);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task An_unreadable_subfolder_is_reported_and_the_rest_is_added()
    {
        // Root reads every folder: the walk runs as an ordinary user (nobody) when the tests run as root.
        bool root = Environment.UserName == "root";
        var top = Directory.CreateTempSubdirectory("dtrack-unreadable-").FullName;
        try
        {
            File.SetUnixFileMode(top, (UnixFileMode)0x1FF);
            File.Copy(Seed, Path.Combine(top, "a.txt"));
            var locked = Directory.CreateDirectory(Path.Combine(top, "khoa")).FullName;
            File.Copy(Seed, Path.Combine(locked, "b.txt"));
            foreach (var f in Directory.GetFiles(top)) File.SetUnixFileMode(f, (UnixFileMode)0x1A4);
            File.SetUnixFileMode(locked, 0);
            var data = Path.Combine(top, "data");

            using var p = Dtrack.Start(Dtrack.RepoRoot, null, root ? "nobody" : null, "add", top, "--data", data);
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            var run = new Dtrack.Run(p.ExitCode, await stdout, await stderr);

            Assert.Equal(1, run.ExitCode);
            NoStackTrace(run);
            Assert.Contains("Bỏ qua thư mục không đọc được", run.Err);
            Assert.Contains("khoa", run.Err);
            Assert.Contains("thêm mới: 1", run.Out);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(top, "khoa"), (UnixFileMode)0x1C0);
            Directory.Delete(top, recursive: true);
        }
    }

    [Fact]
    public async Task SIGTERM_stops_a_batch_promptly_says_so_and_leaves_no_tool_or_scratch_behind()
    {
        using var dir = new TempFolder();
        // 60 inked A4 pages without text: each is rendered and OCR'd, minutes of work (blank pages would be refused
        // from a quick look, and the batch could end before the signal lands).
        File.WriteAllBytes(dir.File("trang-quet.pdf"), HostileInputs.Pdf(60, ink: true));
        for (int i = 0; i < 50; i++) File.Copy(Seed, dir.File($"kh{i:D2}.txt"));

        using var p = Dtrack.Start(Dtrack.RepoRoot, null, null, "ingest", dir.Path, "--summary");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        // Wait until OCR of the scan has begun, then stop it.
        var started = Stopwatch.StartNew();
        // A child seen once is enough: the first tools (a quick look at the pages) end within milliseconds, so looking
        // twice could miss them.
        List<int> children = [];
        while (children.Count == 0 && !p.HasExited && started.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
            children = ChildrenOf(p.Id).ToList();
        }
        Assert.NotEmpty(children);
        var scratch = ScratchFolders.Of(p.Id);
        Assert.NotEmpty(scratch);

        var watch = Stopwatch.StartNew();
        Process.Start("kill", ["-TERM", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        await p.WaitForExitAsync();
        output.WriteLine($"SIGTERM during OCR: stopped in {watch.Elapsed.TotalSeconds:0.0} s");
        var err = await stderr;
        await stdout;

        Assert.Equal(130, p.ExitCode);
        Assert.Contains("Đã dừng theo yêu cầu", err);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.All(scratch, d => Assert.False(Directory.Exists(d), $"{d} was left behind"));
        await Task.Delay(500);
        Assert.Empty(ProcessesMentioning(dir.Path).Concat(scratch.SelectMany(ProcessesMentioning)));
    }

    /// <summary>Pids whose parent is <paramref name="pid"/>, from /proc.</summary>
    private static IEnumerable<int> ChildrenOf(int pid) =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)).Select(n => int.Parse(n!))
            .Where(child =>
            {
                try { return File.ReadAllText($"/proc/{child}/stat").Split(") ")[1].Split(' ')[1] == pid.ToString(System.Globalization.CultureInfo.InvariantCulture); }
                catch (IOException) { return false; }
            }).ToList();

    private static IEnumerable<int> ProcessesMentioning(string text) =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)).Select(n => int.Parse(n!))
            .Where(pid =>
            {
                try { return File.ReadAllText($"/proc/{pid}/cmdline").Contains(text, StringComparison.Ordinal); }
                catch (IOException) { return false; }
                catch (UnauthorizedAccessException) { return false; }
            }).ToList();

    [Theory]
    [InlineData(new[] { "search", "x", "--limit", "abc" }, "Giá trị 'abc' của tùy chọn '--limit' không hợp lệ")]
    [InlineData(new[] { "add" }, "Thiếu tham số bắt buộc <paths> của lệnh 'add'")]
    [InlineData(new[] { "search", "x", "--khong-co" }, "Không hiểu lệnh hoặc tham số '--khong-co'")]
    public async Task Command_line_errors_are_in_Vietnamese(string[] args, string expected)
    {
        var run = await Dtrack.RunAsync(args);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Err);
        Assert.DoesNotContain("Cannot parse", run.Err);
        Assert.DoesNotContain("Required argument", run.Err);
        Assert.DoesNotContain("Unrecognized", run.Err);
    }

    [Fact]
    public async Task A_data_folder_that_is_a_file_or_a_broken_store_gets_a_clear_message()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir.File("kho"), "không phải thư mục");
        var asFile = await Dtrack.RunAsync("add", Seed, "--data", dir.File("kho"));
        Assert.Equal(1, asFile.ExitCode);
        NoStackTrace(asFile);
        Assert.Contains("không phải thư mục", asFile.Err);
        Assert.Equal("không phải thư mục", File.ReadAllText(dir.File("kho")));

        var broken = Directory.CreateDirectory(dir.File("hong")).FullName;
        var junk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("not a database ", 400)));
        File.WriteAllBytes(Path.Combine(broken, "tracker.db"), junk);
        foreach (var args in new[] { new[] { "search", "x" }, new[] { "add", Seed }, new[] { "check" }, new[] { "reindex" } })
        {
            var run = await Dtrack.RunAsync([.. args, "--data", broken]);
            Assert.Equal(1, run.ExitCode);
            NoStackTrace(run);
            Assert.Contains("không phải kho dữ liệu", run.Err);
        }
        Assert.Equal(junk, File.ReadAllBytes(Path.Combine(broken, "tracker.db")));
    }

    [Fact]
    public async Task Check_verifies_a_store_and_says_how_to_repair_it()
    {
        using var data = new TempFolder();
        Assert.Equal(0, (await Dtrack.RunAsync("add", Seed, "--data", data.Path)).ExitCode);
        var healthy = await Dtrack.RunAsync("check", "--data", data.Path);
        Assert.Equal(0, healthy.ExitCode);
        Assert.Contains("Kho dữ liệu không có lỗi", healthy.Out);

        using (var c = new SqliteConnection($"Data Source={data.File("tracker.db")};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            // A task removed behind the change log's back: the index still has it.
            cmd.CommandText = "DELETE FROM task_owners WHERE task_id = (SELECT min(id) FROM tasks); DELETE FROM tasks WHERE id = (SELECT min(id) FROM tasks)";
            cmd.ExecuteNonQuery();
        }
        var drifted = await Dtrack.RunAsync("check", "--data", data.Path);
        Assert.Equal(2, drifted.ExitCode);
        Assert.Contains("[LỖI] Chỉ mục so với dữ liệu", drifted.Out);
        Assert.Contains("dtrack reindex", drifted.Out);

        Assert.Equal(0, (await Dtrack.RunAsync("reindex", "--data", data.Path)).ExitCode);
        Assert.Equal(0, (await Dtrack.RunAsync("check", "--data", data.Path)).ExitCode);
    }

    [Fact]
    public async Task An_add_while_another_process_holds_the_store_waits_then_names_the_holder()
    {
        using var data = new TempFolder();
        Assert.Equal(0, (await Dtrack.RunAsync("add", Seed, "--data", data.Path)).ExitCode);
        using var holder = new SqliteConnection($"Data Source={data.File("tracker.db")};Pooling=False");
        holder.Open();
        using var hold = holder.BeginTransaction();
        File.WriteAllText(data.File("tracker.db-writer"), $"{Environment.ProcessId}\ndtrack reindex --data kho\n16:00:00 04/12/2026\n");

        var watch = Stopwatch.StartNew();
        var run = await Dtrack.RunAsync(new Dictionary<string, string> { ["DTRACK_WAIT_SECONDS"] = "6" },
            "add", Dtrack.Corpus("seeds", "003_ab9f4c99556e224b.txt"), "--data", data.Path);
        output.WriteLine($"add against a held store: refused after {watch.Elapsed.TotalSeconds:0.0} s");

        Assert.Equal(1, run.ExitCode);
        NoStackTrace(run);
        Assert.Contains("Đang chờ đến lượt ghi vào kho", run.Err);
        Assert.Contains("đang bận", run.Err);
        Assert.Contains($"tiến trình {Environment.ProcessId}", run.Err);
        Assert.Contains("dtrack reindex --data kho", run.Err);
        hold.Rollback();
        Assert.Equal(1, Documents(data.Path));
    }

    [Fact]
    public async Task Search_needs_only_read_access()
    {
        if (Environment.UserName != "root") return; // needs another user to be the reader
        var top = Directory.CreateTempSubdirectory("dtrack-readonly-").FullName;
        try
        {
            var data = Path.Combine(top, "data");
            Assert.Equal(0, (await Dtrack.RunAsync("add", Seed, "--data", data)).ExitCode);
            // A reader who may read but not write the store (as a shared read-only deployment would be).
            File.SetUnixFileMode(top, (UnixFileMode)0x1ED);
            File.SetUnixFileMode(data, (UnixFileMode)0x1ED);
            foreach (var f in Directory.GetFiles(data)) File.SetUnixFileMode(f, (UnixFileMode)0x1A4);
            var before = File.ReadAllBytes(Path.Combine(data, "tracker.db"));

            using var p = Dtrack.Start(Dtrack.RepoRoot, null, "nobody", "search", "thi đua", "--data", data);
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            var run = new Dtrack.Run(p.ExitCode, await stdout, await stderr);

            Assert.True(run.ExitCode == 0, run.Err);
            Assert.Contains("kết quả", run.Out);
            Assert.Equal(before, File.ReadAllBytes(Path.Combine(data, "tracker.db")));
        }
        finally { Directory.Delete(top, recursive: true); }
    }

    [Fact]
    public async Task A_20_MB_one_line_text_is_refused_in_seconds_and_the_store_is_unchanged()
    {
        using var dir = new TempFolder();
        using var data = new TempFolder();
        Assert.Equal(0, (await Dtrack.RunAsync("add", Seed, "--data", data.Path)).ExitCode);
        File.WriteAllText(dir.File("motdong.txt"), HostileInputs.OneLine(20_000_000 / 3 * 2));
        var watch = Stopwatch.StartNew();
        var run = await Dtrack.RunAsync("add", dir.File("motdong.txt"), "--data", data.Path);
        output.WriteLine($"add of a 20 MB one-line text: {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("vượt giới hạn 5.000.000 ký tự", run.Err);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(1, Documents(data.Path));
    }

    [Fact]
    public async Task Four_adds_on_a_brand_new_store_all_succeed()
    {
        using var data = new TempFolder();
        var store = Path.Combine(data.Path, "moi");
        var seeds = Directory.GetFiles(Dtrack.Corpus("seeds"), "*.txt").Order(StringComparer.Ordinal).Take(4).ToList();
        var runs = await Task.WhenAll(seeds.Select(s => Dtrack.RunAsync("add", s, "--data", store)));
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Err));
        Assert.Equal(4, Documents(store));
    }
}
