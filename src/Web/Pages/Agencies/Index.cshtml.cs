using DirectiveTracker.Index;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Agencies;

/// <summary>The agency directory with how many tasks each leads and supports; agency staff go to their own agency.</summary>
public sealed class IndexModel(StoreLease lease, IOptions<TrackerWebOptions> options) : TrackerPage(lease, options)
{
    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (Viewer.IsAgencyOnly) return Viewer.AgencyKey is { } key ? RedirectToPage("/Agencies/Detail", new { key }) : Forbid();
        Agencies = [.. Store.ListAgencies().Where(a => a.Leads + a.Supports > 0).OrderByDescending(a => a.Leads + a.Supports)];
        return Page();
    }
}
