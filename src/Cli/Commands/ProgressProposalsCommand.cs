using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack progress proposals [--report ID] [--json]` — the proposals from reports waiting for a clerk: task, claim, date, confidence, evidence.</summary>
internal static class ProgressProposalsCommand
{
    public static Command Create()
    {
        var report = new Option<long?>("--report") { Description = "Chỉ các đề xuất từ báo cáo có mã này" };
        var json = new Option<bool>("--json") { Description = "In kết quả dưới dạng JSON" };
        var data = AddCommand.DataOption();
        var command = new Command("proposals", "Các đề xuất tiến độ từ báo cáo đang chờ duyệt") { report, json, data };
        command.SetAction(r => Run(r.GetValue(report), r.GetValue(json), r.GetValue(data)));
        return command;
    }

    private static int Run(long? reportId, bool asJson, string? dataFolder)
    {
        var path = TrackerDataFolder.DatabasePath(dataFolder);
        if (StoreAccess.IsMissing(path)) return 1;
        return StoreAccess.Guard(path, () =>
        {
            using var store = StoreAccess.OpenForReading(path);
            IProgressStore progress = store;
            var today = TrackerClock.System.Today;
            var rows = progress.PendingProposals(reportId).Select(p => (Proposal: p, Task: progress.Task(p.TaskId, today))).ToList();
            if (asJson)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(rows.Select(r => ToJson(r.Proposal, r.Task)), ContractJson.Options));
                return 0;
            }
            if (rows.Count == 0)
            {
                Console.Out.WriteLine(reportId is { } id ? $"Báo cáo mã {id} không có đề xuất nào chờ duyệt." : "Không có đề xuất nào chờ duyệt.");
                return 0;
            }
            foreach (var (p, t) in rows)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Đề xuất {p.Id} (báo cáo mã {p.ReportDocumentId}, ngày {p.ReportedOn:dd/MM/yyyy}): {DisplayText.Escape(t?.DocumentNumber ?? "(không số)")} " +
                    $"mục {DisplayText.Escape(t?.Path ?? "?")} — {ProgressCheckText.ClaimLabel(p.Claim)}{(p.CompletedOn is { } c ? $" ngày {c:dd/MM/yyyy}" : "")}, độ tin cậy {p.Confidence:0.00}"));
                if (t is not null) Console.Out.WriteLine("  Nhiệm vụ: " + DisplayText.Escape(t.Text));
                foreach (var e in p.Evidence) Console.Out.WriteLine("  Căn cứ: " + DisplayText.Escape(e));
            }
            Console.Out.WriteLine($"{rows.Count} đề xuất chờ duyệt. Duyệt: dtrack progress accept MÃ… --by EMAIL; từ chối: dtrack progress reject MÃ… --by EMAIL.");
            return 0;
        });
    }

    private static object ToJson(ProposalRecord p, TrackedTask? t) => new
    {
        id = p.Id,
        reportDocumentId = p.ReportDocumentId,
        task = new { id = p.TaskId, documentNumber = t?.DocumentNumber, path = t?.Path, text = t?.Text },
        claim = ProgressClaimCodes.Code(p.Claim),
        completedOn = p.CompletedOn,
        confidence = p.Confidence,
        evidence = p.Evidence,
        reportedOn = p.ReportedOn,
        agency = p.AgencyKey,
    };
}
