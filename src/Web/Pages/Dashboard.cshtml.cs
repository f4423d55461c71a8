using TaskStatus = DirectiveTracker.Index.TaskStatus;
using DirectiveTracker.Index;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Store;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages;

/// <summary>Leaders' overview: per agency, lead task counts by status (each a link to those tasks); overdue and due-soon lists; tasks due per month.</summary>
public sealed class DashboardModel(StoreLease lease, IOptions<TrackerWebOptions> options) : TrackerPage(lease, options)
{
    private const int ListSize = 15;
    public const int MonthsBefore = 5, Months = 12;

    public static readonly TaskStatus[] Columns =
        [TaskStatus.Overdue, TaskStatus.DueSoon, TaskStatus.InProgress, TaskStatus.Ongoing, TaskStatus.NoDeadline, TaskStatus.DoneOnTime, TaskStatus.DoneLate];

    public sealed record AgencyRow(string Key, string Name, IReadOnlyDictionary<TaskStatus, int> Counts, int Total);

    public IReadOnlyList<AgencyRow> Rows { get; private set; } = [];
    public TaskPage Overdue { get; private set; } = new(0, []);
    public TaskPage DueSoon { get; private set; } = new(0, []);
    public MonthChart Chart { get; private set; } = new([]);
    public IReadOnlyDictionary<TaskStatus, int> Totals { get; private set; } = new Dictionary<TaskStatus, int>();

    public void OnGet()
    {
        var counts = Store.CountTasksByAgency(Today);
        Rows = [.. counts.GroupBy(c => c.AgencyKey, StringComparer.Ordinal)
            .Select(g => new AgencyRow(g.Key, g.First().AgencyName, g.ToDictionary(c => c.Status, c => c.Count), g.Sum(c => c.Count)))
            .OrderByDescending(r => r.Counts.GetValueOrDefault(TaskStatus.Overdue)).ThenByDescending(r => r.Total).ThenBy(r => r.Name, StringComparer.Ordinal)];
        Totals = new[] { TaskStatus.Overdue, TaskStatus.DueSoon, TaskStatus.InProgress }
            .ToDictionary(s => s, s => Store.ListTasks(new TaskQuery(Today) { Status = s, Limit = 1 }).Total);
        Overdue = Store.ListTasks(new TaskQuery(Today) { Status = TaskStatus.Overdue, Limit = ListSize });
        DueSoon = Store.ListTasks(new TaskQuery(Today) { Status = TaskStatus.DueSoon, Limit = ListSize });
        Chart = new MonthChart(Store.CountTasksByMonth(Today.AddMonths(-MonthsBefore), Months, null));
    }

    public static string Link(string? agency, TaskStatus status) =>
        "/Tasks?status=" + status + "&role=lead" + (agency is null ? "" : "&agency=" + Uri.EscapeDataString(agency));
}
