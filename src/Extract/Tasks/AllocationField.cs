using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// An allocation field: a short label — often a body — a colon and an amount of money ("+ Bộ Công Thương: 3.600.000.000
/// VNĐ (1.000.000.000 VNĐ tiền mặt …)", "Tổng mức vốn của Dự án: 3.600.000 USD"). It states how much money goes where;
/// the body named is given a share, not work (EXTRACTION.md "Tasks").
/// </summary>
public static class AllocationField
{
    // The label before the colon is short ("Bộ Tài nguyên và Môi trường", "Vốn đối ứng"); a longer text is a sentence.
    private const int LabelWords = 10;

    /// <summary>True when the item's text is a short label, a colon and, first after it, an amount of money.</summary>
    public static bool Is(string text)
    {
        if (ShortLabel.Split(text, LabelWords) is not { Label.Length: > 0 } field) return false;
        return StartsWithAmount(BodyText.Key(field.Value));
    }

    // Folded "4 633 640 000 dong …", "2 ty dong", "3 600 000 usd": digit groups, an optional scale, a currency.
    private static bool StartsWithAmount(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int i = 0;
        while (i < words.Length && words[i].All(char.IsAsciiDigit)) i++;
        if (i == 0 || i == words.Length) return false;
        var shape = ItemShapeWords.Embedded;
        if (shape.AmountScales.Contains(words[i], StringComparer.Ordinal) && ++i == words.Length) return false;
        return shape.CurrencyUnits.Contains(words[i], StringComparer.Ordinal);
    }
}
