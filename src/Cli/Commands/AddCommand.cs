using System.CommandLine;
using DirectiveTracker.Extract;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack add PATH...` — ingests, extracts, stores and indexes files and folders into the local store.</summary>
internal static class AddCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Tệp hoặc thư mục (.txt, .docx, .pdf)", Arity = ArgumentArity.OneOrMore };
        var data = DataOption();
        var autoApply = new Option<double?>("--auto-apply")
        {
            Description = "Báo cáo tiến độ: tự áp dụng các đề xuất có độ tin cậy từ mức này (0–1; mặc định: không tự áp dụng)",
        };
        var command = new Command("add", "Thêm văn bản vào kho: đọc, trích xuất nhiệm vụ, lưu và lập chỉ mục; báo cáo tiến độ được đối chiếu với kế hoạch") { paths, data, autoApply };
        command.SetAction((result, ct) => RunAsync(result.GetValue(paths)!, result.GetValue(data), result.GetValue(autoApply), ct));
        return command;
    }

    /// <summary>The <c>--data</c> option shared by add, search and reindex.</summary>
    internal static Option<string?> DataOption() =>
        new("--data") { Description = $"Thư mục dữ liệu (mặc định: biến {TrackerDataFolder.EnvironmentVariable} hoặc ./data)" };

    internal static async Task<int> RunAsync(string[] paths, string? dataFolder, double? autoApply, CancellationToken ct)
    {
        if (autoApply is < 0 or > 1)
        {
            Console.Error.WriteLine($"--auto-apply phải từ 0 đến 1 (nhận được {autoApply}).");
            return 2;
        }
        var input = InputFiles.Expand(paths, ct);
        input.Report(Console.Error);
        var files = input.Files;
        var databasePath = TrackerDataFolder.DatabasePath(dataFolder);
        return await StoreAccess.Guard(databasePath, async () =>
        {
            using var store = StoreAccess.OpenForWriting(databasePath);
            var ingestor = IngestServices.CreateDefault(logs: CommandLineLog.Tools, pageProgress: new PageProgressLines());
            var extractor = ExtractCommand.Extractor(dataFolder);
            var intakeOptions = new ReportIntakeOptions();
            if (autoApply is { } confidence) intakeOptions.AutoApplyConfidence = confidence;
            var intake = new ReportIntake(ingestor, extractor, intakeOptions, TrackerClock.System);
            var pipeline = new DocumentPipeline(ingestor, extractor, store, OriginalFiles.ForDataFolder(TrackerDataFolder.Resolve(dataFolder)), [intake]);
            var outcomes = await BatchRunner.RunAsync(files, "Đang thêm văn bản", (f, c) => pipeline.AddAsync(f, c),
                e => e is IngestException ie ? ie.UserMessage : $"không lưu được văn bản ({e.Message})", showProgress: true, ct);

            foreach (var failed in outcomes.Where(o => o.Failed))
                Console.Error.WriteLine($"Lỗi: {DisplayText.Escape(failed.Path)}: {DisplayText.Escape(failed.Error)}");
            var ok = outcomes.Where(o => !o.Failed).Select(o => o.Result!).ToList();
            foreach (var r in ok)
            {
                var change = TrackerLabels.Change(r.Stored.Change);
                var d = r.Extraction.Document;
                Console.Out.WriteLine($"{DisplayText.Escape(r.Path)}: {change} — {DisplayText.Escape(d.Number ?? "(không số)")} {DisplayText.Escape(d.Title)} — {r.Stored.TaskCount} nhiệm vụ");
                if (r.Stored.IndexWarning is { } warning) Console.Error.WriteLine($"Cảnh báo: {DisplayText.Escape(r.Path)}: {DisplayText.Escape(warning)}");
                foreach (var note in r.Notes) Console.Out.WriteLine($"{DisplayText.Escape(r.Path)}: {DisplayText.Escape(note)}");
                foreach (var failure in r.Failures)
                {
                    Console.Error.WriteLine($"Cảnh báo: {DisplayText.Escape(r.Path)}: {DisplayText.Escape(failure.Message)}");
                    Console.Error.WriteLine($"{failure.Stage} failed: {DisplayText.Escape(failure.Error.Message)}");
                }
            }
            var (docs, tasks) = store.Count();
            Console.Out.WriteLine($"Tệp: {outcomes.Count}, thêm mới: {ok.Count(r => r.Stored.Change == StoreChange.Added)}, " +
                                  $"cập nhật: {ok.Count(r => r.Stored.Change is StoreChange.Replaced or StoreChange.NewVersion or StoreChange.Restored)}, không đổi: {ok.Count(r => r.Stored.Change == StoreChange.Unchanged)}, " +
                                  $"lỗi: {outcomes.Count(o => o.Failed)}. Kho có {docs} văn bản, {tasks} nhiệm vụ.");
            return outcomes.Any(o => o.Failed) || input.Missing.Count > 0 || input.Problems.Count > 0 || files.Count == 0 ? 1 : 0;
        });
    }
}
