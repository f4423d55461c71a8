using System.Text;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Index.Storage;

namespace DirectiveTracker.Index.Tests;

public sealed class StoreSearchTests : IDisposable
{
    private readonly TestStore _t = new();
    private SqliteTrackerStore Store => _t.Store;
    public void Dispose() => _t.Dispose();

    private SearchResults Find(string q, int limit = 20) => Store.Search(new SearchRequest(q, limit, new DateOnly(2025, 5, 1)));

    private static readonly Reference Implements41 = new(DocumentKind.ChiThi, "41-CT/TW", new DateOnly(2024, 12, 1), "Ban Bí thư", ReferenceRelation.Implements);

    private void SeedPlans()
    {
        Docs.Add(Store, Docs.Extraction("Kế hoạch thực hiện Chỉ thị số 41-CT/TW về công tác tuyên truyền", "29/KH-UBND", DocumentKind.KeHoach,
            new DateOnly(2025, 2, 17), "Ủy ban nhân dân tỉnh Thái Bình", [Implements41],
            Docs.Task("II.1", "Đẩy mạnh tuyên truyền về thi đua, khen thưởng trên các phương tiện thông tin đại chúng.",
                ["Sở Nội vụ"], ["Sở Văn hóa, Thể thao và Du lịch"], new DateOnly(2025, 4, 30), TaskCategory.TuyenTruyen),
            Docs.Task("II.2", "Tổ chức kiểm tra việc thực hiện tại các huyện.", ["Sở Tư pháp"], null, new DateOnly(2025, 9, 30), TaskCategory.KiemTraGiamSat)));
        Docs.Add(Store, Docs.Extraction("Kế hoạch cải cách hành chính năm 2024", "12/KH-UBND", DocumentKind.KeHoach,
            new DateOnly(2024, 1, 5), "Ủy ban nhân dân tỉnh Thái Bình", null,
            Docs.Task("1", "Rà soát thủ tục hành chính và báo cáo Đảng ủy tỉnh.", ["Sở Nội vụ"], null, new DateOnly(2024, 6, 30), TaskCategory.BaoCao)));
        Docs.Add(Store, Docs.Extraction("Chỉ thị về tăng cường kỷ luật", "05/CT-UBND", DocumentKind.ChiThi,
            new DateOnly(2025, 3, 1), "Ủy ban nhân dân tỉnh Thái Bình", null,
            Docs.Task("3", "Các sở, ngành tăng cường tuyên truyền về kỷ luật hành chính.", ["Sở Thông tin và Truyền thông"], null, null, TaskCategory.TuyenTruyen)));
    }

    [Theory]
    [InlineData("so noi vu", "Sở Nội vụ")]
    [InlineData("dang uy", "Đảng ủy")]
    [InlineData("ĐẢNG ỦY", "Đảng ủy")]
    public void Accent_free_and_upper_case_queries_find_accented_text(string query, string expected)
    {
        SeedPlans();
        var r = Find(query);
        Assert.NotEmpty(r.Hits);
        Assert.All(r.Hits, h => Assert.Contains(expected, (h.TaskText ?? "") + h.Snippet.Text + string.Join(";", h.Owners.Select(o => o.Name)), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Old_and_new_tone_placement_find_each_other()
    {
        Docs.Add(Store, Docs.Extraction("Hướng dẫn hòa giải ở cơ sở"));
        Docs.Add(Store, Docs.Extraction("Kế hoạch thuỷ lợi"));
        Assert.Single(Find("hoà giải").Hits);
        Assert.Single(Find("hòa").Hits);
        Assert.Single(Find("thủy lợi").Hits);
        Assert.Single(Find("thuỷ").Hits);
    }

    [Fact]
    public void I_y_spellings_and_date_writings_find_each_other()
    {
        Docs.Add(Store, Docs.Extraction("Hội nghị khoa học kỹ thuật"), body: "Hội nghị khoa học kỹ thuật họp ngày 30/06/2025 tại tỉnh.");
        Assert.Single(Find("kĩ thuật").Hits);
        Assert.Single(Find("ki thuat").Hits);
        Assert.Single(Find("30/6/2025").Hits);
        Assert.Single(Find("2025-06-30").Hits);
        Assert.Empty(Find("30/7/2025").Hits);
    }

    [Fact]
    public void Decomposed_text_indexes_and_matches_like_composed()
    {
        var nfd = "Kế hoạch của Sở Nội vụ về đào tạo".Normalize(NormalizationForm.FormD);
        Store.Save(Docs.Ingested(nfd), Docs.Extraction(nfd));
        var hit = Assert.Single(Find("Nội vụ").Hits);
        Assert.Single(Find("đào tạo".Normalize(NormalizationForm.FormD)).Hits);
        Assert.Single(Find("dao tao").Hits);
        // Highlights land on the decomposed original characters.
        var marked = hit.Snippet.Mark();
        Assert.Contains("[" + "Nội".Normalize(NormalizationForm.FormD) + "]", marked);
    }

    [Theory]
    [InlineData("41-CT/TW")]
    [InlineData("41 CT TW")]
    [InlineData("\"41 CT/TW\"")]
    [InlineData("41")]
    [InlineData("41-ct/tw")]
    public void Document_numbers_match_whole_and_in_parts(string query)
    {
        SeedPlans();
        var r = Find(query);
        Assert.Contains(r.Hits, h => h.Number == "29/KH-UBND" && h.Kind == HitKind.Document);
        Assert.DoesNotContain(r.Hits, h => h.Number == "05/CT-UBND");
    }

    [Fact]
    public void Document_number_is_not_found_by_another_number()
    {
        SeedPlans();
        Assert.Empty(Find("42-CT/TW").Hits);
        Assert.Empty(Find("41-CT/TU").Hits);
    }

    [Fact]
    public void Phrases_respect_order()
    {
        SeedPlans();
        Assert.NotEmpty(Find("\"thi đua, khen thưởng\"").Hits);
        Assert.NotEmpty(Find("\"thi dua khen thuong\"").Hits);
        Assert.Empty(Find("\"khen thưởng thi đua\"").Hits);
        Assert.NotEmpty(Find("khen thưởng thi đua").Hits);
    }

    [Fact]
    public void Boolean_operators_and_prefix()
    {
        SeedPlans();
        int both = Find("tuyên truyền").Total;
        int withoutDiscipline = Find("tuyên truyền -kỷ").Total;
        Assert.True(withoutDiscipline < both);
        Assert.Equal(withoutDiscipline, Find("tuyên truyền NOT kỷ").Total);
        Assert.True(Find("tuyen*").Total >= both);
        Assert.Equal(Find("kiểm tra").Total + Find("rà soát").Total, Find("(kiểm tra) OR (rà soát)").Total);
    }

    [Fact]
    public void Filters_combine()
    {
        SeedPlans();
        var r = Find("tuyên truyền agency:\"Sở Nội vụ\" implements:41-CT/TW category:TuyenTruyen");
        var hit = Assert.Single(r.Hits);
        Assert.Equal("II.1", hit.TaskPath);
        Assert.Equal(2, Find("agency:\"so noi vu\"").Hits.Count(h => h.Kind == HitKind.Task));
        Assert.Single(Find("agency:\"Sở Nội vụ\" year:2024").Hits);
        Assert.Single(Find("agency:\"Sở Nội vụ\" due:<2025-06-30 year:2025").Hits);
        Assert.Single(Find("due:2025-01-01..2025-05-31").Hits);
        Assert.Equal(2, Find("status:overdue").Total); // due 2024-06-30 and 2025-04-30, today 2025-05-01
        Assert.Equal(3, Find("number:29/KH-UBND").Total); // the document and its two tasks
        Assert.Equal(Find("kind:ChiThi").Total + Find("kind:KeHoach").Total, Find("kind:ChiThi kind:KeHoach").Total);
    }

    [Fact]
    public void A_hit_shows_the_status_of_the_task_lists_at_once_after_a_completion()
    {
        SeedPlans();
        var today = new DateOnly(2025, 5, 1);
        var before = Assert.Single(Find("\"thi đua, khen thưởng\"").Hits, h => h.Kind == HitKind.Task);
        Assert.Equal(TaskStatus.Overdue, before.Status); // due 2025-04-30
        Assert.Equal(Store.Task(before.TaskId!.Value, today)!.State.Status, before.Status);

        Store.AddUpdate(new DirectiveTracker.Index.Progress.ProgressUpdateInput(before.TaskId!.Value, DirectiveTracker.Index.Progress.ProgressClaim.Done, new DateOnly(2025, 4, 28), "văn thư",
            DirectiveTracker.Index.Progress.UpdateChannel.Web));

        var after = Assert.Single(Find("\"thi đua, khen thưởng\"").Hits, h => h.Kind == HitKind.Task);
        Assert.Equal(TaskStatus.DoneOnTime, after.Status);
        Assert.Equal(Store.Task(after.TaskId!.Value, today)!.State.Status, after.Status);
        Assert.Equal(1, Find("status:overdue").Total); // only the 2024 task now
        Assert.Equal(["Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"], after.Owners.Select(o => o.Name));
    }

    [Fact]
    public void Facets_count_all_hits()
    {
        SeedPlans();
        var r = Find("tuyên truyền");
        Assert.Equal(r.Total, r.Facets["kind"].Sum(f => f.Count));
        Assert.Contains(r.Facets["category"], f => f.Value == "TuyenTruyen" && f.Count == 2 && f.Label == "Tuyên truyền");
        Assert.Contains(r.Facets["agency"], f => f.Label == "Sở Nội vụ" && f.Count == 1);
        Assert.Contains(r.Facets["year"], f => f.Value == "2025");
        Assert.Contains(r.Facets["status"], f => f.Value == "Overdue");
    }

    [Fact]
    public void Exact_diacritics_rank_above_folded_matches()
    {
        Docs.Add(Store, Docs.Extraction("Báo cáo về giá dầu", issuedOn: new DateOnly(2025, 1, 1)));
        Docs.Add(Store, Docs.Extraction("Báo cáo về gia đầu tư", issuedOn: new DateOnly(2024, 1, 1)));
        Assert.Equal(2, Find("gia dau").Total);
        Assert.Equal("Báo cáo về gia đầu tư", Find("gia đầu").Hits[0].Title);
        Assert.Equal("Báo cáo về giá dầu", Find("giá dầu").Hits[0].Title);
    }

    [Fact]
    public void Title_and_task_text_rank_above_body()
    {
        Docs.Add(Store, Docs.Extraction("Kế hoạch chung", issuedOn: new DateOnly(2025, 1, 1)),
            body: "Kế hoạch chung\nNội dung dài nói về nhiều việc, trong đó có chuyển đổi số ở một đoạn giữa văn bản.");
        Docs.Add(Store, Docs.Extraction("Kế hoạch chuyển đổi số", issuedOn: new DateOnly(2024, 1, 1)));
        Assert.Equal("Kế hoạch chuyển đổi số", Find("chuyển đổi số").Hits[0].Title);
    }

    [Fact]
    public void Recency_breaks_ties()
    {
        Docs.Add(Store, Docs.Extraction("Kế hoạch phòng chống thiên tai", issuedOn: new DateOnly(2023, 1, 1)), body: "Kế hoạch phòng chống thiên tai A");
        Docs.Add(Store, Docs.Extraction("Kế hoạch phòng chống thiên tai", issuedOn: new DateOnly(2025, 1, 1)), body: "Kế hoạch phòng chống thiên tai B");
        Docs.Add(Store, Docs.Extraction("Kế hoạch phòng chống thiên tai", issuedOn: new DateOnly(2024, 1, 1)), body: "Kế hoạch phòng chống thiên tai C");
        Assert.Equal([2025, 2024, 2023], Find("thiên tai").Hits.Select(h => h.IssuedOn!.Value.Year));
    }

    [Fact]
    public void Highlights_land_on_the_original_characters()
    {
        var text = "Căn cứ Chỉ thị số 41-CT/TW ngày 01/12/2024, Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì tuyên truyền.";
        Store.Save(Docs.Ingested(text), Docs.Extraction("Kế hoạch"));
        var s = Find("so noi vu 41-CT/TW").Hits.Single().Snippet;
        // "số" folds to "so", but the words typed together ("so noi vu") are marked where they stand together only.
        Assert.Equal("Căn cứ Chỉ thị số [41-CT/TW] ngày 01/12/2024, Ủy ban nhân dân tỉnh giao [Sở] [Nội] [vụ] chủ trì tuyên truyền.", s.Mark());
        foreach (var h in s.Highlights) Assert.Equal(s.Text.Substring(h.Start, h.Length), text.Substring(s.SourceOffset + h.Start, h.Length));
        var tuy = Find("tuyen*").Hits.Single().Snippet;
        Assert.EndsWith("[tuyên] truyền.", tuy.Mark());
    }

    [Fact]
    public void Long_text_snippet_starts_near_the_match()
    {
        var filler = string.Join(" ", Enumerable.Repeat("nội dung chung", 200));
        var text = filler + " cần khẩn trương rà soát hồ sơ " + filler;
        Store.Save(Docs.Ingested(text), Docs.Extraction("Văn bản dài"));
        var s = Find("rà soát").Hits.Single().Snippet;
        Assert.StartsWith("…", s.Text);
        Assert.Contains("[rà] [soát]", s.Mark());
        Assert.True(s.Text.Length <= 245);
    }

    [Fact]
    public void Reindex_gives_identical_results()
    {
        SeedPlans();
        string[] queries = ["tuyên truyền", "so noi vu", "41-CT/TW", "\"thi đua\"", "agency:\"Sở Nội vụ\"", "hanh chinh -kỷ"];
        var before = queries.Select(q => Render(Find(q))).ToList();
        Assert.Equal(3 + 4, Store.Reindex()); // entries: three documents and four tasks
        _t.Reopen();
        var after = queries.Select(q => Render(Find(q))).ToList();
        Assert.Equal(before, after);
    }

    private static string Render(SearchResults r) =>
        $"{r.Total}|" + string.Join("|", r.Hits.Select(h => $"{h.DocumentId}/{h.TaskId}/{h.Score:F6}/{h.Snippet.Mark()}")) +
        "|" + string.Join("|", r.Facets.SelectMany(f => f.Value.Select(v => $"{f.Key}={v.Value}:{v.Count}")));

    [Fact]
    public void Filter_only_queries_list_by_recency()
    {
        SeedPlans();
        var r = Find("agency:\"Sở Nội vụ\"");
        Assert.Equal(new DateOnly(2025, 2, 17), r.Hits[0].IssuedOn);
        Assert.All(r.Hits.Where(h => h.Kind == HitKind.Task), h => Assert.Contains(h.Owners, o => o.Name == "Sở Nội vụ"));
    }
}

public sealed class LuceneQueryBuilderTests : IDisposable
{
    private readonly TestStore _t = new();
    public void Dispose() => _t.Dispose();

    [Theory]
    [InlineData("hòa giải")]
    [InlineData("\"thi đua khen thưởng\" -kỷ")]
    [InlineData("tuyen* OR (giá dầu)")]
    [InlineData("41-CT/TW đảng ủy")]
    public void The_folded_query_finds_every_entry_the_scoring_one_scores(string query)
    {
        string[] texts = ["Hòa giải ở cơ sở", "hoà giải viên", "hoa giai", "thi đua khen thưởng", "thi đua và khen thưởng kỷ luật",
                          "tuyên truyền", "giá dầu", "gia đầu", "Chỉ thị 41-CT/TW của Đảng ủy", "41 CT TW dang uy"];
        foreach (var x in texts) _t.Store.Save(Docs.Ingested(x), Docs.Extraction(x));
        var q = new LuceneQueryBuilder(DirectiveTracker.Index.Analysis.VietnameseAnalyzer.Default, new FieldWeights()).Build(QueryParser.Parse(query).Text)!;
        var found = _t.Store.Index.Search(s => s!.Search(q.Find, 100).ScoreDocs.Select(d => d.Doc).Order().ToList());
        Assert.NotEmpty(found);
        // Every entry found has a positive score; the score alone never finds more than the structure allows.
        var scored = _t.Store.Index.Search(s => s!.Search(q.Score, 100).ScoreDocs.Select(d => d.Doc).ToHashSet());
        Assert.All(found, d => Assert.Contains(d, scored));
    }
}
