using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveTracker.Ingest.Docx;

/// <summary>The parts of a DOCX style sheet the parser needs, resolved through w:basedOn chains.</summary>
internal sealed class StyleSheet
{
    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);
    private readonly string? _defaultFont;
    private readonly string? _defaultParagraphStyle;

    public StyleSheet(Styles? styles)
    {
        if (styles is null) return;
        foreach (var s in styles.Elements<Style>())
            if (s.StyleId?.Value is { } id) _byId.TryAdd(id, s);
        _defaultFont = FontOf(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts);
        _defaultParagraphStyle = styles.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && (s.Default?.Value ?? false))?.StyleId?.Value;
    }

    /// <summary>True for Title and Heading 1–9 styles, and styles based on them.</summary>
    public bool IsHeadingStyle(string? styleId)
    {
        foreach (var s in Chain(styleId))
        {
            var id = s.StyleId?.Value ?? "";
            var name = s.StyleName?.Val?.Value ?? "";
            if (IsHeadingName(id) || IsHeadingName(name)) return true;
            if (s.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int ol && ol < 9) return true;
        }
        return false;
    }

    private static bool IsHeadingName(string n) =>
        n.Equals("Title", StringComparison.OrdinalIgnoreCase)
        || n.StartsWith("heading", StringComparison.OrdinalIgnoreCase) && n.Length <= 9
           && n.Substring(7).Trim() is { Length: 1 } d && char.IsDigit(d[0]);

    public JustificationValues? Justification(string? styleId) =>
        Chain(styleId).Select(s => s.StyleParagraphProperties?.Justification?.Val?.Value).FirstOrDefault(v => v is not null);

    /// <summary>numId/ilvl a paragraph style carries (style-linked numbering), if any.</summary>
    public (int? NumId, int? Level) Numbering(string? styleId)
    {
        foreach (var s in Chain(styleId))
        {
            var numPr = s.StyleParagraphProperties?.NumberingProperties;
            if (numPr?.NumberingId?.Val?.Value is int id)
                return (id, numPr.NumberingLevelReference?.Val?.Value);
        }
        return (null, null);
    }

    /// <summary>The font a run is shown in: its own rFonts, its character style, the paragraph style, the document default.</summary>
    public string? RunFont(Run run, Paragraph? paragraph)
    {
        if (FontOf(run.RunProperties?.RunFonts) is { } own) return own;
        foreach (var s in Chain(run.RunProperties?.RunStyle?.Val?.Value))
            if (FontOf(s.StyleRunProperties?.RunFonts) is { } f) return f;
        var pStyle = paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;
        foreach (var s in Chain(pStyle))
            if (FontOf(s.StyleRunProperties?.RunFonts) is { } f) return f;
        return _defaultFont;
    }

    /// <summary>True when a table style (or one it is based on) draws table borders.</summary>
    public bool TableStyleHasBorders(string? styleId) =>
        Chain(styleId).Any(s => HasVisibleBorder(s.StyleTableProperties?.TableBorders));

    /// <summary>True when any border in a border set is drawn (not none/nil).</summary>
    public static bool HasVisibleBorder(OpenXmlCompositeElement? borders) =>
        borders is not null && borders.ChildElements.OfType<BorderType>()
            .Any(b => b.Val?.Value is { } v && v != BorderValues.None && v != BorderValues.Nil);

    private static string? FontOf(RunFonts? f) => f?.Ascii?.Value ?? f?.HighAnsi?.Value;

    private IEnumerable<Style> Chain(string? styleId)
    {
        var seen = new HashSet<string>();
        while (styleId is not null && seen.Add(styleId) && _byId.TryGetValue(styleId, out var s))
        {
            yield return s;
            styleId = s.BasedOn?.Val?.Value;
        }
    }
}
