using System.Text.RegularExpressions;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Removes what format conversion left behind: markdown emphasis ("**bold**", "*MS*"), superscripts ("^{tưng}"),
/// stray "|" and other letterless lines ("[", "** **"), table separator rows, headings a collection added
/// ("# 773_2018_QĐ_TTg_preamble"), OCR's misread bullets ("¬ ", "_ " for "- "); marks markdown table rows (also those
/// written without their outer pipes) and decorative rules. A "* " that starts a line is
/// content (a bullet), not markup, and stays.
/// </summary>
public sealed partial class DebrisCleaner : ILayoutStep
{
    [GeneratedRegex(@"\^\{([^{}]*)\}")]
    private static partial Regex Superscript();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableSeparatorRow();

    [GeneratedRegex(@"(?<=\S)\s+_{5,}\s*$")]
    private static partial Regex TrailingRule();

    [GeneratedRegex(@"^#{1,6}\s")]
    private static partial Regex MarkdownHeading();

    // A bold span glued to the text before it that starts with a marker: "YÊU CẦU**1. Mục đích**" is two lines.
    [GeneratedRegex(@"(?<=\S)\*\*(?=(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*)\.\s)")]
    private static partial Regex GluedMarkedBold();

    // A bullet dash that OCR read as another glyph ("¬ Thực hiện …", "_ Xây dựng …", "~ Tăng cường …").
    [GeneratedRegex(@"^(?<indent>\s*)[¬_~](?=\s+\p{L})")]
    private static partial Regex MisreadBullet();

    public void Apply(LayoutDocument document)
    {
        var output = new List<LayoutLine>(document.Lines.Count);
        bool seenBody = false;
        var bareRows = BareTableRows(document.Lines);
        for (int index = 0; index < document.Lines.Count; index++)
        {
            var line = document.Lines[index];
            if (line.Kind != LineKind.Body) { output.Add(line); continue; }
            if (index > 0 && index + 1 < bareRows.Length && bareRows[index - 1] && bareRows[index + 1] && IsBlank(document.Lines, index)) continue;
            var text = bareRows[index] ? OuterPipes(line.Text) : line.Text;
            var trimmed = text.Trim();
            if (trimmed == "|" || trimmed.Contains('|') && trimmed.Contains("---") && TableSeparatorRow().IsMatch(trimmed)) continue;
            if (trimmed.Length >= 3 && trimmed.All(c => c is '-' or '_' or '=' or '~' or '*' or '.' or '–' or ' ')
                && !FootnoteMover.StartsArea(document.Lines, index))
            {
                output.Add(line with { Text = "", Kind = LineKind.Rule });
                continue;
            }
            if (trimmed.Length > 0 && !trimmed.Any(char.IsLetterOrDigit) && ListMarker.Match(trimmed) is null && !FootnoteMover.IsSeparator(text))
                continue; // a lone "[" or "**" left by a signature image or emphasis
            if (trimmed.StartsWith('#') && MarkdownHeading().IsMatch(trimmed))
            {
                // A collection's chunk label ("# 773_2018_QĐ_TTg_appendix") or its title line before the document: drop.
                var heading = trimmed.TrimStart('#').Trim();
                if (!seenBody || !heading.Contains(' ')) continue;
                text = heading;
            }
            if (text.Contains("_____")) text = TrailingRule().Replace(text, "");
            if (trimmed.Length > 1 && trimmed[0] is '¬' or '_' or '~') text = MisreadBullet().Replace(text, "${indent}-");
            var parts = text.Contains("**") ? GluedMarkedBold().Replace(text, "\n").Split('\n') : [text];
            foreach (var part in parts)
            {
                var cleaned = CleanLine(part);
                if (IsTableRow(cleaned)) { output.Add(line with { Text = cleaned.Trim(), Kind = LineKind.TableRow }); seenBody = true; continue; }
                if (cleaned.Length == 0 && part.Trim().Length > 0) continue; // a line of debris only
                output.Add(line with { Text = cleaned });
                seenBody |= cleaned.Trim().Length > 0;
            }
        }
        document.Lines = output;
    }

    /// <summary>Cleans one line: superscripts unwrapped, emphasis asterisks removed except a leading "* " bullet.</summary>
    internal static string CleanLine(string text)
    {
        if (text.Contains("^{")) text = Superscript().Replace(text, "$1");
        if (!text.Contains('*')) return text;
        var leading = text.Length - text.TrimStart().Length;
        var body = text.AsSpan(leading);
        string prefix = "";
        if (body.Length >= 2 && body[0] == '*' && char.IsWhiteSpace(body[1])) { prefix = "* "; body = body[2..].TrimStart(); }
        var rest = body.ToString().Replace("*", "");
        // "*-* CT" was an italic bullet; "**1.** Text" a bold marker: the asterisks go, the rest stays.
        var result = text[..leading] + prefix + rest;
        return result.Trim().Length == 0 ? "" : result;
    }

    /// <summary>
    /// Rows of a pipe table written without the outer pipes ("TT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian", "1 | Rà
    /// soát … | Sở Tài chính | Quý II/2026 | "): three pipes or more on each of two or more lines in a row, with no
    /// blank line between them or one (a converter that writes a web page's table as one paragraph per row).
    /// </summary>
    private static bool[] BareTableRows(List<LayoutLine> lines)
    {
        var bare = new bool[lines.Count];
        bool Piped(int i) => i >= 0 && i < lines.Count && lines[i].Kind == LineKind.Body && lines[i].Text.Count(c => c == '|') >= 3;
        for (int i = 0; i < lines.Count; i++)
        {
            if (!Piped(i) || !(Piped(i - 1) || Piped(i + 1) || IsBlank(lines, i - 1) && Piped(i - 2) || IsBlank(lines, i + 1) && Piped(i + 2))) continue;
            var t = lines[i].Text.Trim();
            bare[i] = !(t[0] == '|' && t[^1] == '|');
        }
        return bare;
    }

    // An empty body line: between two rows of a bare table it only spaces them, and goes.
    private static bool IsBlank(List<LayoutLine> lines, int i) =>
        i >= 0 && i < lines.Count && lines[i].Kind == LineKind.Body && lines[i].Text.Trim().Length == 0;

    /// <summary>
    /// A bare row with its outer pipes added. Cells joined by " | " leave a space before the first pipe when the first
    /// cell is empty (" | Xây dựng … | Vụ Pháp chế"): that pipe separates the empty cell, it is no outer pipe.
    /// </summary>
    private static string OuterPipes(string line)
    {
        var row = line.Trim();
        bool emptyFirst = row[0] == '|' && line.Length > 0 && char.IsWhiteSpace(line[0]) && row[^1] != '|';
        return (row[0] == '|' && !emptyFirst ? "" : "| ") + row + (row[^1] == '|' ? "" : " |");
    }

    private static bool IsTableRow(string text)
    {
        var t = text.Trim();
        return t.Length > 2 && t[0] == '|' && t[^1] == '|' && t.Count(c => c == '|') >= 3;
    }
}
