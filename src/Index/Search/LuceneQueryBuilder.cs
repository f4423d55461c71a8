using DirectiveTracker.Index.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DirectiveTracker.Index.Search;

/// <summary>
/// The Lucene queries of a query's text part and what to highlight.
/// </summary>
/// <param name="Find">For finding: folded terms only, the query's structure (AND, OR, NOT, phrases, prefixes). An exact or bigram match implies the folded one, so it matches the same entries as <paramref name="Score"/> would.</param>
/// <param name="Score">For ranking the candidates: exact, folded, head-folded and bigram alternatives of every positive term, each boosted by its field's weight (BM25 per field).</param>
/// <param name="Groups">The words to mark in snippets, as groups of folded terms typed side by side (a phrase or adjacent words); a group is marked where it occurs whole.</param>
/// <param name="Prefixes">Folded prefixes to mark.</param>
public sealed record CompiledQuery(Query Find, Query Score, IReadOnlyList<IReadOnlyList<string>> Groups, IReadOnlyList<string> Prefixes)
{
    /// <summary>Every folded term of <see cref="Groups"/>.</summary>
    public IReadOnlySet<string> Terms { get; } = Groups.SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
}

/// <summary>Weights of the text fields in the score (BM25 per field, summed).</summary>
/// <param name="Folded">The folded field holds head and body; a head match also scores <paramref name="HeadFolded"/>.</param>
public sealed record FieldWeights(float HeadExact = 8, float HeadFolded = 3, float BodyExact = 2, float Folded = 0.75f, float Bigrams = 2);

/// <summary>
/// Compiles the text part of a parsed query to Lucene queries built by hand (never Lucene's query parser: user text
/// never becomes query syntax). Every word goes through the same analysis chain as the documents. A word finds its
/// folded form (one field: one posting list per word); it scores by its exact form (diacritics as typed), its folded
/// form (in the head again) and, beside the word before it, their syllable bigram.
/// </summary>
/// <param name="isWord">
/// Whether two folded syllables form one word (from the index's statistics): a '-' before the first excludes both,
/// since Vietnamese words are several syllables (<c>báo cáo -định kỳ</c> excludes "định kỳ", not "định").
/// </param>
public sealed class LuceneQueryBuilder(VietnameseAnalyzer analyzer, FieldWeights weights, Func<string, string, bool>? isWord = null)
{
    private readonly List<Query> _scoring = [];
    private readonly List<IReadOnlyList<string>> _groups = [];
    private readonly List<string> _prefixes = [];
    private readonly List<string> _group = [];

    /// <summary>Builds the queries; null when the text part has no searchable term.</summary>
    public CompiledQuery? Build(QueryNode? node)
    {
        if (node is null) return null;
        var find = Emit(node);
        CloseGroup();
        if (find is null) return null;
        var score = new BooleanQuery(disableCoord: true);
        foreach (var q in _scoring) score.Add(q, Occur.SHOULD);
        return new CompiledQuery(find, score, _groups.ToList(), _prefixes.ToList());
    }

    private Query? Emit(QueryNode node)
    {
        switch (node)
        {
            case TermNode t: { var q = Word(t, null); CloseGroup(); return q; }
            case PhraseNode p: return Phrase(p, score: true);
            case AndNode a: return And(a);
            case OrNode o: return Or(o);
            case NotNode n: throw new QuerySyntaxException("Truy vấn cần ít nhất một từ khóa không bị loại trừ.", n.Position);
            case FilterNode f: throw new InvalidOperationException($"filter {f.Name} reached the query builder");
            default: throw new InvalidOperationException(node.GetType().Name);
        }
    }

    private Query? And(AndNode a)
    {
        var positives = new List<Query>();
        var negatives = new List<Query>();
        TermNode? previous = null;
        var children = a.Children;
        for (int i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child is NotNode n)
            {
                if (n.Child is NotNode) throw new QuerySyntaxException("Không thể phủ định hai lần.", n.Position);
                CloseGroup();
                // '-định kỳ': the word group the user meant, when the two syllables form a word.
                if (n.Child is TermNode { Prefix: false } first && i + 1 < children.Count && children[i + 1] is TermNode { Prefix: false } second
                    && FormWord(first.Text, second.Text))
                {
                    if (Phrase(new PhraseNode(first.Text + " " + second.Text, first.Position), score: false) is { } excluded) negatives.Add(excluded);
                    i++;
                }
                else if (Negated(n.Child) is { } excluded) negatives.Add(excluded);
                previous = null;
                continue;
            }
            Query? e;
            if (child is TermNode t) e = Word(t, previous);
            else { CloseGroup(); e = Emit(child); }
            previous = child as TermNode;
            if (e is not null) positives.Add(e);
        }
        CloseGroup();
        if (positives.Count == 0)
        {
            if (negatives.Count > 0) throw new QuerySyntaxException("Truy vấn cần ít nhất một từ khóa không bị loại trừ.", a.Position);
            return null;
        }
        if (positives.Count == 1 && negatives.Count == 0) return positives[0];
        var query = new BooleanQuery(disableCoord: true);
        foreach (var p in positives) query.Add(p, Occur.MUST);
        foreach (var x in negatives) query.Add(x, Occur.MUST_NOT);
        return query;
    }

    /// <summary>An excluded part: found, never scored nor highlighted.</summary>
    private Query? Negated(QueryNode node)
    {
        int scoring = _scoring.Count, groups = _groups.Count, prefixes = _prefixes.Count;
        var q = Emit(node);
        CloseGroup();
        _scoring.RemoveRange(scoring, _scoring.Count - scoring);
        _groups.RemoveRange(groups, _groups.Count - groups);
        _prefixes.RemoveRange(prefixes, _prefixes.Count - prefixes);
        return q;
    }

    private bool FormWord(string first, string second)
    {
        if (isWord is null) return false;
        var a = analyzer.Folded(first, withParts: false);
        var b = analyzer.Folded(second, withParts: false);
        return a.Count == 1 && b.Count == 1 && a[0].Type == TokenType.Word && b[0].Type == TokenType.Word && isWord(a[0].Text, b[0].Text);
    }

    private Query? Or(OrNode o)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var child in o.Children)
        {
            if (child is NotNode n) throw new QuerySyntaxException("Không dùng NOT hay '-' ngay trong OR; hãy đặt trong ngoặc cùng một từ khóa.", n.Position);
            CloseGroup();
            if (Emit(child) is { } e) query.Add(e, Occur.SHOULD);
        }
        CloseGroup();
        return query.Clauses.Count switch { 0 => null, 1 => query.Clauses[0].Query, _ => query };
    }

    private Query? Word(TermNode t, TermNode? previous)
    {
        var exact = analyzer.Exact(t.Text, withParts: false);
        if (exact.Count == 0) return null;
        if (exact.Count > 1) { CloseGroup(); return Phrase(new PhraseNode(t.Text, t.Position), score: true); } // "thi-đua", "Sở,Nội": the words in order
        var folded = analyzer.Folded(t.Text, withParts: false);
        if (folded.Count != 1) return null;
        string e = exact[0].Text, f = folded[0].Text;
        if (t.Prefix)
        {
            CloseGroup();
            _prefixes.Add(f);
            Score(new PrefixQuery(new Term(Fields.HeadExact, e)), weights.HeadExact);
            Score(new PrefixQuery(new Term(Fields.BodyExact, e)), weights.BodyExact);
            Score(new PrefixQuery(new Term(Fields.HeadFolded, f)), weights.HeadFolded);
            Score(new PrefixQuery(new Term(Fields.Folded, f)), weights.Folded);
            return new PrefixQuery(new Term(Fields.Folded, f));
        }
        if (previous is null || previous.Prefix || exact[0].Type != TokenType.Word) CloseGroup();
        _group.Add(f);
        if (exact[0].Type != TokenType.Word) CloseGroup();
        if (e != f)
        {
            Score(new TermQuery(new Term(Fields.HeadExact, e)), weights.HeadExact);
            Score(new TermQuery(new Term(Fields.BodyExact, e)), weights.BodyExact);
        }
        Score(new TermQuery(new Term(Fields.HeadFolded, f)), weights.HeadFolded);
        Score(new TermQuery(new Term(Fields.Folded, f)), weights.Folded);
        if (previous is { Prefix: false } && exact[0].Type == TokenType.Word)
        {
            var before = analyzer.Folded(previous.Text, withParts: false);
            if (before.Count == 1 && before[0].Type == TokenType.Word)
                Score(new TermQuery(new Term(Fields.Bigrams, before[0].Text + SyllableBigramFilter.Joiner + f)), weights.Bigrams);
        }
        return new TermQuery(new Term(Fields.Folded, f));
    }

    private Query? Phrase(PhraseNode p, bool score)
    {
        var exact = analyzer.Exact(p.Text);
        if (exact.Count == 0) return null;
        var folded = analyzer.Folded(p.Text);
        if (score)
        {
            CloseGroup();
            _groups.Add(folded.Where(t => t.Type != TokenType.Part).Select(t => t.Text).ToList());
            bool same = exact.Select(t => t.Text).SequenceEqual(folded.Select(t => t.Text));
            if (!same)
            {
                Score(PhraseIn(Fields.HeadExact, exact), weights.HeadExact);
                Score(PhraseIn(Fields.BodyExact, exact), weights.BodyExact);
            }
            Score(PhraseIn(Fields.Folded, folded), weights.Folded);
            Score(AllIn(Fields.HeadFolded, folded), weights.HeadFolded);
        }
        return PhraseIn(Fields.Folded, folded);
    }

    private static Query PhraseIn(string field, IReadOnlyList<Token> tokens)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Text));
        var phrase = new PhraseQuery();
        for (int i = 0; i < tokens.Count; i++) phrase.Add(new Term(field, tokens[i].Text), i);
        return phrase;
    }

    /// <summary>Every token's term in <paramref name="field"/>, anywhere: the head's folded copy keeps no positions, so a phrase scores the head by its words.</summary>
    private static Query AllIn(string field, IReadOnlyList<Token> tokens)
    {
        var terms = tokens.Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 1) return new TermQuery(new Term(field, terms[0]));
        var all = new BooleanQuery(disableCoord: true);
        foreach (var t in terms) all.Add(new TermQuery(new Term(field, t)), Occur.MUST);
        return all;
    }

    private void Score(Query q, float boost)
    {
        q.Boost = boost;
        _scoring.Add(q);
    }

    private void CloseGroup()
    {
        if (_group.Count > 0) _groups.Add(_group.ToList());
        _group.Clear();
    }
}
