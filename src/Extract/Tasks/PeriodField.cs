using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// A period field standing as an item of its own: a time label, a colon and the period ("2. Thời gian thực hiện: Từ
/// tháng 10/2025 đến khi …", "b) Thời gian: Từ ngày 15/11 đến ngày 15/12/2025."). It states when the plan runs, and
/// is a task only when its own text names an owner (EXTRACTION.md "Tasks").
/// </summary>
public static class PeriodField
{
    // The label before the colon is short ("Thời gian tổ chức thi đua"); a longer text is a sentence.
    private const int LabelWords = 6;

    /// <summary>True when the item's text is a time label, a colon and a value that opens with a period.</summary>
    public static bool Is(string text)
    {
        var words = ItemShapeWords.Embedded;
        if (ShortLabel.Split(text, LabelWords) is not { } field) return false;
        var label = BodyText.Key(field.Label);
        if (!words.PeriodLabels.Any(l => WholeWords.StartsWith(label, l))) return false;
        var value = BodyText.Key(field.Value);
        return value.Length > 0 && (char.IsAsciiDigit(value[0]) || words.PeriodOpenings.Any(o => WholeWords.StartsWith(value, o)));
    }
}
