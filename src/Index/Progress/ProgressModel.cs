namespace DirectiveTracker.Index.Progress;

/// <summary>What a person or a report says about a task: done, still in progress, or not done.</summary>
public enum ProgressClaim { Done, InProgress, NotDone }

/// <summary>The codes a claim has in the store, the JSON output, forms and the API: done, in_progress, not_done.</summary>
public static class ProgressClaimCodes
{
    public static string Code(ProgressClaim claim) => claim switch
    {
        ProgressClaim.Done => "done",
        ProgressClaim.InProgress => "in_progress",
        _ => "not_done",
    };

    /// <summary>The claim of a code; null for anything else.</summary>
    public static ProgressClaim? Parse(string? code) => code switch
    {
        "done" => ProgressClaim.Done,
        "in_progress" => ProgressClaim.InProgress,
        "not_done" => ProgressClaim.NotDone,
        _ => null,
    };
}

/// <summary>Where an update came from (kept in the task's history).</summary>
public enum UpdateChannel { Web, Api, Cli, Report }

/// <summary>A file attached to an update: its name as uploaded, where it is kept and its SHA-256.</summary>
public sealed record UpdateAttachment(string Name, string StoredPath, string Sha256, long Bytes);

/// <summary>A progress update to record (GLOSSARY: ProgressUpdate).</summary>
/// <param name="OccurrenceDue">For a recurring task, the due date of the occurrence the update is about (null: the current one).</param>
/// <param name="CompletedOn">The completion date stated; a <see cref="ProgressClaim.Done"/> without one counts from <paramref name="ReportedOn"/>.</param>
/// <param name="Author">Who: a user's e-mail or name.</param>
/// <param name="AgencyKey">The agency the author speaks for (null: not stated).</param>
public sealed record ProgressUpdateInput(
    long TaskId, ProgressClaim Claim, DateOnly ReportedOn, string Author, UpdateChannel Channel,
    DateOnly? CompletedOn = null, string Note = "", string? AgencyKey = null, DateOnly? OccurrenceDue = null,
    IReadOnlyList<UpdateAttachment>? Attachments = null, long? SourceDocumentId = null, long? ProposalId = null);

/// <summary>One kept update: who, when, what, from where.</summary>
public sealed record ProgressUpdateRecord(
    long Id, long TaskId, ProgressClaim Claim, DateOnly ReportedOn, DateOnly? CompletedOn, string Note, string Author,
    string? AgencyKey, UpdateChannel Channel, DateOnly? OccurrenceDue, IReadOnlyList<UpdateAttachment> Attachments,
    long? SourceDocumentId, DateTimeOffset CreatedAt);

/// <summary>A stored task as progress tracking sees it: its plan, text, owners, deadline and computed state.</summary>
public sealed record TrackedTask(
    long TaskId, long DocumentId, string? DocumentNumber, string Path, string Text,
    IReadOnlyList<string> Leads, IReadOnlyList<string> LeadKeys, IReadOnlyList<string> SupportKeys,
    TaskState State, ProgressClaim? Reported, DateOnly? LastReportedOn);

/// <summary>A stored plan (or any document with tasks) a report may answer.</summary>
public sealed record StoredPlan(long DocumentId, string? Number, string? Title, string? Issuer, DateOnly? IssuedOn);

/// <summary>State of a proposal made from a report.</summary>
public enum ProposalState { Pending, Accepted, Rejected }

/// <summary>A proposed status for one task, from report passages.</summary>
/// <param name="Evidence">The passages (as written) that support the proposal.</param>
/// <param name="Confidence">0–1: how sure the matcher is of the task and of the claim.</param>
public sealed record ProposalInput(long TaskId, ProgressClaim Claim, DateOnly? CompletedOn, double Confidence, IReadOnlyList<string> Evidence, DateOnly ReportedOn, string? AgencyKey);

/// <summary>A kept proposal and what the clerk decided.</summary>
public sealed record ProposalRecord(
    long Id, long ReportDocumentId, long TaskId, ProgressClaim Claim, DateOnly? CompletedOn, double Confidence,
    IReadOnlyList<string> Evidence, DateOnly ReportedOn, string? AgencyKey, ProposalState State, string? DecidedBy, long? UpdateId);

/// <summary>Counts of tasks by status.</summary>
public sealed record StatusCounts(IReadOnlyDictionary<TaskStatus, int> ByStatus, int Total, int Reported)
{
    public static StatusCounts Of(IEnumerable<TrackedTask> tasks)
    {
        var by = Enum.GetValues<TaskStatus>().ToDictionary(s => s, _ => 0);
        int total = 0, reported = 0;
        foreach (var t in tasks)
        {
            by[t.State.Status]++;
            total++;
            if (t.Reported is not null) reported++;
        }
        return new StatusCounts(by, total, reported);
    }
}

/// <summary>A plan's gaps: tasks by status, tasks nobody reported on, overdue tasks with their leads.</summary>
public sealed record PlanGaps(StoredPlan Plan, StatusCounts Counts, IReadOnlyList<TrackedTask> NoProgress, IReadOnlyList<TrackedTask> Overdue);

/// <summary>What an agency owes as lead across all plans, and which of those it has reported on.</summary>
public sealed record AgencyGaps(string AgencyKey, string? DisplayName, StatusCounts Counts, IReadOnlyList<TrackedTask> Owed, IReadOnlyList<TrackedTask> Unreported);

/// <summary>A directive's implementing plans (citation graph, transitively) with their gaps and the combined counts.</summary>
public sealed record DirectiveGaps(string DirectiveNumber, IReadOnlyList<PlanGaps> Plans, StatusCounts Combined);
