using Microsoft.Extensions.Logging;
using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using DirectiveTracker.Extract;
using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack extract FILE --json` prints the contract's JSON (several files: one JSON array, each object with its `file`); `dtrack extract DIR --out OUTDIR` writes NAME.json per file.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Tệp hoặc thư mục (.txt, .docx, .pdf)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "In kết quả trích xuất dạng JSON" };
        var output = new Option<string?>("--out") { Description = "Thư mục ghi NAME.json cho mỗi tệp" };
        var data = new Option<string?>("--data") { Description = "Dùng các mô hình đã huấn luyện lại trong DATA/models (mặc định: mô hình kèm theo chương trình)" };
        var command = new Command("extract", "Trích xuất thông tin văn bản và nhiệm vụ (chủ trì, phối hợp, thời hạn)") { paths, json, output, data };
        command.SetAction((result, ct) => RunAsync(result.GetValue(paths)!, result.GetValue(json), result.GetValue(output), ct, result.GetValue(data)));
        return command;
    }

    /// <summary>The extractor with the data folder's retrained models when they are valid (else the shipped ones, with a warning on standard error).</summary>
    internal static IDocumentExtractor Extractor(string? dataFolder) =>
        new CurrentModelExtractor(ModelFolder.ForDataFolder(TrackerDataFolder.Resolve(dataFolder), CommandLineLog.Warnings.CreateLogger<ModelFolder>()), CommandLineLog.Warnings.CreateLogger<DocumentExtractor>());

    internal static async Task<int> RunAsync(string[] paths, bool asJson, string? outDir, CancellationToken ct, string? dataFolder = null)
    {
        var input = InputFiles.Expand(paths, ct);
        input.Report(Console.Error);
        var files = input.Files;
        var missing = input.Missing;
        if (files.Count == 0) { Console.Error.WriteLine("Không có tệp nào để trích xuất."); return 1; }
        if (outDir is not null) Directory.CreateDirectory(outDir);

        var ingestor = IngestServices.CreateDefault(logs: CommandLineLog.Tools);
        IDocumentExtractor extractor = dataFolder is null ? new DocumentExtractor() : Extractor(dataFolder);
        var outcomes = await BatchRunner.RunAsync(files, "Đang trích xuất", async (f, c) =>
            {
                var document = await ingestor.IngestAsync(f, c);
                var result = extractor.Extract(document);
                if (outDir is not null)
                    await File.WriteAllTextAsync(Path.Combine(outDir, Path.GetFileNameWithoutExtension(f) + ".json"),
                        ContractJson.Serialize(result), c);
                return result;
            },
            e => e is IngestException ie ? ie.UserMessage : $"Không trích xuất được: {e.Message}",
            showProgress: outDir is not null, ct);

        var results = outcomes.Where(o => !o.Failed).Select(o => o.Result!).ToList();
        if (outDir is null && asJson && files.Count == 1 && results.Count == 1) Console.Out.WriteLine(ContractJson.Serialize(results[0]));
        else if (outDir is null && asJson) Console.Out.WriteLine(JsonArray(outcomes.Where(o => !o.Failed).Select(o => (o.Path, o.Result!))));
        else if (outDir is null)
            foreach (var r in results) WriteText(Console.Out, r);
        foreach (var failed in outcomes.Where(o => o.Failed)) 
            Console.Error.WriteLine($"Lỗi: {DisplayText.Escape(failed.Path)}: {DisplayText.Escape(failed.Error)}");
        if (outDir is not null || files.Count > 1)
        {
            var report = outDir is not null ? Console.Out : Console.Error;
            var tasks = results.SelectMany(r => r.Tasks).ToList();
            report.WriteLine($"Văn bản: {results.Count}/{files.Count}, nhiệm vụ: {tasks.Count}, " +
                             $"có chủ trì: {tasks.Count(t => t.Lead.Count > 0)}, có thời hạn: {tasks.Count(t => t.Deadline is not null)}");
        }
        return outcomes.Any(o => o.Failed) || missing.Count > 0 ? 1 : 0;
    }

    // Several files print one JSON document: an array of the contract's objects, each with the file it came from first.
    private static string JsonArray(IEnumerable<(string Path, ExtractionResult Result)> results)
    {
        var array = new JsonArray();
        foreach (var (path, result) in results)
        {
            var item = new JsonObject { ["file"] = path };
            foreach (var (key, value) in JsonSerializer.SerializeToNode(result, ContractJson.Options)!.AsObject().ToList())
                item[key] = value?.DeepClone();
            array.Add(item);
        }
        return array.ToJsonString(ContractJson.Options);
    }

    private static void WriteText(TextWriter w, ExtractionResult r)
    {
        var d = r.Document;
        w.WriteLine($"{d.Kind} {d.Number ?? "(không số)"} — {d.Issuer ?? "?"} — {d.IssuedOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "?"}");
        if (d.Title is not null) w.WriteLine(d.Title);
        foreach (var t in r.Tasks)
        {
            var deadline = t.Deadline is null ? "" : $" [{t.Deadline.Text}]";
            w.WriteLine($"  {t.Path,-10} {string.Join(", ", t.Lead)}{deadline}: {(t.Text.Length > 100 ? t.Text[..100] + "…" : t.Text)}");
        }
    }
}
