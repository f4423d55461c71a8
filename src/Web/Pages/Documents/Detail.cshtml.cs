using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Web.Accounts;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Review;
using DirectiveTracker.Web.Store;
using DirectiveTracker.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Documents;

/// <summary>One document: metadata, clean text beside its tasks, cited and citing documents; clerks review and confirm here.</summary>
public sealed class DetailModel(StoreLease lease, IOptions<TrackerWebOptions> options, TaskCorrections corrections, DocumentUploads uploads, OriginalFiles originals)
    : TrackerPage(lease, options)
{
    public StoredDocument Document { get; private set; } = null!;
    /// <summary>The clean text as the browser will hold it (line breaks as \n), which the passages' offsets refer to.</summary>
    public string Text { get; private set; } = "";
    public Dictionary<long, (int Start, int Length)> Passages { get; } = [];
    public UploadOutcome? Replaced { get; private set; }
    public DocumentConfirmation? Confirmation { get; private set; }
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];
    public string? Message { get; private set; }
    /// <summary>The plan's progress in short (its gap report has its own page); null for agency staff, documents without tasks or a store without progress.</summary>
    public PlanGaps? Gaps { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, string? done)
    {
        if (!await LoadAsync(id)) return NotFound();
        Message = done switch { "confirmed" => "Đã xác nhận văn bản.", "saved" => "Đã lưu sửa đổi.", "replaced" => "Đã thay tệp: văn bản có phiên bản mới.", _ => null };
        return Page();
    }

    private async Task<bool> LoadAsync(long id)
    {
        if (Viewer.Visible(Store.GetDocument(id, Today)) is not { } d) return false;
        Document = d;
        Text = d.Text.ReplaceLineEndings("\n");
        foreach (var t in d.Tasks)
            if (SourcePassages.Find(Text, t.Text) is { } span) Passages[t.Id] = span;
        if (Viewer.CanReadAll && d.Tasks.Count > 0 ) Gaps = Store.PlanGaps(id, Today);
        if (Viewer.CanEdit)
        {
            Confirmation = await corrections.ConfirmationAsync(id);
            History = await corrections.HistoryAsync(id);
        }
        return true;
    }

    /// <summary>One of the document's original files, as it was uploaded.</summary>
    public IActionResult OnGetFile(long id, string? sha)
    {
        if (Viewer.Visible(Store.GetDocument(id, Today)) is not { } d || d.Versions.FirstOrDefault(v => v.Sha256 == sha) is not { } version
            || !originals.Has(version.Sha256))
            return NotFound();
        var type = Path.GetExtension(version.SourceName).ToLowerInvariant() switch
        {
            ".pdf" => "application/pdf",
            ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".txt" => "text/plain; charset=utf-8",
            _ => "application/octet-stream",
        };
        return File(originals.Open(version.Sha256), type, version.SourceName);
    }

    /// <summary>A clerk replaces the document's file: the upload becomes its current version.</summary>
    public async Task<IActionResult> OnPostReplaceAsync(long id, IFormFile? file, CancellationToken ct)
    {
        if (!Viewer.CanEdit) return Forbid();
        var outcome = await uploads.ReplaceAsync(Store, id, file, ct);
        if (outcome is null) return NotFound();
        if (outcome.Succeeded)
        {
            await corrections.RecordReplaceAsync(Store, Viewer, id, outcome.FileName);
            return RedirectToPage(new { id, done = "replaced" });
        }
        Replaced = outcome;
        if (!await LoadAsync(id)) return NotFound();
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
