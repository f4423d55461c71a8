using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DirectiveTracker.Index.Search;

/// <summary>
/// Counts the facets of a window of matches from doc values, leaf by leaf: ordinals and numbers are counted in arrays,
/// and only the values counted are turned into strings, once per leaf (counting strings per entry cost the broad
/// queries' tail).
/// </summary>
internal sealed class WindowFacets(DateOnly today, Progress.TaskStateCalculator statusRule)
{
    private static readonly string[] StatusNames = Enum.GetNames<TaskStatus>();

    /// <summary>Counts per facet (<see cref="SearchExecutor.FacetNames"/>) and value, over <paramref name="window"/> (index-wide ids, ascending).</summary>
    public Dictionary<string, Dictionary<string, int>> Count(IndexReader reader, IReadOnlyList<int> window)
    {
        var counts = SearchExecutor.FacetNames.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        int i = 0;
        foreach (var leaf in reader.Leaves)
        {
            int end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            int from = i;
            while (i < window.Count && window[i] < end) i++;
            if (i > from) CountLeaf(leaf, window, from, i, counts);
            if (i >= window.Count) break;
        }
        return counts;
    }

    private void CountLeaf(AtomicReaderContext leaf, IReadOnlyList<int> window, int from, int to, Dictionary<string, Dictionary<string, int>> counts)
    {
        var r = leaf.AtomicReader;
        var taskIds = r.GetNumericDocValues(Fields.TaskId);
        var issued = r.GetNumericDocValues(Fields.Issued); // yyyyMMdd: the year is its first digits
        var kinds = r.GetSortedDocValues(Fields.Kind);
        var categories = r.GetSortedDocValues(Fields.Category);
        var agencies = r.GetSortedSetDocValues(Fields.AgencyKeys);
        var statuses = new IndexedStatus(r, today, statusRule);

        var kindCounts = new int[kinds?.ValueCount ?? 0];
        var categoryCounts = new int[categories?.ValueCount ?? 0];
        var agencyCounts = new int[agencies?.ValueCount ?? 0];
        var statusCounts = new int[StatusNames.Length];
        var yearCounts = new Dictionary<int, int>();
        for (int k = from; k < to; k++)
        {
            int doc = window[k] - leaf.DocBase;
            if (kinds?.GetOrd(doc) is >= 0 and var kind) kindCounts[kind]++;
            int year = (int)((issued?.Get(doc) ?? 0) / 10000);
            if (year > 0) yearCounts[year] = yearCounts.GetValueOrDefault(year) + 1;
            if ((taskIds?.Get(doc) ?? 0) > 0)
            {
                if (categories?.GetOrd(doc) is >= 0 and var category) categoryCounts[category]++;
                if (statuses.Of(doc) is { } status) statusCounts[(int)status]++;
            }
            if (agencies is not null)
            {
                agencies.SetDocument(doc);
                for (long ord = agencies.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = agencies.NextOrd()) agencyCounts[(int)ord]++;
            }
        }
        var bytes = new BytesRef();
        Add(counts["kind"], kindCounts, ord => { kinds!.LookupOrd(ord, bytes); return bytes.Utf8ToString(); });
        Add(counts["category"], categoryCounts, ord => { categories!.LookupOrd(ord, bytes); return bytes.Utf8ToString(); });
        Add(counts["agency"], agencyCounts, ord => { agencies!.LookupOrd(ord, bytes); return bytes.Utf8ToString(); });
        Add(counts["status"], statusCounts, s => StatusNames[s]);
        foreach (var (year, n) in yearCounts)
        {
            var key = year.ToString(CultureInfo.InvariantCulture);
            counts["year"][key] = counts["year"].GetValueOrDefault(key) + n;
        }
    }

    private static void Add(Dictionary<string, int> into, int[] counts, Func<int, string> value)
    {
        for (int ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] == 0) continue;
            var key = value(ord);
            into[key] = into.GetValueOrDefault(key) + counts[ord];
        }
    }
}
