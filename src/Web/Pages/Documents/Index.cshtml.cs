using DirectiveTracker.Index;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Documents;

/// <summary>The stored documents, newest first.</summary>
[Authorize(Policy = Accounts.TrackerPolicies.ReadAll)]
public sealed class IndexModel(StoreLease lease, IOptions<TrackerWebOptions> options) : TrackerPage(lease, options)
{
    public const int PageSize = 50;
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public IReadOnlyList<DocumentSummary> Documents { get; private set; } = [];
    public int Total { get; private set; }

    public void OnGet()
    {
        PageNumber = Math.Max(1, PageNumber);
        Documents = Store.ListDocuments((PageNumber - 1) * PageSize, PageSize);
        Total = Store.Count().Documents;
    }
}
