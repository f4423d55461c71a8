using TaskStatus = DirectiveTracker.Index.TaskStatus;
using DirectiveTracker.Index;
using DirectiveTracker.Web.Exports;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Tasks;

/// <summary>
/// A task list by agency, status and due range (the dashboard's numbers link here), with CSV and Excel exports of
/// the same list. Agency staff always get their own agency's list.
/// </summary>
public sealed class IndexModel(StoreLease lease, IOptions<TrackerWebOptions> options, TaskExports exports) : TrackerPage(lease, options)
{
    public const int PageSize = 50;
    private const int MaxExportRows = 100_000;

    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public TaskPage Result { get; private set; } = new(0, []);
    public string? AgencyName { get; private set; }
    public string? Error { get; private set; }

    public IActionResult OnGet()
    {
        if (Query(PageSize, (Math.Max(1, PageNumber) - 1) * PageSize) is not { } q) return Page();
        Result = Store.ListTasks(q);
        return Page();
    }

    public IActionResult OnGetCsv() =>
        Query(MaxExportRows, 0) is { } q ? File(exports.Csv(Store.ListTasks(q).Tasks), "text/csv; charset=utf-8", "nhiem-vu.csv") : BadRequest(Error ?? "");

    public IActionResult OnGetXlsx() =>
        Query(MaxExportRows, 0) is { } q
            ? File(exports.Xlsx(Store.ListTasks(q).Tasks), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "nhiem-vu.xlsx")
            : BadRequest(Error ?? "");

    private TaskQuery? Query(int limit, int offset)
    {
        if (Viewer.IsAgencyOnly) Agency = Viewer.AgencyKey ?? "";
        TaskStatus? status = null;
        if (!string.IsNullOrEmpty(Status))
        {
            if (Enum.TryParse<TaskStatus>(Status, out var s)) status = s;
            else { Error = "Trạng thái không hợp lệ."; return null; }
        }
        if (Role is not (null or "" or "lead" or "support")) { Error = "Vai trò không hợp lệ."; return null; }
        DateOnly? from = null, to = null;
        if (!string.IsNullOrEmpty(Month))
        {
            if (DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", out var m)) { from = m; to = m.AddMonths(1).AddDays(-1); }
            else { Error = "Tháng không hợp lệ."; return null; }
        }
        if (!string.IsNullOrEmpty(Agency)) AgencyName = Store.GetAgency(Agency)?.Name ?? Agency;
        return new TaskQuery(Today)
        {
            AgencyKey = string.IsNullOrEmpty(Agency) ? null : Agency, Status = status, Role = string.IsNullOrEmpty(Role) ? null : Role,
            DueFrom = from, DueTo = to, Limit = limit, Offset = offset,
        };
    }

    /// <summary>This list's filters as a query string, for paging and export links.</summary>
    public string Filters(string? handler = null, int? page = null)
    {
        var parts = new List<string>();
        if (handler is not null) parts.Add("handler=" + handler);
        if (!string.IsNullOrEmpty(Agency)) parts.Add("agency=" + Uri.EscapeDataString(Agency));
        if (!string.IsNullOrEmpty(Status)) parts.Add("status=" + Uri.EscapeDataString(Status));
        if (!string.IsNullOrEmpty(Role)) parts.Add("role=" + Uri.EscapeDataString(Role));
        if (!string.IsNullOrEmpty(Month)) parts.Add("month=" + Uri.EscapeDataString(Month));
        if (page is not null) parts.Add("p=" + page);
        return "/Tasks?" + string.Join("&", parts);
    }
}
