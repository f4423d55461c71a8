using DirectiveTracker.Index.Alerts;

namespace DirectiveTracker.Web.Alerts;

/// <summary>One way alerts leave the outbox (email, webhook). A channel sends a batch and says, per message, what happened.</summary>
public interface IAlertChannel
{
    string Name { get; }

    /// <summary>Sends the messages; a result per message, in order.</summary>
    Task<IReadOnlyList<SendResult>> SendAsync(IReadOnlyList<OutboxEntry> messages, IAlertStore store, CancellationToken ct);
}

/// <summary>What became of one message: sent, failed (with the error), or no address for its recipient.</summary>
public readonly record struct SendResult(SendOutcome Outcome, string? Error = null)
{
    public static readonly SendResult Sent = new(SendOutcome.Sent);
    public static readonly SendResult Unmapped = new(SendOutcome.Unmapped);
    public static SendResult Failed(string error) => new(SendOutcome.Failed, error);
}

/// <summary>Pending: not tried (yet); the others as <see cref="SendResult"/> says.</summary>
public enum SendOutcome { Pending, Sent, Failed, Unmapped }
