namespace DirectiveTracker.Extract.Reports;

/// <summary>What a passage of a report claims about the work it describes.</summary>
public enum PassageClaim { Done, InProgress, NotDone }

/// <summary>A cited plan the report answers: its number as written and the date cited with it.</summary>
public sealed record AnsweredPlan(string Number, DateOnly? IssuedOn);

/// <summary>
/// The smallest span of a report that says one thing: a sentence, a bullet or a clause, with the numbering of the
/// section it sits in (arabic numbers of its headings and its bullet's ordinal, e.g. [1, 2] for the second "-" under "1.").
/// </summary>
/// <param name="Text">The passage as written in the report's clean text.</param>
/// <param name="Heading">The text of the section heading above it, or null.</param>
public sealed record Passage(string Text, int Start, IReadOnlyList<int> Numbering, string? Heading, PassageClaim? Claim, DateOnly? CompletedOn)
{
    /// <summary>The passage answers no task by its place or form (a difficulty, a request, other work, the closing formula): it is never matched.</summary>
    public bool Aside { get; init; }
}

/// <summary>A progress report as read: who reports, when, which plans it answers and its passages.</summary>
/// <param name="Agency">The reporting body (the lowest line of the header: "SỞ NỘI VỤ" under "ỦY BAN NHÂN DÂN TỈNH …"), recased.</param>
public sealed record ReportReading(string? Number, string? Issuer, string? Agency, DateOnly? IssuedOn, string? Title,
    IReadOnlyList<AnsweredPlan> Plans, IReadOnlyList<Passage> Passages);
