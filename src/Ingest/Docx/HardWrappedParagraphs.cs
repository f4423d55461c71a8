using DirectiveTracker.Ingest.Layout;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Docx;

/// <summary>
/// Word paragraphs that are line fragments — text pasted from a PDF or an e-mail, one paragraph per printed line —
/// joined back into paragraphs by the layout <see cref="LineJoiner"/>. Only runs of plain paragraphs are joined
/// (never Word-numbered list items, tables, styled headings or layout-table cells), and only in a document that
/// looks hard-wrapped: most of its plain paragraphs end without sentence punctuation.
/// </summary>
public sealed class HardWrappedParagraphs
{
    /// <summary>Share of plain paragraphs (not in capitals) ending mid-sentence above which a document is hard-wrapped.</summary>
    public double MinOpenShare { get; init; } = 0.5;

    /// <summary>Fewer plain paragraphs than this say nothing about wrapping.</summary>
    public int MinParagraphs { get; init; } = 5;

    /// <summary>True when most plain paragraphs end without sentence punctuation, as printed lines do.</summary>
    public bool LooksHardWrapped(IReadOnlyList<StructuredBlock> blocks, IReadOnlySet<int> plain)
    {
        var texts = plain.Where(i => i < blocks.Count).Select(i => blocks[i].Text)
            .Where(t => t.Length > 0 && !LineJoiner.IsCapitalsLine(t)).ToList();
        if (texts.Count < MinParagraphs) return false;
        int open = texts.Count(t => !EndsSentence(t));
        return open >= MinOpenShare * texts.Count;
    }

    /// <summary>
    /// The blocks with each run of consecutive plain paragraphs (indices in <paramref name="plain"/>) joined by the
    /// line joiner and classified again; other blocks are kept as they are.
    /// </summary>
    public IReadOnlyList<StructuredBlock> Join(IReadOnlyList<StructuredBlock> blocks, IReadOnlySet<int> plain)
    {
        var result = new List<StructuredBlock>(blocks.Count);
        for (int i = 0; i < blocks.Count;)
        {
            if (!plain.Contains(i)) { result.Add(blocks[i++]); continue; }
            int end = i;
            while (end < blocks.Count && plain.Contains(end)) end++;
            result.AddRange(JoinRun(blocks.Skip(i).Take(end - i).ToList()));
            i = end;
        }
        return result;
    }

    private static IReadOnlyList<StructuredBlock> JoinRun(List<StructuredBlock> run)
    {
        if (run.Count < 2) return run;
        var document = new LayoutDocument(run.Select(b => new LayoutLine(b.Text, b.Page)));
        new LineJoiner().Apply(document);
        // Map each unit back to the paragraphs it is made of, to keep a footnote reference's label.
        var joined = new List<StructuredBlock>(document.Units.Count);
        int next = 0;
        foreach (var unit in document.Units)
        {
            // Paragraphs are taken until their join is as long as the unit: one pass, not a join per prefix.
            var parts = new WrappedText();
            string? label = null;
            while (next < run.Count && parts.Length < unit.Text.Length)
            {
                parts.Append(run[next].Text);
                label ??= run[next].Label;
                next++;
            }
            if (!string.Equals(parts.ToString(), unit.Text, StringComparison.Ordinal)) return run; // not a plain join: keep the paragraphs as Word has them
            joined.Add(BlockClassifier.Classify(unit.Text, unit.Page) with { Label = label });
        }
        return next == run.Count ? joined : run;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd(' ', '"', '”', '’', ')', ']', '*');
        return t.Length > 0 && t[^1] is '.' or ';' or ':' or '!' or '?' or '…';
    }
}
