using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>Reads a task table (Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm): each row a task.</summary>
public static class TaskTableReader
{
    private sealed class Columns
    {
        public int Number = -1, Task = -1, Lead = -1, Support = -1, Deadline = -1, Product = -1;
    }

    public static IReadOnlyList<TaskDraft> Read(OutlineTable table)
    {
        var rows = table.Rows;
        int headerRow = -1;
        Columns? cols = null;
        for (int r = 0; r < rows.Count && r < 4 && cols is null; r++)
        {
            var c = MapHeader(rows[r]);
            if (c.Task >= 0 && (c.Lead >= 0 || c.Deadline >= 0)) { cols = c; headerRow = r; }
        }
        if (cols is null) return [];
        // A second header row under merged cells ("Cơ quan" over "Chủ trì | Phối hợp").
        int first = headerRow + 1;
        if (first < rows.Count)
        {
            var sub = MapHeader(rows[first]);
            if (sub.Lead >= 0 || sub.Support >= 0)
            {
                if (sub.Lead >= 0) cols.Lead = sub.Lead;
                if (sub.Support >= 0) cols.Support = sub.Support;
                first++;
            }
        }

        var drafts = new List<TaskDraft>();
        int running = 0;
        string prefix = table.Appendix > 0 ? $"PL{table.Appendix}" : table.Section;
        for (int r = first; r < rows.Count; r++)
        {
            var row = rows[r];
            string Cell(int i) => i >= 0 && i < row.Count ? BodyText.Clean(row[i]) : "";
            var task = Cell(cols.Task);
            if (task.Length == 0) continue;
            var number = Cell(cols.Number);
            bool others = new[] { cols.Lead, cols.Support, cols.Deadline, cols.Product }.Any(i => Cell(i).Length > 0);
            var (marker, _) = ListMarker.Read(number.Length > 0 ? number : task);
            bool group = marker.Kind == MarkerKind.Roman || (!others && row.Count > 2) || IsColumnNumbering(row);
            if (group) continue;
            running++;
            var label = number.Trim().TrimEnd('.', ')');
            var own = label.Length > 0 && label.All(ch => char.IsDigit(ch) || ch == '.') ? label : running.ToString(System.Globalization.CultureInfo.InvariantCulture);
            drafts.Add(new TaskDraft
            {
                Path = prefix.Length == 0 ? own : prefix + "." + own,
                Text = task,
                LeadColumn = NullIfEmpty(Cell(cols.Lead)),
                SupportColumn = NullIfEmpty(Cell(cols.Support)),
                DeadlineColumn = NullIfEmpty(Cell(cols.Deadline)),
            });
        }
        return drafts;
    }

    private static Columns MapHeader(IReadOnlyList<string> row)
    {
        var c = new Columns();
        for (int i = 0; i < row.Count; i++)
        {
            var k = BodyText.Key(row[i]);
            if (k.Length == 0) continue;
            if (c.Number < 0 && k is "stt" or "tt" or "so tt" or "so thu tu") c.Number = i;
            else if (k.Contains("phoi hop", StringComparison.Ordinal) && !k.Contains("chu tri", StringComparison.Ordinal)) { if (c.Support < 0) c.Support = i; }
            else if (k.Contains("chu tri", StringComparison.Ordinal) || k.Contains("thuc hien", StringComparison.Ordinal) && (k.Contains("co quan", StringComparison.Ordinal) || k.Contains("don vi", StringComparison.Ordinal))
                     || k.StartsWith("trach nhiem", StringComparison.Ordinal)) { if (c.Lead < 0) c.Lead = i; }
            else if (k.Contains("thoi gian", StringComparison.Ordinal) || k.Contains("thoi han", StringComparison.Ordinal) || k.Contains("tien do", StringComparison.Ordinal)) { if (c.Deadline < 0) c.Deadline = i; }
            else if (k.Contains("san pham", StringComparison.Ordinal) || k.StartsWith("ket qua", StringComparison.Ordinal)) { if (c.Product < 0) c.Product = i; }
            else if (k.Contains("nhiem vu", StringComparison.Ordinal) || k.Contains("noi dung", StringComparison.Ordinal)
                     || k.Contains("cong viec", StringComparison.Ordinal) || k.Contains("hoat dong", StringComparison.Ordinal)) { if (c.Task < 0) c.Task = i; }
        }
        return c;
    }

    // A row "(1) | (2) | (3)" numbering the columns.
    private static bool IsColumnNumbering(IReadOnlyList<string> row) =>
        row.All(c => c.Trim().Trim('(', ')').All(char.IsDigit));

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
