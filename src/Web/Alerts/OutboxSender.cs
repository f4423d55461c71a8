using DirectiveTracker.Index.Alerts;
using Microsoft.Extensions.Logging;

namespace DirectiveTracker.Web.Alerts;

/// <summary>What one sending pass did.</summary>
public sealed record OutboxPass(int Sent, int Failed, int GaveUp, int Unmapped)
{
    public int Claimed => Sent + Failed + GaveUp + Unmapped;
}

/// <summary>
/// Sends what the outbox holds: leases a batch (so concurrent senders never take the same message), hands each channel
/// its messages, and records the outcome — sent; failed and retried with doubling waits; failed for good after the last
/// attempt (shown to admins); or kept for an owner without an address.
/// </summary>
public sealed class OutboxSender(IReadOnlyList<IAlertChannel> channels, DeliveryOptions options, TimeProvider time, ILogger<OutboxSender> log)
{
    public async Task<OutboxPass> SendDueAsync(IAlertStore store, CancellationToken ct = default)
    {
        int sent = 0, failed = 0, gaveUp = 0, unmapped = 0;
        var claimed = store.ClaimOutbox(time.GetUtcNow(), options.BatchSize, TimeSpan.FromSeconds(options.LeaseSeconds));
        foreach (var group in claimed.GroupBy(m => m.Channel, StringComparer.Ordinal))
        {
            var messages = group.ToList();
            var channel = channels.FirstOrDefault(c => c.Name == group.Key);
            var results = channel is null
                ? messages.Select(_ => SendResult.Failed($"no channel '{group.Key}' is configured")).ToList()
                : await channel.SendAsync(messages, store, ct);
            for (int i = 0; i < messages.Count; i++)
            {
                var m = messages[i];
                var now = time.GetUtcNow();
                switch (results[i].Outcome)
                {
                    case SendOutcome.Sent:
                        store.MarkOutboxSent(m.Id, now);
                        sent++;
                        break;
                    case SendOutcome.Unmapped:
                        store.MarkOutboxUnmapped(m.Id, now.AddSeconds(options.UnmappedRetrySeconds));
                        unmapped++;
                        log.LogWarning("Outbox {Id}: no address for {Recipient}; kept for the admin page", m.Id, m.Recipient);
                        break;
                    default:
                        int attempt = m.Attempts + 1;
                        bool last = attempt >= options.MaxAttempts;
                        store.MarkOutboxFailed(m.Id, results[i].Error ?? "unknown error", last ? null : now + options.Backoff(attempt));
                        if (last) { gaveUp++; log.LogError("Outbox {Id} to {Recipient} failed for good after {Attempts} attempts: {Error}", m.Id, m.Recipient, attempt, results[i].Error); }
                        else { failed++; log.LogWarning("Outbox {Id} to {Recipient} failed (attempt {Attempt}), retried later: {Error}", m.Id, m.Recipient, attempt, results[i].Error); }
                        break;
                }
            }
        }
        return new OutboxPass(sent, failed, gaveUp, unmapped);
    }
}
