namespace DirectiveTracker.Index.Alerts;

/// <summary>Settings of the reminder scan (configuration section "Alerts").</summary>
public sealed class AlertOptions
{
    /// <summary>The reminder ladder, in order; empty means <see cref="ReminderRule.DefaultLadder"/>.</summary>
    public List<ReminderRule> Ladder { get; set; } = [];

    /// <summary>Public holidays (dates the office is closed) besides weekends: a send day falling on one moves, the deadline never does.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Days of the week the office is closed.</summary>
    public List<DayOfWeek> Weekend { get; set; } = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The time zone whose calendar day "today" is.</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>
    /// How far back a scan looks when it has no earlier scan to start from (the first scan, a new document, a machine that
    /// was off for weeks): a rung whose send day is older than this is not sent late.
    /// </summary>
    public int CatchUpDays { get; set; } = 14;

    /// <summary>Where task links in messages point: the web application's address, e.g. https://dtrack.example.gov.vn.</summary>
    public string LinkBase { get; set; } = "http://localhost:5000";

    /// <summary>Each alert is POSTed as JSON to every one of these addresses.</summary>
    public List<string> WebhookUrls { get; set; } = [];

    /// <summary>Addresses of the leaders' digest, besides users with the Leader role.</summary>
    public List<string> LeaderEmails { get; set; } = [];

    public IReadOnlyList<ReminderRule> EffectiveLadder => Ladder.Count > 0 ? Ladder : ReminderRule.DefaultLadder;

    public WorkingCalendar Calendar() => new(Weekend, Holidays);

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>Today's date in <see cref="TimeZone"/>.</summary>
    public DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone()).DateTime);
}
