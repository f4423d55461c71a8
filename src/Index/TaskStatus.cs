using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Index;

/// <summary>The state of a task (GLOSSARY: TaskStatus), computed from its deadline, completion and today.</summary>
public enum TaskStatus { InProgress, DueSoon, Overdue, DoneOnTime, DoneLate, Ongoing, NoDeadline }

/// <summary>How a task's status follows from its deadline and today; the status filter and facet use the same rule.</summary>
public static class TaskStatusRule
{
    /// <summary>A task due within this many days is <see cref="TaskStatus.DueSoon"/> unless configured otherwise (<see cref="Progress.StatusOptions"/>).</summary>
    public const int DueSoonDays = 7;

    public static TaskStatus Compute(string? deadlineKind, DateOnly? due, DateOnly? completedOn, DateOnly today) =>
        Compute(deadlineKind, due, completedOn, today, DueSoonDays);

    /// <summary>
    /// The seven statuses. Completion wins (on time when on or before the due date, or when there was none); an ongoing
    /// task without completion is <see cref="TaskStatus.Ongoing"/>; a task due today is not yet overdue.
    /// </summary>
    public static TaskStatus Compute(string? deadlineKind, DateOnly? due, DateOnly? completedOn, DateOnly today, int dueSoonDays)
    {
        if (completedOn is { } done) return due is null || done <= due ? TaskStatus.DoneOnTime : TaskStatus.DoneLate;
        if (deadlineKind == "ongoing") return TaskStatus.Ongoing;
        if (due is not { } d) return TaskStatus.NoDeadline;
        if (d < today) return TaskStatus.Overdue;
        return d <= today.AddDays(dueSoonDays) ? TaskStatus.DueSoon : TaskStatus.InProgress;
    }
}

/// <summary>One status as users read it: the Vietnamese label on screen, a URL/query slug and the English value.</summary>
public sealed record StatusName(TaskStatus Status, string Label, string Slug, string Value);

/// <summary>
/// The statuses' names (the monitoring scheme's Vietnamese labels). <see cref="TryParse"/> reads what a user may type in
/// <c>status:</c> — the label with or without diacritics, its short form, the slug or the English value.
/// </summary>
public static class StatusNames
{
    public static readonly IReadOnlyList<StatusName> All =
    [
        new(TaskStatus.InProgress, "Đang thực hiện, trong hạn", "dang-thuc-hien", "InProgress"),
        new(TaskStatus.DueSoon, "Sắp đến hạn", "sap-den-han", "DueSoon"),
        new(TaskStatus.Overdue, "Quá hạn, chưa hoàn thành", "qua-han", "Overdue"),
        new(TaskStatus.DoneOnTime, "Hoàn thành đúng hạn", "hoan-thanh-dung-han", "DoneOnTime"),
        new(TaskStatus.DoneLate, "Hoàn thành quá hạn", "hoan-thanh-qua-han", "DoneLate"),
        new(TaskStatus.Ongoing, "Thường xuyên", "thuong-xuyen", "Ongoing"),
        new(TaskStatus.NoDeadline, "Chưa có thời hạn", "chua-co-thoi-han", "NoDeadline"),
    ];

    /// <summary>Other words users type for a status (folded, spaces as hyphens): the short forms and older labels.</summary>
    private static readonly (string Key, TaskStatus Status)[] Aliases =
    [
        ("dang-thuc-hien-trong-han", TaskStatus.InProgress), ("trong-han", TaskStatus.InProgress),
        ("qua-han-chua-hoan-thanh", TaskStatus.Overdue), ("hoan-thanh-tre-han", TaskStatus.DoneLate),
        ("khong-co-thoi-han", TaskStatus.NoDeadline), ("in-progress", TaskStatus.InProgress), ("due-soon", TaskStatus.DueSoon),
        ("done-on-time", TaskStatus.DoneOnTime), ("done-late", TaskStatus.DoneLate), ("no-deadline", TaskStatus.NoDeadline),
    ];

    private static readonly Dictionary<string, TaskStatus> ByKey = BuildKeys();

    public static StatusName Of(TaskStatus status) => All[(int)status];

    public static string Label(TaskStatus status) => Of(status).Label;

    /// <summary>Reads <c>"quá hạn"</c>, <c>qua-han</c>, <c>Quá hạn, chưa hoàn thành</c>, <c>overdue</c>, <c>Overdue</c>.</summary>
    public static bool TryParse(string? text, out TaskStatus status)
    {
        status = default;
        return text is not null && ByKey.TryGetValue(Key(text), out status);
    }

    private static Dictionary<string, TaskStatus> BuildKeys()
    {
        var keys = new Dictionary<string, TaskStatus>(StringComparer.Ordinal);
        foreach (var s in All)
        {
            keys[Key(s.Label)] = s.Status;
            keys[s.Slug] = s.Status;
            keys[Key(s.Value)] = s.Status;
        }
        foreach (var (key, status) in Aliases) keys[key] = status;
        return keys;
    }

    /// <summary>Folded, lower case, words joined by hyphens: "Quá hạn" and "qua-han" meet.</summary>
    private static string Key(string text)
    {
        var folded = VietnameseText.Fold(text.Trim().Trim('"')).ToLowerInvariant();
        var b = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) b.Append(c);
            else if (b.Length > 0 && b[^1] != '-') b.Append('-');
        }
        return b.ToString().TrimEnd('-');
    }
}
