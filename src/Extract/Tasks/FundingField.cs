using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// A funding field: a label and the source of the money ("Kinh phí thực hiện: Do ngân sách nhà nước bảo đảm …"). It
/// states where the money comes from and is a task only when its own text names an owner (EXTRACTION.md "Tasks"). So is a
/// funding item without a colon that only says the money follows the rules ("Kinh phí khen thưởng thực hiện theo quy định …").
/// </summary>
public static class FundingField
{
    // The label before the colon is short: "Kinh phí thực hiện Kế hoạch này:"; a longer text is a sentence.
    private const int LabelWords = 8;

    /// <summary>
    /// True when the item's text is a funding label, a colon and a funding source, or a funding label whose sentence only
    /// says the money follows the rules ("… thực hiện theo quy định …").
    /// </summary>
    public static bool Is(string text)
    {
        var words = ItemShapeWords.Embedded;
        var key = BodyText.Key(text);
        if (!words.FundingLabels.Any(l => WholeWords.StartsWith(key, l))) return false;
        if (ShortLabel.Split(text, LabelWords) is not { } field) return words.ByRule.Any(r => WholeWords.Contains(key, r));
        var value = BodyText.Key(field.Value);
        return words.FundingSources.Any(s => WholeWords.Contains(value, s));
    }
}
