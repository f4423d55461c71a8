using System.Text;
using DirectiveTracker.Ingest.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DirectiveTracker.Ingest.Pdf;

/// <summary>One page of a PDF's text layer as lines, with the page's size in points (1/72 inch).</summary>
public sealed record PdfPageText(int Number, string Text, double Width, double Height)
{
    /// <summary>Each line's font size, weight and place on the page, one per line of <see cref="Text"/>; null when not known (pdftotext).</summary>
    public IReadOnlyList<Layout.LineStyle>? Styles { get; init; }
}

/// <summary>Why PdfPig could not give a file's text layer (the caller falls back to pdftotext).</summary>
public sealed class PdfTextLayerException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads a PDF's text layer in process with PdfPig: letters in content order (the order the producer wrote them,
/// which for Word and LibreOffice output is reading order, as <c>pdftotext -raw</c> gives), made into lines by their
/// baselines and gaps, with the positions put to use: ruled tables rebuilt as rows of cells from the page's ruling
/// lines (<c>| cell | cell |</c> lines, which layout repair reads as table rows) and tables without rules from aligned
/// word boxes (<see cref="AlignedTable"/>), the two columns of a document header
/// read one after the other, and runs in legacy Vietnamese fonts (.VnTime, VNI-Times) converted by font name.
/// </summary>
public sealed class PdfPigTextLayer
{
    private static readonly Lazy<bool> Warmed = new(WarmUpOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Pays PdfPig's first-call cost (≈0.9 s of type loading and JIT) once per process, off the first user's path.
    /// </summary>
    public static bool WarmUp() => Warmed.Value;

    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true };

    /// <summary>Pages read at once; each worker has its own <see cref="PdfDocument"/>, which is not thread-safe.</summary>
    private readonly int _parallelism;

    /// <param name="parallelism">Workers reading pages side by side (0: one, see <see cref="IngestOptions.PdfTextParallelism"/>).</param>
    public PdfPigTextLayer(int parallelism = 0)
    {
        _parallelism = parallelism > 0 ? parallelism : 1;
    }

    /// <summary>A worker takes at least this many pages: below it, opening another document costs more than it saves.</summary>
    internal const int PagesPerWorker = 8;

    /// <summary>Workers that read a file of <paramref name="pageCount"/> pages.</summary>
    public int Workers(int pageCount) => Math.Clamp(pageCount / PagesPerWorker, 1, _parallelism);

    /// <summary>Each page's text, in page order.</summary>
    /// <exception cref="IngestException">Encrypted when the file needs a user password.</exception>
    /// <exception cref="PdfTextLayerException">When PdfPig cannot read the file or any of its pages.</exception>
    public IReadOnlyList<PdfPageText> Read(string fileName, byte[] bytes, CancellationToken ct)
    {
        var document = Open(fileName, bytes);
        var pages = new PdfPageText[document.NumberOfPages];
        var workers = Workers(pages.Length);
        var next = 0;
        // Pages are handed out one at a time, so a slow page (a big table) does not hold back one worker's whole share.
        void Work(PdfDocument own)
        {
            using (own)
            {
                try
                {
                    int n;
                    while ((n = Interlocked.Increment(ref next)) <= pages.Length)
                    {
                        ct.ThrowIfCancellationRequested();
                        pages[n - 1] = ReadPage(own, n);
                    }
                }
                catch
                {
                    Interlocked.Exchange(ref next, pages.Length); // the other workers stop at their next page
                    throw;
                }
            }
        }
        if (workers == 1) Work(document);
        else
        {
            var others = Enumerable.Range(1, workers - 1)
                .Select(_ => Task.Run(() => Work(Open(fileName, bytes)), CancellationToken.None)).ToArray();
            try { Work(document); }
            finally
            {
                // Faults are read from the tasks below (or this thread's own exception goes on): none is lost.
                try { Task.WaitAll(others, CancellationToken.None); } catch (AggregateException) { }
            }
            // A worker's failure is the file's failure, as it is when pages are read one after the other.
            var failed = others.FirstOrDefault(t => t.IsFaulted);
            if (failed is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed.Exception!.InnerException!);
        }
        return TableRowsAcrossPages.Join([.. pages]);
    }

    private static PdfDocument Open(string fileName, byte[] bytes)
    {
        try
        {
            // Owner-only restrictions (no copying, no printing) open with the empty user password, as in any viewer.
            return WithGlyphPages(PdfDocument.Open(bytes, Options));
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new IngestException(fileName, IngestErrorCode.Encrypted,
                "Tệp PDF được đặt mật khẩu mở tệp; vui lòng gỡ mật khẩu rồi tải lên lại.",
                $"PDF needs a user password: {e.Message}", e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new PdfTextLayerException($"PdfPig cannot open the file: {e.GetType().Name}: {e.Message}", e);
        }
    }

    /// <summary>Pages read as glyphs and paths only (<see cref="GlyphPageFactory"/>): PdfPig's letters cost twice the memory and time.</summary>
    private static PdfDocument WithGlyphPages(PdfDocument document)
    {
        document.AddPageFactory<GlyphPage, GlyphPageFactory>();
        return document;
    }

    private static PdfPageText ReadPage(PdfDocument document, int n)
    {
        try
        {
            var page = document.GetPage<GlyphPage>(n);
            var lines = PageLines(page);
            return new PdfPageText(n, string.Join("\n", lines.Select(l => l.Text)), page.Width, page.Height)
            {
                Styles = [.. lines.Select(l => l.StyleOn(page.Height))],
            };
        }
        catch (Exception e) when (e is not OperationCanceledException and not IngestException)
        {
            throw new PdfTextLayerException($"PdfPig cannot read page {n}: {e.GetType().Name}: {e.Message}", e);
        }
    }

    /// <summary>The page as text: running text in content order, each ruled table as one line per row.</summary>
    internal static string PageText(GlyphPage page) => string.Join("\n", PageLines(page).Select(l => l.Text));

    /// <summary>The page's lines: running text in content order, each table (ruled, or aligned without rules) as one line per row.</summary>
    internal static IReadOnlyList<TextLine> PageLines(GlyphPage page)
    {
        var ruled = RuledTable.Find(page);
        var unruled = ruled.Count == 0 ? page.Glyphs : [.. page.Glyphs.Where(l => !ruled.Any(t => t.Contains(l)))];
        IReadOnlyList<IPageTable> tables = [.. ruled, .. AlignedTable.Find(unruled)];
        if (tables.Count == 0)
            return HeaderColumns.Order([.. TextLine.FromLetters(page.Glyphs)], page.Width);
        var lines = new List<TextLine>();
        var emitted = new HashSet<IPageTable>();
        var run = new List<Glyph>();
        foreach (var letter in page.Glyphs)
        {
            IPageTable? table = null;
            foreach (var t in tables)
                if (t.Contains(letter)) { table = t; break; }
            if (table is null) { run.Add(letter); continue; }
            if (!emitted.Add(table)) continue;
            // The table's rows stand where its first letter stood in the content stream.
            lines.AddRange(TextLine.FromLetters(run));
            run.Clear();
            lines.AddRange(table.Rows(page.Glyphs));
        }
        lines.AddRange(TextLine.FromLetters(run));
        return HeaderColumns.Order(lines, page.Width);
    }

    private static bool WarmUpOnce()
    {
        try
        {
            var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
            var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
            builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("Warm up", 12, new UglyToad.PdfPig.Core.PdfPoint(72, 720), font);
            using var document = WithGlyphPages(PdfDocument.Open(builder.Build()));
            return PageText(document.GetPage<GlyphPage>(1)).Length > 0;
        }
        catch (Exception)
        {
            return false; // warming is an optimisation; a real read reports its own errors
        }
    }
}

/// <summary>
/// A table row broken by a page end: its continuation opens the next page's table with an empty first cell (the
/// row's number stays on the first page). The continuation's cells are appended to the row they continue, so a task
/// keeps its owners.
/// </summary>
internal static class TableRowsAcrossPages
{
    /// <summary>Short lines (page numbers, running headers) may stand between a page's table and its edge.</summary>
    private const int FurnitureLength = 40;

    public static IReadOnlyList<PdfPageText> Join(List<PdfPageText> pages)
    {
        for (var n = 1; n < pages.Count; n++)
        {
            // Most pages hold no table row: no need to cut them into lines.
            if (!HasRow(pages[n - 1].Text) || !HasRow(pages[n].Text)) continue;
            var previous = pages[n - 1].Text.Split('\n').ToList();
            var current = pages[n].Text.Split('\n').ToList();
            var last = previous.FindLastIndex(IsRow);
            var first = current.FindIndex(IsRow);
            if (last < 0 || first < 0
                || previous.Skip(last + 1).Any(l => l.Trim().Length > FurnitureLength)
                || current.Take(first).Any(l => l.Trim().Length > FurnitureLength)) continue;
            var above = Cells(previous[last]);
            var below = Cells(current[first]);
            if (above.Count != below.Count || below[0].Length != 0 || above[0].Length == 0) continue;
            previous[last] = "| " + string.Join(" | ", above.Zip(below, (a, b) => b.Length == 0 ? a : a.Length == 0 ? b : a + " " + b)) + " |";
            current.RemoveAt(first);
            pages[n - 1] = pages[n - 1] with { Text = string.Join("\n", previous) };
            pages[n] = pages[n] with { Text = string.Join("\n", current), Styles = Without(pages[n].Styles, first) };
        }
        return pages;
    }

    private static IReadOnlyList<Layout.LineStyle>? Without(IReadOnlyList<Layout.LineStyle>? styles, int index) =>
        styles is null || index >= styles.Count ? styles : [.. styles.Take(index), .. styles.Skip(index + 1)];

    /// <summary>Whether any line of <paramref name="text"/> may be a row (starts with "| "): what <see cref="IsRow"/> needs first.</summary>
    private static bool HasRow(string text) =>
        text.StartsWith("| ", StringComparison.Ordinal) || text.Contains("\n| ", StringComparison.Ordinal);

    private static bool IsRow(string line) => line.Length > 2 && line.StartsWith("| ", StringComparison.Ordinal) && line.EndsWith(" |", StringComparison.Ordinal);

    private static List<string> Cells(string row) => row[2..^2].Split(" | ").Select(c => c.Trim()).ToList();
}

/// <summary>A line of text with its horizontal extent and baseline (points), its mean font size and whether it is bold.</summary>
internal sealed record TextLine(string Text, double Left, double Right, double Baseline, double Size = 0, bool Bold = false)
{
    /// <summary>Most of a line's letters (this share) are bold for the line to be bold: a bold word does not make a bold line.</summary>
    private const double BoldShare = 0.8;

    /// <summary>The line's style for layout repair, its place as a share of the page's height from the top.</summary>
    public Layout.LineStyle StyleOn(double pageHeight) =>
        new(Math.Round(Size, 1), Bold, pageHeight > 0 ? Math.Clamp(1 - Baseline / pageHeight, 0, 1) : 0.5);

    /// <summary>A font is bold by its descriptor or, as producers name subset fonts, by its name ("LiberationSerif-Bold").</summary>
    private static bool IsBold(Glyph letter, string? fontName) =>
        letter.BoldFont || fontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// Letters in content order made into lines: a new line where the baseline moves by more than half the font size
    /// or the text goes back to the left; a space where the producer wrote one or the gap is a fifth of the font size.
    /// A gap of several em on one baseline starts a new line too (side-by-side columns written row by row).
    /// Each run of letters in a legacy Vietnamese font is converted by that font's name.
    /// </summary>
    public static IEnumerable<TextLine> FromLetters(IReadOnlyList<Glyph> letters)
    {
        var text = new StringBuilder();
        var segment = new StringBuilder();
        string? segmentFont = null;
        Glyph? previous = null, first = null;
        var pendingSpace = false;
        string? rawFont = null, font = null;
        var bold = false;
        var legacy = false;
        double sizes = 0, previousSize = 0;
        int count = 0, bolds = 0;
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value)) { pendingSpace = previous is not null; continue; }
            var size = Math.Max(1.0, letter.PointSize > 0 ? letter.PointSize : letter.BoundingBox.Height);
            if (previous is not null)
            {
                var rise = Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y);
                // Gaps between pen positions (where one glyph's advance ends and the next starts), not ink boxes:
                // a narrow glyph's box ends well before its advance does.
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                // Rise is weighed against the larger of the two sizes: a footnote reference printed raised and small
                // ("tỉnh¹") stays on its line, glued to its word, as text-based footnote steps expect ("tỉnh1").
                var newLine = rise > 0.5 * Math.Max(size, previousSize) || gap < -0.5 * size || gap > 4 * size;
                if (newLine)
                {
                    Flush();
                    yield return new TextLine(text.ToString(), first!.BoundingBox.Left, previous.BoundingBox.Right, first.StartBaseLine.Y,
                        sizes / count, bolds >= BoldShare * count);
                    text.Clear();
                    first = null;
                    sizes = 0;
                    count = bolds = 0;
                }
                else if (pendingSpace || gap > 0.15 * size)
                {
                    Flush();
                    text.Append(' ');
                }
            }
            // Runs share their font name's string: strip the subset tag once per run, not once per letter.
            if (!ReferenceEquals(letter.FontName, rawFont))
            {
                rawFont = letter.FontName;
                font = FontName(rawFont);
                bold = IsBold(letter, rawFont);
                legacy = LegacyFontText.IsLegacyFontName(font);
            }
            sizes += size;
            count++;
            if (bold) bolds++;
            if (!string.Equals(font, segmentFont, StringComparison.Ordinal)) { Flush(); segmentFont = font; }
            // Only a legacy font's run is converted as a whole; any other letter goes straight into the line.
            if (legacy) segment.Append(letter.Value);
            else text.Append(letter.Value);
            first ??= letter;
            previous = letter;
            previousSize = size;
            pendingSpace = false;
        }
        Flush();
        if (first is not null && previous is not null && text.Length > 0)
            yield return new TextLine(text.ToString(), first.BoundingBox.Left, previous.BoundingBox.Right, first.StartBaseLine.Y,
                sizes / count, bolds >= BoldShare * count);

        void Flush()
        {
            if (segment.Length == 0) return;
            text.Append(LegacyFontText.ConvertByFontName(segment.ToString(), segmentFont!));
            segment.Clear();
        }
    }

    /// <summary>A font's name without the subset tag ("BAAAAA+.VnTime" → ".VnTime").</summary>
    internal static string? FontName(string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var plus = name.IndexOf('+', StringComparison.Ordinal);
        return plus == 6 ? name[(plus + 1)..] : name;
    }
}

/// <summary>
/// The two columns of a document's header (issuer and number on the left, national motto and date on the right):
/// when a producer wrote them row by row, the left column's lines are put before the right column's, so the number
/// and the date are never read as one paragraph.
/// </summary>
internal static class HeaderColumns
{
    public static IReadOnlyList<TextLine> Order(IReadOnlyList<TextLine> lines, double pageWidth)
    {
        var middle = pageWidth / 2;
        // The header is the run of lines at the top that each sit in one half of the page.
        var end = 0;
        while (end < lines.Count && end < 12 && (lines[end].Right <= middle + 10 || lines[end].Left >= middle - 10)) end++;
        var header = lines.Take(end).ToList();
        var left = header.Where(l => l.Right <= middle + 10).ToList();
        var right = header.Where(l => l.Right > middle + 10).ToList();
        if (left.Count == 0 || right.Count == 0) return lines;
        // Already column by column (LibreOffice writes a table cell by cell): keep the producer's order.
        var firstRight = header.IndexOf(right[0]);
        if (header.Skip(firstRight).All(l => right.Contains(l))) return lines;
        return [.. left, .. right, .. lines.Skip(end)];
    }
}

/// <summary>A table drawn with ruling lines: its rows and, within each row, the columns whose rules cross it.</summary>
internal sealed class RuledTable : IPageTable
{
    private const double Tolerance = 2.0;
    private readonly double _left, _right, _bottom, _top;
    private readonly List<double> _rowEdges;               // descending y
    private readonly List<(double X, double Bottom, double Top)> _verticals;

    private RuledTable(double left, double right, double bottom, double top, List<double> rowEdges,
        List<(double, double, double)> verticals)
    {
        (_left, _right, _bottom, _top, _rowEdges, _verticals) = (left, right, bottom, top, rowEdges, verticals);
    }

    public bool Contains(Glyph l)
    {
        var x = (l.BoundingBox.Left + l.BoundingBox.Right) / 2;
        var y = l.StartBaseLine.Y + 1;
        return x > _left && x < _right && y > _bottom && y < _top;
    }

    /// <summary>Tables on a page: groups of horizontal and vertical rules that touch, with at least two rows and two columns.</summary>
    public static IReadOnlyList<RuledTable> Find(GlyphPage page)
    {
        var horizontal = new List<(double Y, double Left, double Right)>();
        var vertical = new List<(double X, double Bottom, double Top)>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled)) continue;
            foreach (var sub in path)
            {
                if (sub.GetBoundingRectangle() is not { } r) continue;
                // Rules are stroked lines or thin filled rectangles (some producers draw borders as fills).
                if (r.Height <= Tolerance && r.Width > 3 * Tolerance) horizontal.Add(((r.Bottom + r.Top) / 2, r.Left, r.Right));
                else if (r.Width <= Tolerance && r.Height > 3 * Tolerance) vertical.Add(((r.Left + r.Right) / 2, r.Bottom, r.Top));
            }
        }
        if (horizontal.Count < 2 || vertical.Count < 2) return [];

        // Group rules into tables: a vertical rule joins the horizontal rules it touches.
        var groups = new List<(List<(double Y, double Left, double Right)> H, List<(double X, double Bottom, double Top)> V)>();
        foreach (var h in horizontal.OrderByDescending(h => h.Y))
        {
            var group = groups.FirstOrDefault(g => g.V.Any(v => Touches(h, v)) || g.H.Any(o => Overlaps(o, h) && Math.Abs(o.Y - h.Y) < Tolerance));
            if (group.H is null)
            {
                group = (new(), vertical.Where(v => Touches(h, v)).ToList());
                groups.Add(group);
            }
            group.H.Add(h);
            foreach (var v in vertical.Where(v => Touches(h, v) && !group.V.Contains(v))) group.V.Add(v);
        }
        var tables = new List<RuledTable>();
        foreach (var (h, v) in groups)
        {
            var edges = Distinct(h.Select(x => x.Y)).OrderByDescending(y => y).ToList();
            var columns = Distinct(v.Select(x => x.X)).Count;
            if (edges.Count < 2 || columns < 3) continue; // one cell with a frame is a box, not a table
            tables.Add(new RuledTable(h.Min(x => x.Left) - Tolerance, h.Max(x => x.Right) + Tolerance,
                edges[^1], edges[0], edges, v));
        }
        return tables;
    }

    /// <summary>One <c>| cell | cell |</c> line per row; cells hold their letters in content order, lines joined by spaces.</summary>
    public IEnumerable<TextLine> Rows(IReadOnlyList<Glyph> letters)
    {
        var mine = letters.Where(Contains).ToList();
        for (var r = 0; r + 1 < _rowEdges.Count; r++)
        {
            double top = _rowEdges[r], bottom = _rowEdges[r + 1];
            var middle = (top + bottom) / 2;
            // Columns of this row: the vertical rules that cross it (merged cells have fewer).
            var xs = Distinct(_verticals.Where(v => v.Bottom <= middle && v.Top >= middle).Select(v => v.X)).Order().ToList();
            if (xs.Count < 2) xs = [_left, _right];
            var inRow = mine.Where(l => l.StartBaseLine.Y + 1 < top && l.StartBaseLine.Y + 1 > bottom).ToList();
            if (inRow.Count == 0) continue;
            var cells = new List<string>();
            for (var c = 0; c + 1 < xs.Count; c++)
            {
                var inCell = inRow.Where(l => Centre(l) >= xs[c] && Centre(l) < xs[c + 1]).ToList();
                cells.Add(string.Join(" ", TextLine.FromLetters(inCell).Select(t => t.Text.Trim())).Replace('|', '/'));
            }
            if (cells.All(c => c.Length == 0)) continue;
            var text = cells.Count == 1 ? cells[0] : "| " + string.Join(" | ", cells) + " |";
            yield return new TextLine(text, xs[0], xs[^1], inRow[0].StartBaseLine.Y, inRow.Average(l => l.PointSize));
        }
    }

    private static double Centre(Glyph l) => (l.BoundingBox.Left + l.BoundingBox.Right) / 2;

    private static bool Touches((double Y, double Left, double Right) h, (double X, double Bottom, double Top) v) =>
        v.X >= h.Left - Tolerance && v.X <= h.Right + Tolerance && h.Y >= v.Bottom - Tolerance && h.Y <= v.Top + Tolerance;

    private static bool Overlaps((double Y, double Left, double Right) a, (double Y, double Left, double Right) b) =>
        a.Left <= b.Right && b.Left <= a.Right;

    /// <summary>Positions closer than the tolerance are one rule (a double line, a rule drawn twice).</summary>
    private static List<double> Distinct(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var v in values.Order())
            if (result.Count == 0 || v - result[^1] > Tolerance) result.Add(v);
        return result;
    }
}
