using DirectiveTracker.Index.Analysis;

namespace DirectiveTracker.Index.Search;

/// <summary>
/// Cuts a snippet around the first matched words of a text and marks them, on the original characters: the offsets
/// come from the analysis chain, so NFD text, old tone placement and document numbers highlight right. Words typed
/// side by side are marked where they occur together (<c>nội vụ</c> marks "Nội vụ", not the "nội" of "nội dung");
/// a group found nowhere together in the excerpt is marked word by word.
/// </summary>
public sealed class SnippetBuilder(VietnameseAnalyzer analyzer)
{
    /// <summary>Characters of context kept before the first match.</summary>
    public int ContextBefore { get; init; } = 60;

    /// <summary>Longest snippet, in characters of the original.</summary>
    public int MaxLength { get; init; } = 240;

    public Snippet Build(string text, CompiledQuery? query) =>
        string.IsNullOrEmpty(text) ? Snippet.Empty : Cut(text, query is null ? [] : Matches(text, query));

    /// <summary>The snippet of <paramref name="title"/> when it has anything to mark, else of <paramref name="text"/>: the title is matched once.</summary>
    public Snippet Build(string? title, string text, CompiledQuery? query)
    {
        if (query is not null && !string.IsNullOrEmpty(title))
        {
            var marks = Matches(title, query);
            if (marks.Count > 0) return Cut(title, marks);
        }
        return Build(text, query);
    }

    private Snippet Cut(string text, List<(int Start, int End)> marks)
    {
        int start = 0;
        if (marks.Count > 0 && marks[0].Start > ContextBefore)
        {
            start = marks[0].Start - ContextBefore;
            // Start on a word boundary.
            while (start < marks[0].Start && !char.IsWhiteSpace(text[start - 1])) start++;
        }
        int end = Math.Min(text.Length, start + MaxLength);
        if (end < text.Length) { int e = end; while (e > start + MaxLength / 2 && !char.IsWhiteSpace(text[e])) e--; if (e > start + MaxLength / 2) end = e; }
        var lead = start > 0 ? "…" : "";
        var body = text[start..end].Replace('\n', ' ');
        var highlights = new List<Highlight>();
        foreach (var m in marks)
        {
            if (m.Start < start || m.End > end) continue;
            if (highlights.Count > 0 && highlights[^1].Start + highlights[^1].Length > m.Start - start + lead.Length) continue;
            highlights.Add(new Highlight(m.Start - start + lead.Length, m.End - m.Start));
        }
        return new Snippet(lead + body + (end < text.Length ? "…" : ""), highlights, start);
    }

    /// <summary>
    /// Original ranges to mark, in order, scanning lazily up to one snippet past the first match: every token of a
    /// group occurring whole, and the words of groups that occur nowhere whole in that stretch.
    /// </summary>
    private List<(int Start, int End)> Matches(string text, CompiledQuery query)
    {
        var whole = new List<(int Start, int End)>();
        var single = new List<(int Start, int End, int Group)>();
        var foundWhole = new bool[query.Groups.Count];
        var recent = new List<Token>(); // the last tokens that are not compound parts, newest last
        int first = -1;
        foreach (var t in analyzer.FoldedLazily(text))
        {
            if (first >= 0 && t.Start > first + MaxLength) break;
            bool part = t.Type == TokenType.Part;
            if (part && (whole.Count > 0 && whole[^1].End >= t.End || single.Count > 0 && single[^1].End >= t.End)) continue;
            if (!part) { recent.Add(t); if (recent.Count > 16) recent.RemoveAt(0); }
            bool hit = false;
            for (int g = 0; g < query.Groups.Count; g++)
            {
                var group = query.Groups[g];
                if (group.Count > 1 && !part && EndsWith(recent, group))
                {
                    foundWhole[g] = true;
                    for (int k = recent.Count - group.Count; k < recent.Count; k++) whole.Add((recent[k].Start, recent[k].End));
                    hit = true;
                }
                else if (group.Contains(t.Text, StringComparer.Ordinal))
                {
                    if (group.Count == 1) { whole.Add((t.Start, t.End)); foundWhole[g] = true; }
                    else single.Add((t.Start, t.End, g));
                    hit = true;
                }
            }
            if (!hit) foreach (var p in query.Prefixes) if (t.Text.StartsWith(p, StringComparison.Ordinal)) { whole.Add((t.Start, t.End)); hit = true; break; }
            if (hit && first < 0) first = t.Start;
        }
        var marks = whole.Concat(single.Where(s => !foundWhole[s.Group]).Select(s => (s.Start, s.End)))
            .Distinct().OrderBy(m => m.Item1).ThenBy(m => m.Item2).ToList();
        return marks;
    }

    private static bool EndsWith(List<Token> recent, IReadOnlyList<string> group)
    {
        if (recent.Count < group.Count) return false;
        for (int i = 0; i < group.Count; i++)
            if (!string.Equals(recent[recent.Count - group.Count + i].Text, group[i], StringComparison.Ordinal)) return false;
        return true;
    }
}
