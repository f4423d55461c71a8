using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Index.Tests;

public sealed class StoreWriteTests : IDisposable
{
    private readonly TestStore _t = new();
    public void Dispose() => _t.Dispose();

    private static ExtractionResult Plan(string title) => Docs.Extraction(title, "29/KH-UBND", DocumentKind.KeHoach, new DateOnly(2025, 1, 1),
        "Ủy ban nhân dân tỉnh", [new Reference(DocumentKind.ChiThi, "41-CT/TW", null, null, ReferenceRelation.Implements)],
        Docs.Task("1", "Tuyên truyền sâu rộng", ["Sở Nội vụ"], ["Sở Tư pháp"], new DateOnly(2025, 6, 30), TaskCategory.TuyenTruyen));

    private string Snapshot(bool withLog = true)
    {
        using var db = new SqliteConnection($"Data Source={_t.DatabasePath};Pooling=False");
        db.Open();
        var parts = new List<string>();
        foreach (var table in new[] { "documents", "tasks", "task_owners", "document_references", "agencies" }.Concat(withLog ? ["index_changes"] : []))
        {
            using var cmd = db.CreateCommand();
            cmd.CommandText = $"SELECT count(*) FROM {table}";
            parts.Add($"{table}={cmd.ExecuteScalar()}");
        }
        parts.Add("entries=" + _t.Store.Index.Entries().Sum(e => e.Value.Count));
        return string.Join(",", parts);
    }

    [Theory]
    [InlineData("document")]
    [InlineData("tasks")]
    [InlineData("index")]
    public void A_failing_write_leaves_the_store_unchanged(string failAt)
    {
        Docs.Add(_t.Store, Plan("Kế hoạch một"));
        var before = Snapshot();
        var beforeHits = _t.Store.Search(new SearchRequest("tuyên truyền")).Total;
        _t.Store.OnWrite = step => { if (step == failAt) throw new IOException("disk full (test)"); };
        Assert.Throws<IOException>(() => Docs.Add(_t.Store, Plan("Kế hoạch hai")));
        _t.Store.OnWrite = null;
        Assert.Equal(before, Snapshot());
        Assert.Equal(beforeHits, _t.Store.Search(new SearchRequest("tuyên truyền")).Total);
        Assert.Empty(_t.Store.Search(new SearchRequest("\"kế hoạch hai\"")).Hits);
    }

    [Fact]
    public void A_failing_replacement_keeps_the_old_version()
    {
        var text = "Kế hoạch một\nTuyên truyền sâu rộng";
        _t.Store.Save(Docs.Ingested(text), Plan("Kế hoạch một"));
        var before = Snapshot();
        _t.Store.OnWrite = step => { if (step == "index") throw new IOException("test"); };
        Assert.Throws<IOException>(() => _t.Store.Save(Docs.Ingested(text), Plan("Kế hoạch một, bản sửa")));
        _t.Store.OnWrite = null;
        Assert.Equal(before, Snapshot());
        Assert.Single(_t.Store.Search(new SearchRequest("\"kế hoạch một\"")).Hits, h => h.Kind == HitKind.Document);
    }

    [Fact]
    public void Re_adding_the_same_file_is_a_no_op_and_a_new_extraction_replaces()
    {
        var text = "Kế hoạch một\nTuyên truyền sâu rộng";
        var first = _t.Store.Save(Docs.Ingested(text), Plan("Kế hoạch một"));
        var again = _t.Store.Save(Docs.Ingested(text), Plan("Kế hoạch một"));
        Assert.Equal(StoreChange.Added, first.Change);
        Assert.Equal(StoreChange.Unchanged, again.Change);
        Assert.Equal(first.DocumentId, again.DocumentId);
        var snapshot = Snapshot(withLog: false);
        var replaced = _t.Store.Save(Docs.Ingested(text), Plan("Kế hoạch một sửa đổi"));
        Assert.Equal(StoreChange.Replaced, replaced.Change);
        Assert.Equal(first.DocumentId, replaced.DocumentId);
        Assert.Equal(snapshot, Snapshot(withLog: false));
        Assert.Single(_t.Store.Search(new SearchRequest("sửa đổi")).Hits);
        Assert.Equal((1, 1), _t.Store.Count());
    }

    [Fact]
    public void Agencies_collect_aliases_under_one_key()
    {
        Docs.Add(_t.Store, Docs.Extraction("A", tasks: [Docs.Task("1", "việc một", ["Sở Nội vụ"])]));
        Docs.Add(_t.Store, Docs.Extraction("B", tasks: [Docs.Task("1", "việc hai", ["SỞ NỘI VỤ"])]));
        using var cmd = _t.Store.Connection.CreateCommand();
        cmd.CommandText = "SELECT display_name, aliases FROM agencies WHERE key = 'so noi vu'";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal("Sở Nội vụ", r.GetString(0));
        Assert.Contains("SỞ NỘI VỤ", r.GetString(1));
        Assert.Equal(2, _t.Store.Search(new SearchRequest("agency:\"sở nội vụ\"")).Total);
    }

    [Fact]
    public void Agency_filter_matches_abbreviations_and_longer_names_of_the_same_key()
    {
        Docs.Add(_t.Store, Docs.Extraction("A", tasks: [Docs.Task("1", "việc một", ["Sở Thông tin và Truyền thông tỉnh Thái Bình"])]));
        Docs.Add(_t.Store, Docs.Extraction("B", tasks: [Docs.Task("1", "việc hai", ["Sở TT&TT"])]));
        Docs.Add(_t.Store, Docs.Extraction("C", tasks: [Docs.Task("1", "việc ba", ["Sở Tư pháp"])]));
        Assert.Equal(2, _t.Store.Search(new SearchRequest("agency:\"Sở Thông tin và Truyền thông\"")).Total);
        Assert.Equal(2, _t.Store.Search(new SearchRequest("agency:\"Sở TT&TT\"")).Total);
        Assert.Equal(1, _t.Store.Search(new SearchRequest("agency:\"so tu phap\"")).Total);
    }

    [Fact]
    public void Migrations_run_once_each_and_wal_is_on()
    {
        _t.Reopen();
        using var cmd = _t.Store.Connection.CreateCommand();
        cmd.CommandText = "SELECT count(*), max(version) FROM schema_version";
        using (var r = cmd.ExecuteReader()) { r.Read(); Assert.Equal(1, r.GetInt32(0)); Assert.Equal(Storage.Migrations.Steps.Length, r.GetInt32(1)); }
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
        cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE name IN ('progress_updates','occurrences','alerts','alert_outbox','users','user_roles')";
        Assert.Equal(6L, cmd.ExecuteScalar());
    }
}

public sealed class SearchWindowTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dtrack-window-" + Guid.NewGuid().ToString("N"));
    public void Dispose() { Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); try { Directory.Delete(_folder, true); } catch (IOException) { } }

    [Fact]
    public void Beyond_the_windows_totals_are_a_lower_bound_and_results_say_approximate()
    {
        using var store = new Storage.SqliteTrackerStore(new Storage.TrackerStoreOptions
        {
            DatabasePath = Path.Combine(_folder, "tracker.db"), RankWindow = 2, FacetWindow = 3,
        });
        for (int i = 0; i < 6; i++) Docs.Add(store, Docs.Extraction($"Kế hoạch phòng cháy số {i}", issuedOn: new DateOnly(2020 + i, 1, 1)));
        var r = store.Search(new SearchRequest("phòng cháy", 10));
        Assert.Equal(6, r.Total); // every match is counted; facets and ranking cover the newest
        Assert.True(r.Approximate);
        Assert.False(r.TotalIsLowerBound);
        Assert.Equal(3, r.Facets["year"].Sum(f => f.Count));
        Assert.Equal([2025, 2024], r.Hits.Select(h => h.IssuedOn!.Value.Year).ToArray()); // ranked: the two newest
        var small = store.Search(new SearchRequest("\"số 1\""));
        Assert.False(small.Approximate);
        Assert.Equal(1, small.Total);
    }

    [Fact]
    public void A_match_set_as_large_as_the_window_is_counted_exactly()
    {
        using var store = new Storage.SqliteTrackerStore(new Storage.TrackerStoreOptions
        {
            DatabasePath = Path.Combine(_folder, "tracker.db"), RankWindow = 3, FacetWindow = 3,
        });
        for (int i = 0; i < 3; i++) Docs.Add(store, Docs.Extraction($"Kế hoạch phòng cháy số {i}", issuedOn: new DateOnly(2020 + i, 1, 1)));
        Docs.Add(store, Docs.Extraction("Kế hoạch khác", issuedOn: new DateOnly(2024, 1, 1)));
        var r = store.Search(new SearchRequest("phòng cháy", 10));
        Assert.Equal(3, r.Total);
        Assert.False(r.Approximate);
        Assert.False(r.TotalIsLowerBound);
        Assert.Equal(3, r.Facets["year"].Sum(f => f.Count));
    }

    [Theory]
    [InlineData("beta", 30, true, new[] { 30, 29, 28 })]      // dense in the oldest entries
    [InlineData("gamma", 3, false, new[] { 16, 9, 2 })]       // sparse over the whole index
    [InlineData("delta", 10, true, new[] { 60, 59, 58 })]     // dense in the newest entries
    [InlineData("epsilon", 9, true, new[] { 57, 50, 43 })]    // sparse, more than the window
    public void Hits_are_the_newest_matches_wherever_they_lie(string word, int total, bool approximate, int[] newest)
    {
        using var store = new Storage.SqliteTrackerStore(new Storage.TrackerStoreOptions
        {
            DatabasePath = Path.Combine(_folder, "tracker.db"), RankWindow = 3, FacetWindow = 3,
        });
        // Sixty documents, one entry each (entry id = document number); the first range read is the newest 24.
        for (int i = 1; i <= 60; i++)
        {
            var words = new List<string> { $"văn bản {i}" };
            if (i <= 30) words.Add("beta");
            if (i is 2 or 9 or 16) words.Add("gamma");
            if (i > 50) words.Add("delta");
            if (i % 7 == 1) words.Add("epsilon");
            Docs.Add(store, Docs.Extraction(string.Join(" ", words), issuedOn: new DateOnly(2000, 1, 1).AddDays(i)));
        }
        var r = store.Search(new SearchRequest(word, 10));
        Assert.Equal(total, r.Total);
        Assert.Equal(approximate, r.Approximate);
        Assert.Equal(newest, r.Hits.Select(h => (int)h.DocumentId).Order().Reverse().ToArray());
        Assert.Equal(Math.Min(total, 3), r.Facets["year"].Sum(f => f.Count));
    }
}
