using System.Globalization;

namespace DirectiveTracker.Index.Alerts;

/// <summary>An agency an alert goes to: the lead is reminded, a supporting agency gets a copy.</summary>
/// <param name="AgencyKey">The directory key; empty when the task names no owner.</param>
/// <param name="AgencyName">The owner as written in the document.</param>
/// <param name="Role">lead or support.</param>
public sealed record AlertRecipient(string AgencyKey, string AgencyName, string Role);

/// <summary>
/// A reminder decided by a rule (GLOSSARY: Alert), sent once. Its <see cref="Identity"/> — task (document and path) or
/// occurrence, rule and round, due date — is unique in the store, so no scan decides it twice.
/// </summary>
public sealed record Alert(
    long DocumentId, string? DocumentNumber, string? DocumentTitle, long TaskId, string TaskPath, string TaskText,
    DateOnly? OccurrenceDue, string Rule, int Round, DateOnly Due, bool Inherited, DateOnly SendOn,
    IReadOnlyList<AlertRecipient> Recipients)
{
    /// <summary>Stable across re-saving a document (task ids change then, its id and the task's path do not).</summary>
    public string Identity => AlertIdentity.Of(DocumentId, TaskPath, OccurrenceDue, Rule, Round, Due);
}

/// <summary>The identity string of an alert.</summary>
public static class AlertIdentity
{
    public static string Of(long documentId, string taskPath, DateOnly? occurrenceDue, string rule, int round, DateOnly due) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{documentId}/{taskPath}{(occurrenceDue is { } o ? "@" + Iso(o) : "")}|{rule}#{round}|{Iso(due)}");

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A task or occurrence that may be due for a reminder, as the store lists it for a scan.</summary>
/// <param name="Due">The effective due date: stated, or inherited from the plan's period.</param>
public sealed record DueItem(long TaskId, long DocumentId, string TaskPath, DateOnly? OccurrenceDue, DateOnly Due, bool Inherited,
    string? DeadlineKind);

/// <summary>What the scan writes with its alerts, in the same transaction: outbox messages for the channels that send later.</summary>
/// <param name="Channel">email or webhook.</param>
/// <param name="Recipient">email: an agency key or <see cref="OutboxMessage.Leaders"/>; webhook: the URL.</param>
/// <param name="Body">email: the plain-text part; webhook: the JSON body.</param>
/// <param name="Html">email: the HTML part.</param>
public sealed record OutboxMessage(string Channel, string Recipient, string Subject, string Body, string? Html)
{
    public const string Email = "email", Webhook = "webhook", Leaders = "@leaders";
}

/// <summary>The last completed scan: its day and when it ran.</summary>
public readonly record struct AlertScanMark(DateOnly Day, DateTimeOffset At);
