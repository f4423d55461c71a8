using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DirectiveTracker.Index.Tests;

/// <summary>How a search is carried out: date ranges read from doc values or the index, ranking that stops reading hopeless candidates.</summary>
public sealed class SearchPlanTests : IDisposable
{
    private readonly TestStore _t = new();
    public void Dispose() => _t.Dispose();

    private static readonly string[] Agencies = ["Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Y tế", "Sở Giáo dục và Đào tạo"];

    /// <summary>
    /// Forty plans of five tasks: four of every five due in 2025, one in ten without a date, and "Sở Tư pháp" leading
    /// one task in eight plans. Returns what each plan holds, for the expected answers.
    /// </summary>
    private List<(string Text, string Agency, DateOnly? Due)> AddPlans()
    {
        var tasks = new List<(string, string, DateOnly?)>();
        for (int d = 0; d < 40; d++)
        {
            var items = new List<TaskItem>();
            for (int k = 0; k < 5; k++)
            {
                int n = d * 5 + k;
                string agency = k == 0 && d % 5 == 0 ? "Sở Tư pháp" : Agencies[n % Agencies.Length];
                DateOnly? due = n % 10 == 3 ? null : n % 5 == 4 ? new DateOnly(2026, 1 + n % 12, 10) : new DateOnly(2025, 1 + n % 12, 1 + n % 28);
                string text = $"Việc số {n} của kế hoạch {d}";
                items.Add(Docs.Task((k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), text, [agency], due: due));
                tasks.Add((text, agency, due));
            }
            Docs.Add(_t.Store, Docs.Extraction($"Kế hoạch số {d}", number: $"{d + 1}/KH-UBND", issuedOn: new DateOnly(2024, 1 + d % 12, 1), tasks: items.ToArray()));
        }
        return tasks;
    }

    [Fact]
    public void A_date_range_the_rest_of_the_query_outselects_is_checked_on_doc_values_and_finds_what_the_index_finds()
    {
        var tasks = AddPlans();
        // A plan saved again with new dates: its old entries are deleted in the index and must not be found.
        Docs.Add(_t.Store, Docs.Extraction("Kế hoạch số 0", number: "1/KH-UBND", issuedOn: new DateOnly(2024, 1, 1),
            tasks: [Docs.Task("1", "Việc số 0 của kế hoạch 0", ["Sở Tư pháp"], due: new DateOnly(2027, 3, 1))]));
        tasks.RemoveAll(t => t.Text.EndsWith("kế hoạch 0", StringComparison.Ordinal));
        tasks.Add(("Việc số 0 của kế hoạch 0", "Sở Tư pháp", new DateOnly(2027, 3, 1)));

        var query = "agency:\"Sở Tư pháp\" due:<2025-12-31";
        var planned = _t.Store.Index.Search(s =>
            DateRangePlan.Plan(new FilterCompiler(new GrammarAgencyKeys(), new DateOnly(2025, 5, 1)).Compile(QueryParser.Parse(query).Filters)!, s!.IndexReader));
        Assert.IsType<FilteredQuery>(planned); // one agency's few tasks under a range holding most of them

        var expected = tasks.Where(t => t.Agency == "Sở Tư pháp" && t.Due < new DateOnly(2025, 12, 31)).Select(t => t.Text).Order(StringComparer.Ordinal);
        var found = _t.Store.Search(new SearchRequest(query, 200)).Hits.Select(h => h.TaskText!).Order(StringComparer.Ordinal);
        Assert.Equal(expected, found);
        Assert.NotEmpty(found);

        // A range past every date, and an open one: bounds and entries without a date read as the index reads them.
        Assert.Empty(_t.Store.Search(new SearchRequest("agency:\"Sở Tư pháp\" due:<2020-01-01", 200)).Hits);
        Assert.Equal(tasks.Count(t => t.Agency == "Sở Tư pháp" && t.Due is not null),
            _t.Store.Search(new SearchRequest("agency:\"Sở Tư pháp\" due:>=2000-01-01", 200)).Hits.Count);
    }

    [Fact]
    public void A_range_that_excludes_most_entries_stays_in_the_index()
    {
        AddPlans();
        var query = "agency:\"Sở Nội vụ\" due:2026-03-10..2026-03-10";
        var planned = _t.Store.Index.Search(s =>
            DateRangePlan.Plan(new FilterCompiler(new GrammarAgencyKeys(), new DateOnly(2025, 5, 1)).Compile(QueryParser.Parse(query).Filters)!, s!.IndexReader));
        Assert.IsNotType<FilteredQuery>(planned);
    }

    [Theory]
    [InlineData("kế hoạch việc")]
    [InlineData("việc số kế hoạch 1")]
    public void Ranking_a_few_gives_the_first_hits_of_ranking_all_with_the_same_scores(string query)
    {
        AddPlans();
        var all = _t.Store.Search(new SearchRequest(query, 200)).Hits;
        Assert.True(all.Count > 20);
        foreach (int few in new[] { 1, 3, 10 })
        {
            var first = _t.Store.Search(new SearchRequest(query, few)).Hits;
            Assert.Equal(all.Take(few).Select(h => (h.DocumentId, h.TaskId, h.Score)), first.Select(h => (h.DocumentId, h.TaskId, h.Score)));
        }
    }
}
