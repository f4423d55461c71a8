using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>What a raw line is to layout repair.</summary>
public enum LineKind
{
    /// <summary>Running text (or a blank line, when its text is empty).</summary>
    Body,
    /// <summary>Where page furniture was removed or a form feed stood: nothing before it continues past it in a footnote.</summary>
    PageBreak,
    /// <summary>A row of a markdown table ("| a | b |").</summary>
    TableRow,
    /// <summary>A decorative rule ("--------", "_____") under a title: it ends the paragraph above it.</summary>
    Rule,
    /// <summary>A heading known by its print (bold or larger than the body): joined only to the heading lines next to it.</summary>
    Heading,
}

/// <summary>How a line is printed: its mean font size (points), whether it is bold, and where it stands on its page
/// (<paramref name="Top"/>: the baseline's distance from the page's top edge as a share of the page's height).</summary>
public sealed record LineStyle(double Size, bool Bold, double Top);

/// <summary>One line of raw text with the page it came from, and how it is printed when the source knows.</summary>
public sealed record LayoutLine(string Text, int Page, LineKind Kind = LineKind.Body, LineStyle? Style = null)
{
    public bool IsBlank => Kind == LineKind.Body && string.IsNullOrWhiteSpace(Text);
    public bool IsBody => Kind == LineKind.Body && !string.IsNullOrWhiteSpace(Text);
}

/// <summary>A unit of text once soft-wrapped lines are joined: a future block.</summary>
public sealed record LayoutUnit(string Text, int Page, LineKind Kind = LineKind.Body);

/// <summary>A footnote body taken out of the running text.</summary>
public sealed record FootnoteText(string Label, string Text, int Page);

/// <summary>The working state layout repair steps pass along: lines first, then units, then blocks.</summary>
public sealed class LayoutDocument
{
    public LayoutDocument(IEnumerable<LayoutLine> lines) => Lines = lines.ToList();

    public List<LayoutLine> Lines { get; set; }
    public List<FootnoteText> Footnotes { get; } = [];
    public List<LayoutUnit> Units { get; set; } = [];
    public List<StructuredBlock> Blocks { get; set; } = [];
    public List<IngestWarning> Warnings { get; } = [];

    /// <summary>Whether any page was read by OCR (steps that read OCR's misreadings back need no other proof then).</summary>
    public bool HasOcrPages { get; init; }

    /// <summary>Splits pages into lines, white space after their text dropped; a form feed inside a page starts a new page.</summary>
    public static LayoutDocument FromPages(IEnumerable<RawPage> pages)
    {
        var lines = new List<LayoutLine>();
        bool ocr = false;
        foreach (var page in pages)
        {
            ocr |= page.Ocr;
            var parts = page.Text.Split('\f');
            for (int p = 0; p < parts.Length; p++)
            {
                int number = page.Number + p;
                if (lines.Count > 0) lines.Add(new LayoutLine("", number, LineKind.PageBreak));
                var texts = parts[p].Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
                // Styles belong to the page's lines one for one; a page whose lines changed count keeps its text only.
                var styles = parts.Length == 1 && page.Styles?.Count == texts.Length ? page.Styles : null;
                // Spaces and tabs after a line's text are invisible on the page and vary from converter to converter:
                // they go, so that no step reads them ("* " alone would be a bullet, "*" alone is emphasis debris). A line
                // of spaces only keeps them: a long one is where pdftotext drew the footnote rule.
                for (int l = 0; l < texts.Length; l++)
                    lines.Add(new LayoutLine(WithoutTrailingSpace(texts[l]), number, Style: styles?[l]));
            }
        }
        return new LayoutDocument(lines) { HasOcrPages = ocr };
    }

    private static string WithoutTrailingSpace(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 ? text : trimmed;
    }
}

/// <summary>One step of layout repair, in the manner of a Lucene token filter: one job, testable alone.</summary>
public interface ILayoutStep
{
    void Apply(LayoutDocument document);
}
