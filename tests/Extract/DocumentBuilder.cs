using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Extract.Tests;

/// <summary>Builds an IngestedDocument by hand, one block per given line, as ingest would classify clean lines.</summary>
/// <remarks>Test fixture only: the lines are already whole paragraphs; there is no line joining here.</remarks>
internal static class DocumentBuilder
{
    public static IngestedDocument FromLines(params string[] lines)
    {
        var blocks = new List<Block>();
        int offset = 0;
        foreach (var line in lines)
        {
            var (kind, marker) = Classify(line);
            blocks.Add(new Block(kind, line, 1, offset, line.Length) { Marker = marker });
            offset += line.Length + 1;
        }
        return new IngestedDocument("test.txt", "", SourceFormat.Txt, [new PageInfo(1, false)], blocks, string.Join("\n", lines), []);
    }

    private static readonly DocumentExtractor Extractor = new();

    /// <summary>The tasks extracted from a document of the given lines.</summary>
    public static IReadOnlyList<DirectiveTracker.Extract.Model.TaskItem> ExtractTasks(params string[] lines) => Extractor.Extract(FromLines(lines)).Tasks;

    public static IngestedDocument WithTable(string[] before, IReadOnlyList<IReadOnlyList<string>> rows, params string[] after)
    {
        var doc = FromLines(before);
        var blocks = doc.Blocks.ToList();
        var tableText = string.Join("\n", rows.Select(r => string.Join(" | ", r)));
        int offset = doc.Text.Length + 1;
        blocks.Add(new Block(BlockKind.Table, tableText, 1, offset, tableText.Length) { Rows = rows });
        var text = doc.Text + "\n" + tableText;
        foreach (var line in after)
        {
            offset = text.Length + 1;
            var (kind, marker) = Classify(line);
            blocks.Add(new Block(kind, line, 1, offset, line.Length) { Marker = marker });
            text += "\n" + line;
        }
        return doc with { Blocks = blocks, Text = text };
    }

    private static (BlockKind, string?) Classify(string line)
    {
        var (marker, _) = DirectiveTracker.Extract.Structure.ListMarker.Read(line);
        if (marker.Kind != DirectiveTracker.Extract.Structure.MarkerKind.None) return (BlockKind.ListItem, marker.Text);
        return (DirectiveTracker.Extract.Structure.BodyText.IsUpperLine(line) ? BlockKind.Heading : BlockKind.Paragraph, null);
    }
}
