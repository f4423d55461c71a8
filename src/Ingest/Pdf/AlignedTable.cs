namespace DirectiveTracker.Ingest.Pdf;

/// <summary>A table found on a page: which letters are its own, and its rows as <c>| cell | cell |</c> lines.</summary>
internal interface IPageTable
{
    bool Contains(Glyph letter);

    IEnumerable<TextLine> Rows(IReadOnlyList<Glyph> letters);
}

/// <summary>
/// A table drawn without rules: columns found from the left edges of word boxes that line up over several lines,
/// each column's text set apart by a gap much wider than a word space. Rows come from content order: producers
/// (Word, LibreOffice) write a table cell by cell, so the text going back to an earlier column starts a new row —
/// which also holds when cells are centred vertically, where no line of the row need fill the first column.
/// </summary>
/// <remarks>
/// Only clearly a table: at least <see cref="MinColumns"/> columns and <see cref="MinRows"/> rows filling three
/// cells or more, and no word of the rows crossing a column's left edge — a paragraph line always crosses one, so
/// running text is never cut into cells, and a two-column header (two columns) is left to <see cref="HeaderColumns"/>.
/// </remarks>
internal sealed class AlignedTable : IPageTable
{
    private const int MinColumns = 3;
    private const int MinRows = 2;
    /// <summary>Column edges closer than this (points) are one edge.</summary>
    private const double Tolerance = 2.0;
    /// <summary>A gap of this many em between two words on a line sets them in different columns (a word space is ≈0.25 em).</summary>
    private const double ColumnGapEm = 1.0;
    /// <summary>Lines with columns further apart than this are different tables (or a table and a stray line).</summary>
    private const int MaxLinesBetween = 6;

    private readonly double[] _columns;               // left edges, ascending
    private readonly HashSet<Glyph> _letters;

    private AlignedTable(double[] columns, HashSet<Glyph> letters) => (_columns, _letters) = (columns, letters);

    public bool Contains(Glyph letter) => _letters.Contains(letter);

    /// <summary>Tables without rules among <paramref name="letters"/> (content order; letters of ruled tables left out).</summary>
    public static IReadOnlyList<AlignedTable> Find(IReadOnlyList<Glyph> letters)
    {
        if (!MayHoldTable(letters)) return [];
        var lines = VisualLine.From(letters);
        // Lines set in three or more columns are the seeds; nearby seeds make one candidate table.
        var tables = new List<AlignedTable>();
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Segments < MinColumns) { i++; continue; }
            var last = i;
            for (var j = i + 1; j < lines.Count && j - last <= MaxLinesBetween; j++)
                if (lines[j].Segments >= MinColumns) last = j;
            var seeds = lines.Skip(i).Take(last - i + 1).Where(l => l.Segments >= MinColumns).ToList();
            if (Columns(seeds) is { Length: >= MinColumns } columns && Build(letters, lines, i, last, columns) is { } table)
                tables.Add(table);
            i = last + 1;
        }
        return tables;
    }

    /// <summary>Left edges where a segment starts on at least two of the seed lines.</summary>
    private static double[]? Columns(List<VisualLine> seeds)
    {
        if (seeds.Count < MinRows) return null;
        var lefts = seeds.SelectMany(l => l.SegmentLefts).Order().ToList();
        var columns = new List<double>();
        for (var a = 0; a < lefts.Count;)
        {
            var b = a;
            while (b + 1 < lefts.Count && lefts[b + 1] - lefts[a] <= Tolerance) b++;
            if (b - a + 1 >= 2) columns.Add(lefts[a]);
            a = b + 1;
        }
        return [.. columns];
    }

    /// <summary>The table around seed lines <paramref name="first"/>..<paramref name="last"/>, grown over the lines whose words keep within columns.</summary>
    private static AlignedTable? Build(IReadOnlyList<Glyph> letters, List<VisualLine> lines, int first, int last, double[] columns)
    {
        if (lines.Skip(first).Take(last - first + 1).Any(l => l.Crosses(columns))) return null;
        while (first > 0 && !lines[first - 1].Crosses(columns)) first--;
        while (last + 1 < lines.Count && !lines[last + 1].Crosses(columns)) last++;
        var mine = new HashSet<Glyph>(ReferenceEqualityComparer.Instance);
        for (var k = first; k <= last; k++)
            foreach (var letter in lines[k].Letters) mine.Add(letter);
        var table = new AlignedTable(columns, mine);
        // Stray lines taken in at either end (a short paragraph line at the margin) fill one cell: not rows.
        var rows = table.Cells(letters).ToList();
        var keep = rows.SkipWhile(r => Filled(r.Cells) < 2).Reverse().SkipWhile(r => Filled(r.Cells) < 2).Reverse().ToList();
        if (keep.Count(r => Filled(r.Cells) >= MinColumns) < MinRows) return null;
        mine.Clear();
        foreach (var letter in keep.SelectMany(r => r.Cells).SelectMany(c => c)) mine.Add(letter);
        return table;
    }

    /// <summary>
    /// A cheap look before sorting the page into lines: in content order, text that goes back up the page (the next
    /// cell of a row) or jumps a column's gap along its line, several times. Running text does neither.
    /// </summary>
    private static bool MayHoldTable(IReadOnlyList<Glyph> letters)
    {
        const int Needed = (MinColumns - 1) * MinRows;
        var jumps = 0;
        Glyph? previous = null;
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value)) continue;
            if (previous is not null)
            {
                var size = VisualLine.Size(letter);
                var rise = letter.StartBaseLine.Y - previous.StartBaseLine.Y;
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                if (rise > size / 2 || (Math.Abs(rise) <= size / 3 && gap > ColumnGapEm * size))
                    if (++jumps >= Needed) return true;
            }
            previous = letter;
        }
        return false;
    }

    private static int Filled(List<Glyph>[] cells) => cells.Count(c => c.Count > 0);

    /// <summary>Each letter's column: the last left edge at or before it.</summary>
    private int Column(Glyph letter)
    {
        var c = 0;
        while (c + 1 < _columns.Length && letter.BoundingBox.Left >= _columns[c + 1] - Tolerance) c++;
        return c;
    }

    /// <summary>The table's letters in content order cut into rows (back to an earlier column: a new row) and cells.</summary>
    private IEnumerable<(List<Glyph>[] Cells, Glyph First)> Cells(IReadOnlyList<Glyph> letters)
    {
        List<Glyph>[]? row = null;
        Glyph? first = null;
        var previous = -1;
        foreach (var letter in letters)
        {
            if (!Contains(letter) || string.IsNullOrWhiteSpace(letter.Value)) continue;
            var c = Column(letter);
            if (row is null || c < previous)
            {
                if (row is not null) yield return (row, first!);
                row = [.. _columns.Select(_ => new List<Glyph>())];
                first = letter;
            }
            row[c].Add(letter);
            previous = c;
        }
        if (row is not null) yield return (row, first!);
    }

    public IEnumerable<TextLine> Rows(IReadOnlyList<Glyph> letters)
    {
        foreach (var (cells, first) in Cells(letters))
        {
            var texts = cells.Select(c => string.Join(" ", TextLine.FromLetters(c).Select(t => t.Text.Trim())).Replace('|', '/'));
            var all = cells.SelectMany(c => c).ToList();
            yield return new TextLine("| " + string.Join(" | ", texts) + " |", _columns[0], all.Max(l => l.BoundingBox.Right),
                first.StartBaseLine.Y, all.Average(l => l.PointSize));
        }
    }

    /// <summary>Letters sharing a baseline, left to right, with where the wide gaps split them.</summary>
    private sealed class VisualLine
    {
        public required List<Glyph> Letters { get; init; }
        /// <summary>Words as (left, right) extents, left to right.</summary>
        public required List<(double Left, double Right)> Words { get; init; }
        public required List<double> SegmentLefts { get; init; }
        public int Segments => SegmentLefts.Count;

        /// <summary>A word that starts before a column's left edge and ends after it: running text, not cells.</summary>
        public bool Crosses(double[] columns)
        {
            foreach (var (left, right) in Words)
                foreach (var x in columns)
                    if (left < x - Tolerance && right > x + Tolerance) return true;
            return false;
        }

        public static List<VisualLine> From(IReadOnlyList<Glyph> letters)
        {
            var ink = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            if (ink.Count == 0) return [];
            // Top to bottom by baseline; a letter within a third of its size of the line's baseline is on that line.
            ink.Sort((a, b) => b.StartBaseLine.Y.CompareTo(a.StartBaseLine.Y));
            var lines = new List<VisualLine>();
            var start = 0;
            for (var k = 1; k <= ink.Count; k++)
            {
                if (k < ink.Count && ink[start].StartBaseLine.Y - ink[k].StartBaseLine.Y <= Size(ink[start]) / 3) continue;
                lines.Add(Make(ink.GetRange(start, k - start)));
                start = k;
            }
            return lines;
        }

        public static double Size(Glyph l) => Math.Max(1.0, l.PointSize > 0 ? l.PointSize : l.BoundingBox.Height);

        private static VisualLine Make(List<Glyph> letters)
        {
            letters.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
            var words = new List<(double Left, double Right)>();
            var lefts = new List<double>();
            Glyph? previous = null;
            foreach (var l in letters)
            {
                var size = Size(l);
                var gap = previous is null ? double.MaxValue : l.StartBaseLine.X - previous.EndBaseLine.X;
                if (gap > 0.15 * size) words.Add((l.BoundingBox.Left, l.BoundingBox.Right));
                else words[^1] = (words[^1].Left, Math.Max(words[^1].Right, l.BoundingBox.Right));
                if (gap > ColumnGapEm * size) lefts.Add(l.BoundingBox.Left);
                previous = l;
            }
            return new VisualLine { Letters = letters, Words = words, SegmentLefts = lefts };
        }
    }
}
