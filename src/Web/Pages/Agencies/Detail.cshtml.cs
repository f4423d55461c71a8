using DirectiveTracker.Index;
using DirectiveTracker.Web.Exports;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Agencies;

/// <summary>What one agency leads and supports across all documents, with deadline and status, and its calendar feed.</summary>
public sealed class DetailModel(StoreLease lease, IOptions<TrackerWebOptions> options, TaskExports exports) : TrackerPage(lease, options)
{
    private const int MaxRows = 2000;

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    public AgencySummary Agency { get; private set; } = null!;
    public IReadOnlyList<StoredTask> Leads { get; private set; } = [];
    public IReadOnlyList<StoredTask> Supports { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (Load() is { } refused) return refused;
        Leads = Store.ListTasks(new TaskQuery(Today) { AgencyKey = Key, Role = "lead", Limit = MaxRows }).Tasks;
        Supports = Store.ListTasks(new TaskQuery(Today) { AgencyKey = Key, Role = "support", Limit = MaxRows }).Tasks;
        return Page();
    }

    /// <summary>The agency's deadlines as iCalendar (for calendar programs signed in through the browser).</summary>
    public IActionResult OnGetIcs()
    {
        if (Load() is { } refused) return refused;
        var tasks = Store.ListTasks(new TaskQuery(Today) { AgencyKey = Key, Limit = 10_000 }).Tasks;
        return Content(exports.ICalendar(Agency.Name, tasks, Request.Host.Host), "text/calendar; charset=utf-8");
    }

    private IActionResult? Load()
    {
        // Another agency's page answers like a missing one for agency staff.
        if (!Viewer.CanSeeAgency(Key) || Store.GetAgency(Key) is not { } a) return NotFound();
        Agency = a;
        return null;
    }

    public string Self => "/Agencies/Detail?key=" + Uri.EscapeDataString(Key);
}
