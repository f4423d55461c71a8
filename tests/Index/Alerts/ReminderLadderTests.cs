using DirectiveTracker.Index.Alerts;

namespace DirectiveTracker.Index.Tests.Alerts;

public sealed class ReminderLadderTests
{
    private static readonly WorkingCalendar Calendar = new([DayOfWeek.Saturday, DayOfWeek.Sunday], [new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 2)]);
    private static readonly ReminderLadder Ladder = new(ReminderRule.DefaultLadder, Calendar);

    [Theory]
    [InlineData("2025-03-19", "before-7", 0)]
    [InlineData("2025-03-25", "before-1", 0)]
    [InlineData("2025-03-26", "due", 0)]
    [InlineData("2025-04-02", "overdue-weekly", 0)]
    [InlineData("2025-04-30", "overdue-weekly", 4)]
    public void The_latest_rung_reached(string today, string rule, int round)
    {
        var rung = Ladder.Latest(new DateOnly(2025, 3, 26), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((rule, round), (rung!.Value.Rule.Name, rung.Value.Round));
    }

    [Fact]
    public void Nothing_before_the_first_rung() =>
        Assert.Null(Ladder.Latest(new DateOnly(2025, 3, 26), new DateOnly(2025, 3, 18)));

    [Fact]
    public void The_due_ranges_hold_every_due_date_whose_latest_rung_is_sent_in_the_window()
    {
        // Property: for every due date over two years, the latest rung is sent in (after, today] exactly when the due date
        // lies in one of the ranges — checked over windows of one day, a weekend and a long closure.
        var windows = new[] { ("2025-03-25", "2025-03-26"), ("2025-03-28", "2025-03-31"), ("2025-08-29", "2025-09-03"), ("2025-01-01", "2025-02-15") };
        foreach (var (a, t) in windows)
        {
            DateOnly after = DateOnly.Parse(a, System.Globalization.CultureInfo.InvariantCulture), today = DateOnly.Parse(t, System.Globalization.CultureInfo.InvariantCulture);
            var ranges = Ladder.DueRanges(after, today, new DateOnly(2024, 1, 1));
            for (var due = new DateOnly(2024, 1, 1); due <= new DateOnly(2026, 1, 1); due = due.AddDays(1))
            {
                var rung = Ladder.Latest(due, today);
                bool inWindow = rung is { } r && r.SendOn > after;
                bool inRanges = ranges.Any(x => due >= x.From && due <= x.To);
                if (inWindow) Assert.True(inRanges, $"{due} missed for window ({after}, {today}]");
            }
        }
    }
}
