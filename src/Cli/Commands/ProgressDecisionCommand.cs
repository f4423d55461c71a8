using System.CommandLine;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;

namespace DirectiveTracker.Cli.Commands;

/// <summary>
/// `dtrack progress accept ID… --by EMAIL` and `dtrack progress reject ID… --by EMAIL` — a clerk's decision on proposals
/// from reports: an accepted one becomes an update in the task's history (channel Report); a rejected one changes nothing.
/// </summary>
internal static class ProgressDecisionCommand
{
    public static Command CreateAccept() => Create("accept", "Duyệt đề xuất tiến độ: ghi vào lịch sử nhiệm vụ", accept: true);

    public static Command CreateReject() => Create("reject", "Từ chối đề xuất tiến độ: nhiệm vụ giữ nguyên", accept: false);

    private static Command Create(string name, string description, bool accept)
    {
        var ids = new Argument<long[]>("ids") { Description = "Mã đề xuất (xem `dtrack progress proposals`)", Arity = ArgumentArity.OneOrMore };
        var by = new Option<string>("--by") { Description = "Người quyết định (e-mail hoặc họ tên)", Required = true };
        var data = AddCommand.DataOption();
        var command = new Command(name, description) { ids, by, data };
        command.SetAction(r => Run(r.GetValue(ids)!, r.GetValue(by)!, r.GetValue(data), accept));
        return command;
    }

    private static int Run(long[] ids, string by, string? dataFolder, bool accept)
    {
        if (string.IsNullOrWhiteSpace(by)) { Console.Error.WriteLine("Hãy ghi người quyết định: --by EMAIL."); return 2; }
        var path = TrackerDataFolder.DatabasePath(dataFolder);
        if (StoreAccess.IsMissing(path)) return 1;
        return StoreAccess.Guard(path, () =>
        {
            using var store = StoreAccess.OpenForWriting(path);
            IProgressStore progress = store;
            var today = TrackerClock.System.Today;
            int failed = 0;
            foreach (var id in ids.Distinct())
            {
                var p = progress.Proposal(id);
                if (p is null) { Console.Error.WriteLine($"Không có đề xuất mã {id}."); failed++; continue; }
                if (p.State != ProposalState.Pending)
                {
                    Console.Error.WriteLine($"Đề xuất {id} đã được {(p.State == ProposalState.Accepted ? "duyệt" : "từ chối")} trước đó" +
                                            $"{(p.DecidedBy is { } who ? $" ({DisplayText.Escape(who)})" : "")}: không đổi gì.");
                    failed++;
                    continue;
                }
                try
                {
                    if (accept) progress.AcceptProposal(id, by.Trim(), today);
                    else progress.RejectProposal(id, by.Trim());
                }
                catch (InvalidOperationException)
                {
                    Console.Error.WriteLine($"Đề xuất {id} vừa được người khác quyết định: không đổi gì.");
                    failed++;
                    continue;
                }
                var task = progress.Task(p.TaskId, today);
                var where = $"nhiệm vụ {DisplayText.Escape(task?.Path ?? "?")} ({DisplayText.Escape(task?.DocumentNumber ?? "không số")})";
                Console.Out.WriteLine(accept
                    ? $"Đã duyệt đề xuất {id}: {where} — {ProgressCheckText.ClaimLabel(p.Claim)}; trạng thái nay: {task?.State.StatusLabel}."
                    : $"Đã từ chối đề xuất {id}: {where} giữ nguyên ({task?.State.StatusLabel}).");
            }
            return failed > 0 ? 1 : 0;
        });
    }
}
