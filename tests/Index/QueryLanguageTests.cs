using System.Text;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Index.Storage;

namespace DirectiveTracker.Index.Tests;

/// <summary>The rough edges of the query language a user tripped over (issue 9), on the Lucene index.</summary>
public sealed class QueryLanguageTests : IDisposable
{
    private readonly TestStore _t = new();
    private SqliteTrackerStore Store => _t.Store;
    public void Dispose() => _t.Dispose();

    private SearchResults Find(string q) => Store.Search(new SearchRequest(q, 50, new DateOnly(2025, 5, 1)));

    [Fact]
    public void A_minus_before_a_word_of_two_syllables_excludes_the_word()
    {
        Docs.Add(Store, Docs.Extraction("Báo cáo định kỳ hằng tháng về cải cách"));
        Docs.Add(Store, Docs.Extraction("Chế độ báo cáo định kỳ của các sở"));
        Docs.Add(Store, Docs.Extraction("Báo cáo quyết định khen thưởng"));
        Docs.Add(Store, Docs.Extraction("Báo cáo kết quả kỳ họp thứ nhất"));
        var titles = Find("báo cáo -định kỳ").Hits.Select(h => h.Title).Order(StringComparer.Ordinal).ToList();
        // "định kỳ" is excluded as a word; "định" and "kỳ" apart are not.
        Assert.Equal(["Báo cáo kết quả kỳ họp thứ nhất", "Báo cáo quyết định khen thưởng"], titles);
        Assert.Equal(Find("báo cáo -\"định kỳ\"").Total, Find("báo cáo -định kỳ").Total);
        // A syllable that forms no word with the next one is excluded alone; the next one stays a search word.
        Assert.Equal(3, Find("báo cáo -khen kỳ").Total);
    }

    [Theory]
    [InlineData("owner:\"Sở Nội vụ\"", "owner")]
    [InlineData("tuyên truyền lead2:x", "lead2")]
    [InlineData("thi đua chutri:Sở", "chutri")]
    public void An_unknown_filter_is_an_error_listing_the_filters(string query, string name)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => Find(query));
        Assert.Contains($"'{name}:'", e.Message);
        foreach (var f in FilterCompiler.Names) Assert.Contains(f + ":", e.Message);
        Assert.Equal(query.IndexOf(name, StringComparison.Ordinal), e.Position);
    }

    [Theory]
    [InlineData("status:\"quá hạn\"")]
    [InlineData("status:qua-han")]
    [InlineData("status:QUÁ_HẠN")]
    [InlineData("status:overdue")]
    public void Status_takes_the_vietnamese_names_users_see(string query)
    {
        Docs.Add(Store, Docs.Extraction("Kế hoạch", tasks:
            [Docs.Task("1", "Việc đã quá hạn", ["Sở Nội vụ"], due: new DateOnly(2025, 4, 1)),
             Docs.Task("2", "Việc còn hạn", ["Sở Nội vụ"], due: new DateOnly(2025, 12, 1)),
             Docs.Task("3", "Việc sắp đến hạn", ["Sở Nội vụ"], due: new DateOnly(2025, 5, 3))]));
        var hit = Assert.Single(Find(query).Hits);
        Assert.Equal("Việc đã quá hạn", hit.TaskText);
        Assert.Equal("Việc sắp đến hạn", Assert.Single(Find("status:\"sắp đến hạn\"").Hits).TaskText);
        var e = Assert.Throws<QuerySyntaxException>(() => Find("status:xong"));
        Assert.Contains("Quá hạn", e.Message);
    }

    private void SeedOwners()
    {
        Docs.Add(Store, Docs.Extraction("Kế hoạch tuyên truyền", "10/KH-UBND", issuedOn: new DateOnly(2025, 1, 1), issuer: "Ủy ban nhân dân tỉnh Đắk Lắk", tasks:
            [Docs.Task("1", "Tuyên truyền pháp luật", ["Sở Tư pháp"], ["Sở Nội vụ"]),
             Docs.Task("2", "Tổng kết thi đua", ["Sở Nội vụ"])]).At("Đắk Lắk"));
        Docs.Add(Store, Docs.Extraction("Kế hoạch cải cách", "11/KH-UBND", issuedOn: new DateOnly(2025, 2, 1), issuer: "Ủy ban nhân dân tỉnh Thái Bình", tasks:
            [Docs.Task("1", "Rà soát thủ tục", ["Sở Nội vụ"]),
             Docs.Task("2", "Hướng dẫn cấp xã", ["Ủy ban nhân dân cấp xã"]),
             Docs.Task("3", "Chỉ đạo chung", ["Ủy ban nhân dân cấp tỉnh"])]));
    }

    [Theory]
    [InlineData("lead:\"Sở Nội vụ\"", 2)]
    [InlineData("support:\"Sở Nội vụ\"", 1)]
    [InlineData("agency:\"Sở Nội vụ\"", 3)]
    [InlineData("lead:\"Sở Tư pháp\"", 1)]
    [InlineData("support:\"Sở Tư pháp\"", 0)]
    [InlineData("issuer:\"UBND tỉnh Thái Bình\"", 4)]                 // the document and its three tasks
    [InlineData("place:\"Đắk Lắk\"", 3)]
    [InlineData("place:\"tỉnh Thái Bình\"", 4)]                       // from the issuer's name: the document's place is not set
    [InlineData("agency:\"UBND tỉnh Đắk Lắk\"", 1)]                   // its own entry, not Thái Bình's UBND
    [InlineData("agency:\"Ủy ban nhân dân\"", 4)]                     // every UBND: two issuers, two owners
    [InlineData("agency:\"UBND cấp tỉnh\"", 1)]                       // not the commune level
    [InlineData("agency:\"UBND cấp xã\"", 1)]
    [InlineData("agency:\"Sở Nội vụ tỉnh Thái Bình\"", 1)]
    [InlineData("lead:\"Sở Nội vụ\" place:\"Đắk Lắk\"", 1)]
    public void Role_place_and_issuer_filters(string query, int expected)
    {
        SeedOwners();
        Assert.Equal(expected, Find(query).Total);
    }

    [Fact]
    public void Highlights_mark_the_words_typed_together_not_a_syllable_of_another_word()
    {
        var text = "Về nội dung kế hoạch, giao Sở Nội vụ chủ trì.";
        Store.Save(Docs.Ingested(text), Docs.Extraction("Văn bản"));
        var s = Find("nội vụ").Hits.Single().Snippet;
        Assert.Equal("Về nội dung kế hoạch, giao Sở [Nội] [vụ] chủ trì.", s.Mark());
        // Words that never stand together are marked one by one.
        Assert.Equal("Về [nội] dung [kế] hoạch, giao Sở [Nội] vụ chủ trì.", Find("nội kế").Hits.Single().Snippet.Mark());
    }

    [Fact]
    public void Decomposed_and_old_tone_placement_queries_find_composed_text()
    {
        Docs.Add(Store, Docs.Extraction("Kế hoạch hòa giải ở cơ sở của Sở Nội vụ"));
        Docs.Add(Store, Docs.Extraction("Quy định về thủy lợi"));
        foreach (var q in new[] { "hoà giải", "Hoà Giải", "thuỷ lợi", "Sở Nội vụ", "\"hoà giải ở cơ sở\"" })
        {
            Assert.Single(Find(q).Hits);
            Assert.Single(Find(q.Normalize(NormalizationForm.FormD)).Hits);
        }
        Assert.Empty(Find("hòa -\"giải\"".Normalize(NormalizationForm.FormD)).Hits);
    }

    [Fact]
    public void Results_count_every_match_and_say_so()
    {
        for (int i = 0; i < 30; i++) Docs.Add(Store, Docs.Extraction($"Kế hoạch phòng cháy số {i}"));
        var r = Store.Search(new SearchRequest("phòng cháy", 5));
        Assert.Equal(30, r.Total);
        Assert.Equal(5, r.Hits.Count);
        Assert.False(r.TotalIsLowerBound);
    }
}
