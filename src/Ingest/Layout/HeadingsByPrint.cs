namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Marks headings by how they are printed: a short run of lines (one to <see cref="MaxLines"/>) all bold or larger
/// than the body, standing apart from the body around it, becomes a <see cref="LineKind.Heading"/>. Lines with a list
/// marker ("I.", "1.", "a)") stay list items (the outline is built from them) and lines in capitals are headings by
/// their text already. Needs each line's print (a PDF's text layer); a no-op otherwise.
/// </summary>
public sealed class HeadingsByPrint : ILayoutStep
{
    /// <summary>Larger than the body by this share makes a line a heading even when it is not bold.</summary>
    public double MinSizeShare { get; init; } = 1.15;

    /// <summary>A longer run of bold lines is an emphasised paragraph, not a heading.</summary>
    public int MaxLines { get; init; } = 3;

    public int MaxLength { get; init; } = 250;

    public void Apply(LayoutDocument document)
    {
        var body = PrintedBody.Size(document.Lines);
        if (body <= 0) return;
        var lines = document.Lines;
        for (var i = 0; i < lines.Count;)
        {
            if (!Prominent(lines[i], body)) { i++; continue; }
            var end = i;
            while (end + 1 < lines.Count && lines[end + 1].Page == lines[i].Page && Prominent(lines[end + 1], body)) end++;
            var run = lines.Skip(i).Take(end - i + 1).Select(l => l.Text.Trim()).ToList();
            if (run.Count <= MaxLines && run.Sum(t => t.Length) <= MaxLength
                && run.All(t => ListMarker.Match(t) is null && !LineJoiner.IsCapitalsLine(t)))
                for (var k = i; k <= end; k++) lines[k] = lines[k] with { Kind = LineKind.Heading };
            i = end + 1;
        }
    }

    private bool Prominent(LayoutLine line, double body) =>
        line is { IsBody: true, Style: { } s } && (s.Bold || s.Size >= MinSizeShare * body);
}
