namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Unfolds the two columns that plain text laid out by <c>pdftotext -layout</c> sets side by side: the header (issuer,
/// number | motto, place and date) and the signature block ("Nơi nhận" | capacity, title, name). Such a zone becomes
/// the left column's lines, then the right column's, as a Word file's header and signature tables read. Only in those
/// two zones, and only when at least two lines there are split by a run of spaces at one column position: body lines
/// with wide spaces (indentation, justified text, hand-aligned tables) stay as they are. Sources that carry each
/// line's place (a PDF's text layer) keep their columns apart already: a no-op for them.
/// </summary>
public sealed class SideBySideColumns : ILayoutStep
{
    /// <summary>Fewest spaces between the two columns on a line.</summary>
    public int MinGap { get; init; } = 3;

    /// <summary>The header's first split line stands among this many first non-blank lines.</summary>
    public int HeaderLines { get; init; } = 8;

    /// <summary>Most lines from one split header line to the next (the rows of a header are close together).</summary>
    public int MaxSplitDistance { get; init; } = 4;

    /// <summary>Most lines the signature zone spans from "Nơi nhận".</summary>
    public int SignatureLines { get; init; } = 40;

    /// <summary>Most blank lines in a row inside the signature zone (room for the signature above the name).</summary>
    public int MaxBlankRun { get; init; } = 6;

    /// <summary>How far left of the gap's end a right-column line may start: centred lines start unevenly.</summary>
    public int Slack { get; init; } = 3;

    public void Apply(LayoutDocument document)
    {
        var lines = document.Lines;
        if (lines.Any(l => l.Style is not null)) return;
        var zones = new List<Zone>();
        if (HeaderZone(lines) is { } header) zones.Add(header);
        for (var i = zones.Count > 0 ? zones[0].End : 0; i < lines.Count; i++)
            if (IsRecipients(lines[i]) && SignatureZone(lines, i, zones.Count > 0 ? zones[^1].End : 0) is { } signature)
            { zones.Add(signature); i = signature.End - 1; }
        if (zones.Count == 0) return;

        var output = new List<LayoutLine>(lines.Count + 2 * zones.Count);
        var next = 0;
        foreach (var zone in zones)
        {
            output.AddRange(lines.Skip(next).Take(zone.Start - next));
            var left = new List<LayoutLine>();
            var right = new List<LayoutLine>();
            for (var i = zone.Start; i < zone.End; i++)
            {
                var line = lines[i];
                if (line.IsBlank) continue;
                if (Overlapping(line.Text, zone.Lo, zone.Hi) is { } gap)
                {
                    left.Add(line with { Text = line.Text[..gap.Start] });
                    right.Add(line with { Text = line.Text[gap.End..] });
                }
                else (IsRightOnly(line, zone.Lo, zone.Hi) ? right : left).Add(line);
            }
            // A blank line sets the columns apart and closes the zone.
            var page = lines[zone.Start].Page;
            output.AddRange(left);
            output.Add(new LayoutLine("", page));
            output.AddRange(right);
            output.Add(new LayoutLine("", lines[zone.End - 1].Page));
            next = zone.End;
        }
        output.AddRange(lines.Skip(next));
        document.Lines = output;
    }

    /// <summary>Lines [Start, End) set in two columns, the gap between them covering columns [Lo, Hi) on every split line.</summary>
    private sealed record Zone(int Start, int End, int Lo, int Hi);

    private Zone? HeaderZone(List<LayoutLine> lines)
    {
        int first = -1, seen = 0;
        (int Start, int End) gap = default;
        for (var i = 0; i < lines.Count && seen < HeaderLines && first < 0; i++)
        {
            if (!IsPlain(lines[i]) || IsRecipients(lines[i])) return null; // a short text's signature is no header
            if (lines[i].IsBlank) continue;
            seen++;
            // The widest run is the one between the columns ("Số:   /KH-UBND" leaves room for a number by hand).
            foreach (var g in Gaps(lines[i].Text))
                if (g.End - g.Start > gap.End - gap.Start) { gap = g; first = i; }
        }
        if (first < 0) return null;
        int lo = gap.Start, hi = gap.End, last = first, splits = 1;
        for (var i = first + 1; i < lines.Count && i - last <= MaxSplitDistance && IsPlain(lines[i]); i++)
        {
            if (Overlapping(lines[i].Text, lo, hi) is not { } g) continue;
            (lo, hi, last) = (Math.Max(lo, g.Start), Math.Min(hi, g.End), i);
            splits++;
        }
        if (splits < 2 || IsTable(lines, first, last + 1, lo, hi)) return null;
        // Right-column lines printed a little above or below the rows they stand beside ("Lào Cai, ngày …" alone).
        var start = first;
        while (start > 0 && IsPlain(lines[start - 1]) && IsRightOnly(lines[start - 1], lo, hi)) start--;
        var end = last + 1;
        while (end < lines.Count && IsPlain(lines[end]) && IsRightOnly(lines[end], lo, hi)) end++;
        return new Zone(start, end, lo, hi);
    }

    private Zone? SignatureZone(List<LayoutLine> lines, int recipients, int floor)
    {
        // The zone runs to the last line before a page break, a table, a long blank run or its length limit.
        int end = recipients + 1, blanks = 0;
        for (var i = recipients + 1; i < lines.Count && i < recipients + SignatureLines && IsPlain(lines[i]); i++)
        {
            if (lines[i].IsBlank) { if (++blanks > MaxBlankRun) break; continue; }
            blanks = 0;
            end = i + 1;
        }
        int lo = 0, hi = 0, splits = 0;
        for (var i = recipients; i < end; i++)
        {
            if (splits == 0)
            {
                foreach (var g in Gaps(lines[i].Text))
                    if (g.End - g.Start > hi - lo) (lo, hi) = g;
                if (hi > lo) splits = 1;
                continue;
            }
            if (Overlapping(lines[i].Text, lo, hi) is not { } gap) continue;
            (lo, hi) = (Math.Max(lo, gap.Start), Math.Min(hi, gap.End));
            splits++;
        }
        if (splits < 2 || IsTable(lines, recipients, end, lo, hi)) return null;
        // The capacity line may stand just above "Nơi nhận" ("TM. ỦY BAN NHÂN DÂN" printed higher than the list).
        var start = recipients;
        for (var i = recipients - 1; i >= Math.Max(floor, recipients - 3) && IsPlain(lines[i]); i--)
        {
            if (lines[i].IsBlank) continue;
            if (!IsRightOnly(lines[i], lo, hi)) break;
            start = i;
        }
        return new Zone(start, end, lo, hi);
    }

    // Rows of a table laid out by spaces: more than one split line has a third column (a date left blank for the
    // signing day, "ngày    tháng", makes one).
    private bool IsTable(List<LayoutLine> lines, int start, int end, int lo, int hi) =>
        lines.Skip(start).Take(end - start).Count(l => Overlapping(l.Text, lo, hi) is not null && Gaps(l.Text).Skip(1).Any()) > 1;

    // "Nơi nhận:" opens the distribution list beside the signature ("*Nơi nhận:*" once emphasis is written as Markdown).
    private static bool IsRecipients(LayoutLine line) =>
        IsPlain(line) && line.Text.AsSpan().Trim().TrimStart('*').StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase);

    // A body line of plain text: page breaks and Markdown table rows end a zone.
    private static bool IsPlain(LayoutLine line) => line.Kind == LineKind.Body && !line.Text.Contains('|');

    // A line with text in the right column only: it starts past the left column's text, near where the right one starts.
    private bool IsRightOnly(LayoutLine line, int lo, int hi)
    {
        if (line.IsBlank) return false;
        var indent = line.Text.Length - line.Text.TrimStart(' ').Length;
        return indent > lo && indent >= hi - Slack;
    }

    // The run of spaces on the line that overlaps the columns' gap [lo, hi), if any.
    private (int Start, int End)? Overlapping(string text, int lo, int hi)
    {
        foreach (var g in Gaps(text))
            if (g.Start < hi && g.End > lo) return g;
        return null;
    }

    // Runs of at least MinGap spaces between two non-space characters: [Start, End). A tab makes columns unknowable.
    private IEnumerable<(int Start, int End)> Gaps(string text)
    {
        if (text.Contains('\t')) yield break;
        var first = text.Length - text.TrimStart(' ').Length;
        var last = text.TrimEnd().Length;
        for (var i = first; i < last; i++)
        {
            if (text[i] != ' ') continue;
            var j = i;
            while (j < last && text[j] == ' ') j++;
            if (j - i >= MinGap) yield return (i, j);
            i = j;
        }
    }
}
