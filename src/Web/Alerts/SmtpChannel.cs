using DirectiveTracker.Index.Alerts;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DirectiveTracker.Web.Alerts;

/// <summary>
/// Mails digests over SMTP (MailKit): plain text and HTML parts. An agency's digest goes to its addresses in the agency
/// directory and to its staff among the web's users; the leaders' digest to users with the Leader role and the configured
/// leader addresses. One connection per batch. The Message-Id is fixed per outbox message, so a copy sent again after a
/// crash mid-send can be recognised by the receiving side.
/// </summary>
/// <param name="staff">The web's users; null: the directory and the configured leader addresses only.</param>
public sealed class SmtpChannel(SmtpOptions options, IReadOnlyList<string> leaderEmails, IStaffDirectory? staff = null) : IAlertChannel
{
    public string Name => OutboxMessage.Email;

    public async Task<IReadOnlyList<SendResult>> SendAsync(IReadOnlyList<OutboxEntry> messages, IAlertStore store, CancellationToken ct)
    {
        var results = new SendResult[messages.Count];
        StaffAddresses users;
        try { users = staff is null ? StaffAddresses.None : await staff.LoadAsync(ct); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Sending to the directory alone would leave staff out for good: fail the batch, it is retried.
            var error = $"accounts database: {e.GetType().Name}: {e.Message}";
            return messages.Select(_ => SendResult.Failed(error)).ToList();
        }
        var ready = new List<(int Index, MimeMessage Message)>();
        for (int i = 0; i < messages.Count; i++)
        {
            var to = AlertAddresses.Of(messages[i].Recipient, store, users, leaderEmails);
            if (to.Count == 0) { results[i] = SendResult.Unmapped; continue; }
            try { ready.Add((i, Build(messages[i], to))); }
            catch (ParseException e) { results[i] = SendResult.Failed($"bad address for {messages[i].Recipient}: {e.Message}"); }
        }
        if (ready.Count == 0) return results;

        using var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, Enum.Parse<SecureSocketOptions>(options.Security, ignoreCase: true), ct);
            if (!string.IsNullOrEmpty(options.UserName)) await client.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var error = $"SMTP {options.Host}:{options.Port}: {e.GetType().Name}: {e.Message}";
            foreach (var (i, _) in ready) results[i] = SendResult.Failed(error);
            return results;
        }
        foreach (var (i, message) in ready)
        {
            try
            {
                await client.SendAsync(message, ct);
                results[i] = SendResult.Sent;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results[i] = SendResult.Failed($"SMTP send: {e.GetType().Name}: {e.Message}");
                if (!client.IsConnected) break;   // the rest of the batch fails below and is retried
            }
        }
        foreach (var (i, _) in ready) results[i] = results[i].Outcome == SendOutcome.Pending ? SendResult.Failed("SMTP connection lost") : results[i];
        if (client.IsConnected) await client.DisconnectAsync(quit: true, ct);
        return results;
    }

    private MimeMessage Build(OutboxEntry entry, IReadOnlyList<string> to)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        foreach (var address in to) message.To.Add(MailboxAddress.Parse(address));
        message.Subject = entry.Subject;
        message.MessageId = $"dtrack-outbox-{entry.Id}.{entry.CreatedAt.ToUnixTimeSeconds()}@{Domain(options.From)}";
        message.Date = entry.CreatedAt;
        message.Headers.Add("X-DirectiveTracker-Outbox", entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var body = new BodyBuilder { TextBody = entry.Body, HtmlBody = entry.Html };
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Domain(string address) => address.IndexOf('@', StringComparison.Ordinal) is int at and >= 0 ? address[(at + 1)..] : "localhost";
}
