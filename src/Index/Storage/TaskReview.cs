using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Index.Storage;

/// <summary>The backend-neutral rules of a person's task review: a new task's deadline, split parts and their paths, what a merge makes.</summary>
internal static class TaskReview
{
    /// <summary>The deadline of a task a person adds: a date with its phrase, a phrase alone (ongoing), or none.</summary>
    public static Deadline? DeadlineOf(TaskEdit content) =>
        content.Due is { } due
            ? new Deadline(DeadlineKind.Date, due, null, content.DeadlineText is { Length: > 0 } t ? t : $"trước ngày {due:dd/MM/yyyy}")
            : content.DeadlineText is { Length: > 0 } phrase ? new Deadline(DeadlineKind.Ongoing, null, null, phrase) : null;

    /// <summary>The parts of a split, trimmed and non-empty: two to 26.</summary>
    public static List<string> SplitParts(IReadOnlyList<string> parts)
    {
        var texts = parts.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (texts.Count < 2) throw new ArgumentException("A split needs at least two parts.", nameof(parts));
        if (texts.Count > 26) throw new ArgumentException("A split makes at most 26 parts.", nameof(parts));
        return texts;
    }

    /// <summary>The path of a split's part <paramref name="index"/> (1 → "-b", 2 → "-c", …).</summary>
    public static string PartPath(string path, int index) => $"{path}-{(char)('a' + index)}";

    /// <summary>Texts joined in order, owners united (a lead stays a lead), the earliest deadline.</summary>
    public static MergedTask Merge(IReadOnlyList<StoredTask> tasks, string parameter)
    {
        if (tasks.Select(t => t.DocumentId).Distinct().Count() > 1) throw new ArgumentException("Merged tasks must belong to one document.", parameter);
        var leads = tasks.SelectMany(t => t.Leads).Select(o => o.Name).Distinct(StringComparer.Ordinal).ToList();
        var supports = tasks.SelectMany(t => t.Supports).Select(o => o.Name).Where(n => !leads.Contains(n, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var deadline = tasks.Select(t => t.Deadline).Where(d => d is not null).OrderBy(d => d!.Due is null).ThenBy(d => d!.Due).FirstOrDefault();
        return new MergedTask(string.Join("\n", tasks.Select(t => t.Text)), leads, supports, deadline);
    }
}

/// <summary>What merging tasks makes of the first.</summary>
internal sealed record MergedTask(string Text, IReadOnlyList<string> Leads, IReadOnlyList<string> Supports, Deadline? Deadline);
