using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DirectiveTracker.Index.Search;

/// <summary>
/// Keyword filters (agency, kind, number…; years stay postings, see <see cref="OnYears"/>) read as a bitset per index segment, kept across searches, that the
/// query's words check as they decode their own postings, instead of a posting list the words' conjunction advances to
/// each candidate. When a filter is no rarer than the words' rarest term, the words lead anyway, and each advance into
/// the filter's postings cost a skip and a block decode: <c>cải cách hành chính agency:"Sở Nội vụ"</c> matches 433 of
/// 2.1 million entries, so it reads the whole index, and intersecting cải (45,000 entries) with the agency (87,000)
/// cost 3.5 ms as postings against 0.7 ms with the agency's bits. A filter rarer than the words stays a posting list
/// that leads (<c>báo cáo number:29/KH-UBND</c>). Segments never change once written, so each filter's bitset of a
/// segment is read once, whatever is deleted later (deletions are checked at search time); only filters whose query
/// compares by value (terms, prefixes and their boolean combinations) are kept, the most recent
/// <see cref="MostFilters"/> of them (about 260 KB each on 2 million entries).
/// </summary>
internal sealed class FilterBits
{
    private const int MostFilters = 64;

    private readonly Dictionary<Query, Bits> _filters = [];
    private readonly Lock _lock = new();

    /// <summary>Reads the filters' bits in the words' postings: used as the filters' strategy for every segment.</summary>
    public static readonly FilteredQuery.FilterStrategy InPostings = new RandomAccess();

    /// <summary>
    /// How to find the entries of <paramref name="words"/> and <paramref name="filter"/> (either may be null): the
    /// conjunction of what stays a query (<c>Find</c>, null when nothing does), to be found with every one of
    /// <c>Bits</c> applied by <see cref="InPostings"/>.
    /// </summary>
    public (Query? Find, IReadOnlyList<Filter> Bits) Plan(Query? words, Query? filter, IndexReader reader)
    {
        if (words is null || filter is null) return (words ?? filter, []);
        var groups = filter is BooleanQuery { MinimumNumberShouldMatch: 0 } b && b.Clauses.All(c => c.Occur == Occur.MUST)
            ? b.Clauses.Select(c => c.Query).ToList() : [filter];
        long lead = DateRangePlan.Cost(words, reader);
        var rest = new BooleanQuery(disableCoord: true) { { words, Occur.MUST } };
        var bits = new List<Filter>();
        foreach (var q in groups)
        {
            if (ComparesByValue(q) && !OnYears(q) && DateRangePlan.Cost(q, reader) >= lead) bits.Add(Of(q));
            else rest.Add(q, Occur.MUST);
        }
        if (bits.Count == 0) return (new BooleanQuery(disableCoord: true) { { words, Occur.MUST }, { filter, Occur.MUST } }, []);
        return (rest.Clauses.Count == 1 ? words : rest, bits);
    }

    /// <summary>Terms, prefixes and boolean combinations of them: queries equal by value, so a later search finds the same filter's bits.</summary>
    private static bool ComparesByValue(Query q) => q switch
    {
        TermQuery or PrefixQuery => true,
        BooleanQuery b => b.Clauses.Count > 0 && b.Clauses.All(c => ComparesByValue(c.Query)),
        _ => false,
    };

    /// <summary>
    /// Whether a filter names years only. Entries are added about in the order their documents were issued, so a year's
    /// entries stand together: as postings, the words' conjunction skips the years outside in a few jumps, where as bits
    /// the words would decode all their postings there (<c>đào tạo nghề year:2020..2022</c>: find 4 ms as postings, 6 as bits).
    /// </summary>
    private static bool OnYears(Query q) => q switch
    {
        TermQuery t => t.Term.Field == Fields.Year,
        BooleanQuery b => b.Clauses.All(c => OnYears(c.Query)),
        _ => false,
    };

    private Bits Of(Query query)
    {
        lock (_lock)
        {
            if (_filters.TryGetValue(query, out var kept)) return kept;
            if (_filters.Count >= MostFilters) _filters.Clear(); // bounded: the next searches read theirs again
            return _filters[query] = new Bits(query);
        }
    }

    /// <summary>One filter's entries, a bitset per segment (deleted entries included: the search's live entries are checked beside them).</summary>
    private sealed class Bits(Query query) : Filter
    {
        private readonly ConditionalWeakTable<object, FixedBitSet> _segments = new();

        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) =>
            BitsFilteredDocIdSet.Wrap(_segments.GetValue(context.AtomicReader.CoreCacheKey, _ => Read(context)), acceptDocs);

        private FixedBitSet Read(AtomicReaderContext context)
        {
            var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
            if (new QueryWrapperFilter(query).GetDocIdSet(context, null)?.GetIterator() is { } matches) bits.Or(matches);
            return bits;
        }

        public override string ToString() => $"bits({query})";
    }

    /// <summary>The filter's bits handed to the words' postings as the entries they may return, on every segment (Lucene's default does so only when the filter's first entry comes early).</summary>
    private sealed class RandomAccess : FilteredQuery.RandomAccessFilterStrategy
    {
        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) => true;
    }
}
