using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Turns joined units into blocks: a unit that starts with a list marker is a list item (marker kept as written),
/// an unmarked unit in capitals is a heading, consecutive table rows form a table, the rest are paragraphs;
/// footnotes follow the body as footnote blocks.
/// </summary>
public sealed partial class BlockClassifier : ILayoutStep
{
    public void Apply(LayoutDocument document)
    {
        var blocks = new List<StructuredBlock>();
        var units = document.Units;
        for (int i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Kind == LineKind.TableRow)
            {
                var rows = new List<IReadOnlyList<string>>();
                int page = unit.Page;
                for (; i < units.Count && units[i].Kind == LineKind.TableRow; i++) rows.Add(SplitRow(units[i].Text));
                i--;
                blocks.Add(new StructuredBlock(BlockKind.Table, string.Join("\n", rows.Select(r => string.Join(" | ", r))), page, Rows: rows));
                continue;
            }
            blocks.Add(unit.Kind == LineKind.Heading ? new StructuredBlock(BlockKind.Heading, unit.Text, unit.Page) : Classify(unit.Text, unit.Page));
        }
        foreach (var note in document.Footnotes)
        {
            MarkReference(blocks, note.Label);
            blocks.Add(new StructuredBlock(BlockKind.Footnote, note.Text, note.Page, Label: note.Label));
        }
        document.Blocks = blocks;
    }

    /// <summary>The block one unit of text makes.</summary>
    public static StructuredBlock Classify(string text, int page)
    {
        if (ListMarker.Match(text) is { } marker) return new StructuredBlock(BlockKind.ListItem, text, page, Marker: marker);
        if (LineJoiner.IsCapitalsLine(text)) return new StructuredBlock(BlockKind.Heading, text, page);
        return new StructuredBlock(BlockKind.Paragraph, text, page);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(?:-{3,}|_{3,})\s*")]
    private static partial System.Text.RegularExpressions.Regex CellRule();

    /// <summary>Labels the first body block that carries the footnote's reference: the number glued to a word ("chung1;").</summary>
    private static void MarkReference(List<StructuredBlock> blocks, string label)
    {
        if (!label.All(char.IsDigit)) return;
        var reference = new System.Text.RegularExpressions.Regex($@"\p{{L}}{label}(?=[\s;,.:)”""]|$)");
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.Footnote || blocks[i].Label is not null || !reference.IsMatch(blocks[i].Text)) continue;
            blocks[i] = blocks[i] with { Label = label };
            return;
        }
    }

    private static IReadOnlyList<string> SplitRow(string row)
    {
        var inner = row.Trim();
        if (inner.StartsWith('|')) inner = inner[1..];
        if (inner.EndsWith('|')) inner = inner[..^1];
        // Letterhead cells carry their decorative rule ("THỦ TƯỚNG CHÍNH PHỦ -------").
        return inner.Split('|').Select(c => CellRule().Replace(c, " ").Trim()).ToList();
    }
}
