using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Index.Search;
using DirectiveTracker.TestSupport;

namespace DirectiveTracker.Index.Tests.Contract;

/// <summary>
/// What every backend promises of progress behind <see cref="ITrackerStore"/>: updates and their history, recurring
/// occurrences, proposals (a rejected one changes nothing; one decision per proposal, even from two instances), reports
/// waiting for their plan, gap reports. Run against SQLite and PostgreSQL by the subclasses at the end of this file.
/// </summary>
public abstract class ProgressContract(StoreBackend backend) : IDisposable
{
    private static readonly DateOnly Today = new(2025, 3, 10);
    private readonly StoreBackend _backend = backend;
    private ITrackerStore Store { get; } = backend.Open();

    public void Dispose()
    {
        _backend.Dispose();
        GC.SuppressFinalize(this);
    }

    private long AddPlan()
    {
        var recurring = new TaskItem
        {
            Path = "III.2", Text = "Sở Nội vụ báo cáo kết quả trước ngày 20 hằng tháng.", Lead = ["Sở Nội vụ"],
            Deadline = new Deadline(DeadlineKind.Recurring, new DateOnly(2025, 2, 20), Recurrence.Month, "trước ngày 20 hằng tháng"),
        };
        var extraction = Docs.Extraction("Công tác thi đua, khen thưởng năm 2025", "29/KH-UBND", issuedOn: new DateOnly(2025, 2, 17),
            issuer: "Ủy ban nhân dân tỉnh Thái Bình", tasks:
            [
                Docs.Task("II.1", "Sở Nội vụ tham mưu ban hành Kế hoạch tổ chức Đại hội Thi đua yêu nước.", ["Sở Nội vụ"], due: new DateOnly(2025, 3, 1)),
                Docs.Task("II.2", "Các cơ quan, đơn vị tuyên truyền phong trào thi đua.", ["Các cơ quan, đơn vị"]),
                recurring,
            ]);
        return Docs.Add(Store, extraction).DocumentId;
    }

    [Fact]
    public void An_update_is_kept_in_history_and_changes_the_status()
    {
        AddPlan();
        var task = Assert.Single(Store.FindTasks("29/kh-ubnd", "II.1", Today));
        Assert.Equal(TaskStatus.Overdue, task.State.Status);
        Store.AddUpdate(new ProgressUpdateInput(task.TaskId, ProgressClaim.InProgress, new DateOnly(2025, 3, 2), "a@snv.gov.vn", UpdateChannel.Web, Note: "đang soạn"));
        Store.AddUpdate(new ProgressUpdateInput(task.TaskId, ProgressClaim.Done, Today, "b@snv.gov.vn", UpdateChannel.Cli,
            CompletedOn: new DateOnly(2025, 3, 5), AgencyKey: "so noi vu",
            Attachments: [new UpdateAttachment("kh.pdf", "attachments/x.pdf", "00", 3)]));
        var after = Store.Task(task.TaskId, Today)!;
        Assert.Equal(TaskStatus.DoneLate, after.State.Status);
        Assert.Equal(ProgressClaim.Done, after.Reported);
        var history = Store.History(task.TaskId);
        Assert.Equal([ProgressClaim.InProgress, ProgressClaim.Done], history.Select(h => h.Claim));
        Assert.Equal(["a@snv.gov.vn", "b@snv.gov.vn"], history.Select(h => h.Author));
        Assert.Equal([UpdateChannel.Web, UpdateChannel.Cli], history.Select(h => h.Channel));
        Assert.Equal("kh.pdf", Assert.Single(history[1].Attachments).Name);
        Assert.Equal(new DateOnly(2025, 3, 5), history[1].CompletedOn);
        // Reopening: saying "in progress" after "done" clears the completion.
        Store.AddUpdate(new ProgressUpdateInput(task.TaskId, ProgressClaim.InProgress, Today, "c", UpdateChannel.Api));
        Assert.Equal(TaskStatus.Overdue, Store.Task(task.TaskId, Today)!.State.Status);
    }

    [Fact]
    public void Done_without_a_date_counts_from_the_day_it_was_reported()
    {
        AddPlan();
        var task = Store.FindTasks("29/KH-UBND", "II.1", Today)[0];
        Store.AddUpdate(new ProgressUpdateInput(task.TaskId, ProgressClaim.Done, new DateOnly(2025, 2, 27), "a", UpdateChannel.Web));
        Assert.Equal(TaskStatus.DoneOnTime, Store.Task(task.TaskId, Today)!.State.Status);
    }

    [Fact]
    public void A_task_without_a_deadline_inherits_the_plan_year_and_status_moves_as_dates_pass()
    {
        AddPlan();
        var task = Store.FindTasks("29/KH-UBND", "II.2", Today)[0];
        Assert.True(task.State.DueInherited);
        Assert.Equal(new DateOnly(2025, 12, 31), task.State.EffectiveDue);
        Assert.Equal(TaskStatus.InProgress, task.State.Status);
        Assert.Equal(TaskStatus.DueSoon, Store.Task(task.TaskId, new DateOnly(2025, 12, 26))!.State.Status);
        Assert.Equal(TaskStatus.Overdue, Store.Task(task.TaskId, new DateOnly(2026, 1, 1))!.State.Status);
    }

    [Fact]
    public void An_update_of_a_recurring_task_completes_its_current_occurrence_only()
    {
        AddPlan();
        var task = Store.FindTasks("29/KH-UBND", "III.2", Today)[0];
        Assert.Equal([new DateOnly(2025, 2, 20), new DateOnly(2025, 3, 20)], task.State.Occurrences.Select(o => o.Period.Due));
        Store.AddUpdate(new ProgressUpdateInput(task.TaskId, ProgressClaim.Done, Today, "a", UpdateChannel.Web, CompletedOn: new DateOnly(2025, 2, 19),
            OccurrenceDue: new DateOnly(2025, 2, 20)));
        var after = Store.Task(task.TaskId, Today)!;
        Assert.Equal([TaskStatus.DoneOnTime, TaskStatus.InProgress], after.State.Occurrences.Select(o => o.Status));
        Assert.Equal(TaskStatus.InProgress, after.State.Status);
        var april = Store.Task(task.TaskId, new DateOnly(2025, 4, 21))!;
        Assert.Equal([TaskStatus.DoneOnTime, TaskStatus.Overdue, TaskStatus.Overdue], april.State.Occurrences.Select(o => o.Status));
    }

    [Fact]
    public void A_rejected_proposal_changes_nothing_and_an_accepted_one_is_an_update()
    {
        AddPlan();
        var report = Docs.Add(Store, Docs.Extraction("Báo cáo kết quả thực hiện Kế hoạch số 29/KH-UBND", "12/BC-SNV", DocumentKind.BaoCao,
            new DateOnly(2025, 3, 8), "Sở Nội vụ")).DocumentId;
        var t1 = Store.FindTasks("29/KH-UBND", "II.1", Today)[0];
        var t2 = Store.FindTasks("29/KH-UBND", "II.2", Today)[0];
        var ids = Store.SaveProposals(report,
        [
            new ProposalInput(t1.TaskId, ProgressClaim.Done, new DateOnly(2025, 2, 25), 0.8, ["Đã ban hành Kế hoạch số 40/KH-UBND ngày 25/02/2025."], new DateOnly(2025, 3, 8), "so noi vu"),
            new ProposalInput(t2.TaskId, ProgressClaim.Done, null, 0.4, ["Đã tuyên truyền."], new DateOnly(2025, 3, 8), "so noi vu"),
        ]);
        Assert.Equal(2, Store.PendingProposals(report).Count);

        var before = Store.Task(t2.TaskId, Today)!;
        Store.RejectProposal(ids[1], "clerk");
        var rejected = Store.Task(t2.TaskId, Today)!;
        Assert.Equal(before, rejected with { }, TrackedTaskComparer.Instance);
        Assert.Empty(Store.History(t2.TaskId));
        Assert.Equal(ProposalState.Rejected, Store.Proposal(ids[1])!.State);
        Assert.Throws<InvalidOperationException>(() => Store.AcceptProposal(ids[1], "clerk", Today));

        Store.AcceptProposal(ids[0], "clerk", Today);
        var accepted = Store.Task(t1.TaskId, Today)!;
        Assert.Equal(TaskStatus.DoneOnTime, accepted.State.Status);
        var update = Assert.Single(Store.History(t1.TaskId));
        Assert.Equal(UpdateChannel.Report, update.Channel);
        Assert.Equal(report, update.SourceDocumentId);
        Assert.Empty(Store.PendingProposals(report));
    }

    [Fact]
    public void Gap_reports_per_plan_agency_and_directive()
    {
        var plan = AddPlan();
        var district = Docs.Extraction("Kế hoạch thực hiện Kế hoạch số 29/KH-UBND", "15/KH-UBND", issuedOn: new DateOnly(2025, 3, 1),
            issuer: "Ủy ban nhân dân huyện Vũ Thư",
            references: [new Reference(DocumentKind.KeHoach, "29/KH-UBND", null, null, ReferenceRelation.Implements)],
            tasks: [Docs.Task("1", "Phòng Nội vụ huyện tổ chức tuyên truyền.", ["Phòng Nội vụ"], due: new DateOnly(2025, 3, 5))]);
        Docs.Add(Store, district);
        var t = Store.FindTasks("29/KH-UBND", "II.1", Today)[0];
        Store.AddUpdate(new ProgressUpdateInput(t.TaskId, ProgressClaim.InProgress, Today, "a", UpdateChannel.Web));

        var gaps = Store.PlanGaps(plan, Today);
        Assert.Equal(3, gaps.Counts.Total);
        Assert.Equal(1, gaps.Counts.Reported);
        Assert.Equal(2, gaps.NoProgress.Count);
        Assert.Equal("II.1", Assert.Single(gaps.Overdue).Path);
        Assert.Equal(["Sở Nội vụ"], gaps.Overdue[0].Leads);

        var agency = Store.AgencyGaps("Sở Nội vụ", Today);
        Assert.Equal(2, agency.Owed.Count);
        Assert.Equal("III.2", Assert.Single(agency.Unreported).Path);

        var directive = Store.DirectiveGaps("29/KH-UBND", Today);
        Assert.Equal("15/KH-UBND", Assert.Single(directive.Plans).Plan.Number);
        Assert.Equal(1, directive.Combined.ByStatus[TaskStatus.Overdue]);
    }

    [Fact]
    public void A_proposal_decided_from_two_instances_at_once_is_decided_once()
    {
        AddPlan();
        var report = Docs.Add(Store, Docs.Extraction("Báo cáo kết quả", "13/BC-SNV", DocumentKind.BaoCao, new DateOnly(2025, 3, 8), "Sở Nội vụ")).DocumentId;
        var task = Store.FindTasks("29/KH-UBND", "II.1", Today)[0];
        var ids = Store.SaveProposals(report, Enumerable.Range(0, 8).Select(i =>
            new ProposalInput(task.TaskId, ProgressClaim.InProgress, null, 0.7, [$"Đoạn {i}"], new DateOnly(2025, 3, 8), "so noi vu")).ToList());
        var other = _backend.Open();
        using var start = new Barrier(2);
        var accepted = new System.Collections.Concurrent.ConcurrentBag<long>();
        var refused = new System.Collections.Concurrent.ConcurrentBag<long>();
        var threads = new[] { Store, other }.Select(s => new Thread(() =>
        {
            start.SignalAndWait();
            foreach (var id in ids)
            {
                try { s.AcceptProposal(id, "clerk", Today); accepted.Add(id); }
                catch (InvalidOperationException) { refused.Add(id); }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(ids.Order(), accepted.Order());
        Assert.Equal(ids.Order(), refused.Order());
        Assert.Equal(ids.Count, Store.History(task.TaskId).Count);
    }

    [Fact]
    public void A_report_waits_for_its_plan_by_number_key_once()
    {
        var report = Docs.Add(Store, Docs.Extraction("Báo cáo kết quả", "14/BC-SNV", DocumentKind.BaoCao, new DateOnly(2025, 3, 8), "Sở Nội vụ")).DocumentId;
        Store.KeepWaitingReport(report, ["29/KH-UBND", "30/KH-UBND"]);
        Store.KeepWaitingReport(report, ["29/kh-ubnd"]);
        Assert.Equal([report], Store.ReportsWaitingFor("29 / KH-UBND"));
        Assert.Equal([report], Store.ReportsWaitingFor("30/KH-UBND"));
        Assert.Empty(Store.ReportsWaitingFor("31/KH-UBND"));
        Assert.Empty(Store.FindPlans(["29/KH-UBND"]));
        AddPlan();
        Assert.Equal("29/KH-UBND", Assert.Single(Store.FindPlans(["29/kh-ubnd", "30/KH-UBND"])).Number);
    }

    /// <summary>A plan with a task in every status on <see cref="Today"/>, and an undated task of a plan without a period.</summary>
    private Dictionary<string, long> AddTasksInEveryStatus()
    {
        var ongoing = Docs.Task("II.7", "Các sở, ngành thường xuyên tuyên truyền về thi đua.", ["Các sở, ngành"]) with
        {
            Deadline = new Deadline(DeadlineKind.Ongoing, null, null, "thường xuyên"),
        };
        AddPlan();
        var plan = Docs.Extraction("Kế hoạch cải cách hành chính năm 2025", "40/KH-UBND", issuedOn: new DateOnly(2025, 1, 10),
            issuer: "Ủy ban nhân dân tỉnh Thái Bình", tasks:
            [
                Docs.Task("I.1", "Sở Tư pháp rà soát văn bản quy phạm.", ["Sở Tư pháp"], due: new DateOnly(2025, 3, 1)),
                Docs.Task("I.2", "Sở Tài chính trình phương án tài chính.", ["Sở Tài chính"], due: new DateOnly(2025, 3, 1)),
                Docs.Task("I.3", "Sở Xây dựng báo cáo quy hoạch.", ["Sở Xây dựng"], due: new DateOnly(2025, 3, 5)),
                Docs.Task("I.4", "Sở Y tế kiểm tra an toàn thực phẩm.", ["Sở Y tế"], due: new DateOnly(2025, 3, 15)),
                Docs.Task("I.5", "Sở Công Thương xây dựng đề án.", ["Sở Công Thương"], due: new DateOnly(2025, 6, 30)),
                ongoing,
            ]);
        Docs.Add(Store, plan);
        Docs.Add(Store, Docs.Extraction("Kế hoạch thực hiện Chỉ thị số 41-CT/TW", "41/KH-UBND", issuedOn: new DateOnly(2025, 1, 5),
            issuer: "Ủy ban nhân dân tỉnh Thái Bình", tasks: [Docs.Task("1", "Sở Nội vụ hướng dẫn thực hiện.", ["Sở Nội vụ"])]));
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (number, path) in new[] { ("40/KH-UBND", "I.1"), ("40/KH-UBND", "I.2"), ("40/KH-UBND", "I.3"), ("40/KH-UBND", "I.4"),
            ("40/KH-UBND", "I.5"), ("40/KH-UBND", "II.7"), ("29/KH-UBND", "II.1"), ("29/KH-UBND", "II.2"), ("29/KH-UBND", "III.2"), ("41/KH-UBND", "1") })
            ids[path == "1" ? "41" : path] = Store.FindTasks(number, path, Today)[0].TaskId;
        Store.AddUpdate(new ProgressUpdateInput(ids["I.1"], ProgressClaim.Done, Today, "a", UpdateChannel.Web, CompletedOn: new DateOnly(2025, 2, 28)));
        Store.AddUpdate(new ProgressUpdateInput(ids["I.2"], ProgressClaim.Done, Today, "a", UpdateChannel.Web, CompletedOn: new DateOnly(2025, 3, 5)));
        Store.AddUpdate(new ProgressUpdateInput(ids["III.2"], ProgressClaim.Done, Today, "a", UpdateChannel.Web, CompletedOn: new DateOnly(2025, 2, 19),
            OccurrenceDue: new DateOnly(2025, 2, 20)));
        return ids;
    }

    private HashSet<long> SearchStatus(string status, DateOnly today) =>
        [.. Store.Search(new SearchRequest($"status:\"{status}\"", Limit: 100, Today: today)).Hits.Where(h => h.Kind == HitKind.Task).Select(h => h.TaskId!.Value)];

    private HashSet<long> ListStatus(TaskStatus status, DateOnly today) =>
        [.. Store.ListTasks(new TaskQuery(today) { Status = status, Limit = 100 }).Tasks.Select(t => t.Id)];

    [Fact]
    public void Search_by_status_finds_what_the_lists_show_for_every_status()
    {
        var ids = AddTasksInEveryStatus();
        var expected = new Dictionary<TaskStatus, long[]>
        {
            [TaskStatus.DoneOnTime] = [ids["I.1"]], [TaskStatus.DoneLate] = [ids["I.2"]], [TaskStatus.Overdue] = [ids["I.3"], ids["II.1"]],
            [TaskStatus.DueSoon] = [ids["I.4"]], [TaskStatus.Ongoing] = [ids["II.7"]], [TaskStatus.NoDeadline] = [ids["41"]],
        };
        var facets = Store.Search(new SearchRequest("status:qua-han status:dang-thuc-hien status:sap-den-han status:hoan-thanh-dung-han " +
            "status:hoan-thanh-qua-han status:thuong-xuyen status:chua-co-thoi-han", Limit: 100, Today: Today)).Facets["status"];
        foreach (var status in Enum.GetValues<TaskStatus>())
        {
            var listed = ListStatus(status, Today);
            Assert.True(listed.SetEquals(SearchStatus(StatusNames.Label(status), Today)), $"{status}: list {string.Join(",", listed)}");
            Assert.Equal(listed.Count, facets.FirstOrDefault(f => f.Value == status.ToString())?.Count ?? 0);
            if (expected.TryGetValue(status, out var want)) Assert.Equal(want.Order(), listed.Order());
        }
        // The inherited deadline (31/12/2025) and the recurring task's open March occurrence are in progress, by list and search.
        Assert.Contains(ids["II.2"], SearchStatus("đang thực hiện", Today));
        Assert.Contains(ids["III.2"], SearchStatus("đang thực hiện", Today));
    }

    [Fact]
    public void Search_by_status_follows_progress_updates_and_the_calendar_without_indexing_again()
    {
        var ids = AddTasksInEveryStatus();
        Assert.Contains(ids["I.1"], SearchStatus("hoàn thành đúng hạn", Today));
        // Reopened: the index follows through the change log before the next search.
        Store.AddUpdate(new ProgressUpdateInput(ids["I.1"], ProgressClaim.InProgress, Today, "b", UpdateChannel.Api));
        Assert.DoesNotContain(ids["I.1"], SearchStatus("hoàn thành đúng hạn", Today));
        Assert.Contains(ids["I.1"], SearchStatus("quá hạn", Today));
        // Days pass: due on 15/03, due soon on the 10th, overdue on the 16th; the recurring task's April occurrence is open.
        var later = new DateOnly(2025, 3, 16);
        Assert.Contains(ids["I.4"], SearchStatus("sắp đến hạn", Today));
        Assert.Contains(ids["I.4"], SearchStatus("qua-han", later));
        Assert.DoesNotContain(ids["I.4"], SearchStatus("sap-den-han", later));
        foreach (var status in Enum.GetValues<TaskStatus>())
            Assert.True(ListStatus(status, later).SetEquals(SearchStatus(StatusNames.Label(status), later)), status.ToString());
    }

    [Fact]
    public void Task_lists_sort_by_effective_due_with_inherited_deadlines_among_dated_tasks()
    {
        var ids = AddTasksInEveryStatus();
        var listed = Store.ListTasks(new TaskQuery(Today) { Limit = 100 }).Tasks.Select(t => t.Id).ToList();
        var dues = listed.Select(id => Store.Task(id, Today)!.State.EffectiveDue).ToList();
        Assert.Equal(dues.OrderBy(d => d is null).ThenBy(d => d), dues);
        // 31/12/2025 inherited from "năm 2025" sorts after 30/06/2025 and before the undated tasks; the recurring task by its current occurrence.
        Assert.True(listed.IndexOf(ids["I.5"]) < listed.IndexOf(ids["II.2"]) && listed.IndexOf(ids["II.2"]) < listed.IndexOf(ids["41"]));
        Assert.True(listed.IndexOf(ids["I.4"]) < listed.IndexOf(ids["III.2"]) && listed.IndexOf(ids["III.2"]) < listed.IndexOf(ids["I.5"]));
        var page = Store.ListTasks(new TaskQuery(Today) { Offset = 2, Limit = 3 });
        Assert.Equal(listed.Count, page.Total);
        Assert.Equal(listed.Skip(2).Take(3), page.Tasks.Select(t => t.Id));
        var inProgress = Store.ListTasks(new TaskQuery(Today) { Status = TaskStatus.InProgress, Offset = 1, Limit = 1 });
        Assert.Equal(ListStatus(TaskStatus.InProgress, Today).Count, inProgress.Total);
    }

    /// <summary>Tasks compared by value, lists by their items.</summary>
    private sealed class TrackedTaskComparer : IEqualityComparer<TrackedTask>
    {
        public static readonly TrackedTaskComparer Instance = new();
        public bool Equals(TrackedTask? a, TrackedTask? b) => a is not null && b is not null &&
            a.TaskId == b.TaskId && a.State.Status == b.State.Status && a.State.EffectiveDue == b.State.EffectiveDue &&
            a.Reported == b.Reported && a.LastReportedOn == b.LastReportedOn;
        public int GetHashCode(TrackedTask t) => t.TaskId.GetHashCode();
    }
}

/// <summary>Progress on the embedded SQLite store.</summary>
public sealed class SqliteProgressContractTests() : ProgressContract(new SqliteBackend());

/// <summary>Progress on PostgreSQL (a throwaway server started by the tests).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresProgressContractTests(PostgresServer server) : ProgressContract(new PostgresBackend(server));
