namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// A field written as a short label, a colon and a value ("Kinh phí thực hiện: Do ngân sách …", "+ Bộ Công Thương:
/// 3.600.000.000 VNĐ"): the shape the item fields that are no task share. A label with a sentence's stop (".", ";") or
/// many words is a sentence that happens to hold a colon.
/// </summary>
public static class ShortLabel
{
    /// <summary>The label and the value around the first colon, or null when there is none or the label is no short label.</summary>
    public static (string Label, string Value)? Split(string text, int maxWords)
    {
        int colon = text.IndexOf(':');
        if (colon < 0) return null;
        var label = text.AsSpan(0, colon);
        if (label.IndexOfAny('.', ';') >= 0 || label.Count(' ') >= maxWords) return null;
        return (text[..colon], text[(colon + 1)..]);
    }
}
