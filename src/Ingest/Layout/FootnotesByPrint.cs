using System.Text;
using System.Text.RegularExpressions;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Takes footnotes out of the running text by how they are printed: the lines at the foot of a page in a smaller
/// size than the body, each note starting with its label ("1", "*"). Needs each line's print (a PDF's text layer);
/// a no-op otherwise. Runs before <see cref="FootnoteMover"/>, which finds footnotes by their text alone.
/// </summary>
public sealed partial class FootnotesByPrint : ILayoutStep
{
    [GeneratedRegex(@"^(\d{1,3}|\*{1,3})\s*(?=\S)")]
    private static partial Regex Label();

    /// <summary>A footnote is printed at most this share of the body's size (LibreOffice and Word: 10 pt under 12–14 pt).</summary>
    public double MaxSizeShare { get; init; } = 0.88;

    /// <summary>Footnotes stand in the lower part of the page: below this share of its height from the top.</summary>
    public double MinTop { get; init; } = 0.5;

    public void Apply(LayoutDocument document)
    {
        var body = PrintedBody.Size(document.Lines);
        if (body <= 0) return;
        var lines = document.Lines;
        var take = new bool[lines.Count];
        foreach (var page in lines.Select((l, i) => (l, i)).Where(x => x.l.IsBody).GroupBy(x => x.l.Page))
        {
            // The run of small lines at the page's foot, read from the bottom up.
            var foot = new List<int>();
            foreach (var (line, i) in page.Reverse())
            {
                if (line.Style is not { } s || s.Size <= 0 || s.Size > MaxSizeShare * body || s.Top < MinTop) break;
                foot.Insert(0, i);
            }
            // Footnotes start with their label; small print that does not (a caption, a stamp) is left where it is.
            if (foot.Count == 0 || !Label().IsMatch(lines[foot[0]].Text.Trim())) continue;
            foreach (var i in foot) take[i] = true;
            FootnoteText? note = null;
            var text = new StringBuilder();
            foreach (var i in foot)
            {
                var t = lines[i].Text.Trim();
                var label = Label().Match(t);
                if (label.Success)
                {
                    if (note is not null) document.Footnotes.Add(note with { Text = text.ToString() });
                    note = new FootnoteText(label.Groups[1].Value, "", lines[i].Page);
                    text.Clear().Append(t[label.Length..]);
                }
                else text.Append(' ').Append(t); // Vietnamese breaks lines between syllables, never inside one
            }
            if (note is not null) document.Footnotes.Add(note with { Text = text.ToString() });
        }
        if (take.Any(t => t)) document.Lines = lines.Where((_, i) => !take[i]).ToList();
    }
}
