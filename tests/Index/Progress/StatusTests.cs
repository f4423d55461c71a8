using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Progress;

namespace DirectiveTracker.Index.Tests.Progress;

/// <summary>A clock fixed at one instant.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

public sealed class StatusTests
{
    private static readonly DateOnly Today = new(2025, 3, 10);
    private static readonly TaskStateCalculator Calculator = new();

    private static TaskState Dated(DateOnly? due, DateOnly? done = null, DeadlineKind? kind = DeadlineKind.Date, PlanPeriod? plan = null) =>
        Calculator.Compute(new TaskTimeline(due is null && kind == DeadlineKind.Date ? null : kind, due, null, null, null, plan, done), Today);

    [Fact]
    public void Due_today_is_due_soon_not_overdue() => Assert.Equal(TaskStatus.DueSoon, Dated(Today).Status);

    [Fact]
    public void Due_yesterday_is_overdue() => Assert.Equal(TaskStatus.Overdue, Dated(Today.AddDays(-1)).Status);

    [Fact]
    public void Due_soon_window_ends_after_seven_days()
    {
        Assert.Equal(TaskStatus.DueSoon, Dated(Today.AddDays(7)).Status);
        Assert.Equal(TaskStatus.InProgress, Dated(Today.AddDays(8)).Status);
    }

    [Fact]
    public void Due_soon_days_are_configurable()
    {
        var calc = new TaskStateCalculator(new StatusOptions { DueSoonDays = 3 });
        Assert.Equal(TaskStatus.InProgress, calc.Compute(new TaskTimeline(DeadlineKind.Date, Today.AddDays(4), null, null, null, null, null), Today).Status);
        Assert.Equal(TaskStatus.DueSoon, calc.Compute(new TaskTimeline(DeadlineKind.Date, Today.AddDays(3), null, null, null, null, null), Today).Status);
    }

    [Fact]
    public void Done_on_the_deadline_is_on_time_and_a_day_later_is_late()
    {
        var due = Today.AddDays(-5);
        Assert.Equal(TaskStatus.DoneOnTime, Dated(due, done: due).Status);
        Assert.Equal(TaskStatus.DoneLate, Dated(due, done: due.AddDays(1)).Status);
        Assert.Equal(TaskStatus.DoneOnTime, Dated(null, done: Today, kind: null).Status);
    }

    [Fact]
    public void Ongoing_and_no_deadline()
    {
        Assert.Equal(TaskStatus.Ongoing, Dated(null, kind: DeadlineKind.Ongoing).Status);
        Assert.Equal(TaskStatus.NoDeadline, Dated(null, kind: null).Status);
    }

    [Fact]
    public void A_task_without_a_deadline_inherits_the_plans_period_and_says_so()
    {
        var plan = PlanPeriod.FromTitle("Công tác thi đua, khen thưởng tỉnh Thái Bình năm 2024", new DateOnly(2024, 2, 17));
        Assert.NotNull(plan);
        Assert.Equal(new DateOnly(2024, 12, 31), plan.End);
        var state = Dated(null, kind: null, plan: plan);
        Assert.True(state.DueInherited);
        Assert.Equal(new DateOnly(2024, 12, 31), state.EffectiveDue);
        Assert.Equal(TaskStatus.Overdue, state.Status);
        // A stated deadline is never replaced by the plan's.
        var own = Dated(new DateOnly(2025, 6, 30), plan: plan);
        Assert.False(own.DueInherited);
        Assert.Equal(TaskStatus.InProgress, own.Status);
    }

    [Fact]
    public void A_plan_that_only_implements_a_directive_has_no_period() =>
        Assert.Null(PlanPeriod.FromTitle("thực hiện Chỉ thị số 41-CT/TW, ngày 26/12/2024 của Bộ Chính trị", new DateOnly(2025, 3, 1)));

    [Fact]
    public void Monthly_task_has_one_occurrence_per_month_each_with_its_own_status()
    {
        // "trước ngày 20 hằng tháng" in a plan of 15/01/2025; today 10/03/2025; January's done, February's missed.
        var timeline = new TaskTimeline(DeadlineKind.Recurring, new DateOnly(2025, 1, 20), Recurrence.Month, "trước ngày 20 hằng tháng",
            new DateOnly(2025, 1, 15), null, null, new Dictionary<DateOnly, DateOnly> { [new DateOnly(2025, 1, 20)] = new DateOnly(2025, 1, 18) });
        var state = Calculator.Compute(timeline, Today);
        Assert.Equal([new DateOnly(2025, 1, 20), new DateOnly(2025, 2, 20), new DateOnly(2025, 3, 20)], state.Occurrences.Select(o => o.Period.Due));
        Assert.Equal([TaskStatus.DoneOnTime, TaskStatus.Overdue, TaskStatus.InProgress], state.Occurrences.Select(o => o.Status));
        Assert.Equal(new DateOnly(2025, 3, 20), state.Current!.Period.Due);
        Assert.Equal(TaskStatus.InProgress, state.Status);
    }

    [Fact]
    public void Quarterly_task_without_a_day_is_due_on_each_quarters_last_day_and_stops_at_the_plans_end()
    {
        var plan = new PlanPeriod(new DateOnly(2024, 12, 31), "năm 2024");
        var timeline = new TaskTimeline(DeadlineKind.Recurring, null, Recurrence.Quarter, "hằng quý", new DateOnly(2024, 2, 1), plan, null);
        var state = Calculator.Compute(timeline, Today);
        Assert.Equal(["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"], state.Occurrences.Select(o => o.Period.Due.ToString("yyyy-MM-dd")));
        Assert.All(state.Occurrences, o => Assert.Equal(TaskStatus.Overdue, o.Status));
    }

    [Fact]
    public void Half_yearly_periods_and_a_monthly_day_31_in_february()
    {
        var half = OccurrenceSchedule.Periods(Recurrence.HalfYear, null, new DateOnly(2025, 5, 1), new DateOnly(2025, 12, 1));
        Assert.Equal([new DateOnly(2025, 6, 30), new DateOnly(2025, 12, 31)], half.Select(p => p.Due));
        var monthly = OccurrenceSchedule.Periods(Recurrence.Month, new DateOnly(2025, 1, 31), new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 1));
        Assert.Equal([new DateOnly(2025, 1, 31), new DateOnly(2025, 2, 28), new DateOnly(2025, 3, 31)], monthly.Select(p => p.Due));
    }

    [Fact]
    public void Today_is_the_calendar_day_in_Vietnam()
    {
        // 17:30 UTC on 9 March is 00:30 on 10 March in Hanoi: a task due on 9 March is overdue there already.
        var clock = new TrackerClock(new FixedTime(new DateTimeOffset(2025, 3, 9, 17, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2025, 3, 10), clock.Today);
        Assert.Equal(TaskStatus.Overdue, Calculator.Compute(new TaskTimeline(DeadlineKind.Date, new DateOnly(2025, 3, 9), null, null, null, null, null), clock.Today).Status);
        var before = new TrackerClock(new FixedTime(new DateTimeOffset(2025, 3, 9, 16, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2025, 3, 9), before.Today);
    }

    [Theory]
    [InlineData("quá hạn", TaskStatus.Overdue)]
    [InlineData("\"Quá hạn\"", TaskStatus.Overdue)]
    [InlineData("qua-han", TaskStatus.Overdue)]
    [InlineData("qua han", TaskStatus.Overdue)]
    [InlineData("overdue", TaskStatus.Overdue)]
    [InlineData("DueSoon", TaskStatus.DueSoon)]
    [InlineData("sắp đến hạn", TaskStatus.DueSoon)]
    [InlineData("Hoàn thành quá hạn", TaskStatus.DoneLate)]
    [InlineData("hoan-thanh-dung-han", TaskStatus.DoneOnTime)]
    [InlineData("Đang thực hiện", TaskStatus.InProgress)]
    [InlineData("thường xuyên", TaskStatus.Ongoing)]
    [InlineData("chưa có thời hạn", TaskStatus.NoDeadline)]
    public void Status_names_read_labels_slugs_and_values(string text, TaskStatus expected)
    {
        Assert.True(StatusNames.TryParse(text, out var status));
        Assert.Equal(expected, status);
    }

    [Fact]
    public void Unknown_status_names_are_refused() => Assert.False(StatusNames.TryParse("xong rồi", out _));

    [Fact]
    public void Every_status_has_a_distinct_slug_and_label()
    {
        Assert.Equal(7, StatusNames.All.Select(s => s.Slug).Distinct().Count());
        foreach (var s in StatusNames.All)
        {
            Assert.True(StatusNames.TryParse(s.Label, out var fromLabel));
            Assert.Equal(s.Status, fromLabel);
        }
    }
}
