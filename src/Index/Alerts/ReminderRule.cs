namespace DirectiveTracker.Index.Alerts;

/// <summary>
/// One rung of the reminder ladder (GLOSSARY: ReminderRule): fires <see cref="OffsetDays"/> days from the due date
/// (negative: before), and again every <see cref="RepeatEveryDays"/> days while the task stays open. A rung on or
/// before the due date that falls on a closed day is sent the working day before (so the reminder still comes
/// before the deadline); a rung after it, the working day after.
/// </summary>
public sealed class ReminderRule
{
    /// <summary>The rule's name as alerts carry it: before-7, before-1, due, overdue-weekly.</summary>
    public string Name { get; set; } = "";

    public int OffsetDays { get; set; }

    public int? RepeatEveryDays { get; set; }

    /// <summary>At most this many rounds of a repeating rule (null: while the task is open).</summary>
    public int? MaxRounds { get; set; }

    /// <summary>7 days before, 1 day before, on the due date, then weekly while overdue.</summary>
    public static IReadOnlyList<ReminderRule> DefaultLadder { get; } =
    [
        new() { Name = "before-7", OffsetDays = -7 },
        new() { Name = "before-1", OffsetDays = -1 },
        new() { Name = "due", OffsetDays = 0 },
        new() { Name = "overdue-weekly", OffsetDays = 7, RepeatEveryDays = 7 },
    ];

    internal bool SendsEarlier => OffsetDays <= 0;

    internal DateOnly SendDay(DateOnly nominal, WorkingCalendar calendar) =>
        SendsEarlier ? calendar.OnOrBefore(nominal) : calendar.OnOrAfter(nominal);
}

/// <summary>A rung reached: the rule, which round of it (0 for a rule that does not repeat), its nominal day and its send day.</summary>
public readonly record struct Rung(ReminderRule Rule, int Round, DateOnly Nominal, DateOnly SendOn);

/// <summary>A closed range of due dates.</summary>
public readonly record struct DueRange(DateOnly From, DateOnly To);

/// <summary>The ladder applied to due dates: which rung a task has reached, and which due dates can reach a rung in a window.</summary>
public sealed class ReminderLadder(IReadOnlyList<ReminderRule> rules, WorkingCalendar calendar)
{
    public IReadOnlyList<ReminderRule> Rules => rules;

    /// <summary>The latest rung sent on or before <paramref name="today"/> for a task due on <paramref name="due"/>, if any.</summary>
    /// <remarks>A later rung supersedes earlier ones: a scan that catches up after days off sends only the latest.</remarks>
    public Rung? Latest(DateOnly due, DateOnly today)
    {
        Rung? best = null;
        foreach (var rule in rules)
        {
            if (LatestOf(rule, due, today) is not { } rung) continue;
            if (best is not { } b || rung.Nominal > b.Nominal || (rung.Nominal == b.Nominal && rung.SendOn >= b.SendOn)) best = rung;
        }
        return best;
    }

    private Rung? LatestOf(ReminderRule rule, DateOnly due, DateOnly today)
    {
        var first = due.AddDays(rule.OffsetDays);
        if (rule.RepeatEveryDays is not { } every || every <= 0)
        {
            var send = rule.SendDay(first, calendar);
            return send <= today ? new Rung(rule, 0, first, send) : null;
        }
        // Start a little past the round whose nominal day is today (an earlier send day can reach back), walk down.
        int k0 = (int)Math.Floor((today.DayNumber - first.DayNumber) / (double)every);
        for (int k = k0 + 2; k >= Math.Max(0, k0 - 60); k--)
        {
            if (rule.MaxRounds is { } max && k >= max) continue;
            var nominal = first.AddDays(k * every);
            var send = rule.SendDay(nominal, calendar);
            if (send <= today) return new Rung(rule, k, nominal, send);
        }
        return null;
    }

    /// <summary>
    /// The due dates whose rungs are sent in the window (<paramref name="after"/>, <paramref name="today"/>]: per rule, the
    /// nominal days whose send day falls in the window form one interval (moving to a working day keeps order), shifted by
    /// the rule's offset and, for a repeating rule, by each round back to <paramref name="oldestDue"/>.
    /// </summary>
    public IReadOnlyList<DueRange> DueRanges(DateOnly after, DateOnly today, DateOnly oldestDue)
    {
        var ranges = new List<DueRange>();
        if (after >= today) return ranges;
        foreach (var rule in rules)
        {
            var (a, b) = NominalWindow(rule, after, today);
            if (a > b) continue;
            if (rule.RepeatEveryDays is not { } every || every <= 0)
            {
                ranges.Add(new DueRange(a.AddDays(-rule.OffsetDays), b.AddDays(-rule.OffsetDays)));
                continue;
            }
            if (b.DayNumber - a.DayNumber + 1 >= every && rule.MaxRounds is null)
            {
                var last = b.AddDays(-rule.OffsetDays);
                ranges.Add(new DueRange(oldestDue < last ? oldestDue : last, last));
                continue;
            }
            for (int k = 0; rule.MaxRounds is not { } max || k < max; k++)
            {
                var to = b.AddDays(-rule.OffsetDays - k * every);
                if (to < oldestDue) break;
                ranges.Add(new DueRange(a.AddDays(-rule.OffsetDays - k * every), to));
            }
        }
        return Merge(ranges);
    }

    private (DateOnly From, DateOnly To) NominalWindow(ReminderRule rule, DateOnly after, DateOnly today)
    {
        DateOnly a = after.AddDays(1), b = today;
        const int limit = 400;   // longer than any run of closed days
        if (rule.SendsEarlier)
        {
            for (int i = 0; i < limit && rule.SendDay(a, calendar) <= after; i++) a = a.AddDays(1);
            for (int i = 0; i < limit && rule.SendDay(b.AddDays(1), calendar) <= today; i++) b = b.AddDays(1);
        }
        else
        {
            for (int i = 0; i < limit && rule.SendDay(a.AddDays(-1), calendar) > after; i++) a = a.AddDays(-1);
            for (int i = 0; i < limit && rule.SendDay(b, calendar) > today; i++) b = b.AddDays(-1);
        }
        return (a, b);
    }

    private static List<DueRange> Merge(List<DueRange> ranges)
    {
        ranges.Sort((x, y) => x.From.CompareTo(y.From));
        var merged = new List<DueRange>();
        foreach (var r in ranges)
        {
            if (merged.Count > 0 && r.From.DayNumber <= merged[^1].To.DayNumber + 1)
            {
                if (r.To > merged[^1].To) merged[^1] = merged[^1] with { To = r.To };
            }
            else merged.Add(r);
        }
        return merged;
    }
}
