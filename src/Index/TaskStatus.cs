namespace DirectiveTracker.Index;

/// <summary>The state of a task (GLOSSARY: TaskStatus), computed from its deadline, completion and today.</summary>
public enum TaskStatus { InProgress, DueSoon, Overdue, DoneOnTime, DoneLate, Ongoing, NoDeadline }

/// <summary>How a task's status follows from its deadline and today; the SQL filter and facet use the same rule.</summary>
public static class TaskStatusRule
{
    /// <summary>A task due within this many days is <see cref="TaskStatus.DueSoon"/>.</summary>
    public const int DueSoonDays = 7;

    public static TaskStatus Compute(string? deadlineKind, DateOnly? due, DateOnly? completedOn, DateOnly today)
    {
        if (completedOn is { } done) return due is null || done <= due ? TaskStatus.DoneOnTime : TaskStatus.DoneLate;
        if (deadlineKind == "ongoing") return TaskStatus.Ongoing;
        if (due is not { } d) return TaskStatus.NoDeadline;
        if (d < today) return TaskStatus.Overdue;
        return d <= today.AddDays(DueSoonDays) ? TaskStatus.DueSoon : TaskStatus.InProgress;
    }

    /// <summary>The same rule over search_entries (alias e) with @today and @soon bound; completion is not tracked yet.</summary>
    internal const string Sql =
        "CASE WHEN e.task_id IS NULL THEN NULL " +
        "WHEN e.deadline_kind = 'ongoing' THEN 'Ongoing' " +
        "WHEN e.due IS NULL THEN 'NoDeadline' " +
        "WHEN e.due < @today THEN 'Overdue' " +
        "WHEN e.due <= @soon THEN 'DueSoon' ELSE 'InProgress' END";
}
