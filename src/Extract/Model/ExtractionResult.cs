using System.Text.Json;
using System.Text.Json.Serialization;

namespace DirectiveTracker.Extract.Model;

/// <summary>The output contract of extraction (shared/EXTRACTION.md): a document and its tasks.</summary>
public sealed record ExtractionResult(DocumentInfo Document, IReadOnlyList<TaskItem> Tasks)
{
    /// <summary>What went wrong inside extraction (in Vietnamese, for the user): a stage or a task that failed, and what was kept.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>Kinds of administrative document (GLOSSARY: DocumentKind).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DocumentKind>))]
public enum DocumentKind { ChiThi, KeHoach, BaoCao, QuyetDinh, NghiQuyet, NghiDinh, ThongTu, CongVan, KetLuan, Luat, Other }

/// <summary>A document's metadata as read from its header, body and signature block.</summary>
public sealed record DocumentInfo
{
    public DocumentKind Kind { get; init; } = DocumentKind.Other;
    public string? Number { get; init; }
    public string? Issuer { get; init; }
    public string? Place { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public string? Title { get; init; }
    public Signer? Signer { get; init; }
    public IReadOnlyList<Reference> References { get; init; } = [];
    public IReadOnlyList<string> Recipients { get; init; } = [];
}

/// <summary>Who signed, under what title and in what capacity (TM./KT./T/M).</summary>
public sealed record Signer(string? Name, string? Position, string? Capacity);

/// <summary>How a document relates to one it cites.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReferenceRelation>))]
public enum ReferenceRelation
{
    [JsonStringEnumMemberName("implements")] Implements,
    [JsonStringEnumMemberName("basis")] Basis,
    [JsonStringEnumMemberName("replaces")] Replaces,
    [JsonStringEnumMemberName("mentions")] Mentions,
}

/// <summary>A cited document.</summary>
public sealed record Reference(DocumentKind Kind, string Number, DateOnly? IssuedOn, string? Issuer, ReferenceRelation Relation);

/// <summary>How a task is given: Giao / Đề nghị / Yêu cầu.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssignmentMode>))]
public enum AssignmentMode
{
    [JsonStringEnumMemberName("assigned")] Assigned,
    [JsonStringEnumMemberName("requested")] Requested,
    [JsonStringEnumMemberName("required")] Required,
}

/// <summary>The contract's task categories (lĩnh vực).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaskCategory>))]
public enum TaskCategory { TuyenTruyen, BanHanhVanBan, ToChucPhongTrao, KhenThuong, KiemTraGiamSat, BaoCao, ToChucBoMay, ThamMuu, Khac }

/// <summary>One thing someone must do (nhiệm vụ).</summary>
public sealed record TaskItem
{
    public required string Path { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<string> Lead { get; init; } = [];
    public IReadOnlyList<string> Support { get; init; } = [];
    public AssignmentMode? Mode { get; init; }
    public Deadline? Deadline { get; init; }
    public TaskCategory Category { get; init; } = TaskCategory.Khac;

    /// <summary>The task model's probability (0–1, three decimals) that this item is a task at all; null without a model.</summary>
    public double? Confidence { get; init; }

    /// <summary>The category model's probability for <see cref="Category"/>; null when the keyword rules decided.</summary>
    public double? CategoryConfidence { get; init; }

    /// <summary>The owner-role model's least probability (0–1) for the roles of the bodies near the task; null without a model or a body.</summary>
    public double? OwnerConfidence { get; init; }

    /// <summary>The heading the task sits under, as the locator found it (what training reads with the task); not in the contract.</summary>
    [JsonIgnore]
    public string? Heading { get; init; }
}

/// <summary>The kinds of deadline (thời hạn).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeadlineKind>))]
public enum DeadlineKind
{
    [JsonStringEnumMemberName("date")] Date,
    [JsonStringEnumMemberName("period")] Period,
    [JsonStringEnumMemberName("recurring")] Recurring,
    [JsonStringEnumMemberName("ongoing")] Ongoing,
}

/// <summary>How often a recurring deadline comes back.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Recurrence>))]
public enum Recurrence
{
    [JsonStringEnumMemberName("year")] Year,
    [JsonStringEnumMemberName("half-year")] HalfYear,
    [JsonStringEnumMemberName("quarter")] Quarter,
    [JsonStringEnumMemberName("month")] Month,
    [JsonStringEnumMemberName("week")] Week,
}

/// <summary>When a task is due, with the phrase as written.</summary>
/// <param name="Due">The due date: the date, the last day of the period, or the next due date of a recurrence.</param>
public sealed record Deadline(DeadlineKind Kind, DateOnly? Due, Recurrence? Every, string Text);

/// <summary>The JSON settings of the contract: camelCase, ISO dates, nulls written, unescaped Vietnamese.</summary>
public static class ContractJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ExtractionResult result) => JsonSerializer.Serialize(result, Options);

    public static ExtractionResult? Deserialize(string json) => JsonSerializer.Deserialize<ExtractionResult>(json, Options);
}
