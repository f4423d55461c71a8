using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Review;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Tasks;

/// <summary>Review of one task: text, owners (suggested from the agency directory), deadline phrase and date, category.</summary>
public sealed class EditModel(StoreLease lease, IOptions<TrackerWebOptions> options, TaskCorrections corrections) : TrackerPage(lease, options)
{
    [BindProperty] public TaskEditInput Input { get; set; } = new();
    public StoredTask Task { get; private set; } = null!;
    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];

    public static IEnumerable<TaskCategory> Categories => Enum.GetValues<TaskCategory>();

    public IActionResult OnGet(long id)
    {
        if (Store.GetTask(id, Today) is not { } t) return NotFound();
        Task = t;
        Input = TaskEditInput.From(t);
        Agencies = Store.ListAgencies();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        Input.Completion = null;
        var r = await corrections.CorrectAsync(Store, Viewer, id, Input);
        if (r.NotFound) return NotFound();
        if (r.Forbidden) return Forbid();
        if (r.Succeeded) return Redirect($"/Documents/Detail/{r.Task!.DocumentId}?done=saved#task-{id}");
        Task = Store.GetTask(id, Today)!;
        Agencies = Store.ListAgencies();
        Errors = r.Errors;
        return Page();
    }

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);
}
