using System.Text.Json;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest;
using Microsoft.Extensions.Logging;

namespace DirectiveTracker.Extract.Tests.Learning;

/// <summary>
/// The nightly retraining on a temporary data folder with a few hand-made corrections (the labelled corpus left out, so
/// training stays small): it publishes, skips when nothing changed, refuses a worse model, and the extractor takes the
/// published model at its next document or falls back to the shipped one when the folder's model is broken.
/// </summary>
public sealed class RetrainingTests : IDisposable
{
    // Worded like a task the shipped model reads as TuyenTruyen: the corrections call it KhenThuong, so after
    // retraining on them alone the model must change its answer on this text.
    private const string Propaganda = "Đẩy mạnh công tác tuyên truyền, phổ biến sâu rộng nội dung Kế hoạch đến cán bộ, công chức và Nhân dân trên địa bàn";
    private const string Reporting = "Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân tỉnh";
    private const string Inspection = "Tăng cường kiểm tra, giám sát việc thực hiện các quy định về đất đai, xây dựng trên địa bàn";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "dtrack-retrain-" + Guid.NewGuid().ToString("N"));
    private readonly CapturedLog _log = new();
    private readonly IDocumentIngestor _ingestor = IngestServices.CreateDefault();

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    private string Corrections => Path.Combine(_data, CorrectionFile.FolderName);

    private Retraining Retraining(double tolerance = 0.01) => new(_data, new RetrainingOptions
    {
        Gold = [Path.Combine(_data, "no-corpus", "gold")],
        Sources = [Path.Combine(_data, "no-corpus", "sources")],
        L2 = [0.1f],
        Tolerance = tolerance,
    }, _ingestor, TimeProvider.System, _log);

    private static readonly string[] Agencies = ["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Y tế", "Sở Xây dựng", "Sở Công Thương"];

    /// <summary>A plan of three numbered tasks with the given categories, written as the web writes a correction.</summary>
    private void WriteCorrection(int id, TaskCategory propaganda, TaskCategory reporting, TaskCategory inspection)
    {
        Directory.CreateDirectory(Corrections);
        var agency = Agencies[id % Agencies.Length];
        string[] tasks = [$"{agency} chủ trì {Propaganda[..1].ToLowerInvariant()}{Propaganda[1..]}.", $"{agency} chủ trì, {Reporting[..1].ToLowerInvariant()}{Reporting[1..]}.", $"{agency} chủ trì, {Inspection[..1].ToLowerInvariant()}{Inspection[1..]}."];
        var text = $"ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: {id}/KH-UBND\n\nKẾ HOẠCH\nThực hiện công tác năm 2025\n\nI. NHIỆM VỤ\n\n" +
                   string.Join("\n\n", tasks.Select((t, i) => $"{i + 1}. {t}")) + "\n\nCHỦ TỊCH\nNguyễn Văn A\n";
        File.WriteAllText(Path.Combine(Corrections, $"doc-{id}.txt"), text);
        var categories = new[] { propaganda, reporting, inspection };
        var gold = new
        {
            file = $"doc-{id}.txt",
            document = new { kind = "KeHoach", number = $"{id}/KH-UBND" },
            tasks = tasks.Select((t, i) => new { path = $"{i + 1}", anchor = t[(agency.Length + 1)..][..50], lead = new[] { agency }, category = categories[i].ToString() }),
        };
        File.WriteAllText(Path.Combine(Corrections, $"doc-{id}.json"), JsonSerializer.Serialize(gold));
    }

    private async Task<TaskCategory> CategoryOfPropaganda(CurrentModelExtractor extractor)
    {
        var result = extractor.Extract(await _ingestor.IngestAsync(Path.Combine(Corrections, "doc-1.txt")));
        return result.Tasks.Single(t => t.Text.Contains("tuyên truyền", StringComparison.Ordinal)).Category;
    }

    [Fact]
    public async Task Corrections_are_learnt_published_and_used_by_a_running_extractor_at_its_next_document()
    {
        for (int id = 1; id <= 3; id++) WriteCorrection(id, TaskCategory.KhenThuong, TaskCategory.BaoCao, TaskCategory.KiemTraGiamSat);
        var extractor = new CurrentModelExtractor(ModelFolder.ForDataFolder(_data, _log));
        Assert.Equal(TaskCategory.TuyenTruyen, await CategoryOfPropaganda(extractor));   // the shipped model

        var result = await Retraining().RunAsync(CancellationToken.None);

        var category = Assert.Single(result.Models, m => m.Model == ModelNames.Category);
        Assert.True(category.Published, result.Summary);
        Assert.Contains("labelled corpus missing", result.Summary);
        Assert.Contains("3 corrections", result.Summary);
        var provenance = ModelFolder.ForDataFolder(_data).Published(ModelNames.Category)!;
        Assert.NotNull(provenance.TrainedAt);
        Assert.Equal(3, provenance.Documents);
        Assert.Equal(9, provenance.Examples);
        Assert.Equal(["doc-1.json", "doc-2.json", "doc-3.json"], provenance.Corrections!.Select(c => c.File));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_data, ModelFolder.FolderName), "*.tmp"));
        // The same extractor instance (a running web application) reads the new model at its next document.
        Assert.Equal(TaskCategory.KhenThuong, await CategoryOfPropaganda(extractor));
        Assert.Empty(_log.Warnings);
    }

    [Fact]
    public async Task Nothing_is_retrained_when_no_correction_changed_and_a_changed_one_retrains()
    {
        Assert.Equal("Nothing retrained: no corrections to learn from", (await Retraining().RunAsync(CancellationToken.None)).Summary);
        for (int id = 1; id <= 2; id++) WriteCorrection(id, TaskCategory.KhenThuong, TaskCategory.BaoCao, TaskCategory.KiemTraGiamSat);
        Assert.NotEmpty((await Retraining().RunAsync(CancellationToken.None)).Models);
        var model = Path.Combine(_data, ModelFolder.FolderName, ModelNames.Category + ".zip");
        var written = File.GetLastWriteTimeUtc(model);

        var again = await Retraining().RunAsync(CancellationToken.None);
        Assert.Empty(again.Models);
        Assert.StartsWith("Nothing retrained: no correction changed since the retraining of", again.Summary);
        Assert.Equal(written, File.GetLastWriteTimeUtc(model));

        WriteCorrection(3, TaskCategory.KhenThuong, TaskCategory.BaoCao, TaskCategory.KiemTraGiamSat);
        Assert.Contains("Retrained after 1 changed corrections", (await Retraining().RunAsync(CancellationToken.None)).Summary);
    }

    [Fact]
    public async Task The_gate_keeps_the_current_model_when_the_new_one_cross_validates_worse()
    {
        for (int id = 1; id <= 3; id++) WriteCorrection(id, TaskCategory.KhenThuong, TaskCategory.BaoCao, TaskCategory.KiemTraGiamSat);
        Assert.True((await Retraining().RunAsync(CancellationToken.None)).Models.Single(m => m.Model == ModelNames.Category).Published);
        var published = File.ReadAllText(Path.Combine(_data, ModelFolder.FolderName, ModelNames.Category + ".json"));
        // Clerks contradict each other: the same wording labelled otherwise in three more documents.
        for (int id = 4; id <= 6; id++) WriteCorrection(id, TaskCategory.BaoCao, TaskCategory.KiemTraGiamSat, TaskCategory.KhenThuong);

        var result = await Retraining(tolerance: 0.05).RunAsync(CancellationToken.None);

        var category = result.Models.Single(m => m.Model == ModelNames.Category);
        Assert.False(category.Published, result.Summary);
        Assert.Contains("kept the current model", category.Reason);
        Assert.Contains("by more than the tolerance 0.050", category.Reason);
        Assert.Equal(published, File.ReadAllText(Path.Combine(_data, ModelFolder.FolderName, ModelNames.Category + ".json")));
        // Refused, but recorded: the same corrections are not trained on again the next night.
        Assert.Empty((await Retraining(tolerance: 0.05).RunAsync(CancellationToken.None)).Models);
    }

    [Theory]
    [InlineData("zip")]
    [InlineData("json")]
    public async Task A_broken_model_in_the_data_folder_is_a_warning_and_the_shipped_model_is_used(string broken)
    {
        var folder = Path.Combine(_data, ModelFolder.FolderName);
        Directory.CreateDirectory(folder);
        using (var zip = File.Create(Path.Combine(folder, ModelNames.Category + ".zip"))) CategoryModel.Embedded!.Classifier.Save(zip);
        File.WriteAllText(Path.Combine(folder, ModelNames.Category + ".json"), CategoryModel.Embedded.Provenance!.ToJson());
        File.WriteAllText(Path.Combine(folder, $"{ModelNames.Category}.{broken}"), broken == "zip" ? "PK\u0003\u0004 half a model" : "{ \"model\": ");
        var models = ModelFolder.ForDataFolder(_data, _log);

        var model = models.Current(ModelNames.Category, (m, p) => new CategoryModel(m, p), CategoryModel.Embedded);

        Assert.Same(CategoryModel.Embedded, model);
        var warning = Assert.Single(_log.Warnings);
        Assert.Contains("category-model", warning);
        Assert.Contains("shipped", warning);
        // Asked again for every document: the warning is not repeated while the files stay as they are.
        Assert.Same(CategoryModel.Embedded, models.Current(ModelNames.Category, (m, p) => new CategoryModel(m, p), CategoryModel.Embedded));
        Assert.Single(_log.Warnings);
        Assert.Equal(TaskCategory.TuyenTruyen, new CurrentModelExtractor(models).Current().Extract(DocumentBuilder.FromLines("KẾ HOẠCH", "I. NHIỆM VỤ", "1. " + Propaganda)).Tasks.Single().Category);
        await Task.CompletedTask;
    }

    [Fact]
    public void A_model_whose_bytes_do_not_match_its_provenance_is_not_loaded()
    {
        var models = ModelFolder.ForDataFolder(_data, _log);
        models.Publish(ModelNames.Category, CategoryModel.Embedded!.Classifier, CategoryModel.Embedded.Provenance!);
        var loaded = models.Current(ModelNames.Category, (m, p) => new CategoryModel(m, p), CategoryModel.Embedded);
        Assert.NotSame(CategoryModel.Embedded, loaded);
        Assert.NotNull(loaded!.Provenance!.Sha256);

        // Another model's bytes under this provenance: a copy gone wrong, or a reader between the two renames.
        var other = TextClassifier.Train([new ClassifierRow { Label = "a", Text = "một", Pattern = "rule:a" }, new ClassifierRow { Label = "b", Text = "hai", Pattern = "rule:b" }], 1f);
        using (var zip = File.Create(models.ModelPath(ModelNames.Category))) other.Save(zip);
        File.AppendAllText(models.ProvenancePath(ModelNames.Category), " ");   // the provenance is read again when it changes

        Assert.Same(CategoryModel.Embedded, models.Current(ModelNames.Category, (m, p) => new CategoryModel(m, p), CategoryModel.Embedded));
        Assert.Contains("SHA-256", Assert.Single(_log.Warnings));
    }

    private sealed class CapturedLog : ILogger
    {
        private readonly List<string> _warnings = [];

        public IReadOnlyList<string> Warnings { get { lock (_warnings) return [.. _warnings]; } }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning) lock (_warnings) _warnings.Add(formatter(state, exception));
        }
    }
}
