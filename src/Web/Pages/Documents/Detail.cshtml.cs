using DirectiveTracker.Index;
using DirectiveTracker.Web.Accounts;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Review;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Documents;

/// <summary>One document: metadata, clean text beside its tasks, cited and citing documents; clerks review and confirm here.</summary>
public sealed class DetailModel(StoreLease lease, IOptions<TrackerWebOptions> options, TaskCorrections corrections) : TrackerPage(lease, options)
{
    public StoredDocument Document { get; private set; } = null!;
    public DocumentConfirmation? Confirmation { get; private set; }
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, string? done)
    {
        if (Viewer.Visible(Store.GetDocument(id, Today)) is not { } d) return NotFound();
        Document = d;
        if (Viewer.CanEdit)
        {
            Confirmation = await corrections.ConfirmationAsync(id);
            History = await corrections.HistoryAsync(id);
        }
        Message = done switch { "confirmed" => "Đã xác nhận văn bản.", "saved" => "Đã lưu sửa đổi.", _ => null };
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(long id)
    {
        if (!Viewer.CanEdit) return Forbid();
        return await corrections.ConfirmAsync(Store, Viewer, id) ? RedirectToPage(new { id, done = "confirmed" }) : NotFound();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id)
    {
        if (!Viewer.IsAdmin) return Forbid();
        return await corrections.DeleteAsync(Store, Viewer, id) ? RedirectToPage("/Documents/Index") : NotFound();
    }
}
