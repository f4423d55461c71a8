// The FTS5 store as it was before search moved to Lucene (issue 9), kept to compare the two in one run.
using DirectiveTracker.Index;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using System.Text;

namespace DirectiveTracker.Bench.Fts5;

/// <summary>The FTS5 MATCH expressions of a query's text part and the folded terms to highlight.</summary>
/// <param name="Match">For ranking: exact, folded and bigram alternatives, so that BM25 weighs them.</param>
/// <param name="MatchFolded">
/// For finding: folded terms only. It matches exactly the same rows as <paramref name="Match"/> (an exact or bigram
/// match implies the folded one, the folded field being the exact field folded position by position) at a third of the cost.
/// </param>
/// <param name="Terms">The ranking expression's phrases (negated ones left out), each with the columns it is looked for in.</param>
public sealed record FtsQuery(
    string Match, string MatchFolded, IReadOnlySet<string> HighlightTerms, IReadOnlyList<string> HighlightPrefixes,
    IReadOnlyList<ScoringTerm> Terms);

/// <summary>One phrase of the ranking expression: a quoted FTS5 phrase (with " *" for a prefix) and the columns it counts in.</summary>
public sealed record ScoringTerm(IReadOnlyList<string> Columns, string Phrase)
{
    /// <summary>The MATCH expression of this phrase in one column.</summary>
    public string In(string column) => $"{{{column}}} : {Phrase}";

    public bool IsPrefix => Phrase.EndsWith('*');

    /// <summary>The phrase's index terms, unquoted (the last one a prefix when <see cref="IsPrefix"/>).</summary>
    public IReadOnlyList<string> Tokens
    {
        get
        {
            var quoted = (IsPrefix ? Phrase[..^1] : Phrase).Trim();
            if (quoted.Length >= 2 && quoted[0] == '"' && quoted[^1] == '"') quoted = quoted[1..^1];
            return quoted.Replace("\"\"", "\"").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
    }
}

/// <summary>
/// Turns the text part of a parsed query into an FTS5 MATCH expression. Every term goes through the same analysis
/// chain as the documents and is emitted quoted, so user input never reaches FTS5 syntax. A word matches its exact
/// (canonical) form or its folded form; exact matches score higher through the column weights. Adjacent words also
/// offer their syllable bigram, which ranks multi-syllable words as words without changing what matches.
/// </summary>
/// <param name="expandPrefix">
/// The folded-column terms a prefix stands for, so that FTS5 reads those few doclists instead of merging every
/// term of the prefix over the whole index (it does so for each MATCH, whatever the rowid range); null when unknown or too many.
/// </param>
public sealed class FtsQueryBuilder(VietnameseAnalyzer analyzer, Func<string, IReadOnlyList<string>?>? expandPrefix = null)
{
    private const string ExactColumns = "{head_exact body_exact}";
    private const string FoldedColumns = "{head_folded body_folded}";
    private const string BigramColumn = "{bigrams}";

    private readonly HashSet<string> _highlight = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
    private readonly List<ScoringTerm> _terms = [];
    private static readonly string[] Exact = ["head_exact", "body_exact"];
    private static readonly string[] Folded = ["head_folded", "body_folded"];
    private static readonly string[] Bigram = ["bigrams"];
    private bool _foldedOnly;

    /// <summary>Builds the expressions; null when the text part has no searchable term.</summary>
    public FtsQuery? Build(QueryNode? node)
    {
        if (node is null) return null;
        _foldedOnly = false;
        _terms.Clear();
        var match = Emit(node);
        if (match is null) return null;
        _foldedOnly = true;
        var folded = Emit(node)!;
        return new FtsQuery(match, folded, _highlight, _prefixes.ToList(), _terms.Distinct().ToList());
    }

    private string? Emit(QueryNode node) => node switch
    {
        TermNode t => Word(t, previous: null),
        PhraseNode p => Phrase(p),
        AndNode a => And(a),
        OrNode o => Or(o),
        NotNode n => throw new QuerySyntaxException("Truy vấn cần ít nhất một từ khóa không bị loại trừ.", n.Position),
        FilterNode f => throw new InvalidOperationException($"filter {f.Name} reached the FTS builder"),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private string? And(AndNode a)
    {
        var positives = new List<string>();
        var negatives = new List<string>();
        TermNode? previous = null;
        foreach (var child in a.Children)
        {
            if (child is NotNode n)
            {
                if (n.Child is NotNode) throw new QuerySyntaxException("Không thể phủ định hai lần.", n.Position);
                var saved = _highlight.ToHashSet();
                int scored = _terms.Count;
                var negated = Emit(n.Child);
                // Excluded words are not highlighted, nor scored.
                _highlight.Clear(); _highlight.UnionWith(saved);
                _terms.RemoveRange(scored, _terms.Count - scored);
                if (negated is not null) negatives.Add(negated);
                previous = null;
                continue;
            }
            var e = child is TermNode t ? Word(t, previous) : Emit(child);
            previous = child as TermNode;
            if (e is not null) positives.Add(e);
        }
        if (positives.Count == 0)
        {
            if (negatives.Count > 0) throw new QuerySyntaxException("Truy vấn cần ít nhất một từ khóa không bị loại trừ.", a.Position);
            return null;
        }
        var sb = new StringBuilder("(").AppendJoin(" AND ", positives).Append(')');
        if (negatives.Count > 0) sb.Append(" NOT (").AppendJoin(" OR ", negatives).Append(')');
        return sb.ToString();
    }

    private string? Or(OrNode o)
    {
        var parts = new List<string>();
        foreach (var child in o.Children)
        {
            if (child is NotNode n) throw new QuerySyntaxException("Không dùng NOT hay '-' ngay trong OR; hãy đặt trong ngoặc cùng một từ khóa.", n.Position);
            if (Emit(child) is { } e) parts.Add(e);
        }
        return parts.Count == 0 ? null : "(" + string.Join(" OR ", parts) + ")";
    }

    private string? Word(TermNode t, TermNode? previous)
    {
        var exact = analyzer.Exact(t.Text, withParts: false);
        if (exact.Count == 0) return null;
        if (exact.Count > 1) return Phrase(new PhraseNode(t.Text, t.Position)); // "thi-đua", "Sở,Nội": the words in order
        var folded = analyzer.Folded(t.Text, withParts: false);
        var e = Quote(IndexTerms.Encode(exact[0].Text));
        var f = Quote(IndexTerms.Encode(folded[0].Text));
        if (t.Prefix)
        {
            _prefixes.Add(folded[0].Text);
            Score(Exact, $"{e} *"); Score(Folded, $"{f} *");
            if (!_foldedOnly) return $"({ExactColumns} : {e} * OR {FoldedColumns} : {f} *)";
            if (expandPrefix?.Invoke(IndexTerms.Encode(folded[0].Text)) is { Count: > 0 } terms)
                return $"{FoldedColumns} : ({string.Join(" OR ", terms.Select(Quote))})";
            return $"{FoldedColumns} : {f} *";
        }
        _highlight.Add(folded[0].Text);
        if (_foldedOnly) return InFoldedColumns(f);
        // BM25 scans each phrase's whole doclist for its IDF: an accent-free word's exact form adds nothing worth that.
        var sb = new StringBuilder(e == f ? $"({FoldedColumns} : {f}" : $"({ExactColumns} : {e} OR {FoldedColumns} : {f}");
        if (e != f) Score(Exact, e);
        Score(Folded, f);
        if (previous is { Prefix: false } && exact[0].Type == TokenType.Word)
        {
            var before = analyzer.Folded(previous.Text, withParts: false);
            if (before.Count == 1 && before[0].Type == TokenType.Word)
            {
                var bigram = Quote(before[0].Text + SyllableBigramFilter.Joiner + folded[0].Text);
                Score(Bigram, bigram);
                sb.Append($" OR {BigramColumn} : {bigram}");
            }
        }
        return sb.Append(')').ToString();
    }

    private string? Phrase(PhraseNode p)
    {
        var exact = analyzer.Exact(p.Text);
        if (exact.Count == 0) return null;
        var folded = analyzer.Folded(p.Text);
        foreach (var t in folded) _highlight.Add(t.Text);
        string e = Quote(IndexTerms.Join(exact)), f = Quote(IndexTerms.Join(folded));
        if (!_foldedOnly) { if (e != f) Score(Exact, e); Score(Folded, f); }
        if (_foldedOnly) return InFoldedColumns(f);
        if (e == f) return $"{FoldedColumns} : {f}";
        return $"({ExactColumns} : {e} OR {FoldedColumns} : {f})";
    }

    /// <summary>
    /// A folded term or phrase, for finding. Plain ASCII words need no column filter (which makes FTS5 read every
    /// candidate's positions): where they occur in an exact column they occur at the same positions in the folded one
    /// (folding leaves ASCII alone), and bigram terms always hold a '_'. So the rows are the same.
    /// </summary>
    private static string InFoldedColumns(string quoted)
    {
        foreach (char c in quoted)
            if (c > 0x7F || !(char.IsAsciiLetterOrDigit(c) || c is ' ' or '"')) return $"{FoldedColumns} : {quoted}";
        return quoted;
    }

    private void Score(string[] columns, string phrase)
    {
        if (!_foldedOnly) _terms.Add(new ScoringTerm(columns, phrase));
    }

    /// <summary>An FTS5 string: double quotes doubled. Terms hold only letters, digits and '_' anyway.</summary>
    private static string Quote(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
}
