using System.Text.RegularExpressions;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Drops running headers and footers by where they are printed: a line in the top or bottom band of its page whose
/// text, digits aside, stands in that band on most pages. Wherever the producer wrote it in the content stream (a
/// footer first, a header after a table), it is furniture. Needs each line's place (a PDF's text layer); a no-op
/// otherwise. Each removed run becomes a <see cref="LineKind.PageBreak"/>, as <see cref="FurnitureFilter"/> does.
/// </summary>
public sealed partial class FurnitureByPosition : ILayoutStep
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>Share of the page's height at the top and at the bottom where headers and footers stand.</summary>
    public double Band { get; init; } = 0.1;

    /// <summary>Share of the printed pages a line must recur on (and at least <see cref="MinPages"/>).</summary>
    public double MinPageShare { get; init; } = 0.5;

    public int MinPages { get; init; } = 3;

    /// <summary>Longest line that can be furniture: a long line in the band is body text that reached the margin.</summary>
    public int MaxLength { get; init; } = 120;

    public void Apply(LayoutDocument document)
    {
        var lines = document.Lines;
        var printedPages = lines.Where(l => l.Style is not null).Select(l => l.Page).Distinct().Count();
        if (printedPages < MinPages) return;
        var inBand = new Dictionary<(bool Top, string Key), List<int>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is not { IsBody: true, Style: { } style }) continue;
            var top = style.Top < Band;
            if (!top && style.Top <= 1 - Band) continue;
            var text = lines[i].Text.Trim();
            if (text.Length > MaxLength) continue;
            var key = (top, Digits().Replace(text, "#"));
            if (!inBand.TryGetValue(key, out var list)) inBand[key] = list = [];
            list.Add(i);
        }
        var needed = Math.Max(MinPages, (int)Math.Ceiling(MinPageShare * printedPages));
        var drop = new bool[lines.Count];
        foreach (var indices in inBand.Values)
            if (indices.Select(i => lines[i].Page).Distinct().Count() >= needed)
                foreach (var i in indices) drop[i] = true;

        var removed = 0;
        var output = new List<LayoutLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!drop[i]) { output.Add(lines[i]); continue; }
            removed++;
            if (output.Count == 0 || output[^1].Kind != LineKind.PageBreak) output.Add(new LayoutLine("", lines[i].Page, LineKind.PageBreak));
        }
        if (removed == 0) return;
        document.Lines = output;
        document.Warnings.Add(new IngestWarning("furniture-removed",
            $"Đã bỏ {removed} dòng đầu trang, chân trang in lặp lại ở cùng vị trí trên các trang."));
    }
}
