using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Progress;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Tasks;

/// <summary>
/// One task's progress: its computed status and effective deadline, a recurring task's occurrences, the history of
/// updates (who, when, what, from where, attachments) and, for its agencies and for clerks, the form to record one.
/// </summary>
public sealed class DetailModel(StoreLease lease, IOptions<TrackerWebOptions> options, TaskProgress progress) : TrackerPage(lease, options)
{
    /// <summary>Occurrences listed on the page (a weekly task of an old plan has hundreds).</summary>
    public const int OccurrencesShown = 24;

    [BindProperty] public ProgressForm Input { get; set; } = new();
    public StoredTask Task { get; private set; } = null!;
    public TaskProgressView View { get; private set; } = null!;
    public Dictionary<string, string> Errors { get; private set; } = [];
    public string? Message { get; private set; }
    private readonly Dictionary<string, string> _agencyNames = new(StringComparer.Ordinal);

    public IActionResult OnGet(long id, string? done)
    {
        if (!Load(id)) return NotFound();
        if (done == "saved") Message = "Đã ghi nhận cập nhật tiến độ.";
        return Page();
    }

    public IActionResult OnPost(long id, List<IFormFile> files)
    {
        var r = progress.Record(Store, Viewer, id, Input, files, UpdateChannel.Web);
        if (r.NotFound) return NotFound();
        if (r.Forbidden) return Forbid();
        if (r.Succeeded) return Redirect($"/Tasks/Detail/{id}?done=saved#history");
        if (!Load(id)) return NotFound();
        Errors = r.Errors;
        return Page();
    }

    /// <summary>An attachment of one of the task's updates, for whoever may see the task.</summary>
    public IActionResult OnGetAttachment(long id, long update, string? sha) =>
        progress.Attachment(Store, Viewer, id, update, sha) is { } a
            ? PhysicalFile(a.Path, AttachmentTypes.ContentType(a.Attachment.Name), a.Attachment.Name)
            : NotFound();

    private bool Load(long id)
    {
        if (progress.Find(Store, Viewer, id) is not { } view) return false;
        View = view;
        Task = view.Stored;
        return true;
    }

    public bool CanUpdate => Viewer.CanUpdateStatus(Task);

    /// <summary>What the viewer's agency does on this task, said on the page (agency staff only).</summary>
    public string? OwnRole => Viewer.IsAgencyOnly && Viewer.AgencyKey is { } key ? RoleOf(View.Tracked, key) switch
    {
        "lead" => "Cơ quan của bạn chủ trì nhiệm vụ này.",
        "support" => "Cơ quan của bạn phối hợp thực hiện nhiệm vụ này (cơ quan chủ trì xem được cập nhật của bạn).",
        _ => null,
    } : null;

    /// <summary>"lead", "support" or null: the agency's part in the task.</summary>
    public static string? RoleOf(TrackedTask task, string agencyKey) =>
        task.LeadKeys.Contains(agencyKey) ? "lead" : task.SupportKeys.Contains(agencyKey) ? "support" : null;

    public string AgencyName(string key)
    {
        if (!_agencyNames.TryGetValue(key, out var name)) _agencyNames[key] = name = Store.GetAgency(key)?.Name ?? key;
        return name;
    }

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);
}
