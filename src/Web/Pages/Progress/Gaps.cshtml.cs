using DirectiveTracker.Web.Exports;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Progress;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Progress;

/// <summary>
/// Gap reports: a plan's (<c>?plan=ID</c>), an agency's (<c>?agency=KEY</c>) or a directive's (<c>?directive=NUMBER</c>:
/// the plans implementing it through the citation graph and their combined progress), exported as CSV or Excel.
/// Without a parameter it asks for the directive's number.
/// </summary>
public sealed class GapsModel(StoreLease lease, IOptions<TrackerWebOptions> options, TaskExports exports) : TrackerPage(lease, options)
{
    [BindProperty(SupportsGet = true)] public long? Plan { get; set; }
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public string? Directive { get; set; }
    public GapReport? Report { get; private set; }

    public bool AsksForDirective => Plan is null && string.IsNullOrEmpty(Agency);

    public IActionResult OnGet()
    {
        if (AsksForDirective && string.IsNullOrWhiteSpace(Directive)) return Viewer.CanReadAll ? Page() : Forbid();
        return Build() is { } report ? Show(report) : NotFound();
    }

    public IActionResult OnGetCsv() => Export((header, rows) => exports.Csv(header, rows), "text/csv; charset=utf-8", "tien-do.csv");

    public IActionResult OnGetXlsx() => Export((header, rows) => exports.Xlsx("Tiến độ", header, rows),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "tien-do.xlsx");

    private IActionResult Export(Func<IReadOnlyList<string>, IEnumerable<string[]>, byte[]> write, string contentType, string fileName)
    {
        if (Build() is not { } report) return NotFound();
        var (header, rows) = GapReports.Table(report);
        return File(write(header, rows), contentType, fileName);
    }

    private IActionResult Show(GapReport report)
    {
        Report = report;
        return Page();
    }

    private GapReport? Build()
    {
        if (Plan is { } id) return GapReports.ForPlan(Store, Viewer, id, Today);
        if (!string.IsNullOrEmpty(Agency)) return GapReports.ForAgency(Store, Viewer, Agency, Today);
        if (!string.IsNullOrWhiteSpace(Directive) && Directive.Trim().Length <= 100) return GapReports.ForDirective(Store, Viewer, Directive.Trim(), Today);
        return null;
    }
}
