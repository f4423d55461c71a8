using System.Globalization;
using DirectiveTracker.Index;
using DirectiveTracker.Web.Accounts;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Progress;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Progress;

/// <summary>
/// Clerks decide on the statuses proposed from progress reports: the reports with pending proposals, then one report's
/// proposals with their task, claim, date, confidence and evidence — accept or reject each, or accept all above a confidence.
/// </summary>
[Authorize(Policy = TrackerPolicies.Edit)]
public sealed class ProposalsModel(StoreLease lease, IOptions<TrackerWebOptions> options, ProposalDecisions decisions) : TrackerPage(lease, options)
{
    public IReadOnlyList<PendingReport> Reports { get; private set; } = [];
    public DocumentSummary? Report { get; private set; }
    public IReadOnlyList<ProposalView> Proposals { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }
    /// <summary>The threshold offered for "accept all above" (percent).</summary>
    [BindProperty(SupportsGet = true)] public int Threshold { get; set; } = 80;

    public IActionResult OnGet(long? report, int? accepted, int? rejected)
    {
        if (report is not { } id)
        {
            Reports = decisions.PendingReports(Store);
            return Page();
        }
        Report = Store.GetDocument(id, Today)?.Summary;
        Proposals = decisions.ForReport(Store, id);
        if (Report is null && Proposals.Count == 0) return NotFound();
        if (accepted > 0) Message = $"Đã chấp nhận {accepted} đề xuất.";
        if (rejected > 0) Message = $"Đã từ chối {rejected} đề xuất.";
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(long report, long proposal) =>
        DecideAsync(report, () => decisions.AcceptAsync(Store, Viewer, report, proposal), "accepted");

    public Task<IActionResult> OnPostRejectAsync(long report, long proposal) =>
        DecideAsync(report, () => decisions.RejectAsync(Store, Viewer, report, proposal), "rejected");

    public Task<IActionResult> OnPostAcceptAboveAsync(long report) =>
        DecideAsync(report, () => decisions.AcceptAboveAsync(Store, Viewer, report, Threshold / 100.0), "accepted");

    private async Task<IActionResult> DecideAsync(long report, Func<Task<DecisionOutcome>> decide, string done)
    {
        var outcome = await decide();
        if (outcome.NotFound) return NotFound();
        if (outcome.Error is null) return Redirect($"/Progress/Proposals/{report}?{done}={outcome.Decided.ToString(CultureInfo.InvariantCulture)}");
        var result = OnGet(report, null, null);
        Error = outcome.Error;
        return result;
    }
}
