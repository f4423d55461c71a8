using DirectiveTracker.Extract;
using DirectiveTracker.Index;
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
    public bool Succeeded => Error is null;
}

/// <summary>
/// Adds uploaded files (pages and API alike): checks count, size and type, then each file goes through the pipeline
/// (ingest, extract, store and index in one transaction) on its own, so one bad file does not stop the others.
/// </summary>
public sealed class DocumentUploads(IDocumentIngestor ingestor, IDocumentExtractor extractor, IOptions<TrackerWebOptions> options, ILogger<DocumentUploads> log)
{
    public async Task<IReadOnlyList<UploadOutcome>> AddAsync(ITrackerStore store, IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        var o = options.Value;
        if (files.Count == 0) return [new UploadOutcome("", "Chưa chọn tệp nào.")];
        if (files.Count > o.MaxFilesPerUpload) return [new UploadOutcome("", $"Mỗi lần tải lên tối đa {o.MaxFilesPerUpload} tệp.")];
        var pipeline = new DocumentPipeline(ingestor, extractor, store);
        var outcomes = new List<UploadOutcome>();
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            outcomes.Add(await AddOneAsync(pipeline, file, o, ct));
        }
        return outcomes;
    }

    private async Task<UploadOutcome> AddOneAsync(DocumentPipeline pipeline, IFormFile file, TrackerWebOptions o, CancellationToken ct)
    {
        var name = SafeName(file.FileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!TrackerWebOptions.UploadExtensions.Contains(extension))
            return new UploadOutcome(name, "Chỉ nhận tệp PDF, DOCX hoặc TXT.");
        if (file.Length == 0) return new UploadOutcome(name, "Tệp rỗng.");
        if (file.Length > o.MaxUploadBytes) return new UploadOutcome(name, $"Tệp lớn quá {o.MaxUploadBytes / (1024 * 1024)} MB.");

        // The pipeline reads a path; the file keeps its name (the document's source name) in a folder of its own.
        var folder = Path.Combine(Path.GetTempPath(), "dtrack-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, name);
            await using (var target = File.Create(path)) await file.CopyToAsync(target, ct);
            var r = await pipeline.AddAsync(path, ct);
            var warnings = new List<string>();
            if (r.Document.OcrPageCount > 0) warnings.Add($"{r.Document.OcrPageCount} trang đã OCR");
            warnings.AddRange(r.Document.Warnings.Select(w => w.Message));
            var d = r.Extraction.Document;
            return new UploadOutcome(name, null)
            {
                DocumentId = r.Stored.DocumentId,
                Change = TrackerLabels.Change(r.Stored.Change),
                Kind = TrackerLabels.Kind(d.Kind), Number = d.Number, Title = d.Title, Tasks = r.Stored.TaskCount, Warnings = warnings,
            };
        }
        catch (IngestException e)
        {
            log.LogWarning("upload {File} refused: {Code} {Message}", name, e.Code, e.Message);
            return new UploadOutcome(name, e.UserMessage);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "upload {File} failed", name);
            return new UploadOutcome(name, "Không xử lý được tệp này (lỗi hệ thống đã được ghi lại).");
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException e) { log.LogWarning("could not remove {Folder}: {Message}", folder, e.Message); }
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
