using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Index.Progress;

/// <summary>One period of a recurring task (GLOSSARY: Occurrence) with its own due date.</summary>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period.</param>
/// <param name="Due">When this period's work is due: the stated day in the period ("trước ngày 20 hằng tháng") or the period's last day.</param>
public sealed record OccurrencePeriod(DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly Due);

/// <summary>
/// Unrolls a recurrence into its periods: from the period holding the plan's date up to the period holding the given
/// date (the newest <see cref="MaxPeriods"/> of them). The day within a period comes from the recurrence's next due
/// date as the grammar read it (its offset from its own period's start), else it is the period's last day.
/// </summary>
public static class OccurrenceSchedule
{
    /// <summary>A bound so that an old weekly task does not unroll without end.</summary>
    public const int MaxPeriods = 400;

    public static IReadOnlyList<OccurrencePeriod> Periods(Recurrence every, DateOnly? statedDue, DateOnly from, DateOnly until)
    {
        if (until < from) until = from;
        // The newest periods are kept, so the last one is always the current one (Current), however old the plan.
        var start = PeriodStart(every, from);
        var last = PeriodStart(every, until);
        for (int skip = 0; skip < 10_000 && Count(every, start, last) > MaxPeriods; skip++) start = Advance(every, start);
        var result = new List<OccurrencePeriod>();
        for (; start <= until && result.Count < MaxPeriods; start = Advance(every, start)) result.Add(Of(every, start, statedDue));
        return result;
    }

    /// <summary>The period holding <paramref name="until"/> (or <paramref name="from"/> when later): the last of <see cref="Periods"/>.</summary>
    public static OccurrencePeriod Current(Recurrence every, DateOnly? statedDue, DateOnly from, DateOnly until) =>
        Of(every, PeriodStart(every, until < from ? from : until), statedDue);

    /// <summary>The period starting at <paramref name="start"/>, due on the stated day's offset in its period, else on its last day.</summary>
    private static OccurrencePeriod Of(Recurrence every, DateOnly start, DateOnly? statedDue)
    {
        var next = Advance(every, start);
        var end = next.AddDays(-1);
        // The offset of the stated due day inside its own period (day 20 of a month, the 15th of the quarter's last month).
        int? offset = statedDue is { } s ? s.DayNumber - PeriodStart(every, s).DayNumber : null;
        var due = offset is { } o ? Clamp(start.AddDays(o), start, end) : end;
        // A stated "day 31" in a shorter month falls on the month's last day.
        if (offset is not null && every == Recurrence.Month && statedDue is { } sd)
            due = new DateOnly(start.Year, start.Month, Math.Min(sd.Day, DateTime.DaysInMonth(start.Year, start.Month)));
        return new OccurrencePeriod(start, end, due);
    }

    /// <summary>How many periods run from <paramref name="start"/> to <paramref name="last"/> (both period starts), at least roughly.</summary>
    private static int Count(Recurrence every, DateOnly start, DateOnly last) => every switch
    {
        Recurrence.Year => last.Year - start.Year + 1,
        Recurrence.HalfYear => ((last.Year - start.Year) * 12 + last.Month - start.Month) / 6 + 1,
        Recurrence.Quarter => ((last.Year - start.Year) * 12 + last.Month - start.Month) / 3 + 1,
        Recurrence.Month => (last.Year - start.Year) * 12 + last.Month - start.Month + 1,
        _ => (last.DayNumber - start.DayNumber) / 7 + 1,
    };

    public static DateOnly PeriodStart(Recurrence every, DateOnly d) => every switch
    {
        Recurrence.Year => new DateOnly(d.Year, 1, 1),
        Recurrence.HalfYear => new DateOnly(d.Year, d.Month <= 6 ? 1 : 7, 1),
        Recurrence.Quarter => new DateOnly(d.Year, (d.Month - 1) / 3 * 3 + 1, 1),
        Recurrence.Month => new DateOnly(d.Year, d.Month, 1),
        _ => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)), // weeks start on Monday
    };

    private static DateOnly Advance(Recurrence every, DateOnly start) => every switch
    {
        Recurrence.Year => start.AddYears(1),
        Recurrence.HalfYear => start.AddMonths(6),
        Recurrence.Quarter => start.AddMonths(3),
        Recurrence.Month => start.AddMonths(1),
        _ => start.AddDays(7),
    };

    private static DateOnly Clamp(DateOnly d, DateOnly min, DateOnly max) => d < min ? min : d > max ? max : d;
}
