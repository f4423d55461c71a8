using System.Globalization;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index;

namespace DirectiveTracker.Web.Review;

/// <summary>A correction as a form or the API sends it: all text, validated into a <see cref="TaskEdit"/>.</summary>
public sealed class TaskEditInput
{
    public string? Text { get; set; }
    /// <summary>Lead agencies, one per line or separated by ';'.</summary>
    public string? Lead { get; set; }
    public string? Support { get; set; }
    /// <summary>yyyy-MM-dd or dd/MM/yyyy; empty with <see cref="DeadlineText"/> empty removes the deadline.</summary>
    public string? Due { get; set; }
    public string? DeadlineText { get; set; }
    public string? Category { get; set; }
    /// <summary>"done" marks the task done today, "open" reopens it; empty leaves it. Recorded as a progress update (Progress.TaskProgress), never by a correction.</summary>
    public string? Completion { get; set; }

    public const int MaxTextLength = 4000;
    public const int MaxOwners = 30;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy"];

    /// <summary>
    /// Validates the input for <paramref name="viewer"/>: editors may change the content, agency staff nothing but the completion (not read here).
    /// Errors are Vietnamese messages by field name.
    /// </summary>
    public (TaskEdit? Edit, Dictionary<string, string> Errors) Validate(Accounts.Viewer viewer)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        bool changesContent = Text is not null || Lead is not null || Support is not null || Due is not null || DeadlineText is not null || Category is not null;
        if (changesContent && !viewer.CanEdit) errors[""] = "Bạn chỉ được cập nhật trạng thái hoàn thành của nhiệm vụ.";

        string? text = Text?.Trim();
        if (Text is not null && string.IsNullOrWhiteSpace(text)) errors[nameof(Text)] = "Nội dung nhiệm vụ không được để trống.";
        else if (text is { Length: > MaxTextLength }) errors[nameof(Text)] = $"Nội dung nhiệm vụ dài quá {MaxTextLength} ký tự.";

        var lead = Lead is null ? null : Owners(Lead);
        var support = Support is null ? null : Owners(Support);
        if (lead?.Count > MaxOwners || support?.Count > MaxOwners) errors[nameof(Lead)] = $"Tối đa {MaxOwners} cơ quan.";

        DateOnly? due = null;
        bool clearDeadline = false;
        if (Due is not null || DeadlineText is not null)
        {
            if (!string.IsNullOrWhiteSpace(Due))
            {
                if (DateOnly.TryParseExact(Due.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    && d.Year is >= 1945 and <= 2100)
                    due = d;
                else errors[nameof(Due)] = "Thời hạn không hợp lệ: nhập ngày dạng dd/mm/yyyy.";
            }
            else if (string.IsNullOrWhiteSpace(DeadlineText)) clearDeadline = true;
            if (DeadlineText?.Trim() is { Length: > 300 }) errors[nameof(DeadlineText)] = "Cụm từ thời hạn dài quá 300 ký tự.";
        }

        TaskCategory? category = null;
        if (!string.IsNullOrEmpty(Category))
        {
            if (Enum.TryParse<TaskCategory>(Category, ignoreCase: false, out var c) && Enum.IsDefined(c)) category = c;
            else errors[nameof(Category)] = "Lĩnh vực không hợp lệ.";
        }

        if (errors.Count > 0) return (null, errors);
        return (new TaskEdit
        {
            Text = text, Lead = lead, Support = support, Due = due, DeadlineText = DeadlineText?.Trim(), ClearDeadline = clearDeadline,
            Category = category,
        }, errors);
    }

    private static List<string> Owners(string text) =>
        [.. text.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>The form's values for a stored task.</summary>
    public static TaskEditInput From(StoredTask task) => new()
    {
        Text = task.Text,
        Lead = string.Join("\n", task.Leads.Select(o => o.Name)),
        Support = string.Join("\n", task.Supports.Select(o => o.Name)),
        Due = task.Deadline?.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        DeadlineText = task.Deadline?.Text ?? "",
        Category = task.Category.ToString(),
    };
}
