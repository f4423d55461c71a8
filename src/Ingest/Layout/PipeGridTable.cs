namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Rebuilds the rows of a table that a web page's converter wrote one cell at a time: every cell separator "|" alone
/// on its line, a cell's text wrapped over the lines between them, each row opened and closed by its own "|" (so two
/// separators with nothing between end one row and open the next, or stand round an empty cell). The first row (the
/// header) gives the number of columns; rows are read so that as many as possible have them all — a row with fewer
/// left out cells merged down from the row above. Each row becomes one table row ("| 1 | Rà soát … | Sở Tài chính |"),
/// so a lone row number stays its row's cell (not a page number) and a cell wrapped over lines stays one cell.
/// Grids of fewer than three columns (a letterhead or a signature set side by side) are page layout, not tables,
/// and are left as they are; so is a grid whose rows cannot be read so.
/// </summary>
public sealed class PipeGridTable : ILayoutStep
{
    /// <summary>Fewest columns in the header row for a grid to be a table.</summary>
    public int MinColumns { get; init; } = 3;

    public void Apply(LayoutDocument document)
    {
        var lines = document.Lines;
        if (!lines.Any(IsSeparator)) return;
        var output = new List<LayoutLine>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            if (!IsSeparator(lines[i])) { output.Add(lines[i]); continue; }
            int end = GridEnd(lines, i);
            var cells = Cells(lines, i, end);
            int columns = cells.IndexOf("");
            if (columns < 0) columns = cells.Count;
            var rows = columns >= MinColumns ? Rows(cells, columns) : null;
            if (rows is null)
            {
                output.AddRange(lines.Skip(i).Take(end - i + 1));
            }
            else
            {
                int page = lines[i].Page;
                foreach (var row in rows.Where(r => r.Any(c => c.Length > 0)))
                    output.Add(new LayoutLine("| " + string.Join(" | ", row) + " |", page, LineKind.TableRow));
            }
            i = end;
        }
        document.Lines = output;
    }

    private static bool IsSeparator(LayoutLine line) => line.Kind == LineKind.Body && line.Text.Trim() == "|";

    /// <summary>
    /// The last separator of the grid that opens at <paramref name="start"/>: text set off by a blank line after a
    /// separator is past it (a blank line with a separator after it is an empty cell).
    /// </summary>
    private static int GridEnd(List<LayoutLine> lines, int start)
    {
        int last = start;
        for (int i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Body) break;
            if (IsSeparator(line)) { last = i; continue; }
            // A blank line between two separators is an empty cell written as an empty line, not the grid's end.
            if (line.IsBlank && last == i - 1 && !(i + 1 < lines.Count && IsSeparator(lines[i + 1]))) break;
        }
        return last;
    }

    /// <summary>The texts between consecutive separators, each cell's lines joined and cleaned of emphasis.</summary>
    private static List<string> Cells(List<LayoutLine> lines, int start, int end)
    {
        var cells = new List<string>();
        var current = new List<string>();
        for (int i = start + 1; i <= end; i++)
        {
            if (IsSeparator(lines[i]))
            {
                cells.Add(DebrisCleaner.CleanLine(string.Join(" ", current)).Trim());
                current.Clear();
                continue;
            }
            var text = lines[i].Text.Trim();
            if (text.Length > 0) current.Add(text.Replace('|', '/'));
        }
        return cells;
    }

    /// <summary>
    /// Splits the cells into rows of at most <paramref name="columns"/> cells, each followed by an empty text (the
    /// separator pair between rows) or the end, with the fewest rows short of a full one; where two splits tie, the
    /// earlier row is the full one (a row that leaves out merged cells stands under the row that merges them). Null
    /// when no split fits.
    /// </summary>
    private static List<List<string>>? Rows(List<string> cells, int columns)
    {
        int n = cells.Count;
        // cost[i]: fewest short rows from cell i to the end; take[i]: the cells of the row that starts there.
        var cost = new int[n + 1];
        var take = new int[n + 1];
        for (int i = n - 1; i >= 0; i--)
        {
            cost[i] = int.MaxValue;
            for (int k = Math.Min(columns, n - i); k >= 1; k--)
            {
                int e = i + k;
                if (e < n && cells[e].Length > 0) continue;
                int next = e == n ? n : e + 1;
                if (cost[next] == int.MaxValue) continue;
                int c = cost[next] + (k == columns ? 0 : 1);
                if (c < cost[i]) { cost[i] = c; take[i] = k; }
            }
        }
        if (n == 0 || cost[0] == int.MaxValue) return null;
        var rows = new List<List<string>>();
        for (int i = 0; i < n; i += take[i] + 1)
            rows.Add(cells.GetRange(i, take[i]));
        return rows;
    }
}
