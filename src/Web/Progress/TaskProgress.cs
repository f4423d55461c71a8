using System.Globalization;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Web.Accounts;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Uploads;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Progress;

/// <summary>A progress update as a form or the API sends it: all text, validated against the task.</summary>
public sealed class ProgressForm
{
    /// <summary>done, in_progress or not_done.</summary>
    public string? Status { get; set; }
    /// <summary>yyyy-MM-dd or dd/MM/yyyy; only with done (empty: today).</summary>
    public string? CompletedOn { get; set; }
    public string? Note { get; set; }
    /// <summary>A recurring task's occurrence, by its due date (empty: the current one).</summary>
    public string? Occurrence { get; set; }
}

/// <summary>What recording an update did: the task after it, or why it was refused.</summary>
public sealed record ProgressOutcome(TrackedTask? Task, Dictionary<string, string> Errors, bool NotFound = false, bool Forbidden = false)
{
    public bool Succeeded => Task is not null && Errors.Count == 0;

    public static ProgressOutcome Missing => new(null, [], NotFound: true);
}

/// <summary>A task as its progress page shows it: the stored task (owners, deadline as written) and its tracked state.</summary>
public sealed record TaskProgressView(StoredTask Stored, TrackedTask Tracked, IReadOnlyList<ProgressUpdateRecord> History);

/// <summary>
/// Progress updates for pages and API alike, the one way the web records progress (the completion toggle too): the
/// viewer's rights (agency staff for their agency's tasks, clerks and admins for all), validation in Vietnamese,
/// attachments kept by content, and <see cref="IProgressStore.AddUpdate"/>, which keeps every update in the history.
/// </summary>
public sealed class TaskProgress(IOptions<TrackerWebOptions> web, IOptions<ProgressWebOptions> options, ILogger<TaskProgress> log)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
    private const int HeadBytes = 512;

    private DateOnly Today => web.Value.TodayOrNow;
    private UpdateAttachments Files => new(web.Value.ResolvedDataFolder);

    /// <summary>The task with its progress, or null when missing or not the viewer's to see (the same answer, so ids reveal nothing).</summary>
    public TaskProgressView? Find(ITrackerStore store, Viewer viewer, long taskId)
    {
        if (store.GetTask(taskId, Today) is not { } stored || !viewer.CanSee(stored)) return null;
        return store.Task(taskId, Today) is { } tracked ? new TaskProgressView(stored, tracked, store.History(taskId)) : null;
    }

    public ProgressOutcome Record(ITrackerStore store, Viewer viewer, long taskId, ProgressForm form, IReadOnlyList<IFormFile> files, UpdateChannel channel)
    {
        if (store.GetTask(taskId, Today) is not { } stored || !viewer.CanSee(stored)) return ProgressOutcome.Missing;
        if (!viewer.CanUpdateStatus(stored)) return new(null, [], Forbidden: true);
        if (store.Task(taskId, Today) is not { } task) return ProgressOutcome.Missing;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var update = Validate(form, files, task, errors);
        if (update is null) return new(null, errors);
        var kept = new List<UpdateAttachment>(files.Count);
        foreach (var file in files)
        {
            using var content = file.OpenReadStream();
            kept.Add(Files.Keep(content, DocumentUploads.SafeName(file.FileName)));
        }
        store.AddUpdate(update with
        {
            Author = viewer.Name, Channel = channel, AgencyKey = viewer.IsAgencyOnly ? viewer.AgencyKey : null, Attachments = kept,
        });
        log.LogInformation("progress of task {TaskId}: {Claim} by {User} ({Channel}, {Files} attachments)", taskId, update.Claim, viewer.Name, channel, kept.Count);
        return new(store.Task(taskId, Today), []);
    }

    /// <summary>The task lists' toggle: "done" marks the task (its current occurrence) done today, "open" reopens it — both kept in the history.</summary>
    public ProgressOutcome Toggle(ITrackerStore store, Viewer viewer, long taskId, string? completion, UpdateChannel channel) => completion switch
    {
        "done" => Record(store, viewer, taskId, new ProgressForm { Status = "done" }, [], channel),
        "open" => Record(store, viewer, taskId, new ProgressForm { Status = "in_progress", Note = "Mở lại nhiệm vụ." }, [], channel),
        _ => new(null, CompletionError),
    };

    /// <summary>The toggle's values: "done", "open".</summary>
    public static bool IsCompletion(string? value) => value is "done" or "open";

    public static Dictionary<string, string> CompletionError => new() { ["Completion"] = "Trạng thái hoàn thành không hợp lệ: dùng done hoặc open." };

    /// <summary>One attachment of one of the task's updates, for a viewer who may see the task.</summary>
    public (string Path, UpdateAttachment Attachment)? Attachment(ITrackerStore store, Viewer viewer, long taskId, long updateId, string? sha)
    {
        if (store.GetTask(taskId, Today) is not { } stored || !viewer.CanSee(stored)) return null;
        var attachment = store.History(taskId).FirstOrDefault(u => u.Id == updateId)?.Attachments.FirstOrDefault(a => a.Sha256 == sha);
        return attachment is not null && Files.PathOf(attachment) is { } path ? (path, attachment) : null;
    }

    /// <summary>The update to record (author and channel still to fill), or null with the errors by field.</summary>
    private ProgressUpdateInput? Validate(ProgressForm form, IReadOnlyList<IFormFile> files, TrackedTask task, Dictionary<string, string> errors)
    {
        var o = options.Value;
        var claim = ProgressLabels.Claims.FirstOrDefault(c => string.Equals(c.Code, form.Status?.Trim(), StringComparison.Ordinal));
        if (claim.Code is null) errors[nameof(form.Status)] = "Chọn trạng thái: đã hoàn thành, đang thực hiện hoặc chưa thực hiện.";

        DateOnly? completed = null;
        if (!string.IsNullOrWhiteSpace(form.CompletedOn))
        {
            if (ParseDate(form.CompletedOn) is not { } c) errors[nameof(form.CompletedOn)] = "Ngày hoàn thành không hợp lệ: nhập ngày dạng dd/mm/yyyy.";
            else if (c > Today) errors[nameof(form.CompletedOn)] = $"Ngày hoàn thành {ProgressLabels.Date(c)} chưa đến (hôm nay {ProgressLabels.Date(Today)}).";
            else if (claim.Code is not null && claim.Claim != ProgressClaim.Done) errors[nameof(form.CompletedOn)] = "Chỉ ghi ngày hoàn thành khi trạng thái là đã hoàn thành.";
            else completed = c;
        }

        DateOnly? occurrence = null;
        if (!string.IsNullOrWhiteSpace(form.Occurrence))
        {
            if (task.State.Occurrences.Count == 0) errors[nameof(form.Occurrence)] = "Nhiệm vụ này không định kỳ: không chọn kỳ.";
            else if (ParseDate(form.Occurrence) is not { } d || !task.State.Occurrences.Any(x => x.Period.Due == d))
                errors[nameof(form.Occurrence)] = "Kỳ không hợp lệ: chọn một kỳ của nhiệm vụ.";
            else occurrence = d;
        }

        var note = (form.Note ?? "").Trim();
        if (note.Length > o.MaxNoteLength) errors[nameof(form.Note)] = $"Ghi chú dài quá {o.MaxNoteLength} ký tự.";

        if (files.Count > o.MaxAttachments) errors["Files"] = $"Mỗi lần cập nhật đính kèm tối đa {o.MaxAttachments} tệp.";
        else if (files.Select(FileError).FirstOrDefault(e => e is not null) is { } fileError) errors["Files"] = fileError;

        if (errors.Count > 0) return null;
        return new ProgressUpdateInput(task.TaskId, claim.Claim, Today, "", UpdateChannel.Web, completed, note, OccurrenceDue: occurrence);
    }

    private string? FileError(IFormFile file)
    {
        var name = DocumentUploads.SafeName(file.FileName);
        if (file.Length == 0) return $"Tệp {name} rỗng.";
        if (file.Length > options.Value.MaxAttachmentBytes)
            return $"Tệp {name} lớn quá {options.Value.MaxAttachmentBytes / (1024 * 1024)} MB.";
        var head = new byte[HeadBytes];
        int read;
        using (var s = file.OpenReadStream()) read = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return AttachmentTypes.Fits(name, head.AsSpan(0, read)) ? null : $"Tệp {name}: chỉ nhận {AttachmentTypes.Names}, đúng với nội dung tệp.";
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 1945 and <= 2100 ? d : null;
}
