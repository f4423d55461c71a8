using System.Globalization;
using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Tasks;

public static partial class TaskTableReader
{
    /// <summary>A row read by what its lines are: the task, its owner cells and its time.</summary>
    private sealed class TypedRow(string? group, int number, string task)
    {
        public readonly string? Group = group;
        public readonly int Number = number;
        public string Task = task;
        public string? Lead, Support, Deadline;

        /// <summary>A cell of the row was seen after the task: a line that is no cell now starts the next row.</summary>
        public bool HasCells;

        /// <summary>A person cell, which stands after the owner columns, was seen: an owner's words now belong to it.</summary>
        public bool PastOwners;
    }

    /// <summary>
    /// Reads a flattened table by what each line is, for tables whose text lost or moved the row numbers (a PDF's
    /// text layer drops a lone "2" as a page number, or sets "3 4 5 6" after a group title). An owner cell starts with
    /// a body's head word ("Sở …", "Đảng ủy …", "Các …"); a person cell with a person word ("Đồng chí …"); a time cell
    /// is a time ("2026 - 2030", "Trước ngày 15/10/2026"), possibly glued after the cell before it. Any other line after
    /// a row's cells starts the next row: it is a task. Page layout may also set a run of rows' times after their tasks
    /// (each task with its owner, then all the times): a time goes to the first row still without one.
    /// </summary>
    private static IReadOnlyList<TaskDraft> ReadTypedRows(IReadOnlyList<string> lines, string prefix, int start, FlatHeader found, List<string> after)
    {
        var words = TaskTableWords.Embedded;
        var rows = new List<TypedRow>();
        string? group = found.GroupRow is { } g0 && GroupRow().Match(g0) is { Success: true } m0 ? m0.Groups["r"].Value : null;
        int count = 0;
        bool hasSupport = after.Contains("support");
        // The last cell was a short person's name left open ("Đồng chí Nguyễn Văn" / "An – Phó Chủ tịch …").
        bool openName = false;
        TypedRow? Current() => rows.Count > 0 ? rows[^1] : null;
        void Open(string task) { rows.Add(new TypedRow(group, ++count, task)); openName = false; }

        for (int i = start; i < lines.Count; i++)
        {
            var header = HeaderRun(lines, i);
            if (header.Cells.Count >= 3) { i += header.Lines - 1; continue; }
            var line = lines[i].Trim();
            if (StripHeaderWord(line) is { } stripped) { if (stripped.Length == 0) continue; line = stripped; }
            if (LoneNumbers().IsMatch(line)) continue;
            if (GroupRow().Match(line) is { Success: true } g && ListMarker.RomanValue(g.Groups["r"].Value) > 0)
            {
                if (!string.Equals(group, g.Groups["r"].Value, StringComparison.Ordinal)) count = 0;
                group = g.Groups["r"].Value;
                openName = false;
                if (GroupTitleTask(g.Groups["title"].Value) is { } first) Open(first);
                continue;
            }
            // A sub-group row ("II.1 Hoàn thiện thể chế …"): the group's numbering runs on through it.
            if (SubGroupTitle().Match(line) is { Success: true } sub)
            {
                openName = false;
                if (GroupTitleTask(sub.Groups["title"].Value) is { } first) Open(first);
                else if (Current() is { } before) before.HasCells = true;
                continue;
            }
            line = TrailingNumbers().Replace(line, "");
            // Times at the line's end are cells, alone or glued after another cell, unless a word that brings in a time
            // in a sentence stands before them: a task's own words end in a time too ("… tầm nhìn đến năm 2060").
            var times = new List<string>();
            var rest = line;
            while (TrailingTimeCell().Match(rest) is { Success: true } t)
            {
                times.Insert(0, t.Groups["t"].Value.Trim());
                rest = rest[..t.Index].TrimEnd();
            }
            if (times.Count > 0 && rest.Length > 0 && EndsWithAny(BodyText.Key(rest), words.TimeIntroducers)) times.Clear();
            else line = rest;
            // A line that had a time cell glued after it is itself a cell.
            bool glued = times.Count > 0;
            var row = Current();
            if (line.Length > 0)
            {
                var key = BodyText.Key(line);
                bool owner = TaskTableWords.StartsWithAny(key, words.OwnerCellHeads);
                bool person = TaskTableWords.StartsWithAny(key, words.PersonCellHeads);
                if (row is null)
                {
                    if (!owner && !person && !glued) Open(line);
                }
                else if (!row.HasCells && !owner && !person && !glued)
                    row.Task += " " + line; // the task's cell wrapped over lines
                else if (openName || char.IsLower(line[0]) || line[0] is '-' or '–' or '(')
                {
                    // The rest of a wrapped cell.
                    if (!openName && row.Lead is not null && row.Support is null && !person) row.Lead += " " + line;
                    openName = false;
                }
                else if (owner && !row.PastOwners)
                {
                    if (row.Lead is null) row.Lead = line;
                    else if (hasSupport && row.Support is null) row.Support = line;
                    // A name cut after its head word ("Đảng ủy HĐND tỉnh; Đảng uỷ" / "UBND tỉnh") goes on.
                    else row.Lead += (Words(LastName(row.Lead)) <= 2 ? " " : "; ") + line;
                    row.HasCells = true;
                }
                else if (person || owner)
                {
                    row.HasCells = row.PastOwners = true;
                    openName = person && IsOpenName(line);
                }
                else if (hasSupport && row.Lead is not null && row.Support is null && !row.PastOwners && row.Deadline is null)
                {
                    // The support cell right after the lead, written without a body's head word ("Phối hợp với các sở …").
                    row.Support = line;
                    row.HasCells = true;
                }
                else if (!row.HasCells || glued || Words(line) < 4)
                    row.HasCells = true; // a short cell of another column
                else Open(line);
            }
            else openName = false;
            foreach (var time in times)
            {
                var target = rows.FirstOrDefault(r => r.Deadline is null);
                if (target is null) break;
                target.Deadline = time;
                target.HasCells = true;
            }
        }
        var drafts = rows.Select(r => new TaskDraft
        {
            Path = prefix + (r.Group is null ? "" : "." + r.Group) + "." + r.Number.ToString(CultureInfo.InvariantCulture),
            Text = r.Task,
            LeadColumn = r.Lead,
            SupportColumn = r.Support,
            DeadlineColumn = r.Deadline,
        }).ToList();
        return drafts;
    }

    // A short name without closing punctuation may go on on the next line ("Đồng chí Nguyễn Văn" / "An, Phó Chủ tịch …").
    private static bool IsOpenName(string line) => Words(line) <= 5 && line[^1] is not ('.' or ';' or ',' or ')');

    private static bool EndsWithAny(string key, IReadOnlyList<string> words) => words.Any(w => WholeWords.EndsWith(key, w));

    private static string LastName(string cell) => cell[(cell.LastIndexOfAny([';', ',']) + 1)..];

    private static int Words(string line) => VietnameseText.WordCount(line);

    // A group title with the first row's number and task glued after it ("… của người dân và nền kinh tế 16 Xây dựng
    // Kịch bản biến đổi khí hậu (cập nhật)"): the task, or null.
    private static string? GroupTitleTask(string title)
    {
        var m = TitleThenRow().Match(title);
        return m.Success && Words(m.Groups["task"].Value) >= 3 ? m.Groups["task"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^\d{1,3}(?:\s+\d{1,3})*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex LoneNumbers();

    // Row numbers a conversion glued after a cell ("Đảng ủy UBND tỉnh 15", "2026 - 2030 20"), not a year.
    [GeneratedRegex(@"(?:\s+\d{1,3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingNumbers();

    [GeneratedRegex(@"^[IVX]{1,4}(?:\.\d{1,2}){1,3}\.?\s+(?<title>\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SubGroupTitle();

    [GeneratedRegex(@"\s\d{1,3}\s+(?<task>\p{Lu}\p{Ll}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleThenRow();

    // A time cell at the end of a line, alone or after another cell: a time of the table's time column, or a date
    // after "Trước (ngày)"; a note in parentheses may follow it ("2026 – 2030 (Ngay sau khi … phát sinh)").
    [GeneratedRegex(@"(?:^|\s)(?<t>" + TimeWords + @"|(?:[Tt]rước\s+(?:ngày\s+)?)?\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?:\s*\([^()]*\))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingTimeCell();
}
