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
public sealed class TaskCorrections(WebDb db, LabelledExamples examples, IOptions<TrackerWebOptions> options, ILogger<TaskCorrections> log)
{
    private DateOnly Today => options.Value.TodayOrNow;

    public async Task<CorrectionResult> CorrectAsync(ITrackerStore store, Viewer viewer, long taskId, TaskEditInput input)
    {
        var task = store.GetTask(taskId, Today);
        // A task the viewer may not see answers like a missing one, so ids do not reveal other agencies' work.
        if (task is null || !viewer.CanSee(task)) return new(null, [], NotFound: true);
        if (!viewer.CanUpdateStatus(task)) return new(null, [], Forbidden: true);
        var (edit, errors) = input.Validate(viewer, Today);
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

    public async Task<bool> DeleteAsync(ITrackerStore store, Viewer viewer, long documentId)
    {
        var document = store.GetDocument(documentId, Today);
        if (document is null || !store.DeleteDocument(documentId)) return false;
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

    private static string Snapshot(StoredTask t) => JsonSerializer.Serialize(new
    {
        t.Text, lead = t.Leads.Select(o => o.Name), support = t.Supports.Select(o => o.Name), t.Deadline, t.Category, t.CompletedOn,
    }, ContractJson.Options);
}
