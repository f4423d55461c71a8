using DirectiveTracker.Index;
using DirectiveTracker.Web.Exports;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Progress;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Agencies;

/// <summary>What one agency leads and supports across all documents, with deadline and status, and its calendar feed.</summary>
public sealed class DetailModel(StoreLease lease, IOptions<TrackerWebOptions> options, TaskExports exports, CalendarFeeds feeds) : TrackerPage(lease, options)
{
    public IReadOnlyList<DirectiveTracker.Web.Accounts.CalendarFeed> Feeds { get; private set; } = [];
    /// <summary>The address of a feed just created (its secret is shown this once).</summary>
    public string? NewFeedUrl { get; private set; }
    private const int MaxRows = 2000;

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    public AgencySummary Agency { get; private set; } = null!;
    public IReadOnlyList<StoredTask> Leads { get; private set; } = [];
    public IReadOnlyList<StoredTask> Supports { get; private set; } = [];
    /// <summary>What the agency owes as lead and has not reported.</summary>
    public GapReport? Gaps { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Load() is { } refused) return refused;
        Leads = Store.ListTasks(new TaskQuery(Today) { AgencyKey = Key, Role = "lead", Limit = MaxRows }).Tasks;
        Supports = Store.ListTasks(new TaskQuery(Today) { AgencyKey = Key, Role = "support", Limit = MaxRows }).Tasks;
        Gaps = GapReports.ForAgency(Store, Viewer, Key, Today);
        Feeds = await feeds.ListAsync(Viewer.Name, Key);
        return Page();
    }

    /// <summary>A calendar address for programs that cannot sign in (a secret URL of this user for this agency).</summary>
    public async Task<IActionResult> OnPostFeedAsync()
    {
        if (Load() is { } refused) return refused;
        var secret = await feeds.CreateAsync(Viewer.Name, Key);
        if (secret is null) return NotFound();
        NewFeedUrl = $"{Request.Scheme}://{Request.Host}{CalendarFeeds.PathPrefix}{secret}.ics";
        return await OnGetAsync();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long feedId)
    {
        if (Load() is { } refused) return refused;
        return await feeds.RevokeAsync(Viewer.Name, feedId) ? Redirect(Self + "#calendar") : NotFound();
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
