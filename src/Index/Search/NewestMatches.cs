using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DirectiveTracker.Index.Search;

/// <summary>
/// Finds the newest matches of a query, unscored: entries are added in order (one writer, a merge policy that merges
/// only adjacent segments), so the newest are the last ids. The index is read backwards in ranges of ids that double in
/// size, each walked forward from its start (a scorer advanced there skips what lies before), until the ranges read
/// hold <c>enough</c> matches. A broad query thus reads the postings of its newest entries only; the ranges are the
/// index's, not its segments', so what is counted does not depend on how the segments happen to be merged.
/// </summary>
internal static class NewestMatches
{
    /// <summary>The matches of the ranges read (index-wide ids, ascending), and whether more match before them.</summary>
    public static (List<int> Ids, bool More) Find(IndexSearcher searcher, Query query, int enough, int firstRange)
    {
        var weight = searcher.CreateNormalizedWeight(Cached(query, searcher.IndexReader));
        var leaves = searcher.IndexReader.Leaves;
        var ranges = new List<List<int>>(); // newest first
        int found = 0, hi = searcher.IndexReader.MaxDoc;
        long range = Math.Max(1, firstRange);
        while (hi > 0)
        {
            int lo = (int)Math.Max(0, hi - range);
            var ids = Read(weight, leaves, lo, hi);
            ranges.Add(ids);
            found += ids.Count;
            hi = lo;
            range *= 2;
            if (found >= enough && hi > 0) return (Ascending(ranges, found), Read(weight, leaves, 0, hi, first: true).Count > 0);
        }
        return (Ascending(ranges, found), false);
    }

    // The matches with ids in [lo, hi), ascending (only the first when <paramref name="first"/>).
    private static List<int> Read(Weight weight, IList<AtomicReaderContext> leaves, int lo, int hi, bool first = false)
    {
        var ids = new List<int>();
        foreach (var leaf in leaves)
        {
            int start = Math.Max(lo - leaf.DocBase, 0), end = Math.Min(hi - leaf.DocBase, leaf.AtomicReader.MaxDoc);
            if (start >= end) continue;
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            for (int doc = start == 0 ? scorer.NextDoc() : scorer.Advance(start); doc < end; doc = scorer.NextDoc())
            {
                ids.Add(leaf.DocBase + doc);
                if (first) return ids;
            }
        }
        return ids;
    }

    /// <summary>
    /// The query with its multi-term parts (prefixes, numeric ranges) and filters cached per leaf for this search: each
    /// range read asks a leaf for a new scorer, and those parts would otherwise walk every matching term's postings in
    /// the whole leaf each time. Term and phrase parts stay as they are, read only where a range asks; so does a prefix
    /// of a few terms (<see cref="MostPrefixTerms"/>), as their postings side by side.
    /// </summary>
    internal static Query Cached(Query query, IndexReader reader) => query switch
    {
        TermQuery t => new ConstantScoreQuery(new TermDocs(t.Term)),
        PrefixQuery p when PrefixTerms(p, reader) is { } terms => AnyOf(terms),
        MultiTermQuery => new ConstantScoreQuery(new CachingWrapperFilter(new QueryWrapperFilter(query))),
        ConstantScoreQuery { Filter: { } filter } c => new ConstantScoreQuery(new CachingWrapperFilter(filter)) { Boost = c.Boost },
        ConstantScoreQuery { Query: { } inner } c => new ConstantScoreQuery(Cached(inner, reader)) { Boost = c.Boost },
        BooleanQuery b => CachedClauses(b, reader),
        FilteredQuery f => new FilteredQuery(Cached(f.Query, reader), f.Filter, f.Strategy), // its filter is read per candidate, never gathered
        _ => query,
    };

    /// <summary>
    /// Prefixes of at most this many terms are read as the disjunction of their terms' postings. A prefix of a word
    /// (<c>tuyen*</c>: tuyen, tuyenquang…) expands to a handful of terms, and gathering them over the whole index cost
    /// more than the rest of the search (a year under <c>tuyen*</c>: 14 ms); a short prefix (<c>t*</c>) expands to
    /// hundreds, whose disjunction would cost more than gathering them once.
    /// </summary>
    private const int MostPrefixTerms = 16;

    /// <summary>The distinct terms a prefix matches in the index, or null when there are more than <see cref="MostPrefixTerms"/>.</summary>
    private static List<Term>? PrefixTerms(PrefixQuery prefix, IndexReader reader)
    {
        var found = new SortedSet<BytesRef>();
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(prefix.Field);
            if (terms is null) continue;
            var e = prefix.GetTermsEnum(terms);
            while (e.MoveNext())
            {
                if (found.Add(BytesRef.DeepCopyOf(e.Term)) && found.Count > MostPrefixTerms) return null;
            }
        }
        return found.Select(t => new Term(prefix.Field, t)).ToList();
    }

    private static Query AnyOf(List<Term> terms)
    {
        if (terms.Count == 1) return new ConstantScoreQuery(new TermDocs(terms[0]));
        var any = new BooleanQuery(disableCoord: true); // none: matches nothing, as the prefix would
        foreach (var t in terms) any.Add(new ConstantScoreQuery(new TermDocs(t)), Occur.SHOULD);
        return any;
    }

    /// <summary>A term's entries without its frequencies: finding counts no score, and decoding a block's frequencies cost as much as its ids.</summary>
    private sealed class TermDocs(Term term) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var terms = context.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
            if (terms is null || !terms.SeekExact(term.Bytes)) return null;
            return new Postings(terms, acceptDocs);
        }

        private sealed class Postings(TermsEnum terms, IBits? acceptDocs) : DocIdSet
        {
            public override DocIdSetIterator GetIterator() => terms.Docs(acceptDocs, null, DocsFlags.NONE);
        }

        public override string ToString() => term.ToString();
    }

    private static BooleanQuery CachedClauses(BooleanQuery b, IndexReader reader)
    {
        var cached = new BooleanQuery(b.CoordDisabled) { MinimumNumberShouldMatch = b.MinimumNumberShouldMatch, Boost = b.Boost };
        foreach (var clause in Conjoined(b) ? Flattened(b) : b.Clauses) cached.Add(Cached(clause.Query, reader), clause.Occur);
        return cached;
    }

    /// <summary>Whether a boolean query is a conjunction: required and excluded clauses only, at least one required (else it matches nothing).</summary>
    private static bool Conjoined(BooleanQuery b) =>
        b.MinimumNumberShouldMatch == 0 && b.Clauses.All(c => c.Occur != Occur.SHOULD) && b.Clauses.Any(c => c.Occur == Occur.MUST);

    /// <summary>
    /// A conjunction's clauses with its nested conjunctions' clauses in their place, so that one conjunction leads with
    /// the rarest of all: nested, <c>cải cách hành chính agency:"Sở Nội vụ"</c> led with the agency's 42,000 entries but
    /// advanced the words' own conjunction to each, which walks on to its next match of all four words and so reads
    /// most of the common syllables' postings (hành 288,000, chính 538,000 entries); flat, only the entries of both the
    /// agency and the rarest word (cải) are looked up in the others.
    /// </summary>
    private static IEnumerable<BooleanClause> Flattened(BooleanQuery b)
    {
        foreach (var c in b.Clauses)
        {
            if (c.Occur == Occur.MUST && c.Query is BooleanQuery inner && Conjoined(inner))
                foreach (var i in Flattened(inner)) yield return i;
            else yield return c;
        }
    }

    private static List<int> Ascending(List<List<int>> newestFirst, int count)
    {
        var ids = new List<int>(count);
        for (int i = newestFirst.Count - 1; i >= 0; i--) ids.AddRange(newestFirst[i]);
        return ids;
    }
}
