using System.Globalization;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Fields = DirectiveTracker.Index.Search.Fields;

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

    /// <summary>
    /// Thirty plans of six tasks, issued 2020 to 2025: one task in twelve reviews procedures ("Rà soát"), the others
    /// promote the law ("Tuyên truyền"); owners rotate over <see cref="Agencies"/>. One plan is saved again, so that the
    /// index holds deleted entries. Returns each task's text, agency and issue year.
    /// </summary>
    private List<(string Text, string Agency, int Year)> AddYears()
    {
        var tasks = new List<(string, string, int)>();
        for (int d = 0; d < 30; d++)
        {
            var items = new List<TaskItem>();
            int year = 2020 + d % 6;
            for (int k = 0; k < 6; k++)
            {
                int n = d * 6 + k;
                string text = n % 12 == 0 ? $"Rà soát thủ tục hành chính đợt {n}" : $"Tuyên truyền pháp luật đợt {n}";
                items.Add(Docs.Task((k + 1).ToString(CultureInfo.InvariantCulture), text, [Agencies[n % Agencies.Length]]));
                if (d != 4) tasks.Add((text, Agencies[n % Agencies.Length], year));
            }
            Docs.Add(_t.Store, Docs.Extraction($"Kế hoạch số {d}", number: $"{d + 1}/KH-UBND", issuedOn: new DateOnly(year, 3, 1), tasks: items.ToArray()));
        }
        var again = Docs.Task("1", "Rà soát thủ tục hành chính đợt 24", [Agencies[0]]);
        Docs.Add(_t.Store, Docs.Extraction("Kế hoạch số 4", number: "5/KH-UBND", issuedOn: new DateOnly(2024, 3, 1), tasks: again));
        tasks.Add((again.Text, Agencies[0], 2024));
        return tasks;
    }

    /// <summary>The entries a query matches as Lucene finds them plainly (index-wide ids, ascending).</summary>
    private List<int> Plain(Query query) => _t.Store.Index.Search(s => s!.Search(query, s.IndexReader.MaxDoc).ScoreDocs.Select(d => d.Doc).Order().ToList());

    /// <summary>The entries a query matches as the search's find step reads them (its plan for prefixes and conjunctions).</summary>
    private List<int> Planned(Query query) => _t.Store.Index.Search(s => NewestMatches.Find(s!, query, int.MaxValue, 4).Ids);

    private static Query Filter(string query) => new FilterCompiler(new GrammarAgencyKeys(), new DateOnly(2025, 5, 1)).Compile(QueryParser.Parse(query).Filters)!;

    private static Query Words(string query) => new LuceneQueryBuilder(VietnameseAnalyzer.Default, new FieldWeights()).Build(QueryParser.Parse(query).Text)!.Find;

    [Theory]
    [InlineData("year:2021..2023", 20210101, 20231231)]
    [InlineData("year:2024", 20240101, 20241231)]
    [InlineData("year:2023..2021", 20230101, 20211231)]
    public void A_span_of_years_finds_by_its_year_terms_what_the_issue_dates_range_finds(string query, int from, int to)
    {
        AddYears();
        var range = NumericRangeQuery.NewInt32Range(Fields.Issued, EntryDocuments.DatePrecisionStep, from, to, true, true);
        Assert.IsNotType<NumericRangeQuery<int>>(Filter(query));
        Assert.Equal(Plain(range), Plain(Filter(query)));
        Assert.Equal(Plain(range), Planned(Filter(query)));
        if (from <= to) Assert.NotEmpty(Plain(range));
    }

    [Theory]
    [InlineData("tuyen")] // a few terms: read as their postings side by side
    [InlineData("")] // every term: gathered
    [InlineData("zzz")] // none
    public void A_prefix_finds_what_Lucene_finds_however_many_terms_it_has(string prefix)
    {
        AddYears();
        var query = new PrefixQuery(new Term(Fields.Folded, prefix));
        Assert.Equal(Plain(query), Planned(query));
        var withYear = new BooleanQuery(disableCoord: true) { { query, Occur.MUST }, { Filter("year:2022..2024"), Occur.MUST } };
        Assert.Equal(Plain(withYear), Planned(withYear));
        if (prefix != "zzz") Assert.NotEmpty(Plain(withYear));
    }

    [Fact]
    public void Nested_conjunctions_are_read_as_one_and_find_the_same()
    {
        AddYears();
        var nested = new BooleanQuery(disableCoord: true)
        {
            { Words("thủ tục hành chính -tuyên"), Occur.MUST },
            { Filter("agency:\"Sở Nội vụ\" year:2020..2022"), Occur.MUST },
            { new BooleanQuery(disableCoord: true), Occur.MUST_NOT }, // an empty conjunction stays: it matches nothing
        };
        Assert.Equal(Plain(nested), Planned(nested));
        Assert.NotEmpty(Plain(nested));
        var empty = new BooleanQuery(disableCoord: true) { { Words("thủ tục"), Occur.MUST }, { new BooleanQuery(disableCoord: true), Occur.MUST } };
        Assert.Empty(Planned(empty));
    }

    [Fact]
    public void A_keyword_filter_no_rarer_than_the_words_is_read_as_bits_and_finds_what_the_plain_conjunction_finds()
    {
        var tasks = AddYears();
        var bits = new FilterBits();
        foreach (var (query, planned) in new[] { ("rà soát agency:\"Sở Nội vụ\"", true), ("rà soát agency:\"Sở Nội vụ\" year:2020..2022", true),
                     ("tuyên truyền number:3/KH-UBND", false) })
        {
            var (rest, filters) = _t.Store.Index.Search(s => bits.Plan(Words(query), Filter(query), s!.IndexReader));
            Assert.Equal(planned, filters.Count > 0);
            Query find = rest!;
            foreach (var f in filters) find = new FilteredQuery(find, f, FilterBits.InPostings);
            var plain = new BooleanQuery(disableCoord: true) { { Words(query), Occur.MUST }, { Filter(query), Occur.MUST } };
            Assert.Equal(Plain(plain), Planned(find));
            Assert.Equal(Plain(plain), Planned(find)); // the bits kept from the first search
            Assert.NotEmpty(Plain(plain));
        }
        var expected = tasks.Where(t => t.Text.StartsWith("Rà soát", StringComparison.Ordinal) && t.Agency == "Sở Nội vụ").Select(t => t.Text).Order(StringComparer.Ordinal);
        var found = _t.Store.Search(new SearchRequest("rà soát agency:\"Sở Nội vụ\"", 200)).Hits.Select(h => h.TaskText!).Order(StringComparer.Ordinal);
        Assert.Equal(expected, found);
    }
}
