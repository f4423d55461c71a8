using System.Globalization;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Web.Accounts;
using TaskStatus = DirectiveTracker.Index.TaskStatus;

namespace DirectiveTracker.Web.Progress;

/// <summary>One table of a gap report: a heading and its tasks.</summary>
public sealed record GapSection(string Id, string Heading, IReadOnlyList<TrackedTask> Tasks);

/// <summary>
/// A gap report as the pages show and export it: counts by status, the tables (overdue, not reported), the plans of a
/// directive with their own counts, every task in scope for the export, and the query that names the report.
/// </summary>
public sealed record GapReport(string Title, string Query, StatusCounts Counts, IReadOnlyList<GapSection> Sections,
    IReadOnlyList<PlanGaps> Plans, IReadOnlyList<TrackedTask> AllTasks);

/// <summary>
/// Builds gap reports from the store's progress side for a viewer: a plan's and a directive's for those who read all,
/// an agency's for those who may see that agency (agency staff: their own). Null when missing or not theirs.
/// </summary>
public static class GapReports
{
    private static readonly string[] Header =
        ["Mã nhiệm vụ", "Văn bản", "Mục", "Nội dung", "Chủ trì", "Hạn", "Hạn lấy theo kế hoạch", "Trạng thái", "Báo cáo gần nhất", "Ngày báo cáo"];

    public static GapReport? ForPlan(ITrackerStore store, Viewer viewer, long documentId, DateOnly today)
    {
        if (!viewer.CanReadAll || store.GetDocument(documentId, today) is not { } document || document.Tasks.Count == 0) return null;
        var gaps = store.PlanGaps(documentId, today);
        var title = $"{TrackerLabels.Kind(document.Summary.Kind)} {document.Summary.Number ?? "(không số)"}";
        return new GapReport(title, "plan=" + documentId.ToString(CultureInfo.InvariantCulture), gaps.Counts,
            [Overdue(gaps.Overdue), Unreported(gaps.NoProgress)], [], store.DocumentTasks(documentId, today));
    }

    public static GapReport? ForAgency(ITrackerStore store, Viewer viewer, string agencyKey, DateOnly today)
    {
        if (!viewer.CanSeeAgency(agencyKey) || store.GetAgency(agencyKey) is not { } agency) return null;
        var gaps = store.AgencyGaps(agency.Name, today);
        return new GapReport(agency.Name, "agency=" + Uri.EscapeDataString(agencyKey), gaps.Counts,
            [Overdue([.. gaps.Owed.Where(t => t.State.Status == TaskStatus.Overdue)]), Unreported(gaps.Unreported)], [], gaps.Owed);
    }

    public static GapReport? ForDirective(ITrackerStore store, Viewer viewer, string number, DateOnly today)
    {
        if (!viewer.CanReadAll) return null;
        var gaps = store.DirectiveGaps(number, today);
        return new GapReport("Văn bản chỉ đạo số " + number, "directive=" + Uri.EscapeDataString(number), gaps.Combined,
            [Overdue([.. gaps.Plans.SelectMany(p => p.Overdue)]), Unreported([.. gaps.Plans.SelectMany(p => p.NoProgress)])],
            gaps.Plans, [.. gaps.Plans.SelectMany(p => store.DocumentTasks(p.Plan.DocumentId, today))]);
    }

    private static GapSection Overdue(IReadOnlyList<TrackedTask> tasks) => new("overdue", "Quá hạn, chưa hoàn thành", tasks);

    private static GapSection Unreported(IReadOnlyList<TrackedTask> tasks) => new("unreported", "Chưa có báo cáo tiến độ", tasks);

    /// <summary>The report's tasks as an export table (header, rows).</summary>
    public static (IReadOnlyList<string> Header, IEnumerable<string[]> Rows) Table(GapReport report) => (Header, report.AllTasks.Select(t => new[]
    {
        t.TaskId.ToString(CultureInfo.InvariantCulture), t.DocumentNumber ?? "", t.Path, t.Text, string.Join("; ", t.Leads),
        t.State.EffectiveDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", t.State.DueInherited ? "có" : "",
        t.State.StatusLabel, t.Reported is { } c ? ProgressLabels.Claim(c) : "Chưa báo cáo",
        t.LastReportedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
    }));
}
