using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// An item that orders a text drafted ("d) Xây dựng khung chương trình các hành động giảm nhẹ …", a plan noun of
/// <see cref="SectionWords.DraftedPlanNouns"/>) and introduces its items as the contents that text is to cover ("Các
/// hoạt động … được xây dựng tập trung vào những nội dung ưu tiên sau đây:" / "- Lĩnh vực năng lượng" / "+ …"): the items
/// describe the text to be drafted, as a directive's parts on a plan to be drafted do, and the item is one task with them
/// in its text (EXTRACTION.md "Tasks").
/// </summary>
public static class DraftedContents
{
    /// <summary>True when <paramref name="node"/> orders a text drafted and its last paragraph introduces the contents listed under it.</summary>
    /// <param name="paragraphs">The node's own paragraphs after its title: the last one is the intro.</param>
    public static bool AreListedUnder(OutlineNode node, IReadOnlyList<string> paragraphs)
    {
        if (!node.HasItems || paragraphs.Count == 0 || !paragraphs[^1].TrimEnd().EndsWith(':')) return false;
        var title = BodyText.Key(node.Text);
        var words = SectionWords.Embedded;
        return words.DraftingVerbs.Any(v => WholeWords.StartsWith(title, v))
               && words.DraftedPlanNouns.Any(n => WholeWords.Contains(title, n))
               && words.ContentWords.Any(c => WholeWords.Contains(BodyText.Key(paragraphs[^1]), c));
    }

    /// <summary>The item's title, paragraphs and every item under it, as one paragraph.</summary>
    public static string Text(OutlineNode node, IEnumerable<string> paragraphs) =>
        BodyText.JoinParagraphs(paragraphs.Prepend(node.Text).Concat(node.Items.SelectMany(Descendants)));

    private static IEnumerable<string> Descendants(OutlineNode item) => item.Items.SelectMany(Descendants).Prepend(item.FullText);
}
