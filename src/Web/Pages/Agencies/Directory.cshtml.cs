using DirectiveTracker.Index;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Review;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Pages.Agencies;

/// <summary>The agency directory (admins): entries with aliases, parent and emails, and owner names that map to none.</summary>
public sealed class DirectoryModel(StoreLease lease, IOptions<TrackerWebOptions> options, DirectoryEditor editor) : TrackerPage(lease, options)
{
    public IReadOnlyList<AgencySummary> Entries { get; private set; } = [];
    public IReadOnlyList<UnmappedOwnerName> Unmapped { get; private set; } = [];
    [BindProperty] public AgencyEntryInput Input { get; set; } = new();
    public string? Error { get; private set; }
    public string? Message { get; private set; }

    public IActionResult OnGet(string? edit, string? done)
    {
        if (edit is not null)
        {
            if (Store.GetAgency(edit) is not { } a) return NotFound();
            Input = AgencyEntryInput.From(a);
        }
        Message = done switch { "saved" => "Đã lưu cơ quan.", "mapped" => "Đã gán tên vào cơ quan trong danh mục.", "removed" => "Đã bỏ cơ quan khỏi danh mục.", _ => null };
        Load();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync() => Answer(await editor.SaveAsync(Store, Viewer, Input), "saved");

    /// <summary>Puts an unmapped owner name in the directory as an entry of its own.</summary>
    public async Task<IActionResult> OnPostAdoptAsync(string key)
    {
        if (Store.GetAgency(key) is not { } owner) return NotFound();
        return Answer(await editor.SaveAsync(Store, Viewer, new AgencyEntryInput { Key = owner.Key, Name = owner.Name }), "saved");
    }

    public async Task<IActionResult> OnPostMapAsync(string key, string target) => Answer(await editor.MapAsync(Store, Viewer, key, target), "mapped");

    public async Task<IActionResult> OnPostRemoveAsync(string key) =>
        await editor.RemoveAsync(Store, Viewer, key) ? RedirectToPage(new { done = "removed" }) : NotFound();

    private IActionResult Answer((AgencySummary? Entry, string? Error) r, string done)
    {
        if (r.Entry is not null) return RedirectToPage(new { done });
        Error = r.Error;
        Load();
        return Page();
    }

    private void Load()
    {
        var all = Store.ListAgencies();
        Entries = [.. all.Where(a => a.InDirectory)];
        Unmapped = Store.ListUnmappedOwners();
    }

    public string NameOf(string? key) => key is null ? "" : Entries.FirstOrDefault(e => e.Key == key)?.Name ?? key;
}
