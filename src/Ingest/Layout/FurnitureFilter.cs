using System.Text.RegularExpressions;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Drops page furniture found inside the body: running headers and footers (recognised by repetition and shape —
/// the same short line again and again, or the same line with a growing number; the typist's file name at each page's
/// foot), page-number lines next to them
/// or counting up through the document, and e-signature stamps ("Ký bởi: … / Ngày ký: 2026-06-02 08:06:58").
/// Each removed header becomes a <see cref="LineKind.PageBreak"/> so later steps know a page ended there. A table's
/// header that a PDF repeats on every page is no furniture: it belongs to the table.
/// </summary>
public sealed partial class FurnitureFilter : ILayoutStep
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:-\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberLine();

    // The typist's file name printed at the foot of each page ("18.KLTW75.DOC 2", "4.CTRTW31.DOC. 1 0"): a name ending
    // in .DOC or .DOCX, then at most a page number (OCR may split or misread its digits).
    [GeneratedRegex(@"^(?:\d{1,3}\.)?[\p{L}\d_-]+(?:\.[\p{L}\d_-]+)*\.DOCX?\.?(?:\s+\S{1,2}){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileNameFooter();

    [GeneratedRegex(@"^Ngày ký:\s*\d{4}-\d{2}-\d{2}")]
    private static partial Regex SignatureDate();

    [GeneratedRegex(@"^(Ký bởi|Cơ quan|Email|Thời gian ký|Người ký):")]
    private static partial Regex SignatureField();

    /// <summary>Longest line that can be a running header.</summary>
    public int MaxHeaderLength { get; init; } = 100;

    /// <summary>An identical line repeated this often is furniture.</summary>
    public int MinIdenticalRepeats { get; init; } = 3;

    public void Apply(LayoutDocument document)
    {
        var lines = document.Lines;
        var drop = new bool[lines.Count];
        var isHeader = new bool[lines.Count];
        MarkPageEdges(lines, drop);
        MarkRunningHeaders(lines, drop, isHeader);
        MarkFileNameFooters(lines, drop, isHeader);
        MarkPageNumbers(lines, drop, isHeader);
        MarkSignatureStamps(lines, drop);

        int removed = 0;
        var output = new List<LayoutLine>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            if (!drop[i]) { output.Add(lines[i]); continue; }
            removed++;
            if (isHeader[i] && (output.Count == 0 || output[^1].Kind != LineKind.PageBreak))
                output.Add(new LayoutLine("", lines[i].Page, LineKind.PageBreak));
        }
        document.Lines = output;
        if (removed > 0)
            document.Warnings.Add(new IngestWarning("furniture-removed",
                $"Đã bỏ {removed} dòng đầu trang, số trang hoặc dấu chữ ký số lẫn trong nội dung."));
    }

    /// <summary>
    /// With real pages (PDF, form feeds): a line among the first or last few of a page that recurs, digits aside, at
    /// the edge of at least half the pages (and two) is a header or footer; so is a page-number line at a page edge.
    /// </summary>
    private void MarkPageEdges(List<LayoutLine> lines, bool[] drop)
    {
        var pages = lines.Select((l, i) => (l, i)).Where(x => x.l.IsBody).GroupBy(x => x.l.Page).ToList();
        if (pages.Count < 2) return;
        var edges = new List<(int Page, int Index, string Key)>();
        foreach (var page in pages)
        {
            var body = page.Select(x => x.i).ToList();
            var edge = body.Take(EdgeLines).Concat(body.Skip(Math.Max(EdgeLines, body.Count - EdgeLines))).Distinct();
            foreach (var i in edge)
            {
                var t = lines[i].Text.Trim();
                if (PageNumberLine().IsMatch(t)) { edges.Add((page.Key, i, "#page#")); continue; }
                if (t.Length > MaxHeaderLength || ListMarker.Match(t) is not null) continue;
                edges.Add((page.Key, i, Digits().Replace(t, "#")));
            }
        }
        int needed = Math.Max(2, (pages.Count + 1) / 2);
        foreach (var group in edges.GroupBy(e => e.Key))
        {
            int onPages = group.Select(e => e.Page).Distinct().Count();
            if (group.Key != "#page#" && InRepeatedBlock(lines, group.Select(e => e.Index).ToList())) continue;
            if (onPages >= (group.Key == "#page#" ? 2 : needed))
                foreach (var e in group) drop[e.Index] = true;
        }
    }

    /// <summary>How many lines at the top and bottom of a page are looked at for headers and footers.</summary>
    public int EdgeLines { get; init; } = 3;

    private void MarkRunningHeaders(List<LayoutLine> lines, bool[] drop, bool[] isHeader)
    {
        var groups = new Dictionary<string, List<int>>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBody) continue;
            var t = lines[i].Text.Trim();
            if (t.Length > MaxHeaderLength || t.Length < 4 || ListMarker.Match(t) is not null) continue;
            if (t[^1] is '.' or ';' or ',' or ':') continue; // sentences and list items end so; headers do not
            if (!t.Any(char.IsLetter)) continue;
            var key = Digits().Replace(t, "#");
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(i);
        }
        foreach (var (key, indices) in groups)
        {
            // An identical line is a header when the page number stands beside it on most pages: a table's cell that
            // recurs ("Thường xuyên") may fall next to a page number once or twice by chance.
            bool identical = indices.Select(i => lines[i].Text.Trim()).Distinct().Count() == 1;
            bool furniture = identical
                ? indices.Count >= MinIdenticalRepeats && MinGap(indices) >= MinHeaderSpacing
                  && (key.Contains('#') || 2 * indices.Count(i => NextToPageNumber(lines, i)) >= indices.Count)
                : indices.Count >= 2 && MinGap(indices) >= MinHeaderSpacing && CountsUp(indices.Select(i => LastNumber(lines[i].Text)).ToList())
                  && key.Replace("#", "").Trim().Length >= 12 && OnlyLastNumberDiffers(lines, indices);
            if (!furniture || identical && InRepeatedBlock(lines, indices)) continue;
            foreach (var i in indices) { drop[i] = true; isHeader[i] = true; }
        }
    }

    /// <summary>
    /// Whether the repeated line at <paramref name="indices"/> stands, at every occurrence, in the same run of at least
    /// <see cref="MinRepeatedBlock"/> lines without digits (page numbers and blank lines between them aside): a table's
    /// column names ("STT" / "Tên nhiệm vụ" / "Cơ quan chủ trì" …) that a PDF repeats at the top of each page. A running
    /// header is one line (or one with its number): what stands around it changes from page to page.
    /// </summary>
    private bool InRepeatedBlock(List<LayoutLine> lines, List<int> indices)
    {
        if (indices.Count < 2 || indices.Any(i => Digits().IsMatch(lines[i].Text))) return false;
        var text = lines[indices[0]].Text.Trim();
        if (indices.Any(i => !string.Equals(lines[i].Text.Trim(), text, StringComparison.Ordinal))) return false;
        int length = 1;
        foreach (int step in new[] { -1, 1 })
        {
            var at = indices.ToArray();
            while (length < MinRepeatedBlock)
            {
                for (int k = 0; k < at.Length; k++) at[k] = NextContentLine(lines, at[k], step);
                if (at.Any(i => i < 0)) break;
                var t = lines[at[0]].Text.Trim();
                if (Digits().IsMatch(t) || at.Any(i => !string.Equals(lines[i].Text.Trim(), t, StringComparison.Ordinal))) break;
                length++;
            }
        }
        return length >= MinRepeatedBlock;
    }

    /// <summary>Fewest lines repeated together, in the same order, that make a repeated block rather than a header.</summary>
    public int MinRepeatedBlock { get; init; } = 3;

    // The nearest line from i in the direction of step that has text and is no page number (-1 when none).
    private static int NextContentLine(List<LayoutLine> lines, int i, int step)
    {
        for (int j = i + step; j >= 0 && j < lines.Count; j += step)
            if (lines[j].IsBody && !PageNumberLine().IsMatch(lines[j].Text.Trim())) return j;
        return -1;
    }

    /// <summary>
    /// File-name footers ("18.KLTW75.DOC 2"): their number looks like a list marker and OCR varies their letters from
    /// page to page, so repetition by shape does not find them. Two or more make them furniture.
    /// </summary>
    private static void MarkFileNameFooters(List<LayoutLine> lines, bool[] drop, bool[] isHeader)
    {
        var footers = new List<int>();
        for (int i = 0; i < lines.Count; i++)
            if (lines[i].IsBody && lines[i].Text.Length <= 60 && FileNameFooter().IsMatch(lines[i].Text.Trim())) footers.Add(i);
        if (footers.Count < 2) return;
        foreach (var i in footers) { drop[i] = true; isHeader[i] = true; }
    }

    /// <summary>Fewest lines between two occurrences of a running header (a page is longer than this).</summary>
    public int MinHeaderSpacing { get; init; } = 15;

    private static int MinGap(List<int> indices)
    {
        int gap = int.MaxValue;
        for (int k = 1; k < indices.Count; k++) gap = Math.Min(gap, indices[k] - indices[k - 1]);
        return gap;
    }

    private static bool NextToPageNumber(List<LayoutLine> lines, int i)
    {
        foreach (int j in new[] { i - 2, i - 1, i + 1, i + 2 })
            if (j >= 0 && j < lines.Count && lines[j].IsBody && PageNumberLine().IsMatch(lines[j].Text.Trim())) return true;
        return false;
    }

    private static void MarkPageNumbers(List<LayoutLine> lines, bool[] drop, bool[] isHeader)
    {
        var candidates = new List<int>();
        for (int i = 0; i < lines.Count; i++)
            if (lines[i].IsBody && PageNumberLine().IsMatch(lines[i].Text.Trim()) && !AfterFootnoteSeparator(lines, i))
                candidates.Add(i);
        foreach (var i in candidates)
            if (NearHeader(lines, isHeader, i)) drop[i] = true;
        // Page numbers alone on their lines and counting up are furniture even without a header.
        var rest = candidates.Where(i => !drop[i]).ToList();
        if (rest.Count >= 3 && CountsUp(rest.Select(i => LastNumber(lines[i].Text)).ToList()))
            foreach (var i in rest) drop[i] = true;
    }

    private static void MarkSignatureStamps(List<LayoutLine> lines, bool[] drop)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBody || !SignatureDate().IsMatch(lines[i].Text.Trim())) continue;
            drop[i] = true;
            for (int j = i - 1; j >= 0 && j >= i - 5; j--)
            {
                if (lines[j].IsBlank) continue;
                if (!lines[j].IsBody || !SignatureField().IsMatch(lines[j].Text.Trim())) break;
                drop[j] = true;
            }
        }
    }

    /// <summary>Within three non-blank lines of a removed header (the page number printed beside it).</summary>
    private static bool NearHeader(List<LayoutLine> lines, bool[] isHeader, int i)
    {
        foreach (int step in new[] { -1, 1 })
        {
            int seen = 0;
            for (int j = i + step; j >= 0 && j < lines.Count && seen < 3; j += step)
            {
                if (lines[j].IsBlank) continue;
                if (isHeader[j]) return true;
                seen++;
            }
        }
        return false;
    }

    /// <summary>A footnote label ("1") stands alone on its line right after the footnote separator.</summary>
    private static bool AfterFootnoteSeparator(List<LayoutLine> lines, int i)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            if (FootnoteMover.IsSeparator(lines[j].Text)) return true;
            if (!lines[j].IsBlank) return false;
        }
        return false;
    }

    /// <summary>
    /// A running header with a growing number changes in its page number only ("… TU-05 4", "… TU-05 5"); two lines of
    /// prose alike but for their figures ("năm 2030 giảm 30% …", "năm 2050 giảm 40% …") differ in more numbers than the last.
    /// </summary>
    private static bool OnlyLastNumberDiffers(List<LayoutLine> lines, List<int> indices)
    {
        var first = Digits().Matches(lines[indices[0]].Text);
        foreach (int i in indices.Skip(1))
        {
            var other = Digits().Matches(lines[i].Text);
            if (other.Count != first.Count) return false;
            for (int k = 0; k < first.Count - 1; k++)
                if (!string.Equals(first[k].Value, other[k].Value, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static int LastNumber(string text)
    {
        var m = Digits().Matches(text);
        return m.Count == 0 ? -1 : int.TryParse(m[^1].Value, out var n) ? n : -1;
    }

    private static bool CountsUp(List<int> numbers)
    {
        for (int i = 1; i < numbers.Count; i++) if (numbers[i] <= numbers[i - 1]) return false;
        return numbers.Count > 0 && numbers[0] >= 0;
    }
}
