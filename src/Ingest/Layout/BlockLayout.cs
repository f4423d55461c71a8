using System.Text;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Lays blocks out into the clean text: each normalised, separated by "\n" (table cells by " | ", rows by "\n"),
/// footnotes after the body, with each block's offsets.
/// </summary>
public static class BlockLayout
{
    public static (string Text, IReadOnlyList<Block> Blocks) Compose(IEnumerable<StructuredBlock> blocks)
    {
        var ordered = blocks.Where(b => b.Kind != BlockKind.Footnote).Concat(blocks.Where(b => b.Kind == BlockKind.Footnote));
        var sb = new StringBuilder();
        var result = new List<Block>();
        foreach (var b in ordered)
        {
            IReadOnlyList<IReadOnlyList<string>>? rows = b.Rows?
                .Select(r => (IReadOnlyList<string>)r.Select(c => Clean(c)).ToList()).ToList();
            var text = rows is not null ? string.Join("\n", rows.Select(r => string.Join(" | ", r))) : Clean(b.Text);
            if (text.Length == 0) continue;
            if (sb.Length > 0) sb.Append('\n');
            int start = sb.Length;
            sb.Append(text);
            result.Add(new Block(b.Kind, text, Math.Max(1, b.Page), start, text.Length)
            {
                Marker = b.Marker is null ? null : VietnameseText.Normalize(b.Marker).Trim(),
                Rows = rows,
                Label = b.Label,
            });
        }
        return (sb.ToString(), result);
    }

    /// <summary>Normalised, one line, single spaces: a block's text holds no line break of its own.</summary>
    private static string Clean(string text)
    {
        var normal = VietnameseText.Normalize(text);
        var sb = new StringBuilder(normal.Length);
        bool space = false;
        foreach (char c in normal)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
