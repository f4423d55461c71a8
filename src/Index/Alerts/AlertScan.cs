using System.Diagnostics;

namespace DirectiveTracker.Index.Alerts;

/// <summary>What a scan decided: the day it scanned for and the alerts that are new (a dry run: that would be new).</summary>
public sealed record AlertScanResult(DateOnly Day, IReadOnlyList<Alert> Alerts, int Candidates, AlertScanTimings Timings);

/// <summary>Where a scan's time went (wall time of each phase), for the benchmark and the job's log.</summary>
/// <param name="Find">Reading the due tasks and occurrences in the window.</param>
/// <param name="Decide">Statuses and rungs.</param>
/// <param name="Describe">Reading the reminded tasks' text, document and owners.</param>
/// <param name="Commit">Writing alerts, recipients and the outbox (a dry run: looking up what was decided), composing excluded.</param>
/// <param name="Compose">Composing the digests and webhook bodies.</param>
public readonly record struct AlertScanTimings(TimeSpan Find, TimeSpan Decide, TimeSpan Describe, TimeSpan Commit, TimeSpan Compose)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"find {Find.TotalMilliseconds:F0} ms, decide {Decide.TotalMilliseconds:F0} ms, describe {Describe.TotalMilliseconds:F0} ms, compose {Compose.TotalMilliseconds:F0} ms, commit {Commit.TotalMilliseconds:F0} ms");
}

/// <summary>
/// The daily scan: finds the tasks and occurrences whose latest rung of the ladder is sent in the window since the last
/// scan, and decides their alerts — writing them with their outbox in one transaction, or, in a dry run, only listing them.
/// A scan after days off covers the days missed once, sending each task only its latest rung.
/// </summary>
public sealed class AlertScan(IAlertStore store, AlertOptions options, TimeProvider time)
{
    private readonly ReminderLadder _ladder = new(options.EffectiveLadder, options.Calendar());

    public AlertScanResult Run(DateOnly? day = null, bool dryRun = false)
    {
        long start = Stopwatch.GetTimestamp();
        var today = day ?? options.Today(time);
        var floor = today.AddDays(-Math.Max(1, options.CatchUpDays) - 1);   // exclusive: the oldest send day a scan still sends is floor + 1
        var last = store.LastAlertScan();
        DateOnly after = last is { } l && l.Day <= today ? (l.Day > floor ? l.Day : floor) : floor;
        var oldest = store.OldestOpenDue() ?? today;
        var ranges = _ladder.DueRanges(after, today, oldest);
        var items = store.DueItems(ranges, last?.At);
        var found = Stopwatch.GetTimestamp();

        var reached = new List<(DueItem, Rung)>();
        foreach (var item in items)
        {
            var status = TaskStatusRule.Compute(item.DeadlineKind, item.Due, null, today);
            if (status is not (TaskStatus.InProgress or TaskStatus.DueSoon or TaskStatus.Overdue)) continue;
            if (_ladder.Latest(item.Due, today) is not { } rung) continue;
            // An item in the window's ranges has its latest rung in the window (send days keep the order of nominal days);
            // items of documents added since the last scan reach back to the floor, and no further.
            if (rung.SendOn <= floor) continue;
            reached.Add((item, rung));
        }
        var decidedAt = Stopwatch.GetTimestamp();
        var alerts = store.Describe(reached);
        var described = Stopwatch.GetTimestamp();
        IReadOnlyList<Alert> fresh;
        var compose = TimeSpan.Zero;
        if (dryRun)
        {
            var decided = store.DecidedAlerts(alerts.Select(a => a.Identity).ToList());
            fresh = alerts.Where(a => !decided.Contains(a.Identity)).ToList();
        }
        else
        {
            var composer = new AlertComposer(options);
            fresh = store.CommitAlerts(new AlertScanMark(today, time.GetUtcNow()), alerts, a =>
            {
                long t = Stopwatch.GetTimestamp();
                var messages = composer.Compose(a, today);
                compose = Stopwatch.GetElapsedTime(t);
                return messages;
            });
        }
        var timings = new AlertScanTimings(Stopwatch.GetElapsedTime(start, found), Stopwatch.GetElapsedTime(found, decidedAt),
            Stopwatch.GetElapsedTime(decidedAt, described), Stopwatch.GetElapsedTime(described) - compose, compose);
        return new AlertScanResult(today, fresh, items.Count, timings);
    }
}
