using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Index.Progress;

/// <summary>What a task's status is computed from: its deadline as stored, its plan and what has been completed.</summary>
/// <param name="DeadlineKind">The contract's deadline kind (date, period, recurring, ongoing) or null.</param>
/// <param name="CompletedOn">When the whole task was completed (a non-recurring task).</param>
/// <param name="OccurrenceCompletions">For a recurring task: completion date by occurrence due date.</param>
public sealed record TaskTimeline(
    DeadlineKind? DeadlineKind, DateOnly? Due, Recurrence? Every, string? DeadlineText,
    DateOnly? PlanIssuedOn, PlanPeriod? PlanPeriod, DateOnly? CompletedOn,
    IReadOnlyDictionary<DateOnly, DateOnly>? OccurrenceCompletions = null);

/// <summary>The status of one occurrence of a recurring task.</summary>
public sealed record OccurrenceState(OccurrencePeriod Period, DateOnly? CompletedOn, TaskStatus Status);

/// <summary>
/// A task's computed status. <see cref="DueInherited"/> marks a deadline taken from the plan's period (shown as such,
/// never as stated). A recurring task's status is its current occurrence's; <see cref="Occurrences"/> is the history.
/// </summary>
public sealed record TaskState(
    TaskStatus Status, DateOnly? EffectiveDue, bool DueInherited, string? DueText,
    IReadOnlyList<OccurrenceState> Occurrences, OccurrenceState? Current)
{
    public string StatusLabel => StatusNames.Label(Status);
}

/// <summary>Computes <see cref="TaskState"/> for a day: the status rule, occurrences of recurring tasks, inherited deadlines.</summary>
public sealed class TaskStateCalculator(StatusOptions? options = null)
{
    private readonly int _dueSoonDays = (options ?? new()).DueSoonDays;

    public TaskState Compute(TaskTimeline t, DateOnly today)
    {
        if (t.DeadlineKind == Extract.Model.DeadlineKind.Recurring && t.Every is { } every) return Recurring(t, every, today);
        string? kind = t.DeadlineKind is { } k ? KindName(k) : null;
        if (t.DeadlineKind is null && t.Due is null && t.PlanPeriod is { } plan)
        {
            var inherited = TaskStatusRule.Compute(null, plan.End, t.CompletedOn, today, _dueSoonDays);
            return new TaskState(inherited, plan.End, true, plan.Text, [], null);
        }
        var status = TaskStatusRule.Compute(kind, t.Due, t.CompletedOn, today, _dueSoonDays);
        return new TaskState(status, t.Due, false, t.DeadlineText, [], null);
    }

    private TaskState Recurring(TaskTimeline t, Recurrence every, DateOnly today)
    {
        // Periods run from the plan's date to today, and stop at the plan's end when it has one.
        var from = t.PlanIssuedOn ?? t.Due ?? today;
        var until = t.PlanPeriod is { } p && p.End < today ? p.End : today;
        var periods = OccurrenceSchedule.Periods(every, t.Due, from, until);
        var states = new List<OccurrenceState>(periods.Count);
        foreach (var period in periods)
        {
            DateOnly? done = t.OccurrenceCompletions is { } c && c.TryGetValue(period.Due, out var d) ? d : null;
            states.Add(new OccurrenceState(period, done, TaskStatusRule.Compute("date", period.Due, done, today, _dueSoonDays)));
        }
        var current = states.Count > 0 ? states[^1] : null;
        return new TaskState(current?.Status ?? TaskStatus.NoDeadline, current?.Period.Due, false, t.DeadlineText, states, current);
    }

    private static string KindName(DeadlineKind k) => k switch
    {
        Extract.Model.DeadlineKind.Date => "date",
        Extract.Model.DeadlineKind.Period => "period",
        Extract.Model.DeadlineKind.Recurring => "recurring",
        _ => "ongoing",
    };
}
