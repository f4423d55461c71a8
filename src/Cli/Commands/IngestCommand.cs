using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack ingest PATH...` — reads files and folders into clean text; prints text, JSON or a summary.</summary>
internal static class IngestCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Tệp hoặc thư mục (.txt, .docx, .pdf)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "In các văn bản đã đọc dưới dạng JSON" };
        var summary = new Option<bool>("--summary") { Description = "Chỉ in bảng tổng kết" };
        var command = new Command("ingest", "Đọc tệp văn bản (TXT, DOCX, PDF) thành văn bản sạch") { paths, json, summary };
        command.SetAction((result, ct) => RunAsync(result.GetValue(paths)!, result.GetValue(json), result.GetValue(summary), Console.Out, Console.Error, ct));
        return command;
    }

    /// <summary>Ingests every file; standard output gets the text, JSON or summary, standard error the errors.</summary>
    internal static async Task<int> RunAsync(string[] paths, bool asJson, bool summaryOnly, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var input = InputFiles.Expand(paths, ct);
        input.Report(stderr);
        var files = input.Files;
        var ingestor = IngestServices.CreateDefault(logs: CommandLineLog.Create(stderr), pageProgress: new PageProgressLines());
        var outcomes = await BatchRunner.RunAsync(files, "Đang đọc tệp", (f, c) => ingestor.IngestAsync(f, c),
            e => e is IngestException ie ? ie.UserMessage : $"{e.Message}", showProgress: true, ct);

        var documents = outcomes.Where(o => !o.Failed).Select(o => o.Result!).ToList();
        if (summaryOnly) { }
        else if (asJson) stdout.WriteLine(JsonSerializer.Serialize(documents, Json));
        else
        {
            foreach (var doc in documents)
            {
                if (files.Count > 1) stdout.WriteLine($"==> {DisplayText.Escape(doc.SourceName)} <==");
                stdout.WriteLine(doc.Text);
                if (files.Count > 1) stdout.WriteLine();
            }
        }

        var report = summaryOnly ? stdout : stderr;
        foreach (var failed in outcomes.Where(o => o.Failed)) stderr.WriteLine($"Lỗi: {DisplayText.Escape(failed.Error)}");
        if (summaryOnly || files.Count > 1) WriteSummary(report, outcomes, documents);
        return outcomes.Any(o => o.Failed) || input.Missing.Count > 0 || input.Problems.Count > 0 || files.Count == 0 ? 1 : 0;
    }

    private static void WriteSummary(TextWriter w, IReadOnlyList<FileOutcome<IngestedDocument>> outcomes, List<IngestedDocument> docs)
    {
        w.WriteLine($"Tệp: {outcomes.Count}, đọc được: {docs.Count}, lỗi: {outcomes.Count(o => o.Failed)}");
        w.WriteLine($"Trang: {docs.Sum(d => d.Pages.Count)}, trang OCR: {docs.Sum(d => d.OcrPageCount)}, " +
                    $"cảnh báo: {docs.Sum(d => d.Warnings.Count)}, khối: {docs.Sum(d => d.Blocks.Count)}");
        foreach (var group in docs.SelectMany(d => d.Warnings).GroupBy(x => x.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
            w.WriteLine($"  cảnh báo {group.Key}: {group.Count()}");
    }
}
