using DirectiveTracker.Extract;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Storage;
using DirectiveTracker.Ingest;
using DirectiveTracker.Web.Hosting;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Uploads;

/// <summary>What became of one uploaded file: the stored document and what was found, or a Vietnamese error.</summary>
public sealed record UploadOutcome(string FileName, string? Error)
{
    public long? DocumentId { get; init; }
    public string? Change { get; init; }
    public string? Kind { get; init; }
    public string? Number { get; init; }
    public string? Title { get; init; }
    public int Tasks { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>What happened after storing, in Vietnamese (a report's proposals, a report kept waiting for its plan).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    public bool Succeeded => Error is null;
}

/// <summary>
/// Adds uploaded files (pages, API and the import folder alike): checks count, size and type, then each file goes through
/// the pipeline (ingest, extract, original kept by SHA-256, store and index in one transaction, then the stages after
/// storing such as report intake) on its own, so one bad file does not stop the others. Uploads wait in the data
/// folder's private scratch space, never in the shared temporary folder.
/// </summary>
public sealed class DocumentUploads(IDocumentIngestor ingestor, IDocumentExtractor extractor, OriginalFiles originals, UploadStaging staging,
    IEnumerable<IStoredDocumentStage> stages, IOptions<TrackerWebOptions> options, ILogger<DocumentUploads> log)
{
    public async Task<IReadOnlyList<UploadOutcome>> AddAsync(ITrackerStore store, IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        var o = options.Value;
        if (files.Count == 0) return [new UploadOutcome("", "Chưa chọn tệp nào.")];
        if (files.Count > o.MaxFilesPerUpload) return [new UploadOutcome("", $"Mỗi lần tải lên tối đa {o.MaxFilesPerUpload} tệp.")];
        var outcomes = new List<UploadOutcome>();
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            outcomes.Add((await FromFormAsync(store, file, null, ct))!);
        }
        return outcomes;
    }

    /// <summary>A clerk's replace: the file becomes the current version of <paramref name="documentId"/> (null when no such document).</summary>
    public Task<UploadOutcome?> ReplaceAsync(ITrackerStore store, long documentId, IFormFile? file, CancellationToken ct) =>
        file is null ? Task.FromResult<UploadOutcome?>(new UploadOutcome("", "Chưa chọn tệp nào.")) : FromFormAsync(store, file, documentId, ct)!;

    /// <summary>A file already on disk (the import folder), under its own name.</summary>
    public async Task<UploadOutcome> AddFileAsync(ITrackerStore store, string path, CancellationToken ct)
    {
        var name = SafeName(Path.GetFileName(path));
        var info = new FileInfo(path);
        if (Refusal(name, info.Length) is { } refused) return new UploadOutcome(name, refused);
        return (await PipeAsync(store, path, name, null, ct))!;
    }

    private async Task<UploadOutcome?> FromFormAsync(ITrackerStore store, IFormFile file, long? replacing, CancellationToken ct)
    {
        var name = SafeName(file.FileName);
        if (Refusal(name, file.Length) is { } refused) return new UploadOutcome(name, refused);
        // The pipeline reads a path; the file keeps its name (the document's source name) in a folder of its own.
        var folder = staging.CreateFolder().FullName;
        try
        {
            var path = Path.Combine(folder, name);
            await using (var target = File.Create(path)) await file.CopyToAsync(target, ct);
            return await PipeAsync(store, path, name, replacing, ct);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException e) { log.LogWarning("could not remove {Folder}: {Message}", folder, e.Message); }
        }
    }

    private string? Refusal(string name, long length)
    {
        var o = options.Value;
        if (DirectiveTracker.Ingest.FormatSniffer.FromExtension(name) is null) return "Chỉ nhận tệp PDF, Word (DOCX, DOC), ODT, RTF, TXT hoặc ảnh quét (JPG, PNG, TIFF).";
        if (length == 0) return "Tệp rỗng.";
        if (length > o.MaxUploadBytes) return $"Tệp lớn quá {o.MaxUploadBytes / (1024 * 1024)} MB.";
        return null;
    }

    private async Task<UploadOutcome?> PipeAsync(ITrackerStore store, string path, string name, long? replacing, CancellationToken ct)
    {
        var pipeline = new DocumentPipeline(ingestor, extractor, store, originals, [.. stages]);
        try
        {
            var r = replacing is { } id ? await pipeline.ReplaceAsync(id, path, ct) : await pipeline.AddAsync(path, ct);
            if (r is null) return null;
            var warnings = new List<string>();
            if (r.Document.OcrPageCount > 0) warnings.Add($"{r.Document.OcrPageCount} trang đã OCR");
            warnings.AddRange(r.Document.Warnings.Select(w => w.Message));
            foreach (var failure in r.Failures)
            {
                log.LogWarning(failure.Error, "file {File} stored as document {DocumentId}, but {Stage} failed", name, r.Stored.DocumentId, failure.Stage);
                warnings.Add(failure.Message);
            }
            var d = r.Extraction.Document;
            return new UploadOutcome(name, null)
            {
                DocumentId = r.Stored.DocumentId,
                Change = TrackerLabels.Change(r.Stored.Change),
                Kind = TrackerLabels.Kind(d.Kind), Number = d.Number, Title = d.Title, Tasks = r.Stored.TaskCount, Warnings = warnings, Notes = r.Notes,
            };
        }
        catch (IngestException e)
        {
            log.LogWarning("file {File} refused: {Code} {Message}", name, e.Code, e.Message);
            return new UploadOutcome(name, e.UserMessage);
        }
        catch (StoreException e)
        {
            log.LogWarning("file {File} not stored: {Problem} {Message}", name, e.Problem, e.Message);
            return new UploadOutcome(name, e.UserMessage);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "file {File} failed", name);
            return new UploadOutcome(name, "Không xử lý được tệp này (lỗi hệ thống đã được ghi lại).");
        }
    }

    /// <summary>The file name without any folder part or characters a file system would refuse.</summary>
    internal static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        name = new string([.. name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim();
        if (name.Length > 150) name = name[^150..];
        return name.Length == 0 || name.StartsWith('.') ? "upload" + name : name;
    }
}
