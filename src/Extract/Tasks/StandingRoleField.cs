using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// A field naming a body's standing in a project ("Cơ quan chủ quản: Bộ Tài nguyên và Môi trường.", "Chủ đầu tư: Ban
/// Quản lý dự án …"): a decision approving a project states who holds each role; the field assigns no work
/// (EXTRACTION.md "Tasks"). The roles are item-shape-words.json's standingRoles.
/// </summary>
public static class StandingRoleField
{
    /// <summary>True when the item's text is a standing-role label and a colon.</summary>
    public static bool Is(string text)
    {
        int colon = text.IndexOf(':');
        if (colon <= 0) return false;
        var label = BodyText.Key(text[..colon]);
        return ItemShapeWords.Embedded.StandingRoles.Any(r => WholeWords.StartsWith(label, r) && label.Length == r.Length);
    }

    // The longest label of a field under a role's title ("Địa chỉ trụ sở chính", "Người đại diện theo pháp luật").
    private const int FieldLabelWords = 8;

    /// <summary>
    /// An item titled by the role alone over the fields that say who holds it ("1. Nhà đầu tư" / "Tên doanh nghiệp: Công
    /// ty Cổ phần …" / "Địa chỉ trụ sở chính: …"): the same statement, its label on a line of its own.
    /// </summary>
    public static bool Titles(OutlineNode item)
    {
        if (item.HasItems || item.Continuations.Count == 0) return false;
        var title = BodyText.Key(item.Text.Trim().TrimEnd(':', '.'));
        return ItemShapeWords.Embedded.StandingRoles.Any(r => title == r) && ShortLabel.Split(item.Continuations[0], FieldLabelWords) is not null;
    }
}
