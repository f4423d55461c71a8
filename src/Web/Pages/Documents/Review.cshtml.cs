using DirectiveTracker.Index;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Review;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Documents;

/// <summary>A clerk's review of a document's tasks: doubtful ones first; add, delete, split and merge; then confirm.</summary>
public sealed class ReviewModel(StoreLease lease, IOptions<TrackerWebOptions> options, TaskCorrections corrections) : TrackerPage(lease, options)
{
    /// <summary>Below this confidence a task is shown as doubtful ("cần xem lại").</summary>
    public const double DoubtfulBelow = 0.6;

    public StoredDocument Document { get; private set; } = null!;
    /// <summary>Doubtful tasks first (lowest confidence), tasks a person already reviewed last, else the document's order.</summary>
    public IReadOnlyList<StoredTask> Tasks { get; private set; } = [];
    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];
    public string? Message { get; private set; }
    [BindProperty] public TaskEditInput NewTask { get; set; } = new();
    [BindProperty] public string? NewPath { get; set; }

    public static bool IsDoubtful(StoredTask t) => !t.Reviewed && t.Confidence is < DoubtfulBelow;

    public IActionResult OnGet(long id, string? done)
    {
        if (!Load(id)) return NotFound();
        Message = done switch
        {
            "added" => "Đã thêm nhiệm vụ.", "deleted" => "Đã xóa nhiệm vụ.", "split" => "Đã tách nhiệm vụ.", "merged" => "Đã gộp nhiệm vụ.", _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(long id) =>
        Answer(id, await corrections.AddTaskAsync(Store, Viewer, id, NewPath, NewTask), "added");

    public async Task<IActionResult> OnPostDeleteAsync(long id, long taskId) =>
        Answer(id, await corrections.DeleteTaskAsync(Store, Viewer, taskId), "deleted", taskId);

    public async Task<IActionResult> OnPostSplitAsync(long id, long taskId, string? parts) =>
        Answer(id, await corrections.SplitAsync(Store, Viewer, taskId, parts), "split", taskId);

    public async Task<IActionResult> OnPostMergeAsync(long id, long[]? merge) =>
        Answer(id, await corrections.MergeAsync(Store, Viewer, merge ?? []), "merged", (merge ?? []).FirstOrDefault());

    private IActionResult Answer(long id, CorrectionResult r, string done, long? taskId = null)
    {
        if (r.Forbidden) return Forbid();
        // A task of another document answers like a missing one.
        if (r.NotFound || (r.Task is { } t && t.DocumentId != id) || (taskId is > 0 && r.Task is null && r.Errors.Count == 0)) return NotFound();
        if (r.Succeeded) return RedirectToPage(new { id, done });
        if (!Load(id)) return NotFound();
        Errors = r.Errors;
        return Page();
    }

    private bool Load(long id)
    {
        if (Store.GetDocument(id, Today) is not { } d) return false;
        Document = d;
        var position = d.Tasks.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Tasks = [.. d.Tasks.OrderBy(t => t.Reviewed).ThenBy(t => t.Confidence ?? 1.0).ThenBy(t => position[t.Id])];
        Agencies = Store.ListAgencies();
        return true;
    }

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);
}
