using System.CommandLine;
using System.Globalization;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Index.Storage;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack progress …` — task progress: set an update, show a task's status and history, check a report, gap reports, decide proposals from reports.</summary>
internal static class ProgressCommand
{
    public static Command Create() => new("progress", "Tiến độ thực hiện nhiệm vụ")
    {
        ProgressSetCommand.Create(),
        ProgressShowCommand.Create(),
        ProgressCheckCommand.Create(),
        ProgressGapsCommand.Create(),
        ProgressProposalsCommand.Create(),
        ProgressDecisionCommand.CreateAccept(),
        ProgressDecisionCommand.CreateReject(),
    };

    /// <summary>Options naming one task: its plan's number and its path, or its id.</summary>
    internal sealed record TaskOptions(Option<string?> Plan, Option<string?> Path, Option<long?> Id)
    {
        public static TaskOptions Create() => new(
            new Option<string?>("--plan") { Description = "Số ký hiệu của kế hoạch, ví dụ 29/KH-UBND" },
            new Option<string?>("--path") { Description = "Mục của nhiệm vụ trong kế hoạch, ví dụ II.1.1" },
            new Option<long?>("--task") { Description = "Mã nhiệm vụ trong kho (thay cho --plan và --path)" });

        public void AddTo(Command c) { c.Add(Plan); c.Add(Path); c.Add(Id); }

        /// <summary>The task named, or null after printing a Vietnamese message.</summary>
        public TrackedTask? Resolve(ParseResult r, IProgressStore store, DateOnly today)
        {
            if (r.GetValue(Id) is { } id)
            {
                var byId = store.Task(id, today);
                if (byId is null) Console.Error.WriteLine($"Không có nhiệm vụ mã {id} trong kho.");
                return byId;
            }
            if (r.GetValue(Plan) is not { Length: > 0 } plan || r.GetValue(Path) is not { Length: > 0 } path)
            {
                Console.Error.WriteLine("Hãy chỉ rõ nhiệm vụ: --plan SỐ_KẾ_HOẠCH --path MỤC, hoặc --task MÃ.");
                return null;
            }
            var found = store.FindTasks(plan, path, today);
            if (found.Count == 1) return found[0];
            Console.Error.WriteLine(found.Count == 0
                ? $"Không tìm thấy nhiệm vụ {path} của kế hoạch {plan} trong kho."
                : $"Có {found.Count} nhiệm vụ {path} của kế hoạch {plan} (nhiều văn bản cùng số): hãy dùng --task với một trong các mã {string.Join(", ", found.Select(t => t.TaskId))}.");
            return null;
        }
    }

    /// <summary>Opens the configured store (SQLite in the data folder, or PostgreSQL with DTRACK_STORE), or prints why it cannot.</summary>
    internal static ITrackerStore? OpenStore(string? dataFolder) => StoreAccess.OpenExisting(TrackerDataFolder.DatabasePath(dataFolder));

    /// <summary>Runs a progress command's body; a store that fails mid-command prints its Vietnamese message and exits 1.</summary>
    internal static int Guarded(string? dataFolder, Func<int> body) => StoreAccess.Guard(TrackerDataFolder.DatabasePath(dataFolder), body);

    /// <inheritdoc cref="Guarded(string?, Func{int})"/>
    internal static Task<int> Guarded(string? dataFolder, Func<Task<int>> body) => StoreAccess.Guard(TrackerDataFolder.DatabasePath(dataFolder), body);

    /// <summary>A date as users write it: 2025-03-01, 01/03/2025 or 1-3-2025.</summary>
    internal static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    internal static string DueText(TaskState s) => s.EffectiveDue is { } due
        ? $"{due:dd/MM/yyyy}{(s.DueInherited ? $" (theo thời hạn của kế hoạch: {s.DueText})" : s.DueText is { } t ? $" ({t})" : "")}"
        : "không có";
}
