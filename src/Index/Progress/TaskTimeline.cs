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
        var status = StatusOf(t, today);
        return Inherits(t) is { } plan
            ? new TaskState(status, plan.End, true, plan.Text, [], null)
            : new TaskState(status, t.Due, false, t.DeadlineText, [], null);
    }

    /// <summary>
    /// The status alone (what <see cref="Compute"/> gives, without the occurrences' history): the task lists' filter and
    /// the search index's <c>status:</c> filter and facet compute it with this, from the same inputs.
    /// </summary>
    public TaskStatus StatusOf(TaskTimeline t, DateOnly today) => Current(t, today).Status;

    /// <summary>The status and the effective due date (the current occurrence's, the inherited one, or the stated one): what task lists filter and sort by.</summary>
    public (TaskStatus Status, DateOnly? Due) Current(TaskTimeline t, DateOnly today)
    {
        if (t.DeadlineKind == Extract.Model.DeadlineKind.Recurring && t.Every is { } every)
        {
            var current = OccurrenceSchedule.Current(every, t.Due, From(t, today), Until(t, today));
            return (OccurrenceStatus(t, current, today).Status, current.Due);
        }
        if (Inherits(t) is { } plan) return (TaskStatusRule.Compute(null, plan.End, t.CompletedOn, today, _dueSoonDays), plan.End);
        return (TaskStatusRule.Compute(t.DeadlineKind is { } k ? KindName(k) : null, t.Due, t.CompletedOn, today, _dueSoonDays), t.Due);
    }

    /// <summary>The deadline a task without one of its own takes from its plan's period.</summary>
    private static PlanPeriod? Inherits(TaskTimeline t) => t.DeadlineKind is null && t.Due is null ? t.PlanPeriod : null;

    // Periods run from the plan's date to today, and stop at the plan's end when it has one.
    private static DateOnly From(TaskTimeline t, DateOnly today) => t.PlanIssuedOn ?? t.Due ?? today;
    private static DateOnly Until(TaskTimeline t, DateOnly today) => t.PlanPeriod is { } p && p.End < today ? p.End : today;

    private OccurrenceState OccurrenceStatus(TaskTimeline t, OccurrencePeriod period, DateOnly today)
    {
        DateOnly? done = t.OccurrenceCompletions is { } c && c.TryGetValue(period.Due, out var d) ? d : null;
        return new OccurrenceState(period, done, TaskStatusRule.Compute("date", period.Due, done, today, _dueSoonDays));
    }

    private TaskState Recurring(TaskTimeline t, Recurrence every, DateOnly today)
    {
        var periods = OccurrenceSchedule.Periods(every, t.Due, From(t, today), Until(t, today));
        var states = periods.Select(p => OccurrenceStatus(t, p, today)).ToList();
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
