using System.Text.RegularExpressions;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Reads a text written in Markdown (what offices paste from a chat tool or a converter) as the blocks a Word document
/// gives: a "*" list item is a bullet ("-"), a bullet indented under another is a sub-bullet ("+"), and an ATX
/// heading ("## ĐẢNG CỘNG SẢN VIỆT NAM", "### 1. Mục đích") is a heading line of its own. Plain Vietnamese text uses
/// a lone "* …" line for the responsibility line after a block of bullets, so a document counts as Markdown only
/// when its "*" items come as lists: most of them followed by another "*" item.
/// </summary>
public sealed partial class MarkdownStructure : ILayoutStep
{
    // A "*" item with its indentation; "* *" (emphasis debris) has no letter or digit after the marker.
    [GeneratedRegex(@"^(?<indent>[ \t]*)\*[ \t]+(?=[\p{L}\d(“""'«\[])")]
    private static partial Regex StarItem();

    [GeneratedRegex(@"^(?<indent>[ \t]*)[-+][ \t]+(?=\S)")]
    private static partial Regex DashOrPlusItem();

    [GeneratedRegex(@"^[ \t]*#{1,6}[ \t]+(?<text>.*?)[ \t]*#*[ \t]*$")]
    private static partial Regex AtxHeading();

    /// <summary>"*" items needed before a document can count as Markdown.</summary>
    public int MinStarItems { get; init; } = 3;

    /// <summary>Share of "*" items whose next list line is another "*" item, for the "*" items to be a list.</summary>
    public double MinListShare { get; init; } = 0.5;

    public void Apply(LayoutDocument document)
    {
        var lines = document.Lines;
        if (!IsMarkdown(lines)) return;
        var output = new List<LayoutLine>(lines.Count);
        // Indentation of the enclosing bullets, to tell a nested item from a sibling.
        var open = new List<int>();
        foreach (var line in lines)
        {
            if (line.Kind != LineKind.Body) { output.Add(line); continue; }
            if (AtxHeading().Match(line.Text) is { Success: true } h && h.Groups["text"].Value.Contains(' '))
            {
                // A numbered heading ("### 1. Mục đích") is the numbered paragraph Word gives; the others are headings.
                var heading = DebrisCleaner.CleanLine(h.Groups["text"].Value);
                output.Add(line with { Text = heading, Kind = ListMarker.Match(heading) is null ? LineKind.Heading : LineKind.Body });
                open.Clear();
                continue;
            }
            var star = StarItem().Match(line.Text);
            var other = star.Success ? Match.Empty : DashOrPlusItem().Match(line.Text);
            if (!star.Success && !other.Success)
            {
                if (line.IsBody && !char.IsWhiteSpace(line.Text[0])) open.Clear(); // flush-left text ends the list
                output.Add(line);
                continue;
            }
            var m = star.Success ? star : other;
            int indent = Width(m.Groups["indent"].Value);
            while (open.Count > 0 && open[^1] >= indent) open.RemoveAt(open.Count - 1);
            bool nested = open.Count > 0;
            open.Add(indent);
            if (!star.Success && !nested) { output.Add(line); continue; } // "- " and "+ " keep their meaning at the top
            var rest = line.Text[m.Length..];
            output.Add(line with { Text = (nested ? "+ " : "- ") + rest });
        }
        document.Lines = output;
        document.Warnings.Add(new("markdown", "Văn bản viết theo định dạng Markdown: tiêu đề (#) và gạch đầu dòng (*) đã được đọc như văn bản Word."));
    }

    /// <summary>True when the "*" items of the text come as lists, as Markdown writes them.</summary>
    private bool IsMarkdown(IReadOnlyList<LayoutLine> lines)
    {
        if (!lines.Any(l => l.Kind == LineKind.Body && l.Text.Contains('*'))) return false;
        int stars = 0, followed = 0;
        bool previousWasStar = false;
        foreach (var line in lines)
        {
            // Unmarked lines (an item's wrapped text) neither break nor make a list.
            if (!line.IsBody) continue;
            bool star = line.Text.Contains('*') && StarItem().IsMatch(line.Text);
            if (star) { stars++; if (previousWasStar) followed++; }
            else if (ListMarker.Match(DebrisCleaner.CleanLine(line.Text)) is null && !AtxHeading().IsMatch(line.Text)) continue;
            previousWasStar = star;
        }
        return stars >= MinStarItems && followed >= MinListShare * stars;
    }

    private static int Width(string indent) => indent.Sum(c => c == '\t' ? 4 : 1);
}
