using DirectiveTracker.Index.Progress;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Progress;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Tasks;

/// <summary>
/// The task lists' button: marks a task done or reopens it (agency staff for their own tasks; clerks and admins for all),
/// recorded as a progress update like any other, so it is in the task's history.
/// </summary>
public sealed class StatusModel(StoreLease lease, IOptions<TrackerWebOptions> options, TaskProgress progress) : TrackerPage(lease, options)
{
    public IActionResult OnGet(long id) => NotFound();

    public IActionResult OnPost(long id, string? completion, string? returnUrl)
    {
        var r = progress.Toggle(Store, Viewer, id, completion, UpdateChannel.Web);
        if (r.NotFound) return NotFound();
        if (r.Forbidden) return Forbid();
        if (!r.Succeeded) return BadRequest(string.Join(" ", r.Errors.Values));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
