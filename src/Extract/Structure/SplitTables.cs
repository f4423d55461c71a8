using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Extract.Structure;

/// <summary>
/// Joins a table that ingest cut at its group rows. A group row of a flattened table ("I | GIAI ĐOẠN 1: …",
/// "1 | Lập nhiệm vụ") has too few cells to count as a table row, so the rows around it come as separate tables, only
/// the first with the header. Group rows standing between two tables of the same width are rows of one table.
/// </summary>
public static class SplitTables
{
    /// <summary>The blocks with every table, its group rows and the tables of the same width after them made one.</summary>
    public static IReadOnlyList<Block> Join(IReadOnlyList<Block> blocks)
    {
        var joined = new List<Block>(blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind != BlockKind.Table || block.Rows is not { Count: > 0 } rows) { joined.Add(block); continue; }
            var all = new List<IReadOnlyList<string>>(rows);
            int width = Width(rows), end = i;
            for (int j = i + 1; j < blocks.Count; j++)
            {
                if (blocks[j].Kind == BlockKind.Table && blocks[j].Rows is { Count: > 0 } more && Width(more) == width)
                {
                    for (int k = end + 1; k < j; k++) all.Add(GroupCells(blocks[k].Text)!);
                    all.AddRange(more);
                    end = j;
                    continue;
                }
                if (GroupCells(blocks[j].Text) is null) break;
            }
            if (end == i) { joined.Add(block); continue; }
            var last = blocks[end];
            joined.Add(block with
            {
                Text = string.Join("\n", all.Select(r => string.Join(" | ", r))),
                Length = last.End - block.Start,
                Rows = all,
            });
            i = end;
        }
        return joined;
    }

    /// <summary>
    /// The cells of a group row written as a line ("II | GIAI ĐOẠN 2 …": a Roman or Arabic numeral, then the group's
    /// title); null for any other line.
    /// </summary>
    public static IReadOnlyList<string>? GroupCells(string line)
    {
        if (line.Contains('\n', StringComparison.Ordinal)) return null;
        var cells = line.Split('|').Select(c => c.Trim()).ToList();
        if (cells.Count < 2 || cells.Count > 3 || !IsNumeral(cells[0]) || cells[1].Length == 0) return null;
        return cells;
    }

    /// <summary>"I", "IV", "2", "12." — a group's number standing alone in its cell (a year is no group number).</summary>
    public static bool IsNumeral(string cell)
    {
        var t = cell.Trim().TrimEnd('.');
        if (t.Length == 0) return false;
        return t.Length <= 2 && t.All(char.IsAsciiDigit) || t.Length <= 4 && ListMarker.RomanValue(t) > 0;
    }

    private static int Width(IReadOnlyList<IReadOnlyList<string>> rows) => rows.Max(r => r.Count);
}
