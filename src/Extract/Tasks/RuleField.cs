using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// A field whose value only says that the matter follows the rules: a short label, a colon and "Thực hiện theo quy định
/// …" ("8. Ngày nghỉ lễ, tết trong năm: Thực hiện theo quy định của Bộ Luật Lao động …"). It states which rule applies,
/// and is a task only when its own text names an owner (EXTRACTION.md "Tasks"), as a funding field is.
/// </summary>
public static class RuleField
{
    // The label before the colon is short ("Chế độ nghỉ phép của giáo viên"); a longer text is a sentence.
    private const int LabelWords = 8;

    /// <summary>True when the item's text is a short label, a colon and a value that opens with <see cref="ItemShapeWords.ByRule"/>.</summary>
    public static bool Is(string text)
    {
        if (ShortLabel.Split(text, LabelWords) is not { } field) return false;
        var value = BodyText.Key(field.Value);
        return ItemShapeWords.Embedded.ByRule.Any(r => WholeWords.StartsWith(value, r));
    }
}
