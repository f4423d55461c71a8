namespace DirectiveTracker.Index.Alerts;

/// <summary>Working days: not a weekend day, not a listed public holiday. Moves send days, never deadlines.</summary>
public sealed class WorkingCalendar(IEnumerable<DayOfWeek> weekend, IEnumerable<DateOnly> holidays)
{
    private readonly HashSet<DayOfWeek> _weekend = [.. weekend];
    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    public bool IsWorkingDay(DateOnly day) => !_weekend.Contains(day.DayOfWeek) && !_holidays.Contains(day);

    /// <summary>The day itself when it is a working day, else the last working day before it.</summary>
    public DateOnly OnOrBefore(DateOnly day)
    {
        for (int i = 0; i < 366 && !IsWorkingDay(day); i++) day = day.AddDays(-1);
        return day;
    }

    /// <summary>The day itself when it is a working day, else the first working day after it.</summary>
    public DateOnly OnOrAfter(DateOnly day)
    {
        for (int i = 0; i < 366 && !IsWorkingDay(day); i++) day = day.AddDays(1);
        return day;
    }
}
