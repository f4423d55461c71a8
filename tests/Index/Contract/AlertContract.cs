using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Alerts;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.TestSupport;

namespace DirectiveTracker.Index.Tests.Contract;

/// <summary>A clock fixed at one instant (TimeProvider is how the scan reads time).</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// What every backend promises of alerts behind <see cref="ITrackerStore"/>: the ladder's rungs each decided once, the
/// outbox written with them, notifications, unmapped owners; two instances scanning and sending at once still decide and
/// send each alert once. Run against SQLite and PostgreSQL by the subclasses at the end of this file.
/// </summary>
public abstract class AlertContract(StoreBackend backend) : IDisposable
{
    private readonly StoreBackend _backend = backend;
    private ITrackerStore Store { get; } = backend.Open();
    private readonly FixedTime _time = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _backend.Dispose();
        GC.SuppressFinalize(this);
    }

    private static readonly DateOnly Wednesday = new(2025, 3, 26);

    private StoreOutcome AddPlan(string number, params TaskItem[] tasks) =>
        Docs.Add(Store, Docs.Extraction("Kế hoạch triển khai công tác cải cách hành chính", number, tasks: tasks));

    private AlertScanResult Scan(DateOnly day, AlertOptions? options = null, bool dryRun = false) =>
        new AlertScan(Store, options ?? new AlertOptions(), _time).Run(day, dryRun);

    [Fact]
    public void Each_rung_of_the_ladder_is_sent_once_on_its_day_while_the_task_is_open()
    {
        AddPlan("12/KH-UBND", Docs.Task("1", "Rà soát thủ tục hành chính", ["Sở Nội vụ"], ["Sở Tư pháp"], Wednesday));
        var sent = new List<(DateOnly Day, string Rule, int Round)>();
        for (var day = Wednesday.AddDays(-10); day <= Wednesday.AddDays(22); day = day.AddDays(1))
        {
            foreach (var a in Scan(day).Alerts) sent.Add((day, a.Rule, a.Round));
        }
        Assert.Equal(
            [
                (Wednesday.AddDays(-7), "before-7", 0), (Wednesday.AddDays(-1), "before-1", 0), (Wednesday, "due", 0),
                (Wednesday.AddDays(7), "overdue-weekly", 0), (Wednesday.AddDays(14), "overdue-weekly", 1), (Wednesday.AddDays(21), "overdue-weekly", 2),
            ], sent);
    }

    [Fact]
    public void The_lead_is_reminded_and_supporting_agencies_get_a_copy()
    {
        AddPlan("12/KH-UBND", Docs.Task("1", "Rà soát thủ tục hành chính", ["Sở Nội vụ"], ["Sở Tư pháp", "Sở Tài chính"], Wednesday));
        var alert = Assert.Single(Scan(Wednesday.AddDays(-7), dryRun: true).Alerts);
        Assert.Equal(("Sở Nội vụ", "lead"), (alert.Recipients[0].AgencyName, alert.Recipients[0].Role));
        Assert.Equal([("Sở Tài chính", "support"), ("Sở Tư pháp", "support")],
            alert.Recipients.Skip(1).Select(r => (r.AgencyName, r.Role)).OrderBy(x => x.AgencyName, StringComparer.Ordinal).ToList());
        Assert.Equal("12/KH-UBND", alert.DocumentNumber);
    }

    [Fact]
    public void A_done_or_ongoing_task_gets_no_reminder()
    {
        var outcome = AddPlan("12/KH-UBND",
            Docs.Task("1", "Rà soát thủ tục hành chính", ["Sở Nội vụ"], due: Wednesday),
            Docs.Task("2", "Báo cáo kết quả", ["Sở Tư pháp"], due: Wednesday),
            Docs.Task("3", "Tuyên truyền thường xuyên", ["Sở Y tế"]) with { Deadline = new Deadline(DeadlineKind.Ongoing, null, null, "thường xuyên") });
        var done = Assert.Single(Store.DocumentTasks(outcome.DocumentId, Wednesday), t => t.Path == "2");
        Store.AddUpdate(new ProgressUpdateInput(done.TaskId, ProgressClaim.Done, new DateOnly(2025, 3, 20), "clerk", UpdateChannel.Web));
        var alerts = Scan(Wednesday).Alerts;
        Assert.Equal(["1"], alerts.Select(a => a.TaskPath).ToList());
    }

    [Fact]
    public void Weekends_and_holidays_move_the_send_day_never_the_deadline()
    {
        // Tết 2025: 27–31 January are holidays. A task due Thursday 30 January is reminded on Friday 24 January
        // (the last working day before both its day-before and its due-date rungs), with its deadline as stated.
        var tet = new AlertOptions { Holidays = [.. Enumerable.Range(27, 5).Select(d => new DateOnly(2025, 1, d))] };
        AddPlan("5/KH-UBND",
            Docs.Task("1", "Tổng kết công tác năm", ["Văn phòng UBND tỉnh"], due: new DateOnly(2025, 1, 30)),
            Docs.Task("2", "Báo cáo quý IV", ["Sở Kế hoạch và Đầu tư"], due: new DateOnly(2025, 1, 23)));
        var sent = new Dictionary<DateOnly, List<string>>();
        for (var day = new DateOnly(2025, 1, 20); day <= new DateOnly(2025, 2, 7); day = day.AddDays(1))
        {
            var alerts = Scan(day, tet).Alerts;
            if (alerts.Count > 0) sent[day] = alerts.Select(a => $"{a.TaskPath}:{a.Rule}:{a.Due:yyyy-MM-dd}").ToList();
        }
        Assert.Equal(["1:due:2025-01-30"], sent[new DateOnly(2025, 1, 24)].Where(s => s.StartsWith('1')).ToList());
        // Task 2's first overdue rung, nominally on holiday 30 January, waits for Monday 3 February.
        Assert.Equal(["2:overdue-weekly:2025-01-23"], sent[new DateOnly(2025, 2, 3)]);
        Assert.DoesNotContain(sent.Keys, d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || tet.Holidays.Contains(d));
        // Task 1's before-7 rung falls on Thursday 23 January, a working day.
        Assert.Contains("1:before-7:2025-01-30", sent[new DateOnly(2025, 1, 23)]);
    }

    [Fact]
    public void A_scan_that_runs_late_catches_up_once_with_the_latest_rung()
    {
        AddPlan("12/KH-UBND", Docs.Task("1", "Rà soát thủ tục hành chính", ["Sở Nội vụ"], due: Wednesday));
        Assert.Empty(Scan(Wednesday.AddDays(-9)).Alerts);
        // The machine was off from before the 7-day rung until two days after the due date.
        var late = Scan(Wednesday.AddDays(2));
        Assert.Equal(["due"], late.Alerts.Select(a => a.Rule).ToList());
        Assert.Empty(Scan(Wednesday.AddDays(3)).Alerts);
        Assert.Empty(Scan(Wednesday.AddDays(2)).Alerts);
    }

    [Fact]
    public void An_alert_is_never_decided_twice_even_after_its_document_is_saved_again()
    {
        var task = Docs.Task("1", "Rà soát thủ tục hành chính", ["Sở Nội vụ"], due: Wednesday);
        AddPlan("12/KH-UBND", task);
        var first = Scan(Wednesday);
        Assert.Single(first.Alerts);
        Assert.Empty(Scan(Wednesday).Alerts);
        Assert.Empty(Scan(Wednesday, dryRun: true).Alerts);
        // Re-saving the document (a clerk's correction) renumbers its tasks; the alert's identity does not change.
        Docs.Add(Store, Docs.Extraction("Kế hoạch triển khai công tác cải cách hành chính", "12/KH-UBND", tasks: task with { Text = task.Text + " (sửa)" }),
            body: "Kế hoạch triển khai công tác cải cách hành chính\nRà soát thủ tục hành chính");
        Assert.Empty(Scan(Wednesday).Alerts);
        // A changed deadline is a new alert.
        Docs.Add(Store, Docs.Extraction("Kế hoạch triển khai công tác cải cách hành chính", "12/KH-UBND", tasks: task with { Deadline = task.Deadline! with { Due = Wednesday.AddDays(1) } }),
            body: "Kế hoạch triển khai công tác cải cách hành chính\nRà soát thủ tục hành chính");
        Assert.Single(Scan(Wednesday.AddDays(1)).Alerts);
    }

    [Fact]
    public void A_dry_run_writes_nothing_and_a_scan_writes_its_outbox_in_the_same_transaction()
    {
        AddPlan("12/KH-UBND", Docs.Task("1", "Rà soát thủ tục hành chính", ["Sở Nội vụ"], ["Sở Tư pháp"], Wednesday));
        var options = new AlertOptions { WebhookUrls = ["http://127.0.0.1:1/hook"] };
        Assert.Single(Scan(Wednesday, options, dryRun: true).Alerts);
        Assert.Null(Store.LastAlertScan());
        Assert.Empty(Store.ClaimOutbox(_time.Now.AddYears(5), 100, TimeSpan.FromMinutes(1)));

        Assert.Single(Scan(Wednesday, options).Alerts);
        var outbox = Store.ClaimOutbox(_time.Now.AddYears(5), 100, TimeSpan.FromMinutes(1));
        // A digest to each agency, the leaders' digest, and the webhook.
        Assert.Equal(
            [("email", "so noi vu"), ("email", "so tu phap"), ("email", OutboxMessage.Leaders), ("webhook", "http://127.0.0.1:1/hook")],
            outbox.Select(o => (o.Channel, o.Recipient)).OrderBy(x => x.Channel).ThenBy(x => x.Recipient == OutboxMessage.Leaders).ThenBy(x => x.Recipient, StringComparer.Ordinal).ToList());
        Assert.Contains("ĐẾN HẠN HÔM NAY", outbox[0].Body);
        Assert.Contains("Đến hạn hôm nay", outbox[0].Html);
        Assert.Equal(Wednesday, Store.LastAlertScan()!.Value.Day);
    }

    [Fact]
    public void A_task_without_a_deadline_inherits_its_plans_period_labelled_as_such()
    {
        Docs.Add(Store, Docs.Extraction("Kế hoạch thực hiện công tác chuyển đổi số năm 2025", "30/KH-UBND",
            tasks: Docs.Task("2", "Xây dựng cơ sở dữ liệu", ["Sở Thông tin và Truyền thông"])));
        var alert = Assert.Single(Scan(new DateOnly(2025, 12, 31), dryRun: true).Alerts);
        Assert.True(alert.Inherited);
        Assert.Equal(new DateOnly(2025, 12, 31), alert.Due);
        Assert.Equal("due", alert.Rule);
    }

    [Fact]
    public void Occurrences_of_a_recurring_task_are_reminded_each_with_its_own_due_date()
    {
        var outcome = AddPlan("7/KH-UBND", Docs.Task("3", "Báo cáo tình hình trước ngày 20 hằng tháng", ["Sở Nội vụ"]) with
        {
            Deadline = new Deadline(DeadlineKind.Recurring, new DateOnly(2025, 3, 20), Recurrence.Month, "trước ngày 20 hằng tháng"),
        });
        foreach (var (start, due) in new[] { (new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 20)), (new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 20)) })
        {
            using var cmd = _backend.Connection(Store).CreateCommand();
            cmd.CommandText = "INSERT INTO occurrences (task_id, period_start, due) SELECT id, @s, @due FROM tasks WHERE document_id = @d";
            foreach (var (name, value) in new (string, object)[] { ("@s", start), ("@due", due), ("@d", outcome.DocumentId) })
            {
                var p = cmd.CreateParameter();
                p.ParameterName = name;
                p.Value = value;
                cmd.Parameters.Add(p);
            }
            cmd.ExecuteNonQuery();
        }
        var alerts = Scan(new DateOnly(2025, 3, 13)).Alerts;   // Thursday: before-7 of March's occurrence, overdue round 2 of February's
        Assert.Equal([("2025-02-20", "overdue-weekly"), ("2025-03-20", "before-7")],
            alerts.Select(a => (a.OccurrenceDue!.Value.ToString("yyyy-MM-dd"), a.Rule)).OrderBy(x => x.Item1).ToList());
    }

    [Fact]
    public void Today_is_the_calendar_day_in_Ho_Chi_Minh_City()
    {
        AddPlan("12/KH-UBND", Docs.Task("1", "Rà soát thủ tục hành chính", ["Sở Nội vụ"], due: Wednesday));
        _time.Now = new DateTimeOffset(2025, 3, 25, 17, 30, 0, TimeSpan.Zero);   // 00:30 on Wednesday 26 March in Hà Nội
        var result = new AlertScan(Store, new AlertOptions(), _time).Run(dryRun: true);
        Assert.Equal(Wednesday, result.Day);
        Assert.Equal(["due"], result.Alerts.Select(a => a.Rule).ToList());
    }

    [Fact]
    public void An_owner_without_a_directory_address_is_listed_not_dropped()
    {
        AddPlan("12/KH-UBND",
            Docs.Task("1", "Rà soát thủ tục hành chính", ["Sở Nội vụ"], ["Ban Dân tộc"], Wednesday),
            Docs.Task("2", "Nhiệm vụ không rõ cơ quan", due: Wednesday));
        Store.SetAgencyEmails("so noi vu", ["snv@example.gov.vn"]);
        Assert.Equal(2, Scan(Wednesday).Alerts.Count);
        var unmapped = Store.UnmappedOwners();
        Assert.Equal(["", "ban dan toc"], unmapped.Select(u => u.AgencyKey).OrderBy(k => k, StringComparer.Ordinal).ToList());
        Assert.All(unmapped, u => Assert.Equal(1, u.UnsentMessages));
    }

    [Fact]
    public void A_users_bell_counts_the_alerts_of_their_agency_until_read()
    {
        AddPlan("12/KH-UBND",
            Docs.Task("1", "Rà soát thủ tục hành chính", ["Sở Nội vụ"], ["Sở Tư pháp"], Wednesday),
            Docs.Task("2", "Báo cáo kết quả", ["Sở Tư pháp"], due: Wednesday.AddDays(7)));
        const string user = "7f3c2a", agency = "so tu phap";   // a web user of Sở Tư pháp
        Assert.Equal(0, Store.UnreadNotifications(agency, user));
        Scan(Wednesday);
        Assert.Equal(2, Store.UnreadNotifications(agency, user));   // a copy of task 1, the lead of task 2
        var list = Store.Notifications("so tu phap");
        Assert.Equal([("2", "lead", "before-7"), ("1", "support", "due")], list.Select(n => (n.TaskPath, n.Role, n.Rule)).OrderByDescending(x => x.Item1, StringComparer.Ordinal).ToList());
        Store.MarkNotificationsRead(user, list.Max(n => n.Id));
        Assert.Equal(0, Store.UnreadNotifications(agency, user));
        Scan(Wednesday.AddDays(6));   // the day before task 2 is due
        Assert.Equal(1, Store.UnreadNotifications(agency, user));
    }

    [Fact]
    public void Two_instances_scanning_and_sending_at_once_decide_and_send_each_alert_once()
    {
        AddPlan("12/KH-UBND", Enumerable.Range(1, 30).Select(i =>
            Docs.Task($"{i}", $"Nhiệm vụ {i}", [i % 2 == 0 ? "Sở Nội vụ" : "Sở Tư pháp"], ["Sở Tài chính"], Wednesday.AddDays(i % 3))).ToArray());
        var other = _backend.Open();
        var scanned = new System.Collections.Concurrent.ConcurrentBag<Alert>();
        var claimed = new System.Collections.Concurrent.ConcurrentBag<long>();
        // Webhooks give many outbox messages (one per alert and URL), so the two senders meet on the same rows.
        var options = new AlertOptions { WebhookUrls = [.. Enumerable.Range(1, 4).Select(i => $"http://127.0.0.1:1/hook{i}")] };
        int expected = new AlertScan(Store, options, _time).Run(Wednesday, dryRun: true).Alerts.Count;
        Assert.Equal(30, expected);   // the first scan gives each open task its latest rung reached
        RunTogether([Store, other], s => { foreach (var a in new AlertScan(s, options, _time).Run(Wednesday).Alerts) scanned.Add(a); });
        Assert.Equal(expected, scanned.Count);
        Assert.Equal(expected, scanned.Select(a => a.Identity).Distinct().Count());
        Assert.Equal(expected, Store.DecidedAlerts(scanned.Select(a => a.Identity).ToList()).Count);
        var later = _time.Now.AddYears(5);
        RunTogether([Store, other], s =>
        {
            // Small batches, so both senders keep claiming while the other does.
            for (var batch = s.ClaimOutbox(later, 1, TimeSpan.FromMinutes(5)); batch.Count > 0; batch = s.ClaimOutbox(later, 1, TimeSpan.FromMinutes(5)))
                foreach (var m in batch) { claimed.Add(m.Id); s.MarkOutboxSent(m.Id, later); }
        });
        // One digest per agency (three), the leaders' digest and a webhook per alert and URL, each claimed and sent once.
        int messages = 4 + expected * options.WebhookUrls.Count;
        Assert.Equal(messages, claimed.Distinct().Count());
        Assert.Equal(messages, claimed.Count);
        Assert.Equal(messages, Store.Outbox("sent", 1000).Count);
        Assert.Empty(new AlertScan(other, options, _time).Run(Wednesday).Alerts);
    }

    private static void RunTogether(ITrackerStore[] stores, Action<ITrackerStore> work)
    {
        using var start = new Barrier(stores.Length);
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var threads = stores.Select(s => new Thread(() =>
        {
            try { start.SignalAndWait(); work(s); }
            catch (Exception e) { errors.Enqueue(e); }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(errors);
    }
}

/// <summary>Alerts on the embedded SQLite store.</summary>
public sealed class SqliteAlertContractTests() : AlertContract(new SqliteBackend());

/// <summary>Alerts on PostgreSQL (a throwaway server started by the tests).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAlertContractTests(PostgresServer server) : AlertContract(new PostgresBackend(server));
