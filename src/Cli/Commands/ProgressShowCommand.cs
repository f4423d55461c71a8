using System.CommandLine;
using DirectiveTracker.Index.Progress;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack progress show` — a task's status, occurrences and update history.</summary>
internal static class ProgressShowCommand
{
    public static Command Create()
    {
        var task = ProgressCommand.TaskOptions.Create();
        var data = AddCommand.DataOption();
        var command = new Command("show", "Xem trạng thái và lịch sử cập nhật của một nhiệm vụ") { data };
        task.AddTo(command);
        command.SetAction(r => ProgressCommand.Guarded(r.GetValue(data), () =>
        {
            using var store = ProgressCommand.OpenStore(r.GetValue(data));
            if (store is null) return 1;
            var t = task.Resolve(r, store, TrackerClock.System.Today);
            if (t is null) return 1;
            var w = Console.Out;
            w.WriteLine($"Nhiệm vụ {t.Path} — {t.DocumentNumber ?? "(không số)"} (mã {t.TaskId})");
            w.WriteLine("  " + t.Text);
            if (t.Leads.Count > 0) w.WriteLine($"  Chủ trì: {string.Join("; ", t.Leads)}");
            w.WriteLine($"  Trạng thái: {t.State.StatusLabel}; thời hạn {ProgressCommand.DueText(t.State)}");
            foreach (var o in t.State.Occurrences)
                w.WriteLine($"  Kỳ {o.Period.PeriodStart:dd/MM/yyyy}–{o.Period.PeriodEnd:dd/MM/yyyy}, hạn {o.Period.Due:dd/MM/yyyy}: {StatusLabel(o.Status)}");
            foreach (var u in store.History(t.TaskId))
                w.WriteLine($"  {u.ReportedOn:dd/MM/yyyy} {u.Author}{(u.AgencyKey is { } a ? $" ({a})" : "")} qua {u.Channel}: {u.Claim}" +
                            $"{(u.CompletedOn is { } c ? $", hoàn thành {c:dd/MM/yyyy}" : "")}{(u.Note.Length > 0 ? " — " + u.Note : "")}" +
                            $"{(u.Attachments.Count > 0 ? $" [{string.Join(", ", u.Attachments.Select(x => x.Name))}]" : "")}");
            return 0;
        }));
        return command;
    }

    private static string StatusLabel(Index.TaskStatus s) => Index.StatusNames.Label(s);
}
