using System.CommandLine;
using DirectiveTracker.Extract;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Extract.Scoring;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Cli.Commands;

/// <summary>
/// `dtrack train` — trains the ML.NET models (task category, task or not) on gold files and their source documents,
/// prints each model's cross-validated figures per class beside the rules alone, and writes the models with `--out-dir`.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold") { Description = "Thư mục tệp chuẩn (gold JSON)", DefaultValueFactory = _ => ["corpus/gold", "corpus/labels"], AllowMultipleArgumentsPerToken = true };
        var sources = new Option<string[]>("--sources") { Description = "Thư mục văn bản gốc của các tệp chuẩn", DefaultValueFactory = _ => ["corpus/seeds", "corpus/realdocs", "corpus/realdocs2"], AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out-dir") { Description = "Ghi các mô hình (.zip ML.NET và nguồn gốc .json) vào thư mục này" };
        var l2 = new Option<float[]>("--l2") { Description = "Hệ số phạt L2 cần thử (mặc định 0.1 1)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("train", "Huấn luyện các mô hình (lĩnh vực, có phải nhiệm vụ) và đánh giá chéo theo văn bản") { gold, sources, output, l2 };
        command.SetAction((result, ct) => RunAsync(result.GetValue(gold)!, result.GetValue(sources)!, result.GetValue(output), result.GetValue(l2), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] goldDirs, string[] sourceDirs, string? outDir, float[]? l2Grid, CancellationToken ct)
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

        // The models learn from what the patterns give: categories by the rules and every located item kept.
        var ingestor = IngestServices.CreateDefault();
        var extractor = new DocumentExtractor(new CategoryRules()) { TaskFilter = null };
        var bySource = pairs.ToDictionary(p => p.Source, p => p.Gold);
        var outcomes = await BatchRunner.RunAsync(bySource.Keys.ToList(), "Đang đọc văn bản huấn luyện", async (f, c) =>
            {
                var located = extractor.Extract(await ingestor.IngestAsync(f, c));
                return (Categories: TrainingExamples.Categories(bySource[f], located).ToList(), Tasks: TrainingExamples.TaskRows(bySource[f], located).ToList());
            },
            e => e is IngestException ie ? ie.UserMessage : $"Không trích xuất được: {e.Message}", showProgress: true, ct);
        foreach (var failed in outcomes.Where(o => o.Failed)) Console.Error.WriteLine($"Lỗi: {failed.Path}: {failed.Error}");
        var ok = outcomes.Where(o => !o.Failed).Select(o => o.Result).ToList();
        var categoryRows = TrainingExamples.CategoryRows(ok.SelectMany(r => r.Categories));
        var taskRows = ok.SelectMany(r => r.Tasks).ToList();
        if (categoryRows.Count == 0) { Console.Error.WriteLine("Không có nhiệm vụ có nhãn nào để huấn luyện."); return 1; }

        var grid = l2Grid is { Length: > 0 } ? l2Grid : null;
        foreach (var (name, rows) in new[] { ("category-model", categoryRows), ("task-model", (IReadOnlyList<LabelledRow>)taskRows) })
        {
            var (model, provenance, chosen, tried) = new ModelTraining(rows).TrainBest(name, grid);
            foreach (var cv in tried)
                Console.Out.WriteLine($"{name} l2 {cv.L2,-5} held-out accuracy: model {cv.ModelAccuracy:0.000}  rules {cv.RulesAccuracy:0.000}");
            Console.Out.WriteLine(chosen.ToTable(name));
            if (outDir is null) continue;
            Directory.CreateDirectory(outDir);
            await using (var zip = File.Create(Path.Combine(outDir, name + ".zip"))) model.Save(zip);
            await File.WriteAllTextAsync(Path.Combine(outDir, name + ".json"), provenance.ToJson(), ct);
            Console.Out.WriteLine($"Đã ghi mô hình: {Path.Combine(outDir, name + ".zip")}\n");
        }
        return outcomes.Any(o => o.Failed) ? 1 : 0;
    }
}
