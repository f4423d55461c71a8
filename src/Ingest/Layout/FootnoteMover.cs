using System.Text.RegularExpressions;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Moves footnote bodies out of the running text. A footnote area starts at a separator line (a long run of spaces
/// or underscores, as PDF-to-text leaves it) followed by a label ("1" alone on its line, or "1 Text"), and runs to the
/// end of the page. A separator followed by unlabelled text continues the previous footnote (a footnote carried over
/// to the next page).
/// </summary>
public sealed partial class FootnoteMover : ILayoutStep
{
    [GeneratedRegex(@"^\s*(?<label>\d{1,3}|\*{1,3})\s*$")]
    private static partial Regex LabelAlone();

    [GeneratedRegex(@"^\s*(?<label>\d{1,3})\s+(?<text>\p{Lu}.*)$")]
    private static partial Regex LabelWithText();

    /// <summary>A footnote separator: 20+ spaces and nothing else, or a rule of 5+ underscores.</summary>
    public static bool IsSeparator(string line) =>
        (line.Length >= 20 && string.IsNullOrWhiteSpace(line)) || Regex.IsMatch(line, @"^\s*_{5,}\s*$");

    /// <summary>True when line <paramref name="index"/> is a separator followed by a footnote label.</summary>
    public static bool StartsArea(IReadOnlyList<LayoutLine> lines, int index)
    {
        if (!IsSeparator(lines[index].Text)) return false;
        int k = index + 1;
        while (k < lines.Count && lines[k].IsBlank) k++;
        return k < lines.Count && lines[k].IsBody && StartsFootnote(lines, k, out _, out _);
    }

    public void Apply(LayoutDocument document)
    {
        var lines = document.Lines;
        var body = new List<LayoutLine>(lines.Count);
        int i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Body && IsSeparator(line.Text) && TryReadArea(lines, i + 1, document, out int next))
            {
                i = next;
                continue;
            }
            if (StartsUnseparatedArea(lines, i) && TryReadArea(lines, i, document, out next))
            {
                i = next;
                continue;
            }
            body.Add(line);
            i++;
        }
        document.Lines = body;
    }

    /// <summary>Most lines a footnote area without a separator may have: more is running text, not a note.</summary>
    private const int MaxUnseparatedAreaLines = 12;

    /// <summary>
    /// pdftotext -raw does not print the footnote rule of LibreOffice PDFs: "1" alone on a line, then a capitalised
    /// note running to the end of the page, is a footnote area when the page's body above has that reference glued to
    /// a word ("chung1;") and the note is short.
    /// </summary>
    private static bool StartsUnseparatedArea(List<LayoutLine> lines, int i)
    {
        if (!lines[i].IsBody || LabelAlone().Match(lines[i].Text) is not { Success: true } m || !m.Groups["label"].Value.All(char.IsDigit))
            return false;
        int page = lines[i].Page, k = i + 1;
        while (k < lines.Count && lines[k].IsBlank) k++;
        if (k >= lines.Count || !lines[k].IsBody || lines[k].Page != page) return false;
        var first = lines[k].Text.TrimStart();
        if (first.Length == 0 || !char.IsUpper(first[0])) return false;
        int end = k;
        while (end < lines.Count && lines[end].Kind == LineKind.Body && lines[end].Page == page) end++;
        if (lines.Skip(k).Take(end - k).Count(l => l.IsBody) > MaxUnseparatedAreaLines) return false;
        var reference = new Regex($@"\p{{L}}{m.Groups["label"].Value}(?=[\s;,.:)”""]|$)");
        for (int j = i - 1; j >= 0 && lines[j].Page == page && lines[j].Kind != LineKind.PageBreak; j--)
            if (lines[j].IsBody && reference.IsMatch(lines[j].Text)) return true;
        return false;
    }

    /// <summary>Reads the footnote area after a separator; false (nothing consumed) when what follows is not one.</summary>
    private static bool TryReadArea(List<LayoutLine> lines, int start, LayoutDocument document, out int next)
    {
        next = start;
        int first = start;
        while (first < lines.Count && lines[first].IsBlank) first++;
        if (first >= lines.Count || !lines[first].IsBody) return false;
        bool labelled = StartsFootnote(lines, first, out _, out _);
        // Unlabelled text continues the last footnote only after a blank-run separator (a rule of underscores also
        // decorates letterheads).
        if (!labelled && (document.Footnotes.Count == 0 || !string.IsNullOrWhiteSpace(lines[start - 1].Text))) return false;

        int end = first;
        while (end < lines.Count && lines[end].Kind == LineKind.Body && lines[end].Page == lines[first].Page) end++;

        string? label = null;
        var text = new List<string>();
        int page = lines[first].Page;
        void Flush()
        {
            if (text.Count == 0) return;
            var joined = LineJoiner.JoinWrapped(text);
            if (label is null)
            {
                // Carried over from the previous page: continue the last footnote.
                var last = document.Footnotes[^1];
                document.Footnotes[^1] = last with { Text = LineJoiner.JoinWrapped([last.Text, joined]) };
            }
            else document.Footnotes.Add(new FootnoteText(label, joined, page));
            text.Clear();
        }
        for (int j = first; j < end; j++)
        {
            if (lines[j].IsBlank) continue;
            if (StartsFootnote(lines, j, out var newLabel, out var rest))
            {
                Flush();
                label = newLabel;
                page = lines[j].Page;
                if (rest.Length > 0) text.Add(rest);
                continue;
            }
            text.Add(lines[j].Text.Trim());
        }
        Flush();
        next = end;
        return true;
    }

    private static bool StartsFootnote(IReadOnlyList<LayoutLine> lines, int i, out string label, out string rest)
    {
        var t = lines[i].Text;
        var m = LabelAlone().Match(t);
        if (m.Success)
        {
            int k = i + 1;
            while (k < lines.Count && lines[k].IsBlank) k++;
            if (k < lines.Count && lines[k].IsBody) { label = m.Groups["label"].Value; rest = ""; return true; }
        }
        m = LabelWithText().Match(t);
        if (m.Success) { label = m.Groups["label"].Value; rest = m.Groups["text"].Value.Trim(); return true; }
        label = rest = "";
        return false;
    }
}
