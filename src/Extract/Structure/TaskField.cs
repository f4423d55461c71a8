using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Structure;

/// <summary>What a labelled line of a task says ("Cơ quan chủ trì: …", "Thời gian thực hiện: …").</summary>
public enum TaskFieldKind { Content, Lead, Support, Deadline, Product, LeadAndSupport }

/// <summary>The labels of a task's fields, as written before their values ("Cơ quan chủ trì:", "Trách nhiệm thực hiện:").</summary>
public static class TaskField
{
    // Longer labels first: "co quan chu tri phoi hop" before "co quan chu tri".
    private static readonly (string Key, TaskFieldKind Kind)[] Labels =
    [
        ("co quan chu tri phoi hop", TaskFieldKind.LeadAndSupport), ("co quan chu tri thuc hien", TaskFieldKind.LeadAndSupport),
        ("don vi chu tri phoi hop", TaskFieldKind.LeadAndSupport),
        ("noi dung thuc hien", TaskFieldKind.Content), ("noi dung bien phap", TaskFieldKind.Content), ("noi dung", TaskFieldKind.Content),
        ("co quan chu tri", TaskFieldKind.Lead), ("don vi chu tri", TaskFieldKind.Lead), ("co quan thuc hien", TaskFieldKind.Lead),
        ("don vi thuc hien", TaskFieldKind.Lead), ("trach nhiem thuc hien", TaskFieldKind.Lead),
        ("trach nhiem chi dao thuc hien", TaskFieldKind.Lead), ("co quan phoi hop", TaskFieldKind.Support),
        ("don vi phoi hop", TaskFieldKind.Support), ("thoi gian thuc hien", TaskFieldKind.Deadline), ("thoi gian hoan thanh", TaskFieldKind.Deadline),
        ("thoi han hoan thanh", TaskFieldKind.Deadline), ("thoi han thuc hien", TaskFieldKind.Deadline), ("thoi han", TaskFieldKind.Deadline),
        ("tien do thuc hien", TaskFieldKind.Deadline), ("tien do", TaskFieldKind.Deadline), ("thoi gian", TaskFieldKind.Deadline),
        ("san pham", TaskFieldKind.Product), ("ket qua san pham", TaskFieldKind.Product),
        ("chu tri thuc hien", TaskFieldKind.Lead), ("phoi hop thuc hien", TaskFieldKind.Support),
    ];

    /// <summary>The field a line labels, with the value after its ':' in <paramref name="rest"/>; null for other lines.</summary>
    public static TaskFieldKind? Of(string text, out string rest)
    {
        rest = "";
        var key = BodyText.Key(text);
        foreach (var (label, kind) in Labels)
        {
            if (!key.StartsWith(label, StringComparison.Ordinal)) continue;
            if (key.Length > label.Length && key[label.Length] != ' ') continue;
            int colon = text.IndexOf(':');
            // A label must stand alone or be followed by ':' (not "Nội dung tuyên truyền gồm …").
            var words = VietnameseText.WordCount(label);
            if (colon < 0 && DirectiveTracker.Ingest.Text.VietnameseText.WordCount(key) > words + 1) return null;
            rest = colon >= 0 ? text[(colon + 1)..].Trim() : "";
            return kind;
        }
        return null;
    }

    /// <summary>
    /// The owners of a responsibility line written under a block's items ("Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban
    /// nhân dân tỉnh; các cấp ủy, tổ chức đảng."), or null for any other line. Other lead fields ("Đơn vị chủ trì thực
    /// hiện: …") come with their support and time fields, and stay fields of the item above them.
    /// </summary>
    public static string? ResponsibilityOwners(string text) =>
        text.Contains(':') && Of(text, out var rest) == TaskFieldKind.Lead && rest.Length > 0
        && BodyText.Key(text).StartsWith("trach nhiem ", StringComparison.Ordinal) ? rest : null;
}
