using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// An allocation field: a short label — often a body — a colon and an amount of money or a count ("+ Bộ Công Thương: 3.600.000.000
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
        if (ShortLabel.Split(text, LabelWords) is { Label.Length: > 0 } field)
        {
            var value = BodyText.Key(field.Value);
            return StartsWithAmount(value) || IsCount(value);
        }
        // The marks around the text fold to nothing: its key is the trimmed text's.
        return IsStatedShare(BodyText.Key(text));
    }

    // A source and its share joined by "là" ("Từ ngân sách nhà nước là 120 tỷ đồng;", "Vốn ODA là 100 tỷ đồng"): the
    // same statement without a colon, when the words before "là" name where the money comes from.
    private static bool IsStatedShare(string key)
    {
        int at = key.IndexOf(" la ", StringComparison.Ordinal);
        if (at <= 0) return false;
        var source = key[..at];
        if (VietnameseText.WordCount(source) > LabelWords || !ItemShapeWords.Embedded.FundingSources.Any(s => WholeWords.Contains(source, s))) return false;
        var amount = key[(at + 4)..];
        return StartsWithAmount(amount) && VietnameseText.WordCount(amount) <= AmountWords;
    }

    // A count and what is counted, nothing more ("Không quá 05 cá nhân", "01 cá nhân/01 ban", "5.000 cuốn"): how many a
    // body or a label is given, as a sum of money is; longer, the value is a sentence ("02 ngày tổ chức kiểm tra …").
    private static bool IsCount(string key)
    {
        foreach (var bound in ItemShapeWords.Embedded.CountBounds)
            if (WholeWords.StartsWith(key, bound)) { key = key[bound.Length..].TrimStart(); break; }
        // One word more than a count may have: the rest of a long value is not split.
        var words = key.Split(' ', CountWords + 1, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 1 and <= CountWords && words[0].All(char.IsAsciiDigit);
    }

    private const int CountWords = 5;

    // An amount and its currency, with a few words at most ("120 tỷ đồng", "100 tỷ đồng từ vốn vay"): longer, it says more.
    private const int AmountWords = 8;

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
