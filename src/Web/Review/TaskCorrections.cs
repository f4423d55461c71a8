using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index;
using DirectiveTracker.Web.Accounts;
using DirectiveTracker.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Review;

/// <summary>What a correction did: the task after it, or why it was refused.</summary>
public sealed record CorrectionResult(StoredTask? Task, Dictionary<string, string> Errors, bool NotFound = false, bool Forbidden = false)
{
    public bool Succeeded => Task is not null && Errors.Count == 0;
}

/// <summary>
/// Corrects tasks and confirms documents for pages and API alike: the viewer's rights, validation, the store update,
/// the audit log (who, what, when, before and after) and the labelled example for retraining.
/// </summary>
public sealed class TaskCorrections(WebDb db, LabelledExamples examples, OriginalFiles originals, IOptions<TrackerWebOptions> options, ILogger<TaskCorrections> log)
{
    private DateOnly Today => options.Value.TodayOrNow;

    public async Task<CorrectionResult> CorrectAsync(ITrackerStore store, Viewer viewer, long taskId, TaskEditInput input)
    {
        var task = store.GetTask(taskId, Today);
        // A task the viewer may not see answers like a missing one, so ids do not reveal other agencies' work.
        if (task is null || !viewer.CanSee(task)) return new(null, [], NotFound: true);
        if (!viewer.CanUpdateStatus(task)) return new(null, [], Forbidden: true);
        var (edit, errors) = input.Validate(viewer);
        if (edit is null) return new(null, errors);
        var changed = store.UpdateTask(taskId, edit, Today);
        if (changed is not { } c) return new(null, [], NotFound: true);
        db.Audit.Add(new AuditEntry
        {
            At = DateTime.UtcNow, UserName = viewer.Name, Action = "task.update", DocumentId = task.DocumentId, TaskId = taskId,
            Before = Snapshot(c.Before), After = Snapshot(c.After),
        });
        await db.SaveChangesAsync();
        log.LogInformation("task {TaskId} of document {DocumentId} corrected by {User}", taskId, task.DocumentId, viewer.Name);
        if (viewer.CanEdit) examples.Write(store, task.DocumentId);
        return new(c.After, []);
    }

    /// <summary>Marks a document as reviewed; false when there is no such document.</summary>
    public async Task<bool> ConfirmAsync(ITrackerStore store, Viewer viewer, long documentId)
    {
        if (store.GetDocument(documentId, Today) is null) return false;
        var existing = await db.Confirmations.FindAsync(documentId);
        if (existing is null) db.Confirmations.Add(new DocumentConfirmation { DocumentId = documentId, UserName = viewer.Name, At = DateTime.UtcNow });
        else { existing.UserName = viewer.Name; existing.At = DateTime.UtcNow; }
        db.Audit.Add(new AuditEntry { At = DateTime.UtcNow, UserName = viewer.Name, Action = "document.confirm", DocumentId = documentId });
        await db.SaveChangesAsync();
        examples.Write(store, documentId);
        return true;
    }

    /// <summary>Adds a task a clerk found in the document; errors by field, or not found.</summary>
    public async Task<CorrectionResult> AddTaskAsync(ITrackerStore store, Viewer viewer, long documentId, string? path, TaskEditInput input)
    {
        if (!viewer.CanEdit) return new(null, [], Forbidden: true);
        if (store.GetDocument(documentId, Today) is not { } document) return new(null, [], NotFound: true);
        var (edit, errors) = input.Validate(viewer);
        if (string.IsNullOrWhiteSpace(input.Text)) errors[nameof(input.Text)] = "Nội dung nhiệm vụ không được để trống.";
        path = string.IsNullOrWhiteSpace(path) ? $"+{document.Tasks.Count + 1}" : path.Trim();
        if (path.Length > 40) errors["Path"] = "Số mục dài quá 40 ký tự.";
        if (edit is null || errors.Count > 0) return new(null, errors);
        var task = store.AddTask(documentId, path, edit, Today);
        if (task is null) return new(null, [], NotFound: true);
        await AuditAsync(viewer, "task.add", documentId, task.Id, null, Snapshot(task));
        examples.Write(store, documentId);
        return new(task, []);
    }

    public async Task<CorrectionResult> DeleteTaskAsync(ITrackerStore store, Viewer viewer, long taskId)
    {
        if (store.GetTask(taskId, Today) is not { } task || !viewer.CanSee(task)) return new(null, [], NotFound: true);
        if (!viewer.CanEdit) return new(null, [], Forbidden: true);
        if (!store.DeleteTask(taskId)) return new(null, [], NotFound: true);
        await AuditAsync(viewer, "task.delete", task.DocumentId, taskId, Snapshot(task), null);
        examples.Write(store, task.DocumentId);
        return new(task, []);
    }

    /// <summary>Splits a task's text at its line breaks (each non-empty line a task).</summary>
    public async Task<CorrectionResult> SplitAsync(ITrackerStore store, Viewer viewer, long taskId, string? parts)
    {
        if (store.GetTask(taskId, Today) is not { } task || !viewer.CanSee(task)) return new(null, [], NotFound: true);
        if (!viewer.CanEdit) return new(null, [], Forbidden: true);
        var lines = (parts ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length is < 2 or > 26) return new(null, new() { ["Parts"] = "Xuống dòng ở chỗ cần tách: từ 2 đến 26 phần, mỗi phần một dòng." });
        if (lines.Any(l => l.Length > TaskEditInput.MaxTextLength)) return new(null, new() { ["Parts"] = $"Mỗi phần dài tối đa {TaskEditInput.MaxTextLength} ký tự." });
        var result = store.SplitTask(taskId, lines, Today);
        if (result is null) return new(null, [], NotFound: true);
        await AuditAsync(viewer, "task.split", task.DocumentId, taskId, Snapshot(task), JsonSerializer.Serialize(result.Select(Snap), ContractJson.Options));
        examples.Write(store, task.DocumentId);
        return new(result[0], []);
    }

    /// <summary>Merges tasks of one document into the first.</summary>
    public async Task<CorrectionResult> MergeAsync(ITrackerStore store, Viewer viewer, IReadOnlyList<long> taskIds)
    {
        if (!viewer.CanEdit) return new(null, [], Forbidden: true);
        var tasks = taskIds.Distinct().Select(id => store.GetTask(id, Today)).ToList();
        if (tasks.Any(t => t is null)) return new(null, [], NotFound: true);
        if (tasks.Count < 2) return new(null, new() { ["Merge"] = "Chọn ít nhất hai nhiệm vụ để gộp." });
        if (tasks.Select(t => t!.DocumentId).Distinct().Count() > 1) return new(null, new() { ["Merge"] = "Chỉ gộp được các nhiệm vụ của cùng một văn bản." });
        if (tasks.Any(t => !viewer.CanSee(t!))) return new(null, [], NotFound: true);
        // Into the first in the document's order, whatever order they were picked in.
        var order = store.GetDocument(tasks[0]!.DocumentId, Today)!.Tasks.Select(t => t.Id).ToList();
        var merged = store.MergeTasks([.. tasks.Select(t => t!.Id).OrderBy(order.IndexOf)], Today);
        if (merged is null) return new(null, [], NotFound: true);
        await AuditAsync(viewer, "task.merge", merged.DocumentId, merged.Id, JsonSerializer.Serialize(tasks.Select(t => Snap(t!)), ContractJson.Options), Snapshot(merged));
        examples.Write(store, merged.DocumentId);
        return new(merged, []);
    }

    /// <summary>Records a clerk's replace of a document's file (the upload already stored it).</summary>
    public async Task RecordReplaceAsync(ITrackerStore store, Viewer viewer, long documentId, string fileName)
    {
        await AuditAsync(viewer, "document.replace", documentId, null, null, JsonSerializer.Serialize(new { file = fileName }, ContractJson.Options));
        examples.Write(store, documentId);
    }

    private async Task AuditAsync(Viewer viewer, string action, long documentId, long? taskId, string? before, string? after)
    {
        db.Audit.Add(new AuditEntry { At = DateTime.UtcNow, UserName = viewer.Name, Action = action, DocumentId = documentId, TaskId = taskId, Before = before, After = after });
        await db.SaveChangesAsync();
        log.LogInformation("{Action} on document {DocumentId} (task {TaskId}) by {User}", action, documentId, taskId, viewer.Name);
    }

    public async Task<bool> DeleteAsync(ITrackerStore store, Viewer viewer, long documentId)
    {
        var document = store.GetDocument(documentId, Today);
        if (document is null || !store.DeleteDocument(documentId)) return false;
        // A file belongs to one document only (the store keys files by SHA-256): its originals go with it.
        foreach (var version in document.Versions) originals.Remove(version.Sha256);
        db.Audit.Add(new AuditEntry
        {
            At = DateTime.UtcNow, UserName = viewer.Name, Action = "document.delete", DocumentId = documentId,
            Before = JsonSerializer.Serialize(document.Summary, ContractJson.Options),
        });
        await db.Confirmations.Where(c => c.DocumentId == documentId).ExecuteDeleteAsync();
        await db.SaveChangesAsync();
        examples.Remove(documentId);
        return true;
    }

    public Task<DocumentConfirmation?> ConfirmationAsync(long documentId) => db.Confirmations.AsNoTracking().FirstOrDefaultAsync(c => c.DocumentId == documentId);

    public Task<List<AuditEntry>> HistoryAsync(long documentId) =>
        db.Audit.AsNoTracking().Where(a => a.DocumentId == documentId).OrderByDescending(a => a.Id).Take(100).ToListAsync();

    private static string Snapshot(StoredTask t) => JsonSerializer.Serialize(Snap(t), ContractJson.Options);

    private static object Snap(StoredTask t) => new
    {
        t.Id, t.Path, t.Text, lead = t.Leads.Select(o => o.Name), support = t.Supports.Select(o => o.Name), t.Deadline, t.Category, t.CompletedOn,
    };
}
