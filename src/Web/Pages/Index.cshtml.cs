using DirectiveTracker.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DirectiveTracker.Web.Pages;

/// <summary>The start page is the one each role opens most: leaders the dashboard, clerks upload, agencies their tasks.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        var v = Viewer.From(User);
        if (v.CanEdit) return RedirectToPage("/Upload");
        if (v.CanReadAll) return RedirectToPage("/Dashboard");
        return v.AgencyKey is { } key ? RedirectToPage("/Agencies/Detail", new { key }) : RedirectToPage("/Search");
    }
}
