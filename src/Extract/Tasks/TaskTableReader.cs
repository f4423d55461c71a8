using System.Globalization;
using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>Reads a task table (Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm): each row a task.</summary>
public static partial class TaskTableReader
{
    private sealed class Columns
    {
        public int Number = -1, Task = -1, Lead = -1, Support = -1, Deadline = -1, Product = -1;

        /// <summary>A column naming the group a row's task belongs to ("Nhóm hoạt động"), not the task.</summary>
        public int Group = -1;

        /// <summary>Columns whose cells give the task nothing ("Cá nhân phụ trách", "Nguồn kinh phí").</summary>
        public readonly List<int> Others = [];

        /// <summary>The cells name at least one column.</summary>
        public bool NamesAny => Number >= 0 || Task >= 0 || Lead >= 0 || Support >= 0 || Deadline >= 0 || Product >= 0 || Group >= 0 || Others.Count > 0;
    }

    /// <summary>A header found among flattened lines: its cells, how many lines it takes, and what the conversion mixed into it.</summary>
    private sealed record FlatHeader(List<string> Cells, int Lines, string? GroupRow, bool OpensFirstRow);

    /// <summary>The row a flattened table is reading: its path number, its task and the lines of its further cells.</summary>
    private sealed class FlatRow
    {
        /// <summary>The row's number in its path ("3", or "3.a" for a lettered sub-row).</summary>
        public string? Number;

        /// <summary>The row's task; null while no row is open.</summary>
        public string? Task;

        /// <summary>The lines after the task, one or more per further cell.</summary>
        public readonly List<string> Cells = [];

        /// <summary>The numbered row's own number, which its lettered sub-rows extend, and the current sub-row's letter.</summary>
        public string? RowNumber, Sub;

        /// <summary>The row's number stood alone: the next line is its task.</summary>
        public bool Opens;

        /// <summary>A numbered row, not (yet) a lettered sub-row.</summary>
        public void NumberAs(string number) { Number = RowNumber = number; Sub = null; }

        /// <summary>The row was written out (or dropped): no row is open until a task starts one.</summary>
        public void Close() { Task = null; Cells.Clear(); }
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
        // A time column first in the row is merged down over the rows of one time: an empty cell keeps the time above.
        string? mergedTime = null;
        // The Roman group each row stands under, for paths when each group numbers its rows anew.
        var groups = new List<string?>();
        var owns = new List<string>();
        string? currentGroup = null;
        int width = rows[headerRow].Count;
        // The row above by column, for the sub-rows under it that leave out the cells it merges down.
        IReadOnlyList<string>? above = null;
        char letter = '\0';
        string parentOwn = "";
        for (int r = first; r < rows.Count; r++)
        {
            var row = rows[r];
            bool subRow = above is not null && IsSubRow(row, width, cols);
            if (subRow) row = UnderMergedCells(row, above!, cols);
            string Cell(int i) => i >= 0 && i < row.Count ? BodyText.Clean(row[i]) : "";
            var task = Cell(cols.Task);
            if (task.Length == 0) continue;
            var number = Cell(cols.Number);
            bool others = new[] { cols.Lead, cols.Support, cols.Deadline, cols.Product }.Any(i => Cell(i).Length > 0);
            var (marker, _) = ListMarker.Read(number.Length > 0 ? number : task);
            bool roman = marker.Kind == MarkerKind.Roman || IsRomanCell(number);
            bool group = roman || (!others && row.Count > 2) || IsColumnNumbering(row) || IsNumberedGroup(row, cols) || IsSpreadTitle(row, cols);
            if (group && !subRow)
            {
                mergedTime = null;
                above = null;
                if (roman) currentGroup = number.Length > 0 ? number.Trim().TrimEnd('.') : marker.Label;
                continue;
            }
            groups.Add(currentGroup);
            var deadline = NullIfEmpty(Cell(cols.Deadline));
            if (cols.Deadline == 0) deadline = mergedTime = deadline ?? mergedTime;
            string own;
            if (subRow)
            {
                // The row above and its sub-rows are lettered under its number ("1.a", "1.b").
                if (letter == '\0') { parentOwn = owns[^1]; owns[^1] = parentOwn + ".a"; letter = 'a'; }
                letter++;
                own = parentOwn + "." + letter;
            }
            else
            {
                running++;
                letter = '\0';
                var label = number.Trim().TrimEnd('.', ')');
                own = label.Length > 0 && label.All(ch => char.IsDigit(ch) || ch == '.') ? label : running.ToString(CultureInfo.InvariantCulture);
            }
            above = row;
            owns.Add(own);
            drafts.Add(new TaskDraft
            {
                Path = prefix.Length == 0 ? own : prefix + "." + own,
                Text = task,
                LeadColumn = NullIfEmpty(Cell(cols.Lead)),
                SupportColumn = NullIfEmpty(Cell(cols.Support)),
                DeadlineColumn = deadline,
            });
        }
        // Groups name the rows only where each group numbers its rows anew ("I" / "1", "2" / "II" / "1" …): numbers that
        // run through keep their paths.
        // A lettered sub-row keeps its row's number with its letter; other rows their own last number.
        string Own(int i) => char.IsLetter(owns[i][^1]) ? owns[i] : owns[i][(owns[i].LastIndexOf('.') + 1)..];
        if (owns.Distinct(StringComparer.Ordinal).Count() < drafts.Count && groups.All(g => g is not null))
            return drafts.Select((d, i) => d with { Path = prefix + "." + groups[i] + "." + Own(i) }).ToList();
        return drafts.Select((d, i) => d with { Path = prefix.Length == 0 ? owns[i] : prefix + "." + owns[i] }).ToList();
    }

    /// <summary>
    /// A row with fewer cells than the header whose first cell is no number, under a numbered column: a converter that
    /// writes a table one cell at a time leaves out the cells the row above merges down over it (the number, and the
    /// times and partners the two rows share), so its cells are the task's and those after it.
    /// </summary>
    private static bool IsSubRow(IReadOnlyList<string> row, int width, Columns cols) =>
        cols.Number >= 0 && cols.Number < cols.Task && row.Count >= 2 && row.Count < width && row.Count <= width - cols.Task
        && BodyText.Clean(row[0]) is { Length: > 0 } first && !SplitTables.IsNumeral(first) && !IsRomanCell(first)
        && ListMarker.Read(first).Marker.Kind == MarkerKind.None;

    /// <summary>The sub-row's cells from the task column on; the columns it leaves out keep the row above's cells.</summary>
    private static IReadOnlyList<string> UnderMergedCells(IReadOnlyList<string> row, IReadOnlyList<string> above, Columns cols)
    {
        var cells = above.ToList();
        while (cells.Count < cols.Task + row.Count) cells.Add("");
        for (int j = 0; j < row.Count; j++) cells[cols.Task + j] = row[j];
        return cells;
    }

    // A group's Roman numeral alone in the number cell ("I", "IV", "II."): ListMarker wants a full stop or a title after it.
    private static bool IsRomanCell(string cell)
    {
        var t = cell.Trim().TrimEnd('.');
        return t.Length is > 0 and <= 4 && t.All(c => c is 'I' or 'V' or 'X') && ListMarker.RomanValue(t) > 0;
    }

    /// <summary>
    /// A group row whose title fills every cell after the number ("I | Hoàn thiện hệ thống pháp luật | Hoàn thiện hệ
    /// thống pháp luật | …"): a merged cell that a web page's table spread over the columns when it was flattened.
    /// </summary>
    private static bool IsSpreadTitle(IReadOnlyList<string> row, Columns cols)
    {
        var cells = row.Where((_, i) => i != cols.Number).Select(BodyText.Clean).Where(c => c.Length > 0).ToList();
        return cells.Count >= 3 && cells.All(c => string.Equals(c, cells[0], StringComparison.Ordinal));
    }

    /// <summary>
    /// Reads a task table that PDF or web text flattened into lines: a header of one column name per line
    /// ("STT", "Tên nhiệm vụ", "Cơ quan chủ trì" …), then per row a numbered line with the task and one line per
    /// further cell. Conversions also write the row number on a line of its own ("1") or glue it to the end of the
    /// row above's last cell ("Tháng 12/2025 2"): a row starts wherever the group's next number stands alone or ends
    /// a line. Roman group rows ("I", "II HỖ TRỢ …") restart the numbering and name the rows' paths; repeated headers
    /// (page breaks) are skipped.
    /// </summary>
    public static IReadOnlyList<TaskDraft> ReadFlattened(IReadOnlyList<string> lines, string prefix)
    {
        int start = -1;
        Columns? cols = null;
        FlatHeader? found = null;
        for (int i = 0; i < lines.Count && cols is null; i++)
        {
            var header = HeaderRun(lines, i);
            if (header.Cells.Count >= 3)
            {
                var c = MapHeader(header.Cells);
                if (c.Task >= 0 && (c.Lead >= 0 || c.Deadline >= 0)) { cols = c; start = i + header.Lines; found = header; }
            }
        }
        if (cols is null) return [];
        // Cell order after the task cell.
        var after = new (int Index, string Kind)[] { (cols.Lead, "lead"), (cols.Support, "support"), (cols.Product, "product"), (cols.Deadline, "deadline") }
            .Concat(cols.Others.Select(o => (Index: o, Kind: "other")))
            .Where(x => x.Index > cols.Task).OrderBy(x => x.Index).Select(x => x.Kind).ToList();
        var byNumber = ReadNumberedRows(lines, prefix, start, found!, after, out int numberedRows, out int mostCells);
        // A table whose cells each show their column (owners, times, persons; no product column) may be read by what
        // its lines are when its row numbers were lost or moved: when that finds more rows, and the numbers found not
        // even half of them or left a row holding the lines of others (more than twice its columns).
        if (!after.Contains("product") && after.Contains("lead"))
        {
            var byContent = ReadTypedRows(lines, prefix, start, found!, after);
            if (byContent.Count > byNumber.Count && (2 * numberedRows < byContent.Count || mostCells > 2 * after.Count)) return byContent;
        }
        return byNumber;
    }

    // Rows that start at their numbers (alone on a line or ending the row above), as ReadFlattened describes.
    private static IReadOnlyList<TaskDraft> ReadNumberedRows(IReadOnlyList<string> lines, string prefix, int start, FlatHeader found, List<string> after,
        out int numberedRows, out int mostCells)
    {
        int opened = 0, most = 0;
        var drafts = new List<TaskDraft>();
        var row = new FlatRow();
        string? group = null;
        int expected = 1;
        bool groupTitle = false;
        void Flush()
        {
            if (row.Task is null) return;
            most = Math.Max(most, row.Cells.Count);
            drafts.Add(Row(group is null ? prefix : prefix + "." + group, row.Number!, row.Task, row.Cells, after));
            row.Close();
        }
        bool numbered = false, timeLast = after.Count > 0 && after[^1] == "deadline", lettered = false;
        int running = 0;
        bool pageTail = false;
        void Open(string n) { Flush(); numbered = true; opened++; row.NumberAs(n); row.Opens = true; expected = int.Parse(n, CultureInfo.InvariantCulture) + 1; }
        // The first group row set among the header's cells, and the first row's number glued to its last cell.
        if (found.GroupRow is { } firstGroup && GroupRow().Match(firstGroup) is { Success: true } fg) group = fg.Groups["r"].Value;
        if (found.OpensFirstRow) Open("1");
        for (int i = start; i < lines.Count; i++)
        {
            var header = HeaderRun(lines, i);
            if (header.Cells.Count >= 3) { i += header.Lines - 1; continue; }
            var line = lines[i];
            // A repeated header cell glued to the text that continues the row's task across a page break.
            if (StripHeaderWord(line) is { } stripped)
            {
                if (stripped.Length == 0) continue;
                if (row.Task is not null && char.IsLower(stripped[0])) { row.Task += " " + stripped; continue; }
                line = stripped;
            }
            if (GroupRow().Match(line) is { Success: true } g && ListMarker.RomanValue(g.Groups["r"].Value) > 0)
            {
                Flush(); row.Opens = false; group = g.Groups["r"].Value; expected = 1; row.RowNumber = row.Sub = null;
                var title = g.Groups["title"].Value.Trim();
                groupTitle = title.Length == 0;
                if (title.Length > 0 && TrailingRowNumber(title, expected) is not null) Open(expected.ToString(CultureInfo.InvariantCulture));
                continue;
            }
            // A sub-group row ("III.1", "III.1.2") with its title below: the group's numbering runs on through it.
            if (SubGroupRow().IsMatch(line)) { Flush(); row.Opens = false; groupTitle = true; continue; }
            var expect = expected.ToString(CultureInfo.InvariantCulture);
            if (line.Trim().TrimEnd('.') == expect) { groupTitle = false; Open(expect); continue; }
            if (groupTitle)
            {
                // The group's title on the line under its numeral; it may carry the first row's number.
                groupTitle = false;
                if (TrailingRowNumber(line, expected) is not null) Open(expect);
                continue;
            }
            // A letter standing alone ("a)") under a numbered row that has only its title: the row groups lettered
            // sub-rows ("1.a", "1.b"), each with its own task and cells below the letter.
            if (LoneLetter().Match(line) is { Success: true } letter && row.RowNumber is not null && !row.Opens
                && (row.Sub is null ? row.Task is not null && row.Cells.Count == 0 : true))
            {
                if (row.Sub is null) row.Close(); else Flush();
                pageTail = false;
                row.Sub = letter.Groups["l"].Value; row.Number = row.RowNumber + "." + row.Sub; lettered = true;
                // The conversion may join the sub-row's task to its letter ("a) Tổ chức hội nghị …").
                if (letter.Groups["t"].Success) row.Task = letter.Groups["t"].Value.Trim(); else row.Opens = true;
                continue;
            }
            if (row.Opens) { row.Opens = false; row.Task = line; continue; }
            var (marker, body) = ListMarker.Read(line);
            if (marker.Kind == MarkerKind.Roman) { Flush(); group = marker.Label; expected = 1; row.RowNumber = row.Sub = null; continue; }
            if (marker.Kind == MarkerKind.Number && marker.Depth == 1)
            {
                Flush(); numbered = true; opened++; row.NumberAs(marker.Label); row.Task = body;
                if (int.TryParse(row.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) expected = n + 1;
                continue;
            }
            if (row.Task is null)
            {
                // Rows without numbers: a table whose last column is the time has each row end at its time cell,
                // so the line after a group row or a time cell is the next row's task.
                if (!numbered && timeLast && drafts.Count > 0 && char.IsLower(line[0]))
                {
                    // A page break split the row above: the rest of its task, then (a short line) the rest of its lead cell.
                    drafts[^1] = drafts[^1] with { Text = drafts[^1].Text + " " + line };
                    pageTail = true;
                    continue;
                }
                if (pageTail && line.Length < 40 && drafts[^1].LeadColumn is { } leadCell && LoneLetter().Match(line) is { Success: false })
                {
                    pageTail = false;
                    drafts[^1] = drafts[^1] with { LeadColumn = leadCell + " " + line };
                    continue;
                }
                pageTail = false;
                if (!numbered && timeLast && line.Length >= 20)
                {
                    running++; row.NumberAs(running.ToString(CultureInfo.InvariantCulture)); row.Task = line;
                }
                continue;
            }
            if (!numbered && timeLast && (TimeCell().IsMatch(line) || TrailingTime().IsMatch(line)))
            {
                row.Cells.Add(line);
                Flush();
                continue;
            }
            if (TrailingRowNumber(line, expected) is { } cell)
            {
                if (cell.Length > 0) row.Cells.Add(cell);
                Open(expect);
                continue;
            }
            row.Cells.Add(line);
        }
        Flush();
        numberedRows = opened;
        mostCells = most;
        // Groups name the rows only where each group numbers its rows anew: numbers that run through keep their paths.
        var paths = drafts.Select(d => d.Path[(d.Path.LastIndexOf('.') + 1)..]).ToList();
        if (!lettered && paths.Distinct(StringComparer.Ordinal).Count() == paths.Count)
            return drafts.Select((d, i) => d with { Path = prefix + "." + paths[i] }).ToList();
        return drafts;
    }

    // A group row: a Roman numeral alone or before its title ("I", "II HỖ TRỢ VÀ PHÁT TRIỂN", "III. Phát triển …").
    [GeneratedRegex(@"^(?<r>[IVX]{1,4})\.?(?:\s+(?<title>\p{Lu}.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupRow();

    [GeneratedRegex(@"^\s*[IVX]{1,4}(?:\.\d{1,2}){1,3}\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SubGroupRow();

    // A sub-row's letter on a line of its own ("a)", "đ)", "b."), or before the sub-row's task ("a) Tổ chức …").
    [GeneratedRegex(@"^\s*(?<l>[a-zđ])(?:[).]\s*|\)\s+(?<t>\p{Lu}.*))$", RegexOptions.CultureInvariant)]
    private static partial Regex LoneLetter();

    // "Tháng 12/2025 2" → "Tháng 12/2025" when 2 is the row number expected next; null when the line does not end so.
    private static string? TrailingRowNumber(string line, int expected)
    {
        var t = line.TrimEnd();
        var suffix = " " + expected.ToString(CultureInfo.InvariantCulture);
        if (!t.EndsWith(suffix, StringComparison.Ordinal)) return null;
        return t[..^suffix.Length].TrimEnd();
    }

    private static readonly string[] HeaderWords =
        ["Thời gian hoàn thành", "Thời hạn hoàn thành", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Sản phẩm"];

    // The line starts with a column name: the rest of the line (possibly empty); null when it does not.
    private static string? StripHeaderWord(string line)
    {
        foreach (var w in HeaderWords)
            if (line.StartsWith(w, StringComparison.OrdinalIgnoreCase) && (line.Length == w.Length || line[w.Length] == ' '))
                return line[w.Length..].Trim();
        return null;
    }

    private static TaskDraft Row(string prefix, string number, string task, List<string> cells, List<string> kinds)
    {
        var values = new Dictionary<string, string>();
        var rest = new List<string>(cells);
        kinds = [.. kinds];
        // A conversion may glue a time onto the cell before it ("Sở, ban, ngành có liên quan 2026").
        if (kinds.Contains("deadline") && rest.Count > 0 && !TimeCell().IsMatch(rest[^1]) && TrailingTime().Match(rest[^1]) is { Success: true } tail
            && VietnameseText.WordCount(rest[^1].AsSpan(0, tail.Index)) >= 2)
        {
            rest[^1] = rest[^1][..tail.Index].TrimEnd();
            rest.Add(tail.Groups["t"].Value);
        }
        // A column of another kind ("Nguồn kinh phí") is often merged down over a group's rows: written on its first
        // row only, its cell is missing from the others.
        while (rest.Count < kinds.Count && kinds.LastIndexOf("other") is var other and >= 0) kinds.RemoveAt(other);
        // Or glue the lead cell onto the task ("… vận hành thông minh Bộ Xây dựng") when the row has fewer cells.
        if (kinds.Contains("lead") && rest.Count < kinds.Count
            && TrailingLead().Match(task) is { Success: true } lead)
        {
            values["lead"] = lead.Groups["a"].Value;
            task = task[..lead.Index].TrimEnd();
            kinds.Remove("lead");
        }
        if (rest.Count == kinds.Count)
            for (int i = 0; i < rest.Count; i++) values[kinds[i]] = rest[i];
        else if (rest.Count < kinds.Count)
        {
            // Fewer cells than columns: a time at the end is the deadline, the others fill the columns in order.
            if (kinds.Contains("deadline") && rest.Count > 0 && TimeCell().IsMatch(rest[^1]))
            {
                values["deadline"] = rest[^1];
                rest.RemoveAt(rest.Count - 1);
            }
            var open = kinds.Where(k => k != "deadline").ToList();
            for (int i = 0; i < rest.Count && i < open.Count; i++) values[open[i]] = rest[i];
        }
        else
        {
            // More lines than columns (wrapped cells): product and deadline take one line each from the end; lead and
            // support share what is left.
            foreach (var kind in Enumerable.Reverse(kinds).Where(k => k is "product" or "deadline" or "other"))
            {
                if (rest.Count <= kinds.Count(k => k is "lead" or "support")) break;
                values[kind] = rest[^1];
                rest.RemoveAt(rest.Count - 1);
            }
            bool hasSupport = kinds.Contains("support");
            if (rest.Count > 0 && kinds.Contains("lead"))
            {
                if (hasSupport && rest.Count >= 2) { values["support"] = rest[^1]; rest.RemoveAt(rest.Count - 1); }
                values["lead"] = JoinCellLines(rest);
            }
            else if (rest.Count > 0 && hasSupport) values["support"] = JoinCellLines(rest);
        }
        return new TaskDraft
        {
            Path = prefix + "." + number,
            Text = task,
            LeadColumn = values.GetValueOrDefault("lead"),
            SupportColumn = values.GetValueOrDefault("support"),
            DeadlineColumn = values.GetValueOrDefault("deadline"),
        };
    }

    // A time cell: "Tháng 12/2025", "Quý IV/2025", "Quý III năm 2026", "Năm 2025-2030", "2026", "2025 - 2035",
    // "Quý IV/2025- Quý II/2026", "Thường xuyên", "Hằng năm", and lists of them ("Thường xuyên, hằng năm", "Quý III, IV/2026, 2027", "Quý II và III/2026", "Quý III-IV/2026").
    private const string OneTime =
        @"(?:(?:[Tt]háng|[Qq]u[ýí])\s+[\dIVX]{1,4}(?:\s*(?:,|-|–|và)\s*[\dIVX]{1,4})*(?:\s*[/-]\s*|\s+[Nn]ăm\s+)\d{4}|(?:[Nn]ăm\s+)?(?:19|20)\d\d|[Tt]hường xuyên|[Hh][ằà]ng năm)";

    private const string TimeWords = "(?:" + OneTime + @"(?:\s*[-–]\s*" + OneTime + @")?)\.?";

    [GeneratedRegex(@"^\s*" + TimeWords + @"(?:\s*,\s*" + TimeWords + @")*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeCell();

    [GeneratedRegex(@"(?<=\p{Ll}[,;)]?)(?<!\b(?:[Tt]ừ|trước|đến|trong|sau|vào|[Nn]ăm|[Tt]háng|[Qq]uý))\s+(?<t>" + TimeWords + @")\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingTime();

    // A ministry or department glued after the task's last word, with no punctuation between ("… thông minh Bộ Xây dựng").
    [GeneratedRegex(@"(?<=\p{Ll})(?<!\b(?:của|với|cho|về|tại|và|theo|giữa|trình))\s+(?<a>(?:Bộ|Sở|Ủy ban nhân dân|UBND|Văn phòng|Tổng cục|Cục)\s+\p{Lu}[\p{L} ,]{1,60})$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLead();

    private static readonly string[] AgencyHeads =
        ["Bộ ", "Sở ", "Ủy ban", "Uỷ ban", "Ban ", "Cục ", "Tổng cục", "Văn phòng", "Thanh tra", "Ngân hàng", "Bảo hiểm", "Hội đồng",
         "Đài ", "Báo ", "Công an", "Viện ", "Tòa án", "Kiểm toán", "Các ", "Cơ quan"];

    // Lines of one cell: a line that starts with an agency's head word starts a new name; others continue the name above.
    private static string JoinCellLines(List<string> lines)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (sb.Length > 0) sb.Append(AgencyHeads.Any(h => line.StartsWith(h, StringComparison.Ordinal)) && sb[^1] is not ',' and not ';' ? "; " : " ");
            sb.Append(line.Trim());
        }
        return sb.ToString();
    }

    // A run of short lines from i that each name a column ("STT", "Tên nhiệm vụ cụ thể", "Cơ quan chủ trì" …). A PDF's
    // text may set the first group row among them ("Nhiệm vụ cụ thể" / "I Các nhiệm vụ cần làm ngay" / "Cơ quan chủ trì")
    // and glue the first row's number to the last ("Thời hạn thực hiện 1").
    private static FlatHeader HeaderRun(IReadOnlyList<string> lines, int i)
    {
        var run = new List<string>();
        string? groupRow = null;
        int j = i;
        for (; j < lines.Count && run.Count < 10; j++)
        {
            var line = lines[j];
            if (run.Count > 0 && groupRow is null && j + 1 < lines.Count && GroupRow().Match(line) is { Success: true } g
                && g.Groups["title"].Success && ListMarker.RomanValue(g.Groups["r"].Value) > 0 && IsHeaderCell(lines[j + 1]))
            {
                groupRow = line;
                continue;
            }
            if (!IsHeaderCell(line)) break;
            run.Add(line);
        }
        if (groupRow is not null && run.Count < 3) return new FlatHeader(run, j - i, null, false);
        bool opens = false;
        if (run.Count >= 3 && FirstRowNumber().Match(run[^1]) is { Success: true } n && MapHeader([n.Groups["c"].Value]).NamesAny)
        {
            run[^1] = n.Groups["c"].Value;
            opens = true;
        }
        return new FlatHeader(run, j - i, groupRow, opens);
    }

    // A line that names a column: short, no list marker; a column beside the task may be named at more length
    // ("Cá nhân phụ trách chỉ đạo, kiểm tra, đôn đốc").
    private static bool IsHeaderCell(string line)
    {
        if (line.Length > 60 || ListMarker.Read(line).Marker.Kind != MarkerKind.None) return false;
        var one = MapHeader([line]);
        if (!one.NamesAny) return false;
        return line.Length <= 40 || one.Task < 0 && one.Number < 0 && one.Group < 0 && line.TrimEnd()[^1] is not ('.' or ';');
    }

    // A header cell with the first row's number glued after it ("Thời hạn thực hiện 1").
    [GeneratedRegex(@"^(?<c>\p{L}.*\p{L}\)?)\s+1$", RegexOptions.CultureInvariant)]
    private static partial Regex FirstRowNumber();

    private static Columns MapHeader(IReadOnlyList<string> row)
    {
        var c = new Columns();
        int indicators = -1;
        for (int i = 0; i < row.Count; i++)
        {
            var k = BodyText.Key(row[i]);
            if (k.Length == 0) continue;
            if (c.Number < 0 && k is "stt" or "tt" or "so tt" or "so thu tu") c.Number = i;
            else if (TaskTableWords.Embedded.IsOtherColumn(k)) c.Others.Add(i);
            else if (k.Contains("phoi hop", StringComparison.Ordinal) && !k.Contains("chu tri", StringComparison.Ordinal)) { if (c.Support < 0) c.Support = i; }
            else if (k.Contains("chu tri", StringComparison.Ordinal) || k.Contains("thuc hien", StringComparison.Ordinal) && (k.Contains("co quan", StringComparison.Ordinal) || k.Contains("don vi", StringComparison.Ordinal))
                     || k.StartsWith("trach nhiem", StringComparison.Ordinal)) { if (c.Lead < 0) c.Lead = i; }
            else if (k.Contains("thoi gian", StringComparison.Ordinal) || k.Contains("thoi han", StringComparison.Ordinal) || k.Contains("tien do", StringComparison.Ordinal)) { if (c.Deadline < 0) c.Deadline = i; }
            else if (k.Contains("san pham", StringComparison.Ordinal) || k.StartsWith("ket qua", StringComparison.Ordinal)) { if (c.Product < 0) c.Product = i; }
            else if (TaskTableWords.Embedded.IsTaskColumn(k))
            {
                // "Nhóm hoạt động | Hoạt động": the group's cell is merged down over its rows (written once, on its
                // first row); the task is the row's own cell beside it. A group column alone still holds the tasks.
                if (k.StartsWith("nhom ", StringComparison.Ordinal)) { if (c.Group < 0) c.Group = i; }
                else if (c.Task < 0) c.Task = i;
            }
            else if (indicators < 0 && TaskTableWords.Embedded.IsIndicatorColumn(k)) indicators = i;
        }
        if (c.Task < 0) c.Task = c.Group;
        // Indicators beside their lead are its tasks ("TT | Chỉ tiêu | Chủ trì"); a budget's or a survey's are none.
        if (c.Task < 0 && c.Lead >= 0) c.Task = indicators;
        return c;
    }

    // A group row whose number stands in the first column while that column holds something else (the time): "I |
    // GIAI ĐOẠN 1 …", "1 | Lập nhiệm vụ | | |", with no owner cells.
    private static bool IsNumberedGroup(IReadOnlyList<string> row, Columns cols) =>
        cols.Number != 0 && cols.Task != 0 && row.Count > 0 && SplitTables.IsNumeral(row[0])
        && new[] { cols.Lead, cols.Support }.All(i => i < 0 || i >= row.Count || BodyText.Clean(row[i]).Length == 0);

    // A row "(1) | (2) | (3)" numbering the columns.
    private static bool IsColumnNumbering(IReadOnlyList<string> row) =>
        row.All(c => c.Trim().Trim('(', ')').All(char.IsDigit));

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
