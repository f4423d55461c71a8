using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Store;
using DirectiveTracker.Web.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages;

/// <summary>Upload several files; each gets its own result (kind, number, tasks found, warnings) or its clear error.</summary>
public sealed class UploadModel(StoreLease lease, IOptions<TrackerWebOptions> options, DocumentUploads uploads) : TrackerPage(lease, options)
{
    public IReadOnlyList<UploadOutcome> Outcomes { get; private set; } = [];
    public IReadOnlyList<DirectiveTracker.Index.DocumentSummary> Recent { get; private set; } = [];

    public void OnGet() => Recent = Store.ListDocuments(0, 10);

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken ct)
    {
        Outcomes = await uploads.AddAsync(Store, files, ct);
        Recent = Store.ListDocuments(0, 10);
        return Page();
    }

    public long MaxMegabytes => Options.MaxUploadBytes / (1024 * 1024);
    public int MaxFiles => Options.MaxFilesPerUpload;
}
