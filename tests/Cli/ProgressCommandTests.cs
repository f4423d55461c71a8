namespace DirectiveTracker.Cli.Tests;

public sealed class ProgressCommandTests
{
    [Fact]
    public async Task Progress_set_records_an_update_and_show_lists_the_history()
    {
        using var tmp = new TempFolder();
        var add = await Dtrack.RunAsync("add", Dtrack.Corpus("seeds", "004_5bd74ecc4f892fee.txt"), "--data", tmp.Path);
        Assert.Equal(0, add.ExitCode);

        var attachment = tmp.File("bien-ban.txt");
        await File.WriteAllTextAsync(attachment, "Biên bản họp");
        var set = await Dtrack.RunAsync("progress", "set", "--plan", "29/KH-UBND", "--path", "II.1.5", "--status", "hoàn thành",
            "--completed", "20/06/2025", "--by", "van.a@snv.thaibinh.gov.vn", "--agency", "Sở Nội vụ", "--note", "Đã trình UBND tỉnh",
            "--attach", attachment, "--data", tmp.Path);
        Assert.True(set.ExitCode == 0, set.Err);
        Assert.Contains("Hoàn thành đúng hạn", set.Out);
        Assert.Single(Directory.GetFiles(Path.Combine(tmp.Path, "attachments")));

        var late = await Dtrack.RunAsync("progress", "set", "--plan", "29/KH-UBND", "--path", "II.7.1", "--status", "done",
            "--completed", "2025-07-15", "--by", "b", "--data", tmp.Path);
        Assert.Contains("Hoàn thành quá hạn", late.Out);

        var show = await Dtrack.RunAsync("progress", "show", "--plan", "29/KH-UBND", "--path", "II.1.5", "--data", tmp.Path);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("van.a@snv.thaibinh.gov.vn", show.Out);
        Assert.Contains("Đã trình UBND tỉnh", show.Out);
        Assert.Contains("bien-ban.txt", show.Out);
    }

    [Fact]
    public async Task Progress_set_refuses_bad_input_in_vietnamese_and_changes_nothing()
    {
        using var tmp = new TempFolder();
        await Dtrack.RunAsync("add", Dtrack.Corpus("seeds", "004_5bd74ecc4f892fee.txt"), "--data", tmp.Path);
        var badStatus = await Dtrack.RunAsync("progress", "set", "--plan", "29/KH-UBND", "--path", "II.1.5", "--status", "xong", "--by", "a", "--data", tmp.Path);
        Assert.Equal(2, badStatus.ExitCode);
        Assert.Contains("Trạng thái không hợp lệ", badStatus.Err);
        var noTask = await Dtrack.RunAsync("progress", "set", "--plan", "29/KH-UBND", "--path", "IX.9", "--status", "done", "--by", "a", "--data", tmp.Path);
        Assert.Equal(1, noTask.ExitCode);
        Assert.Contains("Không tìm thấy nhiệm vụ IX.9", noTask.Err);
        var future = await Dtrack.RunAsync("progress", "set", "--plan", "29/KH-UBND", "--path", "II.1.5", "--status", "done", "--completed", "2099-01-01", "--by", "a", "--data", tmp.Path);
        Assert.Equal(2, future.ExitCode);
        var show = await Dtrack.RunAsync("progress", "show", "--plan", "29/KH-UBND", "--path", "II.1.5", "--data", tmp.Path);
        Assert.Contains("Quá hạn", show.Out);
        Assert.DoesNotContain(" qua Cli", show.Out);
    }
}

public sealed class ProgressCheckCommandTests
{
    [Fact]
    public async Task Progress_check_prints_the_issue_json_and_applies_nothing()
    {
        using var tmp = new TempFolder();
        Assert.Equal(0, (await Dtrack.RunAsync("add", Dtrack.Corpus("seeds", "004_5bd74ecc4f892fee.txt"), "--data", tmp.Path)).ExitCode);
        var run = await Dtrack.RunAsync("progress", "check", Dtrack.Corpus("reports", "bc01-snv-thaibinh-kh29-theo-muc.txt"), "--data", tmp.Path, "--json");
        Assert.True(run.ExitCode == 0, run.Err);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("215/BC-SNV", root.GetProperty("report").GetProperty("number").GetString());
        Assert.Equal("2025-07-10", root.GetProperty("report").GetProperty("issuedOn").GetString());
        Assert.Equal("29/KH-UBND", root.GetProperty("report").GetProperty("plans")[0].GetString());
        var passages = root.GetProperty("passages").EnumerateArray().ToList();
        var decision = passages.Single(p => p.GetProperty("text").GetString()!.Contains("512/QĐ-UBND"));
        Assert.Equal("II.1.2", decision.GetProperty("task").GetProperty("path").GetString());
        Assert.Equal("29/KH-UBND", decision.GetProperty("task").GetProperty("documentNumber").GetString());
        Assert.StartsWith("Quyết định ban hành Quy chế", decision.GetProperty("task").GetProperty("text").GetString());
        Assert.Equal("done", decision.GetProperty("claim").GetString());
        Assert.Equal("2025-03-14", decision.GetProperty("completedOn").GetString());
        Assert.True(decision.GetProperty("confidence").GetDouble() > 0);
        Assert.Contains(passages, p => p.GetProperty("task").ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.NotEmpty(root.GetProperty("unmentionedTasks").EnumerateArray());

        // Nothing was applied.
        var show = await Dtrack.RunAsync("progress", "show", "--plan", "29/KH-UBND", "--path", "II.1.2", "--data", tmp.Path);
        Assert.DoesNotContain("Hoàn thành", show.Out);
        var gaps = await Dtrack.RunAsync("progress", "gaps", "--plan", "29/KH-UBND", "--data", tmp.Path, "--json");
        Assert.True(gaps.ExitCode == 0, gaps.Err);
        using var g = System.Text.Json.JsonDocument.Parse(gaps.Out);
        var counts = g.RootElement[0].GetProperty("counts");
        Assert.Equal(31, counts.GetProperty("total").GetInt32());
        Assert.Equal(0, counts.GetProperty("reported").GetInt32());
        Assert.Equal(31, g.RootElement[0].GetProperty("noProgress").GetArrayLength());
    }

    [Fact]
    public async Task Progress_check_refuses_a_document_that_is_not_a_report()
    {
        using var tmp = new TempFolder();
        await Dtrack.RunAsync("add", Dtrack.Corpus("seeds", "004_5bd74ecc4f892fee.txt"), "--data", tmp.Path);
        var run = await Dtrack.RunAsync("progress", "check", Dtrack.Corpus("seeds", "002_317f62ba243f0e65.txt"), "--data", tmp.Path, "--json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("không phải báo cáo", run.Err);
    }
}

public sealed class ProgressProposalCommandTests
{
    private static readonly string Plan = Dtrack.Corpus("seeds", "004_5bd74ecc4f892fee.txt");
    private static readonly string Report = Dtrack.Corpus("reports", "bc01-snv-thaibinh-kh29-theo-muc.txt");

    private static async Task<List<System.Text.Json.JsonElement>> PendingAsync(string data)
    {
        var run = await Dtrack.RunAsync("progress", "proposals", "--json", "--data", data);
        Assert.True(run.ExitCode == 0, run.Err);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    [Fact]
    public async Task A_report_added_after_its_plan_gives_proposals_a_clerk_accepts_or_rejects()
    {
        using var tmp = new TempFolder();
        Assert.Equal(0, (await Dtrack.RunAsync("add", Plan, "--data", tmp.Path)).ExitCode);
        var add = await Dtrack.RunAsync("add", Report, "--data", tmp.Path);
        Assert.True(add.ExitCode == 0, add.Err);
        var pending = await PendingAsync(tmp.Path);
        Assert.Contains($"báo cáo của Sở nội vụ về Kế hoạch 29/KH-UBND: {pending.Count} đề xuất tiến độ chờ duyệt", add.Out, StringComparison.OrdinalIgnoreCase);

        var decision = pending.Single(p => p.GetProperty("task").GetProperty("path").GetString() == "II.1.2");
        Assert.Equal("done", decision.GetProperty("claim").GetString());
        Assert.Equal("2025-03-14", decision.GetProperty("completedOn").GetString());
        Assert.Equal("29/KH-UBND", decision.GetProperty("task").GetProperty("documentNumber").GetString());
        Assert.Contains("512/QĐ-UBND", decision.GetProperty("evidence")[0].GetString());
        Assert.InRange(decision.GetProperty("confidence").GetDouble(), 0.01, 1);
        var text = await Dtrack.RunAsync("progress", "proposals", "--data", tmp.Path);
        Assert.Contains("II.1.2 — đã hoàn thành ngày 14/03/2025", text.Out);
        Assert.Contains("Căn cứ: ", text.Out);

        // Rejected: status and history as they were.
        var other = pending.First(p => p.GetProperty("claim").GetString() == "done" && p.GetProperty("task").GetProperty("path").GetString() != "II.1.2");
        var otherPath = other.GetProperty("task").GetProperty("path").GetString()!;
        var before = await Dtrack.RunAsync("progress", "show", "--plan", "29/KH-UBND", "--path", otherPath, "--data", tmp.Path);
        var reject = await Dtrack.RunAsync("progress", "reject", other.GetProperty("id").GetInt64().ToString(), "--by", "van.thu@snv.gov.vn", "--data", tmp.Path);
        Assert.True(reject.ExitCode == 0, reject.Err);
        Assert.Contains("Đã từ chối đề xuất", reject.Out);
        var after = await Dtrack.RunAsync("progress", "show", "--plan", "29/KH-UBND", "--path", otherPath, "--data", tmp.Path);
        Assert.Equal(before.Out, after.Out);

        // Accepted: an update with channel Report in the task's history.
        var accept = await Dtrack.RunAsync("progress", "accept", decision.GetProperty("id").GetInt64().ToString(), "--by", "van.thu@snv.gov.vn", "--data", tmp.Path);
        Assert.True(accept.ExitCode == 0, accept.Err);
        Assert.Contains("Hoàn thành đúng hạn", accept.Out);
        var show = await Dtrack.RunAsync("progress", "show", "--plan", "29/KH-UBND", "--path", "II.1.2", "--data", tmp.Path);
        Assert.Contains("van.thu@snv.gov.vn", show.Out);
        Assert.Contains("qua Report: Done, hoàn thành 14/03/2025", show.Out);

        var left = await PendingAsync(tmp.Path);
        Assert.Equal(pending.Count - 2, left.Count);
        var twice = await Dtrack.RunAsync("progress", "accept", other.GetProperty("id").GetInt64().ToString(), "--by", "x", "--data", tmp.Path);
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains("đã được từ chối trước đó", twice.Err);
        var missing = await Dtrack.RunAsync("progress", "reject", "999999", "--by", "x", "--data", tmp.Path);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("Không có đề xuất mã 999999", missing.Err);

        // The same report again: no new proposals.
        var again = await Dtrack.RunAsync("add", Report, "--data", tmp.Path);
        Assert.Contains($"báo cáo đã có trong kho: {left.Count} đề xuất tiến độ chờ duyệt", again.Out);
        Assert.Equal(left.Count, (await PendingAsync(tmp.Path)).Count);
    }

    [Fact]
    public async Task A_report_before_its_plan_waits_and_the_plan_brings_its_proposals()
    {
        using var tmp = new TempFolder();
        var add = await Dtrack.RunAsync("add", Report, "--data", tmp.Path);
        Assert.True(add.ExitCode == 0, add.Err);
        Assert.Contains("chưa có kế hoạch số 29/KH-UBND trong kho; báo cáo được giữ lại để đối chiếu khi kế hoạch được thêm", add.Out);
        Assert.Empty(await PendingAsync(tmp.Path));
        var plan = await Dtrack.RunAsync("add", Plan, "--data", tmp.Path, "--auto-apply", "0.95");
        Assert.True(plan.ExitCode == 0, plan.Err);
        Assert.Contains("đối chiếu báo cáo đang chờ kế hoạch 29/KH-UBND", plan.Out);
        Assert.Contains("đã áp dụng (độ tin cậy ≥ 0.95)", plan.Out);
        Assert.NotEmpty(await PendingAsync(tmp.Path));
        var bad = await Dtrack.RunAsync("add", Plan, "--data", tmp.Path, "--auto-apply", "3");
        Assert.Equal(2, bad.ExitCode);
    }
}
