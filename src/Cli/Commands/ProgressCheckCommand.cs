using System.CommandLine;
using System.Text.Json;
using DirectiveTracker.Extract;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack progress check REPORT_FILE` — reads a progress report against the store and prints what it found; applies nothing.</summary>
internal static class ProgressCheckCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("report") { Description = "Tệp báo cáo (.txt, .docx, .pdf)" };
        var json = new Option<bool>("--json") { Description = "In kết quả dưới dạng JSON" };
        var data = AddCommand.DataOption();
        var command = new Command("check", "Đối chiếu một báo cáo với các nhiệm vụ trong kho (không cập nhật gì)") { file, json, data };
        command.SetAction((r, ct) => ProgressCommand.Guarded(r.GetValue(data), () => RunAsync(r.GetValue(file)!, r.GetValue(json), r.GetValue(data), ct)));
        return command;
    }

    private static async Task<int> RunAsync(string file, bool asJson, string? dataFolder, CancellationToken ct)
    {
        if (!File.Exists(file)) { Console.Error.WriteLine($"Không tìm thấy: {DisplayText.Escape(file)}"); return 1; }
        using var store = ProgressCommand.OpenStore(dataFolder);
        if (store is null) return 1;
        Ingest.Model.IngestedDocument document;
        try { document = await IngestServices.CreateDefault().IngestAsync(file, ct); }
        catch (IngestException e) { Console.Error.WriteLine($"Lỗi: {DisplayText.Escape(file)}: {DisplayText.Escape(e.UserMessage)}"); return 1; }
        var extraction = new DocumentExtractor().Extract(document);
        var check = new ReportChecker(store, new GrammarAgencyKeys()).Check(document, extraction, TrackerClock.System.Today);
        if (check is null)
        {
            Console.Error.WriteLine($"{file}: không phải báo cáo (không thấy dòng \"BÁO CÁO\" hay trích yếu \"Báo cáo …\").");
            return 1;
        }
        foreach (var m in check.MissingPlans)
            Console.Error.WriteLine($"Chưa có kế hoạch số {m} trong kho: báo cáo sẽ được đối chiếu khi kế hoạch được thêm.");
        if (check.Report.Plans.Count == 0) Console.Error.WriteLine("Báo cáo không dẫn số kế hoạch nào: không có nhiệm vụ để đối chiếu.");
        if (asJson) Console.Out.WriteLine(JsonSerializer.Serialize(ToJson(check), ContractJson.Options));
        else ProgressCheckText.Write(check, Console.Out);
        return 0;
    }

    /// <summary>The shape of issue 13: report, passages (text as written, task as stored), unmentioned tasks.</summary>
    internal static object ToJson(ReportCheck c) => new
    {
        report = new
        {
            number = c.Report.Number,
            issuer = c.Report.Issuer,
            agency = c.Report.Agency,
            issuedOn = c.Report.IssuedOn,
            plans = c.Report.Plans.Select(p => p.Number),
        },
        passages = c.Passages.Select(p => new
        {
            text = p.Passage.Text,
            task = p.Task is { } t ? TaskJson(t) : null,
            claim = p.Passage.Claim switch
            {
                Extract.Reports.PassageClaim.Done => "done",
                Extract.Reports.PassageClaim.InProgress => "in_progress",
                Extract.Reports.PassageClaim.NotDone => "not_done",
                _ => null,
            },
            completedOn = p.Passage.CompletedOn,
            confidence = p.Confidence,
        }),
        unmentionedTasks = c.Unmentioned.Select(TaskJson),
    };

    private static object TaskJson(TrackedTask t) => new { documentNumber = t.DocumentNumber, path = t.Path, text = t.Text };
}
