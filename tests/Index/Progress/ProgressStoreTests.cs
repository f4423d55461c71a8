using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Progress;

namespace DirectiveTracker.Index.Tests.Progress;

public sealed class ProgressStoreTests : IDisposable
{
    private static readonly DateOnly Today = new(2025, 3, 10);
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

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
        return Docs.Add(_store.Store, extraction).DocumentId;
    }

    [Fact]
    public void An_update_is_kept_in_history_and_changes_the_status()
    {
        AddPlan();
        var task = Assert.Single(_store.Store.FindTasks("29/kh-ubnd", "II.1", Today));
        Assert.Equal(TaskStatus.Overdue, task.State.Status);
        _store.Store.AddUpdate(new ProgressUpdateInput(task.TaskId, ProgressClaim.InProgress, new DateOnly(2025, 3, 2), "a@snv.gov.vn", UpdateChannel.Web, Note: "đang soạn"));
        _store.Store.AddUpdate(new ProgressUpdateInput(task.TaskId, ProgressClaim.Done, Today, "b@snv.gov.vn", UpdateChannel.Cli,
            CompletedOn: new DateOnly(2025, 3, 5), AgencyKey: "so noi vu",
            Attachments: [new UpdateAttachment("kh.pdf", "attachments/x.pdf", "00", 3)]));
        var after = _store.Store.Task(task.TaskId, Today)!;
        Assert.Equal(TaskStatus.DoneLate, after.State.Status);
        Assert.Equal(ProgressClaim.Done, after.Reported);
        var history = _store.Store.History(task.TaskId);
        Assert.Equal([ProgressClaim.InProgress, ProgressClaim.Done], history.Select(h => h.Claim));
        Assert.Equal(["a@snv.gov.vn", "b@snv.gov.vn"], history.Select(h => h.Author));
        Assert.Equal([UpdateChannel.Web, UpdateChannel.Cli], history.Select(h => h.Channel));
        Assert.Equal("kh.pdf", Assert.Single(history[1].Attachments).Name);
        Assert.Equal(new DateOnly(2025, 3, 5), history[1].CompletedOn);
        // Reopening: saying "in progress" after "done" clears the completion.
        _store.Store.AddUpdate(new ProgressUpdateInput(task.TaskId, ProgressClaim.InProgress, Today, "c", UpdateChannel.Api));
        Assert.Equal(TaskStatus.Overdue, _store.Store.Task(task.TaskId, Today)!.State.Status);
    }

    [Fact]
    public void Done_without_a_date_counts_from_the_day_it_was_reported()
    {
        AddPlan();
        var task = _store.Store.FindTasks("29/KH-UBND", "II.1", Today)[0];
        _store.Store.AddUpdate(new ProgressUpdateInput(task.TaskId, ProgressClaim.Done, new DateOnly(2025, 2, 27), "a", UpdateChannel.Web));
        Assert.Equal(TaskStatus.DoneOnTime, _store.Store.Task(task.TaskId, Today)!.State.Status);
    }

    [Fact]
    public void A_task_without_a_deadline_inherits_the_plan_year_and_status_moves_as_dates_pass()
    {
        AddPlan();
        var task = _store.Store.FindTasks("29/KH-UBND", "II.2", Today)[0];
        Assert.True(task.State.DueInherited);
        Assert.Equal(new DateOnly(2025, 12, 31), task.State.EffectiveDue);
        Assert.Equal(TaskStatus.InProgress, task.State.Status);
        Assert.Equal(TaskStatus.DueSoon, _store.Store.Task(task.TaskId, new DateOnly(2025, 12, 26))!.State.Status);
        Assert.Equal(TaskStatus.Overdue, _store.Store.Task(task.TaskId, new DateOnly(2026, 1, 1))!.State.Status);
    }

    [Fact]
    public void An_update_of_a_recurring_task_completes_its_current_occurrence_only()
    {
        AddPlan();
        var task = _store.Store.FindTasks("29/KH-UBND", "III.2", Today)[0];
        Assert.Equal([new DateOnly(2025, 2, 20), new DateOnly(2025, 3, 20)], task.State.Occurrences.Select(o => o.Period.Due));
        _store.Store.AddUpdate(new ProgressUpdateInput(task.TaskId, ProgressClaim.Done, Today, "a", UpdateChannel.Web, CompletedOn: new DateOnly(2025, 2, 19),
            OccurrenceDue: new DateOnly(2025, 2, 20)));
        var after = _store.Store.Task(task.TaskId, Today)!;
        Assert.Equal([TaskStatus.DoneOnTime, TaskStatus.InProgress], after.State.Occurrences.Select(o => o.Status));
        Assert.Equal(TaskStatus.InProgress, after.State.Status);
        var april = _store.Store.Task(task.TaskId, new DateOnly(2025, 4, 21))!;
        Assert.Equal([TaskStatus.DoneOnTime, TaskStatus.Overdue, TaskStatus.Overdue], april.State.Occurrences.Select(o => o.Status));
    }

    [Fact]
    public void A_rejected_proposal_changes_nothing_and_an_accepted_one_is_an_update()
    {
        AddPlan();
        var report = Docs.Add(_store.Store, Docs.Extraction("Báo cáo kết quả thực hiện Kế hoạch số 29/KH-UBND", "12/BC-SNV", DocumentKind.BaoCao,
            new DateOnly(2025, 3, 8), "Sở Nội vụ")).DocumentId;
        var t1 = _store.Store.FindTasks("29/KH-UBND", "II.1", Today)[0];
        var t2 = _store.Store.FindTasks("29/KH-UBND", "II.2", Today)[0];
        var ids = _store.Store.SaveProposals(report,
        [
            new ProposalInput(t1.TaskId, ProgressClaim.Done, new DateOnly(2025, 2, 25), 0.8, ["Đã ban hành Kế hoạch số 40/KH-UBND ngày 25/02/2025."], new DateOnly(2025, 3, 8), "so noi vu"),
            new ProposalInput(t2.TaskId, ProgressClaim.Done, null, 0.4, ["Đã tuyên truyền."], new DateOnly(2025, 3, 8), "so noi vu"),
        ]);
        Assert.Equal(2, _store.Store.PendingProposals(report).Count);

        var before = _store.Store.Task(t2.TaskId, Today)!;
        _store.Store.RejectProposal(ids[1], "clerk");
        var rejected = _store.Store.Task(t2.TaskId, Today)!;
        Assert.Equal(before, rejected with { }, TrackedTaskComparer.Instance);
        Assert.Empty(_store.Store.History(t2.TaskId));
        Assert.Equal(ProposalState.Rejected, _store.Store.Proposal(ids[1])!.State);
        Assert.Throws<InvalidOperationException>(() => _store.Store.AcceptProposal(ids[1], "clerk", Today));

        _store.Store.AcceptProposal(ids[0], "clerk", Today);
        var accepted = _store.Store.Task(t1.TaskId, Today)!;
        Assert.Equal(TaskStatus.DoneOnTime, accepted.State.Status);
        var update = Assert.Single(_store.Store.History(t1.TaskId));
        Assert.Equal(UpdateChannel.Report, update.Channel);
        Assert.Equal(report, update.SourceDocumentId);
        Assert.Empty(_store.Store.PendingProposals(report));
    }

    [Fact]
    public void Gap_reports_per_plan_agency_and_directive()
    {
        var plan = AddPlan();
        var district = Docs.Extraction("Kế hoạch thực hiện Kế hoạch số 29/KH-UBND", "15/KH-UBND", issuedOn: new DateOnly(2025, 3, 1),
            issuer: "Ủy ban nhân dân huyện Vũ Thư",
            references: [new Reference(DocumentKind.KeHoach, "29/KH-UBND", null, null, ReferenceRelation.Implements)],
            tasks: [Docs.Task("1", "Phòng Nội vụ huyện tổ chức tuyên truyền.", ["Phòng Nội vụ"], due: new DateOnly(2025, 3, 5))]);
        Docs.Add(_store.Store, district);
        var t = _store.Store.FindTasks("29/KH-UBND", "II.1", Today)[0];
        _store.Store.AddUpdate(new ProgressUpdateInput(t.TaskId, ProgressClaim.InProgress, Today, "a", UpdateChannel.Web));

        var gaps = _store.Store.PlanGaps(plan, Today);
        Assert.Equal(3, gaps.Counts.Total);
        Assert.Equal(1, gaps.Counts.Reported);
        Assert.Equal(2, gaps.NoProgress.Count);
        Assert.Equal("II.1", Assert.Single(gaps.Overdue).Path);
        Assert.Equal(["Sở Nội vụ"], gaps.Overdue[0].Leads);

        var agency = _store.Store.AgencyGaps("Sở Nội vụ", Today);
        Assert.Equal(2, agency.Owed.Count);
        Assert.Equal("III.2", Assert.Single(agency.Unreported).Path);

        var directive = _store.Store.DirectiveGaps("29/KH-UBND", Today);
        Assert.Equal("15/KH-UBND", Assert.Single(directive.Plans).Plan.Number);
        Assert.Equal(1, directive.Combined.ByStatus[TaskStatus.Overdue]);
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
