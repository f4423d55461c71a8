using System.CommandLine;
using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack progress gaps --plan N | --agency NAME | --directive N` — what is done, late and unreported.</summary>
internal static class ProgressGapsCommand
{
    public static Command Create()
    {
        var plan = new Option<string?>("--plan") { Description = "Số ký hiệu kế hoạch, ví dụ 29/KH-UBND" };
        var agency = new Option<string?>("--agency") { Description = "Tên cơ quan, ví dụ \"Sở Nội vụ\"" };
        var directive = new Option<string?>("--directive") { Description = "Số chỉ thị, ví dụ 41-CT/TW: các kế hoạch thực hiện và tiến độ chung" };
        var json = new Option<bool>("--json") { Description = "In kết quả dưới dạng JSON" };
        var data = AddCommand.DataOption();
        var command = new Command("gaps", "Báo cáo tồn đọng theo kế hoạch, cơ quan hoặc chỉ thị") { plan, agency, directive, json, data };
        command.SetAction(r => ProgressCommand.Guarded(r.GetValue(data), () => Run(r.GetValue(plan), r.GetValue(agency), r.GetValue(directive), r.GetValue(json), r.GetValue(data))));
        return command;
    }

    private static int Run(string? plan, string? agency, string? directive, bool asJson, string? dataFolder)
    {
        if (new[] { plan, agency, directive }.Count(x => !string.IsNullOrWhiteSpace(x)) != 1)
        {
            Console.Error.WriteLine("Chọn đúng một trong --plan, --agency, --directive.");
            return 2;
        }
        using var store = ProgressCommand.OpenStore(dataFolder);
        if (store is null) return 1;
        var today = TrackerClock.System.Today;
        var w = Console.Out;
        if (plan is not null)
        {
            var found = store.FindPlans([plan]);
            if (found.Count == 0) { Console.Error.WriteLine($"Không có kế hoạch số {plan} (có nhiệm vụ) trong kho."); return 1; }
            var gaps = found.Select(p => store.PlanGaps(p.DocumentId, today)).ToList();
            if (asJson) w.WriteLine(JsonSerializer.Serialize(gaps.Select(PlanJson), ContractJson.Options));
            else foreach (var g in gaps) WritePlan(g, w);
        }
        else if (agency is not null)
        {
            var g = store.AgencyGaps(agency, today);
            if (asJson)
                w.WriteLine(JsonSerializer.Serialize(new { agency = g.DisplayName ?? agency, key = g.AgencyKey, counts = CountsJson(g.Counts), owed = g.Owed.Select(TaskJson), unreported = g.Unreported.Select(TaskJson) }, ContractJson.Options));
            else
            {
                w.WriteLine($"{g.DisplayName ?? agency}: chủ trì {g.Counts.Total} nhiệm vụ, đã báo cáo {g.Counts.Reported}.");
                WriteCounts(g.Counts, w);
                w.WriteLine($"Chưa báo cáo ({g.Unreported.Count}):");
                foreach (var t in g.Unreported) w.WriteLine($"  {t.DocumentNumber} {t.Path} — {t.State.StatusLabel} — {Clip(t.Text)}");
            }
        }
        else
        {
            var g = store.DirectiveGaps(directive!, today);
            if (asJson)
                w.WriteLine(JsonSerializer.Serialize(new { directive = g.DirectiveNumber, combined = CountsJson(g.Combined), plans = g.Plans.Select(PlanJson) }, ContractJson.Options));
            else
            {
                w.WriteLine($"Chỉ thị {g.DirectiveNumber}: {g.Plans.Count} kế hoạch thực hiện, {g.Combined.Total} nhiệm vụ, đã báo cáo {g.Combined.Reported}.");
                WriteCounts(g.Combined, w);
                foreach (var p in g.Plans) WritePlan(p, w);
            }
        }
        return 0;
    }

    private static void WritePlan(PlanGaps g, TextWriter w)
    {
        w.WriteLine($"Kế hoạch {g.Plan.Number ?? "(không số)"} — {g.Plan.Issuer}: {g.Counts.Total} nhiệm vụ, đã có báo cáo {g.Counts.Reported}, chưa có {g.NoProgress.Count}.");
        WriteCounts(g.Counts, w);
        if (g.Overdue.Count > 0) w.WriteLine($"  Quá hạn ({g.Overdue.Count}):");
        foreach (var t in g.Overdue)
            w.WriteLine($"    {t.Path} — hạn {ProgressCommand.DueText(t.State)} — chủ trì: {(t.Leads.Count > 0 ? string.Join("; ", t.Leads) : "(không ghi)")} — {Clip(t.Text)}");
    }

    private static void WriteCounts(StatusCounts c, TextWriter w) =>
        w.WriteLine("  " + string.Join(", ", c.ByStatus.Where(kv => kv.Value > 0).Select(kv => $"{StatusNames.Label(kv.Key)}: {kv.Value}")));

    private static object PlanJson(PlanGaps g) => new
    {
        number = g.Plan.Number, issuer = g.Plan.Issuer, title = g.Plan.Title, counts = CountsJson(g.Counts),
        noProgress = g.NoProgress.Select(TaskJson), overdue = g.Overdue.Select(TaskJson),
    };

    private static object CountsJson(StatusCounts c) => new
    {
        total = c.Total, reported = c.Reported,
        byStatus = c.ByStatus.ToDictionary(kv => StatusNames.Of(kv.Key).Value, kv => kv.Value),
    };

    private static object TaskJson(TrackedTask t) => new
    {
        documentNumber = t.DocumentNumber, path = t.Path, text = t.Text, leads = t.Leads,
        status = StatusNames.Of(t.State.Status).Value, statusLabel = t.State.StatusLabel,
        due = t.State.EffectiveDue, dueInherited = t.State.DueInherited, reported = t.Reported?.ToString(), lastReportedOn = t.LastReportedOn,
    };

    private static string Clip(string s) => s.Length <= 90 ? s : s[..89] + "…";
}
