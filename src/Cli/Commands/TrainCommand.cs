using Microsoft.Extensions.Logging;
using System.CommandLine;
using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Index;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Cli.Commands;

/// <summary>
/// `dtrack train` — trains the ML.NET models (task category, task or not, owner role) on gold files and their source documents,
/// prints each model's cross-validated figures per class beside the rules alone, and writes the models with `--out-dir`;
/// `--model NAME` trains and cross-validates that model alone.
/// `dtrack train --data DIR` is the nightly retraining run by hand: the corpus plus DIR/corrections, published into
/// DIR/models only when not worse than the current models.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold") { Description = "Thư mục tệp chuẩn (gold JSON)", DefaultValueFactory = _ => [.. RetrainingOptions.DefaultGold], AllowMultipleArgumentsPerToken = true };
        var sources = new Option<string[]>("--sources") { Description = "Thư mục văn bản gốc của các tệp chuẩn", DefaultValueFactory = _ => [.. RetrainingOptions.DefaultSources], AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out-dir") { Description = "Ghi các mô hình (.zip ML.NET và nguồn gốc .json) vào thư mục này" };
        var bySet = new Option<bool>("--by-set") { Description = "Thêm đánh giá bỏ-một-bộ: mỗi bộ văn bản được đoán bởi mô hình huấn luyện trên các bộ khác (ước lượng cho văn bản chưa gặp)" };
        var only = new Option<string?>("--model")
        {
            Description = $"Chỉ huấn luyện mô hình này ({ModelNames.Category}, {ModelNames.Task} hoặc {ModelNames.Owner})",
        };
        only.AcceptOnlyFromAmong(ModelNames.Category, ModelNames.Task, ModelNames.Owner);
        var mistakes = new Option<string?>("--errors")
        {
            Description = "Ghi các ví dụ mô hình đoán sai khi kiểm định chéo vào thư mục này, mỗi mô hình một tệp NAME.tsv (văn bản, nhãn chuẩn, mô hình, quy tắc, lời văn)",
        };
        var l2 = new Option<float[]>("--l2") { Description = "Hệ số phạt L2 cần thử (mặc định 0.1 1)", AllowMultipleArgumentsPerToken = true };
        var data = new Option<string?>("--data")
        {
            Description = "Huấn luyện lại cho thư mục dữ liệu này khi có chỉnh sửa mới (kho ngữ liệu + DATA/corrections), chỉ thay mô hình trong DATA/models khi không kém hơn",
        };
        var tolerance = new Option<double>("--tolerance") { Description = "Với --data: mức độ chính xác kiểm định chéo được phép thấp hơn mô hình hiện dùng", DefaultValueFactory = _ => new RetrainingOptions().Tolerance };
        var command = new Command("train", "Huấn luyện các mô hình (lĩnh vực, có phải nhiệm vụ, vai trò cơ quan) và đánh giá chéo theo văn bản") { gold, sources, output, only, l2, bySet, mistakes, data, tolerance };
        command.SetAction((result, ct) => result.GetValue(data) is { } dataFolder
            ? RetrainAsync(dataFolder, new RetrainingOptions { Gold = result.GetValue(gold), Sources = result.GetValue(sources), L2 = result.GetValue(l2), Tolerance = result.GetValue(tolerance) }, ct)
            : RunAsync(result.GetValue(gold)!, result.GetValue(sources)!, result.GetValue(output), result.GetValue(l2), result.GetValue(bySet), result.GetValue(only), result.GetValue(mistakes), ct));
        return command;
    }

    private static async Task<int> RetrainAsync(string dataFolder, RetrainingOptions options, CancellationToken ct)
    {
        var folder = TrackerDataFolder.Resolve(dataFolder);
        if (!Directory.Exists(folder)) { Console.Error.WriteLine($"Không tìm thấy thư mục dữ liệu: {folder}"); return 1; }
        var result = await new Retraining(folder, options, IngestServices.CreateDefault(), TimeProvider.System, CommandLineLog.Warnings.CreateLogger<Retraining>()).RunAsync(ct);
        Console.Out.WriteLine(result.Summary);
        return 0;
    }

    private static async Task<int> RunAsync(string[] goldDirs, string[] sourceDirs, string? outDir, float[]? l2Grid, bool bySet, string? only, string? mistakesDir, CancellationToken ct)
    {
        var corpus = LabelledCorpus.Find(goldDirs, sourceDirs);
        foreach (var d in corpus.MissingFolders) Console.Error.WriteLine($"Không tìm thấy thư mục: {d}");
        if (corpus.MissingFolders.Count > 0) return 1;
        if (corpus.Unreadable.Count > 0)
        {
            Console.Error.WriteLine($"Tệp chuẩn không đọc được, không huấn luyện: {corpus.Unreadable[0]}");
            return 1;
        }
        foreach (var g in corpus.WithoutSource) Console.Error.WriteLine($"Bỏ qua {g.Stem}: không tìm thấy văn bản gốc {g.File}");
        foreach (var g in corpus.Ambiguous) Console.Error.WriteLine($"Bỏ qua {g.Stem}: có nhiều văn bản gốc khác nhau cùng tên {g.File}");
        if (corpus.Documents.Count == 0) { Console.Error.WriteLine("Không có tệp chuẩn nào kèm văn bản gốc để huấn luyện."); return 1; }

        var ingestor = IngestServices.CreateDefault();
        // Two labels of one source (the same document in two sets) would be one document counted twice: the first is kept.
        foreach (var twice in corpus.Documents.GroupBy(d => d.Source).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            Console.Error.WriteLine($"Bỏ qua {twice.Gold.Stem}: văn bản gốc {twice.Source} đã có tệp chuẩn khác");
        var bySource = corpus.Documents.DistinctBy(d => d.Source).ToDictionary(d => d.Source);
        var outcomes = await BatchRunner.RunAsync(bySource.Keys.ToList(), "Đang đọc văn bản huấn luyện", (f, c) => LabelledCorpus.ReadAsync(bySource[f], ingestor, c),
            e => e is IngestException ie ? ie.UserMessage : $"Không trích xuất được: {e.Message}", showProgress: true, ct);
        foreach (var failed in outcomes.Where(o => o.Failed)) Console.Error.WriteLine($"Lỗi: {failed.Path}: {failed.Error}");
        var ok = outcomes.Where(o => !o.Failed).Select(o => o.Result!).ToList();
        var byModel = LabelledCorpus.ByModel(ok);
        if (ok.All(r => r.Categories.Count == 0)) { Console.Error.WriteLine("Không có nhiệm vụ có nhãn nào để huấn luyện."); return 1; }

        var grid = l2Grid is { Length: > 0 } ? l2Grid : null;
        var setOf = bySource.Values.DistinctBy(d => d.Gold.Stem).ToDictionary(d => d.Gold.Stem, d => d.Set, StringComparer.Ordinal);
        // One model alone (`--model`): the others' cross-validations are most of the time and tell nothing about it.
        foreach (var (name, rows) in byModel.Where(m => only is null || m.Model == only))
        {
            var (model, provenance, chosen, tried) = new ModelTraining(rows, ModelNames.CharGrams(name)).TrainBest(name, grid);
            foreach (var cv in tried)
                Console.Out.WriteLine($"{name} l2 {cv.L2,-5} held-out accuracy: model {cv.ModelAccuracy:0.000}  rules {cv.RulesAccuracy:0.000}");
            Console.Out.WriteLine(chosen.ToTable(name));
            if (mistakesDir is not null)
            {
                Directory.CreateDirectory(mistakesDir);
                File.WriteAllText(Path.Combine(mistakesDir, name + ".tsv"), chosen.MistakesTsv());
            }
            // Sets come from different annotators: a set held out whole is the honest estimate for unseen documents.
            if (bySet) Console.Out.WriteLine(new ModelTraining(rows, ModelNames.CharGrams(name)).LeaveOneSetOut(chosen.L2, setOf).ToTable(name));
            if (outDir is null) continue;
            var models = new ModelFolder(outDir);
            models.Publish(name, model, provenance);
            Console.Out.WriteLine($"Đã ghi mô hình: {models.ModelPath(name)}\n");
        }
        return outcomes.Any(o => o.Failed) ? 1 : 0;
    }
}
