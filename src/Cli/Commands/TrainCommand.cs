using System.CommandLine;
using DirectiveTracker.Extract;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Extract.Scoring;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Cli.Commands;

/// <summary>
/// `dtrack train` — trains the task-category model on gold files and their source documents, prints its
/// leave-one-document-out accuracy next to the keyword rules', and writes the model with `--out`.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold") { Description = "Thư mục tệp chuẩn (gold JSON)", DefaultValueFactory = _ => ["corpus/gold", "corpus/labels"], AllowMultipleArgumentsPerToken = true };
        var sources = new Option<string[]>("--sources") { Description = "Thư mục văn bản gốc của các tệp chuẩn", DefaultValueFactory = _ => ["corpus/seeds", "corpus/realdocs", "corpus/realdocs2"], AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out") { Description = "Ghi mô hình đã huấn luyện vào tệp này (JSON)" };
        var l2 = new Option<double[]>("--l2") { Description = "Hệ số phạt L2 cần thử (mặc định 0.1 0.3 1 3)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("train", "Huấn luyện mô hình phân loại lĩnh vực nhiệm vụ và đánh giá chéo theo văn bản") { gold, sources, output, l2 };
        command.SetAction((result, ct) => RunAsync(result.GetValue(gold)!, result.GetValue(sources)!, result.GetValue(output), result.GetValue(l2), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] goldDirs, string[] sourceDirs, string? outFile, double[]? l2Grid, CancellationToken ct)
    {
        foreach (var d in goldDirs.Concat(sourceDirs).Where(d => !Directory.Exists(d)))
        {
            Console.Error.WriteLine($"Không tìm thấy thư mục: {d}");
            return 1;
        }
        List<GoldFile> golds;
        try
        {
            golds = goldDirs.SelectMany(d => Directory.EnumerateFiles(d, "*.json").Order(StringComparer.Ordinal))
                .Select(p => GoldFile.Parse(File.ReadAllText(p), Path.GetFileName(p))).ToList();
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"Tệp chuẩn không đọc được, không huấn luyện: {e.Message}");
            return 1;
        }
        var pairs = new List<(GoldFile Gold, string Source)>();
        foreach (var g in golds)
        {
            var source = sourceDirs.Select(d => Path.Combine(d, g.File)).FirstOrDefault(File.Exists);
            if (source is null) Console.Error.WriteLine($"Bỏ qua {g.Stem}: không tìm thấy văn bản gốc {g.File}");
            else pairs.Add((g, source));
        }
        if (pairs.Count == 0) { Console.Error.WriteLine("Không có tệp chuẩn nào kèm văn bản gốc để huấn luyện."); return 1; }

        // Categories do not change task text, so the rules stand in for the model while the examples are read.
        var ingestor = IngestServices.CreateDefault();
        var extractor = new DocumentExtractor(new CategoryRules());
        var bySource = pairs.ToDictionary(p => p.Source, p => p.Gold);
        var outcomes = await BatchRunner.RunAsync(bySource.Keys.ToList(), "Đang đọc văn bản huấn luyện", async (f, c) =>
                CategoryTraining.Examples(bySource[f], extractor.Extract(await ingestor.IngestAsync(f, c))).ToList(),
            e => e is IngestException ie ? ie.UserMessage : $"Không trích xuất được: {e.Message}", showProgress: true, ct);
        foreach (var failed in outcomes.Where(o => o.Failed)) Console.Error.WriteLine($"Lỗi: {failed.Path}: {failed.Error}");
        var examples = outcomes.Where(o => !o.Failed).SelectMany(o => o.Result!).ToList();
        if (examples.Count == 0) { Console.Error.WriteLine("Không có nhiệm vụ có nhãn nào để huấn luyện."); return 1; }

        var training = new CategoryTraining(examples);
        var (model, chosen, tried) = training.TrainBest(CategoryTraining.Options, l2Grid is { Length: > 0 } ? l2Grid : null);
        foreach (var cv in tried)
            Console.Out.WriteLine($"l2 {cv.L2,-5} held-out accuracy: model {cv.ModelAccuracy:0.000}  rules {cv.RulesAccuracy:0.000}");
        Console.Out.WriteLine($"\nchosen l2 {chosen.L2}, leave-one-document-out over {chosen.Documents.Count} documents, {chosen.Tasks} tasks:");
        Console.Out.WriteLine($"{"document",-72} {"tasks",5} {"model",6} {"rules",6}");
        foreach (var d in chosen.Documents)
            Console.Out.WriteLine($"{Clip(d.Document, 72),-72} {d.Tasks,5} {(double)d.ModelCorrect / d.Tasks,6:0.000} {(double)d.RulesCorrect / d.Tasks,6:0.000}");
        Console.Out.WriteLine($"{"ALL",-72} {chosen.Tasks,5} {chosen.ModelAccuracy,6:0.000} {chosen.RulesAccuracy,6:0.000}");
        Console.Out.WriteLine($"training accuracy (all {examples.Count} tasks seen): {model.Provenance!.TrainingAccuracy:0.000}; features: {model.Weights.Count}");
        if (outFile is not null)
        {
            await File.WriteAllTextAsync(outFile, model.ToJson(), ct);
            Console.Out.WriteLine($"Đã ghi mô hình: {outFile}");
        }
        return outcomes.Any(o => o.Failed) ? 1 : 0;
    }

    private static string Clip(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
