using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// Items that only name texts — a strategy, a planning, a law (<see cref="ItemShapeWords.NamedTexts"/>) — under an intro
/// ending in a colon that says what to do with them ("- Trong năm 2022 hoàn thành việc lập, trình Thủ tướng Chính phủ phê
/// duyệt các nhiệm vụ:" / "+ Chiến lược …", "+ Quy hoạch … thời kỳ 2021 - 2030 …"): the names carry no action of their
/// own, so the intro is one task with them in its text, as a dossier's papers are (EXTRACTION.md "Tasks").
/// </summary>
public static class NamedTexts
{
    /// <summary>True when <paramref name="node"/>'s intro ends in a colon over two or more items that each only name a text.</summary>
    /// <param name="paragraphs">The node's own paragraphs after its text: the last one, when any, is the intro.</param>
    public static bool AreListedUnder(OutlineNode node, IReadOnlyList<string> paragraphs)
    {
        var intro = paragraphs.Count > 0 ? paragraphs[^1] : node.Text;
        if (!intro.TrimEnd().EndsWith(':')) return false;
        int count = 0;
        foreach (var item in node.Items)
        {
            if (item.HasItems || !IsName(item.FullText)) return false;
            count++;
        }
        return count >= 2;
    }

    // A name opens with the text's kind; one that names who presides ("… (Sở Tư pháp chủ trì)") assigns it.
    private static bool IsName(string text)
    {
        var key = BodyText.Key(text);
        return ItemShapeWords.Embedded.NamedTexts.Any(n => WholeWords.StartsWith(key, n)) && !WholeWords.Contains(key, "chu tri");
    }
}
