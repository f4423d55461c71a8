namespace DirectiveTracker.Extract.Grammar;

/// <summary>What a deadline phrase is read against: the document's year (for dates without a year) and issue date (for the next due date of a recurrence).</summary>
public sealed record DeadlineContext(int? DocumentYear, DateOnly? DocumentDate)
{
    /// <summary>No document year or date known.</summary>
    public static readonly DeadlineContext None = new(null, null);

    /// <summary>The year a phrase without a year refers to: the document's year, else its date's year.</summary>
    public int? Year => DocumentYear ?? DocumentDate?.Year;
}

/// <summary>A deadline phrase found in a text, with its span in that text.</summary>
public sealed record DeadlineMatch(Model.Deadline Deadline, int Start, int Length);
