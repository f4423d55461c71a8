using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;

namespace DirectiveTracker.Index.Tests;

/// <summary>What only the SQLite store has: its migrations and journal mode.</summary>
public sealed class StoreWriteTests : IDisposable
{
    private readonly TestStore _t = new();
    public void Dispose() => _t.Dispose();

    // Writing all or nothing, re-saves and agency aliases are part of the backend contract (Contract/StoreContract.cs).

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
    public void A_broad_query_counts_its_newest_matches_and_says_the_total_is_a_lower_bound()
    {
        using var store = new Storage.SqliteTrackerStore(new Storage.TrackerStoreOptions
        {
            DatabasePath = Path.Combine(_folder, "tracker.db"), RankWindow = 2, FacetWindow = 3, NewestRange = 4,
        });
        for (int i = 1; i <= 10; i++)
            Docs.Add(store, Docs.Extraction(i is 2 or 5 ? $"Kế hoạch khác số {i}" : $"Kế hoạch phòng cháy số {i}", issuedOn: new DateOnly(2010 + i, 1, 1)));
        var broad = store.Search(new SearchRequest("phòng cháy", 10));
        // The newest four entries (7–10) hold four matches, enough for the window of three: entries 1, 3, 4 and 6 are not read.
        Assert.Equal(4, broad.Total);
        Assert.True(broad.TotalIsLowerBound);
        Assert.True(broad.Approximate);
        Assert.Equal(3, broad.Facets["year"].Sum(f => f.Count));
        Assert.Equal([2020, 2019], broad.Hits.Select(h => h.IssuedOn!.Value.Year).ToArray());

        // "khác" matches two entries: every range is read, the total is exact.
        var rare = store.Search(new SearchRequest("khác", 10));
        Assert.Equal(2, rare.Total);
        Assert.False(rare.TotalIsLowerBound);
        Assert.Equal([2015, 2012], rare.Hits.Select(h => h.IssuedOn!.Value.Year).ToArray());
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
