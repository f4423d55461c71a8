using System.Globalization;
using System.Text;
using DirectiveTracker.Index;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DirectiveTracker.Web.Exports;

/// <summary>Task lists as CSV, Excel (.xlsx with the Open XML SDK) and an iCalendar feed of deadlines.</summary>
public sealed class TaskExports
{
    private static readonly string[] Header =
        ["Mã nhiệm vụ", "Văn bản", "Mục", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Ngày hạn", "Lĩnh vực", "Trạng thái"];

    private static string[] Row(StoredTask t) =>
    [
        t.Id.ToString(CultureInfo.InvariantCulture), t.DocumentNumber ?? "", t.Path, t.Text,
        string.Join("; ", t.Leads.Select(o => o.Name)), string.Join("; ", t.Supports.Select(o => o.Name)),
        t.Deadline?.Text ?? "", t.Deadline?.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        TrackerLabels.Category(t.Category), TrackerLabels.Status(t.Status),
    ];

    /// <summary>RFC 4180 CSV in UTF-8 with a byte order mark (Excel then reads Vietnamese right).</summary>
    public byte[] Csv(IEnumerable<StoredTask> tasks) => Csv(Header, tasks.Select(Row));

    /// <summary>Any table (a header and rows of cells) as CSV; the gap reports use it too.</summary>
    public byte[] Csv(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var sb = new StringBuilder();
        void Line(IEnumerable<string> cells) => sb.Append(string.Join(",", cells.Select(Quote))).Append("\r\n");
        Line(header);
        foreach (var row in rows) Line(row);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    // A cell starting with = + - @ would be read as a formula by spreadsheets: prefix it (CSV injection).
    private static string Quote(string cell)
    {
        if (cell.Length > 0 && "=+-@\t\r".Contains(cell[0])) cell = "'" + cell;
        return "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>One worksheet "Nhiệm vụ" with a header row; strings inline, so no shared-string table is needed.</summary>
    public byte[] Xlsx(IEnumerable<StoredTask> tasks) => Xlsx("Nhiệm vụ", Header, tasks.Select(Row));

    /// <summary>Any table as a one-sheet workbook.</summary>
    public byte[] Xlsx(string sheetName, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 1;
            data.Append(XRow(r++, header));
            foreach (var row in rows) data.Append(XRow(r++, row));
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row XRow(uint index, IEnumerable<string> cells)
    {
        var row = new Row { RowIndex = index };
        int col = 0;
        foreach (var value in cells)
        {
            row.Append(new Cell
            {
                CellReference = ColumnName(col++) + index.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(Clean(value)) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }
        return row;
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    // XML 1.0 forbids most control characters; documents sometimes carry them.
    private static string Clean(string s) => new([.. s.Where(c => c is '\t' or '\n' or '\r' || c >= ' ')]);

    /// <summary>An iCalendar (RFC 5545) feed: one all-day event per task with a due date.</summary>
    public string ICalendar(string calendarName, IEnumerable<StoredTask> tasks, string host)
    {
        var sb = new StringBuilder();
        void Line(string line)
        {
            // Lines are folded at 75 octets; continuation lines start with a space.
            var bytes = Encoding.UTF8.GetBytes(line);
            int start = 0, limit = 75;
            while (bytes.Length - start > limit)
            {
                int cut = start + limit;
                while ((bytes[cut] & 0xC0) == 0x80) cut--; // do not split a UTF-8 sequence
                sb.Append(Encoding.UTF8.GetString(bytes, start, cut - start)).Append("\r\n ");
                start = cut; limit = 74;
            }
            sb.Append(Encoding.UTF8.GetString(bytes, start, bytes.Length - start)).Append("\r\n");
        }
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//DirectiveTracker//VI");
        Line("CALSCALE:GREGORIAN");
        Line("X-WR-CALNAME:" + Escape(calendarName));
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var t in tasks)
        {
            if (t.Deadline?.Due is not { } due) continue;
            Line("BEGIN:VEVENT");
            Line($"UID:task-{t.Id}@{host}");
            Line("DTSTAMP:" + stamp);
            Line("DTSTART;VALUE=DATE:" + due.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line("DTEND;VALUE=DATE:" + due.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line("SUMMARY:" + Escape(Shorten(t.Text, 120)));
            Line("DESCRIPTION:" + Escape($"{t.DocumentNumber} — {t.Path}\n{t.Text}\nChủ trì: {string.Join("; ", t.Leads.Select(o => o.Name))}\nThời hạn: {t.Deadline.Text}"));
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    public static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)].TrimEnd() + "…";
}
