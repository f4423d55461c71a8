using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Review;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Tasks;

/// <summary>Marks a task done or reopens it (agency staff for their own tasks; clerks and admins for all).</summary>
public sealed class StatusModel(StoreLease lease, IOptions<TrackerWebOptions> options, TaskCorrections corrections) : TrackerPage(lease, options)
{
    public IActionResult OnGet(long id) => NotFound();

    public async Task<IActionResult> OnPostAsync(long id, string? completion, string? returnUrl)
    {
        var r = await corrections.CorrectAsync(Store, Viewer, id, new TaskEditInput { Completion = completion });
        if (r.NotFound) return NotFound();
        if (r.Forbidden) return Forbid();
        if (!r.Succeeded) return BadRequest(string.Join(" ", r.Errors.Values));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
