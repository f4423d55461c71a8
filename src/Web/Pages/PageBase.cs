using DirectiveTracker.Index;
using DirectiveTracker.Web.Accounts;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages;

/// <summary>What every page reads: the request's store, who is looking, and the day statuses are computed for.</summary>
public abstract class TrackerPage(StoreLease lease, IOptions<TrackerWebOptions> options) : PageModel
{
    protected ITrackerStore Store => lease.Store;
    public Viewer Viewer => Viewer.From(User);
    public DateOnly Today => options.Value.TodayOrNow;
    protected TrackerWebOptions Options => options.Value;
}
