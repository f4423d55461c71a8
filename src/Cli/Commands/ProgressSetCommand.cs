using System.CommandLine;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack progress set` — records a progress update for one task (kept in its history) and prints its new status.</summary>
internal static class ProgressSetCommand
{
    /// <summary>Status words accepted on the command line (folded, lower case) and the claim each means.</summary>
    private static readonly (string Word, ProgressClaim Claim)[] ClaimWords =
    [
        ("done", ProgressClaim.Done), ("hoan thanh", ProgressClaim.Done), ("da hoan thanh", ProgressClaim.Done),
        ("in_progress", ProgressClaim.InProgress), ("in-progress", ProgressClaim.InProgress), ("dang thuc hien", ProgressClaim.InProgress),
        ("dang trien khai", ProgressClaim.InProgress),
        ("not_done", ProgressClaim.NotDone), ("not-done", ProgressClaim.NotDone), ("chua thuc hien", ProgressClaim.NotDone),
        ("chua hoan thanh", ProgressClaim.NotDone),
    ];

    public static Command Create()
    {
        var task = ProgressCommand.TaskOptions.Create();
        var status = new Option<string>("--status") { Description = "done | in_progress | not_done (hoặc: hoàn thành, đang thực hiện, chưa thực hiện)", Required = true };
        var completed = new Option<string?>("--completed") { Description = "Ngày hoàn thành, ví dụ 2025-03-01 hoặc 01/03/2025 (mặc định: hôm nay khi đã hoàn thành)" };
        var occurrence = new Option<string?>("--occurrence") { Description = "Nhiệm vụ định kỳ: hạn của kỳ được cập nhật (mặc định: kỳ hiện tại)" };
        var note = new Option<string?>("--note") { Description = "Ghi chú" };
        var by = new Option<string>("--by") { Description = "Người cập nhật (e-mail hoặc họ tên)", Required = true };
        var agency = new Option<string?>("--agency") { Description = "Cơ quan của người cập nhật" };
        var attach = new Option<string[]>("--attach") { Description = "Tệp đính kèm (có thể lặp lại)", AllowMultipleArgumentsPerToken = true };
        var data = AddCommand.DataOption();
        var command = new Command("set", "Cập nhật tiến độ một nhiệm vụ") { status, completed, occurrence, note, by, agency, attach, data };
        task.AddTo(command);
        command.SetAction(r => ProgressCommand.Guarded(r.GetValue(data), () => Run(r, task, r.GetValue(status)!, r.GetValue(completed),
            r.GetValue(occurrence), r.GetValue(note), r.GetValue(by)!, r.GetValue(agency), r.GetValue(attach) ?? [], r.GetValue(data))));
        return command;
    }

    private static int Run(ParseResult r, ProgressCommand.TaskOptions taskOptions, string statusText, string? completedText, string? occurrenceText,
        string? note, string by, string? agency, string[] attachments, string? dataFolder)
    {
        if (ParseClaim(statusText) is not { } claim)
        {
            Console.Error.WriteLine($"Trạng thái không hợp lệ: \"{statusText}\". Dùng done, in_progress hoặc not_done.");
            return 2;
        }
        DateOnly? completed = null, occurrence = null;
        if (completedText is not null)
        {
            if (!ProgressCommand.TryParseDate(completedText, out var c)) { Console.Error.WriteLine($"Ngày hoàn thành không hợp lệ: \"{completedText}\"."); return 2; }
            if (claim != ProgressClaim.Done) { Console.Error.WriteLine("Chỉ ghi ngày hoàn thành khi trạng thái là hoàn thành (done)."); return 2; }
            completed = c;
        }
        if (occurrenceText is not null)
        {
            if (!ProgressCommand.TryParseDate(occurrenceText, out var o)) { Console.Error.WriteLine($"Hạn của kỳ không hợp lệ: \"{occurrenceText}\"."); return 2; }
            occurrence = o;
        }
        var missing = attachments.Where(a => !File.Exists(a)).ToList();
        if (missing.Count > 0) { Console.Error.WriteLine($"Không tìm thấy tệp đính kèm: {string.Join(", ", missing)}"); return 2; }

        using var store = ProgressCommand.OpenStore(dataFolder);
        if (store is null) return 1;
        var today = TrackerClock.System.Today;
        var task = taskOptions.Resolve(r, store, today);
        if (task is null) return 1;
        if (completed > today) { Console.Error.WriteLine($"Ngày hoàn thành {completed:dd/MM/yyyy} chưa đến (hôm nay {today:dd/MM/yyyy})."); return 2; }
        if (occurrence is { } od && !task.State.Occurrences.Any(o => o.Period.Due == od))
        {
            Console.Error.WriteLine(task.State.Occurrences.Count == 0
                ? "Nhiệm vụ này không định kỳ: bỏ --occurrence."
                : $"Không có kỳ hạn {od:dd/MM/yyyy}; các kỳ: {string.Join(", ", task.State.Occurrences.Select(o => o.Period.Due.ToString("dd/MM/yyyy")))}.");
            return 2;
        }

        var files = new UpdateAttachments(TrackerDataFolder.Resolve(dataFolder));
        var kept = attachments.Select(files.Keep).ToList();
        store.AddUpdate(new ProgressUpdateInput(task.TaskId, claim, today, by, UpdateChannel.Cli, completed, note ?? "",
            agency is null ? null : new GrammarAgencyKeys().Key(agency), occurrence, kept));
        var now = store.Task(task.TaskId, today)!;
        Console.Out.WriteLine($"Đã cập nhật nhiệm vụ {now.Path} ({now.DocumentNumber ?? "không số"}): {now.State.StatusLabel}; thời hạn {ProgressCommand.DueText(now.State)}.");
        Console.Out.WriteLine($"Lịch sử: {store.History(task.TaskId).Count} lần cập nhật.");
        return 0;
    }

    internal static ProgressClaim? ParseClaim(string text)
    {
        var key = VietnameseText.Fold(text.Trim()).ToLowerInvariant();
        foreach (var (word, claim) in ClaimWords) if (key == word) return claim;
        return null;
    }
}
