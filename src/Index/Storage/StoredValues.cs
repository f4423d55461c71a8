using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;

namespace DirectiveTracker.Index.Storage;

/// <summary>
/// How values are written to and read from the store's rows, whatever the backend: enum values as the contract's JSON
/// names, dates read from ISO text (SQLite) or a date column (PostgreSQL), and the rows the pages list.
/// </summary>
internal static class StoredValues
{
    public static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseIso(string? s) =>
        s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    // Enum values are stored as the contract's JSON names, so rows read like the contract.
    public static string Relation(ReferenceRelation r) => JsonName(r);
    public static string Mode(AssignmentMode m) => JsonName(m);
    public static string Kind(DeadlineKind k) => JsonName(k);
    public static string Every(Recurrence r) => JsonName(r);

    /// <summary>The contract's JSON name of an enum value, serialised once per value (a bulk save names a few per task: a serializer call each was a tenth of its rows' time).</summary>
    public static string JsonName<T>(T value) where T : struct, Enum =>
        JsonNames<T>.Names.GetOrAdd(value, static v => JsonSerializer.Serialize(v, ContractJson.Options).Trim('"'));

    public static T? FromJsonName<T>(string? s) where T : struct, Enum =>
        s is null ? null : JsonNames<T>.Values.GetOrAdd(s, static name => JsonSerializer.Deserialize<T>("\"" + name + "\"", ContractJson.Options));

    // Each name is parsed once (a result page read a few per task, each a serializer call); an unknown name throws, uncached.
    private static class JsonNames<T> where T : struct, Enum
    {
        public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, T> Values = new(StringComparer.Ordinal);
        public static readonly System.Collections.Concurrent.ConcurrentDictionary<T, string> Names = new();
    }

    public static DocumentKind ParseKind(string kind) => Enum.TryParse<DocumentKind>(kind, out var k) ? k : DocumentKind.Other;

    public static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>A date column: ISO text in SQLite, a date in PostgreSQL.</summary>
    public static DateOnly? Date(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s => ParseIso(s),
        var other => throw new InvalidCastException($"not a date: {other.GetType().Name}"),
    };

    /// <summary>A time column: round-trip text in SQLite, a timestamp with time zone in PostgreSQL.</summary>
    public static DateTime Time(DbDataReader r, int i) => r.GetValue(i) switch
    {
        DateTime t => t,
        DateTimeOffset o => o.UtcDateTime,
        string s => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        var other => throw new InvalidCastException($"not a time: {other.GetType().Name}"),
    };

    /// <summary>A moment (alerts, progress): round-trip text in SQLite, a timestamp with time zone in PostgreSQL; UTC.</summary>
    public static DateTimeOffset Moment(DbDataReader r, int i) => r.GetValue(i) switch
    {
        DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
        DateTimeOffset o => o.ToUniversalTime(),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        var other => throw new InvalidCastException($"not a time: {other.GetType().Name}"),
    };

    /// <summary>
    /// A document summary from columns id, kind, number, title, issuer, issued_on, source_name, added_at, task count.
    /// </summary>
    public static DocumentSummary Summary(DbDataReader r) =>
        new(r.GetInt64(0), ParseKind(r.GetString(1)), Str(r, 2), Str(r, 3), Str(r, 4), Date(r, 5), r.GetString(6), Time(r, 7),
            Convert.ToInt32(r.GetValue(8), CultureInfo.InvariantCulture));

    /// <summary>
    /// A task (owners not yet added) from columns id, document_id, number, title, path, text, mode, deadline_kind, due,
    /// deadline_every, deadline_text, category, completed_on, status, confidence, reviewed.
    /// </summary>
    public static StoredTask Task(DbDataReader r) => new()
    {
        Id = r.GetInt64(0), DocumentId = r.GetInt64(1), DocumentNumber = Str(r, 2), DocumentTitle = Str(r, 3),
        Path = r.GetString(4), Text = r.GetString(5), Mode = Str(r, 6),
        Deadline = Str(r, 7) is { } dk ? new Deadline(FromJsonName<DeadlineKind>(dk)!.Value, Date(r, 8), FromJsonName<Recurrence>(Str(r, 9)), Str(r, 10) ?? "") : null,
        Category = Enum.TryParse<TaskCategory>(r.GetString(11), out var c) ? c : TaskCategory.Khac,
        CompletedOn = Date(r, 12),
        Confidence = r.IsDBNull(13) ? null : r.GetDouble(13),
        Reviewed = r.GetBoolean(14),
    };

    /// <summary>Owners by task from columns task_id, agency_key, name, role; each task's by role then name, ordinal (whatever the database's collation).</summary>
    public static Dictionary<long, List<TaskOwner>> Owners(DbDataReader r)
    {
        var owners = new Dictionary<long, List<TaskOwner>>();
        while (r.Read())
        {
            if (!owners.TryGetValue(r.GetInt64(0), out var list)) owners[r.GetInt64(0)] = list = [];
            list.Add(new TaskOwner(r.GetString(1), r.GetString(2), r.GetString(3)));
        }
        foreach (var list in owners.Values) list.Sort(OwnerOrder);
        return owners;
    }

    /// <summary>How a task's owners are listed: by role (lead first), then name (ordinal).</summary>
    public static int OwnerOrder(TaskOwner a, TaskOwner b) =>
        string.CompareOrdinal(a.Role, b.Role) is var c && c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
}

/// <summary>What a <see cref="TaskEdit"/> makes of a task: the columns a correction writes, whatever the backend.</summary>
internal sealed record TaskRevision(string Text, TaskCategory Category, Deadline? Deadline, DateOnly? CompletedOn,
    IReadOnlyList<string>? Lead, IReadOnlyList<string>? Support)
{
    /// <summary>The edit corrects what the document says (marking done or reopening is progress, not a correction): the task counts as reviewed.</summary>
    public bool Corrects { get; init; }

    /// <summary>Applies the edit to the task as it is: a new due date keeps a period's or a recurrence's kind, a phrase alone keeps the date.</summary>
    public static TaskRevision Of(StoredTask before, TaskEdit edit)
    {
        var deadline = before.Deadline;
        if (edit.ClearDeadline) deadline = null;
        else if (edit.Due is { } due)
        {
            var kind = deadline is { Kind: DeadlineKind.Period or DeadlineKind.Recurring } ? deadline.Kind : DeadlineKind.Date;
            var text = edit.DeadlineText is { Length: > 0 } t ? t : deadline?.Text ?? $"trước ngày {due:dd/MM/yyyy}";
            deadline = new Deadline(kind, due, kind == DeadlineKind.Recurring ? deadline?.Every : null, text);
        }
        else if (edit.DeadlineText is { Length: > 0 } phrase) deadline = deadline is null ? new Deadline(DeadlineKind.Ongoing, null, null, phrase) : deadline with { Text = phrase };
        IReadOnlyList<string>? lead = null, support = null;
        if (edit.Lead is not null || edit.Support is not null)
        {
            lead = Clean(edit.Lead ?? [.. before.Leads.Select(o => o.Name)]);
            support = Clean(edit.Support ?? [.. before.Supports.Select(o => o.Name)]);
        }
        return new TaskRevision(edit.Text is { Length: > 0 } newText ? newText : before.Text, edit.Category ?? before.Category, deadline,
            edit.ClearCompleted ? null : edit.CompletedOn ?? before.CompletedOn, lead, support)
        {
            Corrects = edit.Text is not null || edit.Lead is not null || edit.Support is not null || edit.Due is not null
                       || edit.DeadlineText is not null || edit.ClearDeadline || edit.Category is not null,
        };
    }

    /// <summary>The new owners by role, when the edit replaces them.</summary>
    public IEnumerable<(string Name, string Role)> Owners =>
        Lead is null ? [] : Lead.Select(n => (n, "lead")).Concat((Support ?? []).Select(n => (n, "support")));

    private static string[] Clean(IEnumerable<string> names) => [.. names.Select(n => n.Trim()).Where(n => n.Length > 0)];
}
