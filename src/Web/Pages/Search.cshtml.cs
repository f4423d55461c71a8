using DirectiveTracker.Index.Search;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages;

/// <summary>Search: one box with the query language, facets as links that add a filter, highlighted snippets, paging.</summary>
public sealed class SearchModel(StoreLease lease, IOptions<TrackerWebOptions> options) : TrackerPage(lease, options)
{
    public const int PageSize = 20;
    /// <summary>The store returns the top hits only; paging goes this deep.</summary>
    public const int MaxPages = 10;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public SearchResults? Results { get; private set; }
    public IReadOnlyList<SearchHit> PageHits { get; private set; } = [];
    public string? Error { get; private set; }
    public int PageCount { get; private set; }

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Query)) return;
        if (Query.Length > 1000) { Error = "Truy vấn dài quá 1000 ký tự."; return; }
        PageNumber = Math.Clamp(PageNumber, 1, MaxPages);
        try
        {
            Results = Store.Search(new SearchRequest(Viewer.ScopeQuery(Query, Store), PageSize * PageNumber, Today));
            PageHits = [.. Results.Hits.Skip(PageSize * (PageNumber - 1)).Take(PageSize)];
            PageCount = Math.Min(MaxPages, (Results.Total + PageSize - 1) / PageSize);
        }
        catch (QuerySyntaxException e) { Error = "Lỗi truy vấn: " + e.Describe(Query); }
    }

    /// <summary>The query with one more filter, quoted when it has spaces (facet links).</summary>
    public string WithFilter(string facet, string value)
    {
        var v = value.Contains(' ', StringComparison.Ordinal) ? "\"" + value + "\"" : value;
        var filter = $"{facet}:{v}";
        return "/Search?q=" + Uri.EscapeDataString($"{Query} {filter}".Trim());
    }

    public string PageLink(int page) => $"/Search?q={Uri.EscapeDataString(Query ?? "")}&p={page}";

    public static string FacetTitle(string facet) => facet switch
    {
        "agency" => "Cơ quan", "kind" => "Loại văn bản", "year" => "Năm", "category" => "Lĩnh vực", _ => "Trạng thái",
    };
}
