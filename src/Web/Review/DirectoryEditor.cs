using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index;
using DirectiveTracker.Web.Accounts;

namespace DirectiveTracker.Web.Review;

/// <summary>A directory entry as the admin's form (or the API) sends it: names and emails one per line.</summary>
public sealed class AgencyEntryInput
{
    public string? Key { get; set; }
    public string? Name { get; set; }
    public string? Aliases { get; set; }
    public string? ParentKey { get; set; }
    public string? Emails { get; set; }

    public static AgencyEntryInput From(AgencySummary a) => new()
    {
        Key = a.Key, Name = a.Name, Aliases = string.Join("\n", a.Aliases.Where(x => x != a.Name)), ParentKey = a.ParentKey, Emails = string.Join("\n", a.Emails),
    };
}

/// <summary>
/// Admins' changes to the agency directory (pages and API): validation in Vietnamese, the store's update (owners are
/// filed again, the index follows) and the audit log.
/// </summary>
public sealed class DirectoryEditor(WebDb db, ILogger<DirectoryEditor> log)
{
    public async Task<(AgencySummary? Entry, string? Error)> SaveAsync(ITrackerStore store, Viewer viewer, AgencyEntryInput input)
    {
        if (!viewer.IsAdmin) return (null, "Chỉ quản trị được sửa danh mục cơ quan.");
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200) return (null, "Tên cơ quan phải có từ 1 đến 200 ký tự.");
        var aliases = Lines(input.Aliases);
        var emails = Lines(input.Emails);
        if (aliases.Count > 50 || aliases.Any(a => a.Length > 200)) return (null, "Tối đa 50 cách viết khác, mỗi cách tối đa 200 ký tự.");
        if (emails.FirstOrDefault(e => !System.Net.Mail.MailAddress.TryCreate(e, out var m) || m.Address != e) is { } bad) return (null, $"Địa chỉ email không hợp lệ: {bad}");
        if (input.Key is { Length: > 0 } key && store.GetAgency(key) is null) return (null, "Không tìm thấy cơ quan cần sửa.");
        if (store.AgencyKeyOf(name).Length == 0) return (null, "Tên này không đọc được là tên một cơ quan.");
        var before = input.Key is { Length: > 0 } k ? store.GetAgency(k) : null;
        try
        {
            var entry = store.SaveAgency(new AgencyEntry(name)
            {
                Key = input.Key is { Length: > 0 } ? input.Key : null, Aliases = aliases, ParentKey = input.ParentKey is { Length: > 0 } p ? p : null, Emails = emails,
            });
            await AuditAsync(viewer, "agency.save", before, entry);
            return (entry, null);
        }
        catch (ArgumentException e)
        {
            log.LogInformation("directory entry {Name} refused: {Message}", name, e.Message);
            return (null, e.Message.Contains("ancestor", StringComparison.Ordinal) ? "Cơ quan cấp trên không được là chính nó hoặc cấp dưới của nó."
                : e.Message.Contains("parent", StringComparison.Ordinal) ? "Cơ quan cấp trên phải có trong danh mục."
                : e.Message.Contains("alias key", StringComparison.Ordinal) ? "Một cách viết khác đang là tên của cơ quan khác trong danh mục."
                : "Không lưu được cơ quan này.");
        }
    }

    /// <summary>Files an unmapped owner name under a directory entry (as one more of its aliases).</summary>
    public async Task<(AgencySummary? Entry, string? Error)> MapAsync(ITrackerStore store, Viewer viewer, string ownerKey, string targetKey)
    {
        if (store.GetAgency(ownerKey) is not { } owner) return (null, "Không tìm thấy tên cần gán.");
        if (store.GetAgency(targetKey) is not { InDirectory: true } target) return (null, "Hãy chọn một cơ quan trong danh mục.");
        var input = AgencyEntryInput.From(target);
        input.Aliases = string.Join("\n", target.Aliases.Concat(owner.Aliases).Append(owner.Name).Distinct(StringComparer.Ordinal));
        return await SaveAsync(store, viewer, input);
    }

    public async Task<bool> RemoveAsync(ITrackerStore store, Viewer viewer, string key)
    {
        var before = store.GetAgency(key);
        if (!viewer.IsAdmin || before is null || !store.RemoveAgency(key)) return false;
        await AuditAsync(viewer, "agency.remove", before, null);
        return true;
    }

    private async Task AuditAsync(Viewer viewer, string action, AgencySummary? before, AgencySummary? after)
    {
        db.Audit.Add(new AuditEntry
        {
            // Not a document's change: document id 0.
            At = DateTime.UtcNow, UserName = viewer.Name, Action = action, DocumentId = 0,
            Before = before is null ? null : JsonSerializer.Serialize(before, ContractJson.Options),
            After = after is null ? null : JsonSerializer.Serialize(after, ContractJson.Options),
        });
        await db.SaveChangesAsync();
        log.LogInformation("{Action} {Agency} by {User}", action, after?.Key ?? before?.Key, viewer.Name);
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}
