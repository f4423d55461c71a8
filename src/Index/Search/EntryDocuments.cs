using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Index.Search;

/// <summary>A stored document as the index sees it: what it is searched and filtered by, and its tasks.</summary>
public sealed record IndexedDocument(
    long Id, string Kind, string? Number, string? NumberKey, string? Issuer, string? IssuerKey, string? Place,
    DateOnly? IssuedOn, string? Title, string Text, IReadOnlyList<string> Implements, IReadOnlyList<IndexedTask> Tasks);

/// <summary>A stored task as the index sees it; <paramref name="Timeline"/> is what its status is computed from at query time.</summary>
public sealed record IndexedTask(
    long Id, string Text, string? Category, DateOnly? Due, string? DeadlineKind, string? DeadlineText, IReadOnlyList<TaskOwner> Owners,
    Progress.TaskTimeline? Timeline = null);

/// <summary>The index's field names. Text fields are analysed (<see cref="Analysis.TextFieldKind"/>); the others are keywords, numbers or doc values.</summary>
public static class Fields
{
    // Text: head (a document's title and number, a task's text) and body (a document's text, a task's owners and deadline).
    // Exact per part; folded once for both parts (a word is one posting list to find), the head's folded terms again
    // with frequencies only (so a word typed without diacritics still scores the head above the body).
    public const string HeadExact = "head_exact", BodyExact = "body_exact", Folded = "folded", HeadFolded = "head_folded", Bigrams = "bigrams";

    // Keywords (untouched by analysis), also doc values where facets count them.
    public const string Document = "doc", Type = "type", Kind = "kind", Category = "category", Year = "year", Number = "number",
        Implements = "implements", Agency = "agency", Lead = "lead", Support = "support", Place = "place", Issuer = "issuer",
        DeadlineKind = "deadline_kind", AgencyKeys = "agency_keys", AgencyExact = "agency_exact";

    // Numbers: dates as yyyyMMdd (ranges and sorting), ids as doc values.
    public const string Issued = "issued", Due = "due", DocumentId = "document_id", TaskId = "task_id";

    // Doc values a task's status is computed from at query time (IndexedStatus): the deadline with its kind and
    // recurrence in one value (EntryDocuments.TimelineValue), its completion and its plan's period end (yyyyMMdd, 0 for
    // none), and for a recurring task the occurrences done (pairs of yyyyMMdd: due, completed).
    public const string Timeline = "timeline", Completed = "completed", PlanEnd = "plan_end", OccurrencesDone = "occurrences_done";

    public const string DocumentType = "document", TaskType = "task";
}

/// <summary>The index's helpers for entries: dates as numbers, place keys.</summary>
public static partial class EntryDocuments
{
    /// <summary>
    /// The trie precision of the date fields (<see cref="Fields.Issued"/>, <see cref="Fields.Due"/>) for range queries:
    /// four terms per date instead of Lucene's eight (the build inverts two dates per task; a range over yyyyMMdd
    /// numbers still reads few terms).
    /// </summary>
    public const int DatePrecisionStep = 8;

    /// <summary>
    /// A task's deadline (yyyyMMdd) with its kind and recurrence (enum value + 1, 0 for none) in the low byte: one doc
    /// value where there were three (Lucene.Net estimates each doc value's buffer by reflection). 0 when all are none.
    /// </summary>
    public static long TimelineValue(int due, Progress.TaskTimeline? t) =>
        (long)due << 8 | (long)(t?.DeadlineKind is { } k ? (int)k + 1 : 0) << 4 | (long)(t?.Every is { } e ? (int)e + 1 : 0);

    /// <summary>The deadline (yyyyMMdd, 0 for none), kind and recurrence (enum value + 1, 0 for none) of a <see cref="TimelineValue"/>.</summary>
    public static (long Due, long Kind, long Every) TimelineOf(long value) => (value >> 8, value >> 4 & 15, value & 15);

    /// <summary>A date as the number the index stores: yyyyMMdd.</summary>
    public static int DateNumber(DateOnly d) => d.Year * 10000 + d.Month * 100 + d.Day;

    /// <summary>The date of a stored yyyyMMdd number; null for 0.</summary>
    public static DateOnly? DateOf(long n) => n > 0 ? new DateOnly((int)(n / 10000), (int)(n / 100 % 100), (int)(n % 100)) : null;

    /// <summary>The key a place (province) is filed under: folded, lower-case, single spaces.</summary>
    public static string PlaceKey(string place) =>
        string.Join(' ', VietnameseText.Fold(VietnameseText.Canonical(place)).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The province at the end of an agency's name (<c>UBND tỉnh Đắk Lắk</c> → <c>Đắk Lắk</c>); null when it names none.</summary>
    public static string? PlaceOf(string? agency)
    {
        if (agency is null) return null;
        var m = TrailingPlace().Match(VietnameseText.Fold(VietnameseText.Canonical(agency)).ToLowerInvariant());
        return m.Success ? m.Groups[1].Value : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s(?:tinh|thanh pho|tp\.?)\s+(?!uy\b|doan\b)([\p{L} \-]+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TrailingPlace();
}
