namespace DirectiveTracker.Index.Progress;

/// <summary>Settings of status computation (section "Progress" of the configuration).</summary>
public sealed class StatusOptions
{
    /// <summary>A task due within this many days (today included) is "Sắp đến hạn".</summary>
    public int DueSoonDays { get; set; } = TaskStatusRule.DueSoonDays;

    /// <summary>The time zone whose calendar day is "today" (Vietnamese offices work on Indochina Time).</summary>
    public string TimeZoneId { get; set; } = TrackerClock.VietnamTimeZoneId;
}

/// <summary>Today's date in the tracker's time zone, read from a <see cref="TimeProvider"/> so tests and jobs can fix the clock.</summary>
public sealed class TrackerClock(TimeProvider time, TimeZoneInfo zone)
{
    public const string VietnamTimeZoneId = "Asia/Ho_Chi_Minh";

    public TrackerClock(TimeProvider time, StatusOptions? options = null) : this(time, FindZone((options ?? new()).TimeZoneId)) { }

    /// <summary>The system clock in Vietnam's time zone.</summary>
    public static TrackerClock System { get; } = new(TimeProvider.System);

    public TimeZoneInfo Zone { get; } = zone;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    /// <summary>The zone by id; Vietnam's fixed UTC+7 (no daylight saving since 1975) when the system has no tz database.</summary>
    public static TimeZoneInfo FindZone(string id)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            if (id != VietnamTimeZoneId) throw;
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }
}
