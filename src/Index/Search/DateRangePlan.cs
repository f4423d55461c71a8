using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DirectiveTracker.Index.Search;

/// <summary>
/// Checks a conjunction's date ranges on each candidate's doc values, instead of reading them from the index, when the
/// rest of the conjunction is far more selective than a broad range (the plan of Lucene's later IndexOrDocValuesQuery).
/// An index range gathers the postings of all its dates over the whole leaf before it yields a match: for
/// <c>agency:"Sở Tư pháp" due:&lt;2025-06-30</c> on 100,000 documents that is 1.4 million of 2.1 million entries, to find
/// the 2,000 newest of one agency's 87,000.
/// Checked on doc values, only the agency's entries in the ranges read are looked at, one number each.
/// </summary>
internal static class DateRangePlan
{
    /// <summary>The date fields whose ranges can be checked on doc values: the doc values holding the date, and its shift in them.</summary>
    private static readonly Dictionary<string, (string DocValues, int Shift)> Checkable = new(StringComparer.Ordinal)
    {
        [Fields.Issued] = (Fields.Issued, 0),
        [Fields.Due] = (Fields.Timeline, 8), // EntryDocuments.TimelineValue: the deadline above kind and recurrence
    };

    /// <summary>Terms of a range read to estimate its size before giving up and calling it as large as the leaf.</summary>
    private const int MaxTermsCounted = 4096;

    /// <summary><paramref name="find"/>, with the date ranges that the rest of its conjunction out-selects checked on doc values.</summary>
    public static Query Plan(Query find, IndexReader reader)
    {
        var required = new List<Query>();
        var excluded = new List<Query>();
        if (!Conjoined(find, required, excluded)) return find;
        var ranges = required.OfType<NumericRangeQuery<int>>().Where(r => Checkable.ContainsKey(r.Field)).ToList();
        if (ranges.Count == 0 || ranges.Count == required.Count) return find;
        long lead = required.Except(ranges).Min(q => Cost(q, reader));
        var checkedRanges = ranges.Where(r => Outselected(lead, Cost(r, reader), reader.MaxDoc)).ToList();
        if (checkedRanges.Count == 0) return find;

        var rest = new BooleanQuery(disableCoord: true);
        foreach (var q in required.Except(checkedRanges)) rest.Add(q, Occur.MUST);
        foreach (var q in excluded) rest.Add(q, Occur.MUST_NOT);
        var filter = new DocValuesDateFilter(checkedRanges.Select(r => new DocValuesDateFilter.Range(Checkable[r.Field].DocValues, Checkable[r.Field].Shift,
            Bound(r.Min, r.IncludesMin, +1, int.MinValue), Bound(r.Max, r.IncludesMax, -1, int.MaxValue))).ToList());
        return new FilteredQuery(rest, filter, FilteredQuery.QUERY_FIRST_FILTER_STRATEGY);
    }

    /// <summary>
    /// Whether checking a range on the lead's entries beats gathering it: the index reads the range's postings, doc values
    /// the lead's entries, and, since dates follow the order entries were added in, in the worst case the entries read
    /// newest first pass through all the lead's entries outside the range before the first inside it: about
    /// lead × maxDoc / range of them. So doc values only for a range wider than that (<c>due:&lt;2025-06-30</c>, two
    /// thirds of the index, under one agency's 4 %), never for one that excludes most entries (<c>year:2020..2022</c>).
    /// </summary>
    private static bool Outselected(long lead, long range, long maxDoc) => (double)lead * maxDoc < (double)range * range;

    private static long Bound(int? value, bool inclusive, int step, int open) => value is { } v ? (inclusive ? v : (long)v + step) : open;

    /// <summary>
    /// Splits a conjunction (boolean queries of required and excluded clauses only, nested or not) into its required and
    /// excluded parts; false for anything else (a disjunction, a single query), which is left as it is.
    /// </summary>
    private static bool Conjoined(Query query, List<Query> required, List<Query> excluded)
    {
        if (query is not BooleanQuery b || b.Clauses.Any(c => c.Occur == Occur.SHOULD)) return false;
        foreach (var c in b.Clauses)
        {
            if (c.Occur == Occur.MUST_NOT) excluded.Add(c.Query);
            else if (!Conjoined(c.Query, required, excluded)) required.Add(c.Query);
        }
        return true;
    }

    /// <summary>How many entries a query may match, from the term dictionary only (never more than the index holds).</summary>
    internal static long Cost(Query query, IndexReader reader) => query switch
    {
        TermQuery t => reader.DocFreq(t.Term),
        PhraseQuery p => p.GetTerms().Select(reader.DocFreq).DefaultIfEmpty(0).Min(),
        MultiTermQuery m => TermsCost(m, reader),
        ConstantScoreQuery { Query: { } inner } => Cost(inner, reader),
        BooleanQuery b when b.Clauses.Any(c => c.Occur == Occur.MUST) => b.Clauses.Where(c => c.Occur == Occur.MUST).Min(c => Cost(c.Query, reader)),
        BooleanQuery b => Math.Min(reader.MaxDoc, b.Clauses.Where(c => c.Occur == Occur.SHOULD).Sum(c => Cost(c.Query, reader))),
        _ => reader.MaxDoc,
    };

    /// <summary>The entries a prefix or range matches: its terms' frequencies summed (a numeric range's terms are disjoint).</summary>
    private static long TermsCost(MultiTermQuery query, IndexReader reader)
    {
        long sum = 0;
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(query.Field);
            if (terms is null) continue;
            var e = query.GetTermsEnum(terms);
            for (int n = 0; e.MoveNext(); n++)
            {
                if (n == MaxTermsCounted) return reader.MaxDoc;
                sum += e.DocFreq;
            }
        }
        return Math.Min(sum, reader.MaxDoc);
    }
}

/// <summary>Entries whose dates, read from doc values, lie in every one of some ranges (bounds included); random access only, for a query that leads.</summary>
internal sealed class DocValuesDateFilter(IReadOnlyList<DocValuesDateFilter.Range> ranges) : Filter
{
    /// <summary>A range of yyyyMMdd dates held in <paramref name="Field"/>'s numeric doc values, shifted left by <paramref name="Shift"/> bits.</summary>
    public sealed record Range(string Field, int Shift, long Min, long Max);

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        var values = new NumericDocValues[ranges.Count];
        for (int i = 0; i < ranges.Count; i++)
            if ((values[i] = reader.GetNumericDocValues(ranges[i].Field)) is null) return null; // no entry of this leaf has the date
        return new Matching(reader.MaxDoc, acceptDocs, values, ranges);
    }

    private sealed class Matching(int maxDoc, IBits? acceptDocs, NumericDocValues[] values, IReadOnlyList<Range> ranges) : FieldCacheDocIdSet(maxDoc, acceptDocs)
    {
        protected override bool MatchDoc(int doc)
        {
            for (int i = 0; i < values.Length; i++)
            {
                long date = values[i].Get(doc) >> ranges[i].Shift;
                if (date < ranges[i].Min || date > ranges[i].Max) return false;
            }
            return true;
        }
    }

    public override string ToString() => string.Join(" ", ranges.Select(r => $"+{r.Field}>>{r.Shift}:[{r.Min} TO {r.Max}]"));
}
