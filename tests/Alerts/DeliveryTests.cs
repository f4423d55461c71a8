using System.Net;
using System.Text;
using System.Text.Json;
using DirectiveTracker.Index.Alerts;
using DirectiveTracker.Index.Tests;
using DirectiveTracker.Web.Alerts;
using Microsoft.Extensions.Logging.Abstractions;

namespace DirectiveTracker.Alerts.Tests;

/// <summary>A clock the tests move (TimeProvider is how the scan and the sender read time).</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Alerts through the outbox to a real SMTP server and a real HTTP listener.</summary>
public sealed class DeliveryTests : IDisposable
{
    private static readonly DateOnly Wednesday = new(2025, 3, 26);
    private const string Secret = "khoa-bi-mat-webhook";

    private readonly TestStore _db = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2025, 3, 26, 0, 5, 0, TimeSpan.Zero));   // 07:05 in Hà Nội

    public void Dispose() => _db.Dispose();

    private void AddPlan()
    {
        Docs.Add(_db.Store, Docs.Extraction("Kế hoạch cải cách hành chính năm 2025", "12/KH-UBND", tasks:
        [
            Docs.Task("1", "Rà soát, đơn giản hóa thủ tục hành chính", ["Sở Nội vụ"], ["Sở Tư pháp"], Wednesday),
            Docs.Task("2", "Báo cáo kết quả cải cách hành chính quý I", ["Sở Tư pháp"], ["Sở Nội vụ"], Wednesday.AddDays(7)),
            Docs.Task("3", "Số hóa hồ sơ", ["Sở Nội vụ"], due: Wednesday.AddDays(-7)),
            Docs.Task("4", "Kiện toàn tổ chức", ["Ban Dân tộc"], due: Wednesday),
        ]));
        _db.Store.SetAgencyEmails("so noi vu", ["snv@hanoi.gov.vn"]);
        _db.Store.SetAgencyEmails("so tu phap", ["stp@hanoi.gov.vn"]);
    }

    private AlertScanResult Scan(AlertOptions? options = null) =>
        new AlertScan(_db.Store, options ?? new AlertOptions { LeaderEmails = ["lanhdao@hanoi.gov.vn"] }, _clock).Run();

    private OutboxSender Sender(SmtpServer smtp, DeliveryOptions? options = null, HttpClient? http = null)
    {
        options ??= new DeliveryOptions();
        options.Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "None", From = "nhacviec@hanoi.gov.vn" };
        options.WebhookSecret = Secret;
        var channels = new List<IAlertChannel> { new SmtpChannel(options.Smtp, ["lanhdao@hanoi.gov.vn"]) };
        if (http is not null) channels.Add(new WebhookChannel(http, Secret));
        return new OutboxSender(channels, options, _clock, NullLogger<OutboxSender>.Instance);
    }

    [Fact]
    public async Task Each_agency_gets_one_digest_in_vietnamese_with_links_and_leaders_get_counts()
    {
        AddPlan();
        using var smtp = SmtpServer.Started();
        Assert.Equal(4, Scan().Alerts.Count);
        var pass = await Sender(smtp).SendDueAsync(_db.Store);
        Assert.True(pass.Sent == 3, string.Join("\n", _db.Store.Outbox("pending").Select(o => o.LastError)));
        Assert.Equal((3, 1), (pass.Sent, pass.Unmapped));   // Nội vụ, Tư pháp, leaders; Ban Dân tộc has no address

        var messages = smtp.Messages();
        var noiVu = Assert.Single(messages, m => m.To.Mailboxes.Any(a => a.Address == "snv@hanoi.gov.vn"));
        Assert.StartsWith("Nhắc việc ngày 26/03/2025 — Sở Nội vụ", noiVu.Subject);
        var text = noiVu.TextBody;
        // What it leads (due today, overdue) and what it supports (due in 7 days), each once, with links to the tasks.
        Assert.Contains("[Chủ trì] Nhiệm vụ 1 của văn bản số 12/KH-UBND", text);
        Assert.Contains("[Chủ trì] Nhiệm vụ 3", text);
        Assert.Contains("[Phối hợp (bản sao)] Nhiệm vụ 2", text);
        Assert.Contains("QUÁ HẠN", text);
        Assert.Contains("/documents/", text);
        Assert.Contains("<a href=\"http://localhost:5000/documents/", noiVu.HtmlBody);
        Assert.Equal("nhacviec@hanoi.gov.vn", noiVu.From.Mailboxes.Single().Address);

        var leaders = Assert.Single(messages, m => m.To.Mailboxes.Any(a => a.Address == "lanhdao@hanoi.gov.vn"));
        Assert.Contains("Sở Nội vụ | 0 | 1 | 1", leaders.TextBody);   // due soon | due today | overdue, by lead agency
        Assert.Contains("Ban Dân tộc | 0 | 1 | 0", leaders.TextBody);
        Assert.Equal(3, messages.Count);

        // The owner without an address is listed for admins, its digest kept, and sent once an address is added.
        var unmapped = Assert.Single(_db.Store.UnmappedOwners());
        Assert.Equal(("ban dan toc", 1), (unmapped.AgencyKey, unmapped.UnsentMessages));
        _db.Store.SetAgencyEmails("ban dan toc", ["bdt@hanoi.gov.vn"]);
        _clock.Now = _clock.Now.AddHours(2);
        Assert.Equal(1, (await Sender(smtp).SendDueAsync(_db.Store)).Sent);
        Assert.Single(smtp.Messages(), m => m.To.Mailboxes.Any(a => a.Address == "bdt@hanoi.gov.vn"));
        Assert.Empty(_db.Store.UnmappedOwners());
    }

    [Fact]
    public async Task Stopped_between_outbox_write_and_send_then_restarted_sends_each_email_once()
    {
        AddPlan();
        using var smtp = SmtpServer.Started();
        Scan();
        // The process stops right after the scan committed (and, a second time, after a sender leased a batch and died).
        _db.Reopen();
        _db.Store.ClaimOutbox(_clock.Now, 100, TimeSpan.FromMinutes(5));
        _db.Reopen();
        Assert.Equal(0, (await Sender(smtp).SendDueAsync(_db.Store)).Claimed);   // the dead sender's lease still holds
        _clock.Now = _clock.Now.AddMinutes(6);
        Assert.Equal(3, (await Sender(smtp).SendDueAsync(_db.Store)).Sent);
        // Restarted again, and the scan runs again the same day: nothing more.
        _db.Reopen();
        Assert.Empty(Scan().Alerts);
        _clock.Now = _clock.Now.AddHours(3);
        Assert.Equal(0, (await Sender(smtp).SendDueAsync(_db.Store)).Sent);
        var messages = smtp.Messages();
        Assert.Equal(3, messages.Count);
        Assert.Equal(messages.Count, messages.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task With_the_mail_server_down_a_digest_is_retried_with_backoff_and_delivered_when_it_is_back()
    {
        AddPlan();
        using var smtp = new SmtpServer();   // not started: connection refused
        Scan();
        var sender = Sender(smtp, new DeliveryOptions { RetryBaseSeconds = 60, MaxAttempts = 5 });
        var first = await sender.SendDueAsync(_db.Store);
        Assert.Equal((0, 3), (first.Sent, first.Failed));
        Assert.Contains("SMTP 127.0.0.1", _db.Store.Outbox("pending").First().LastError);
        // Before the backoff has passed nothing is tried; after it, the second attempt fails too and waits twice as long.
        _clock.Now = _clock.Now.AddSeconds(30);
        Assert.Equal(0, (await sender.SendDueAsync(_db.Store)).Claimed);
        _clock.Now = _clock.Now.AddSeconds(31);
        Assert.Equal(3, (await sender.SendDueAsync(_db.Store)).Failed);
        _clock.Now = _clock.Now.AddSeconds(100);
        Assert.Equal(0, (await sender.SendDueAsync(_db.Store)).Claimed);

        smtp.Start();
        _clock.Now = _clock.Now.AddSeconds(21);
        Assert.Equal(3, (await sender.SendDueAsync(_db.Store)).Sent);
        Assert.Equal(3, smtp.Messages().Count);
        Assert.All(_db.Store.Outbox("sent"), m => Assert.Equal(3, m.Attempts));
    }

    [Fact]
    public async Task After_the_last_attempt_a_message_is_failed_and_shown_not_retried()
    {
        AddPlan();
        using var smtp = new SmtpServer();
        Scan();
        var sender = Sender(smtp, new DeliveryOptions { RetryBaseSeconds = 1, MaxAttempts = 2 });
        await sender.SendDueAsync(_db.Store);
        _clock.Now = _clock.Now.AddSeconds(5);
        Assert.Equal(3, (await sender.SendDueAsync(_db.Store)).GaveUp);
        var failed = _db.Store.Outbox("failed");
        Assert.Equal(3, failed.Count);
        Assert.All(failed, f => Assert.Equal(2, f.Attempts));
        _clock.Now = _clock.Now.AddDays(1);
        var later = await sender.SendDueAsync(_db.Store);
        Assert.Equal((0, 0, 0), (later.Sent, later.Failed, later.GaveUp));   // only the unmapped digest is looked at again
        Assert.Equal(3, _db.Store.Outbox("failed").Count);
    }

    [Fact]
    public async Task Webhooks_get_one_signed_json_post_per_alert_and_are_retried_when_the_receiver_fails()
    {
        AddPlan();
        using var smtp = SmtpServer.Started();
        using var hook = new WebhookListener { Status = HttpStatusCode.InternalServerError };
        using var http = new HttpClient();
        Scan(new AlertOptions { WebhookUrls = [hook.Url] });
        var sender = Sender(smtp, new DeliveryOptions { RetryBaseSeconds = 60 }, http);
        var first = await sender.SendDueAsync(_db.Store);
        Assert.Equal(4, first.Failed);   // the four webhooks; the digests went out
        hook.Status = HttpStatusCode.OK;
        _clock.Now = _clock.Now.AddMinutes(2);
        Assert.Equal(4, (await sender.SendDueAsync(_db.Store)).Sent);

        var delivered = hook.Requests.Skip(4).ToList();
        Assert.Equal(4, delivered.Count);
        foreach (var r in delivered)
        {
            // The receiver checks the signature with the shared key over the exact bytes it received.
            var expected = "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), r.Body));
            Assert.Equal(expected, r.Signature);
            Assert.StartsWith("application/json", r.ContentType);
            using var json = JsonDocument.Parse(r.Body);
            Assert.Equal("12/KH-UBND", json.RootElement.GetProperty("documentNumber").GetString());
        }
        Assert.Equal(new[] { "due", "before-7", "overdue-weekly", "due" }.Order(StringComparer.Ordinal),
            delivered.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("rule").GetString()!).Order(StringComparer.Ordinal));
        // A tampered body does not verify.
        var tampered = delivered[0].Body.ToArray();
        tampered[^2] ^= 1;
        Assert.NotEqual(WebhookChannel.Sign(Secret, tampered), delivered[0].Signature);
    }

    [Fact]
    public async Task Two_senders_sharing_the_store_send_each_digest_once()
    {
        AddPlan();
        using var smtp = SmtpServer.Started();
        Scan();
        // A second process's connection to the same store file, sending at the same time.
        using var other = Index.Storage.SqliteTrackerStore.Open(_db.DatabasePath);
        var options = new DeliveryOptions { BatchSize = 1 };
        var passes = await Task.WhenAll(
            Task.Run(async () => { int n = 0; OutboxPass p; while ((p = await Sender(smtp, options).SendDueAsync(_db.Store)).Claimed > 0) n += p.Sent; return n; }),
            Task.Run(async () => { int n = 0; OutboxPass p; while ((p = await Sender(smtp, new DeliveryOptions { BatchSize = 1 }).SendDueAsync(other)).Claimed > 0) n += p.Sent; return n; }));
        Assert.Equal(3, passes.Sum());
        var messages = smtp.Messages();
        Assert.Equal(3, messages.Count);
        Assert.Equal(3, messages.Select(m => m.MessageId).Distinct().Count());
    }
}
