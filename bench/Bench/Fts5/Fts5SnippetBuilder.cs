// The FTS5 store as it was before search moved to Lucene (issue 9), kept to compare the two in one run.
using DirectiveTracker.Index;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;

namespace DirectiveTracker.Bench.Fts5;

/// <summary>
/// Cuts a snippet around the first matched words of a text and marks them, on the original characters:
/// the offsets come from the analysis chain, so NFD text, old tone placement and document numbers highlight right.
/// </summary>
public sealed class Fts5SnippetBuilder(VietnameseAnalyzer analyzer)
{
    /// <summary>Characters of context kept before the first match.</summary>
    public int ContextBefore { get; init; } = 60;

    /// <summary>Longest snippet, in characters of the original.</summary>
    public int MaxLength { get; init; } = 240;

    public Snippet Build(string text, FtsQuery? query)
    {
        if (string.IsNullOrEmpty(text)) return Snippet.Empty;
        var marks = query is null ? [] : Matches(text, query);
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

    /// <summary>Original ranges of the tokens whose folded form was searched for, in order, scanning lazily up to one snippet past the first.</summary>
    private List<(int Start, int End)> Matches(string text, FtsQuery query)
    {
        var found = new List<(int, int)>();
        foreach (var t in analyzer.FoldedLazily(text))
        {
            if (found.Count > 0 && t.Start > found[0].Item1 + MaxLength) break;
            if (t.Type == TokenType.Part && found.Count > 0 && found[^1].Item2 >= t.End) continue;
            bool hit = query.HighlightTerms.Contains(t.Text);
            if (!hit) foreach (var p in query.HighlightPrefixes) if (t.Text.StartsWith(p, StringComparison.Ordinal)) { hit = true; break; }
            if (hit) found.Add((t.Start, t.End));
        }
        return found;
    }
}
