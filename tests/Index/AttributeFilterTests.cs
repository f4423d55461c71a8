using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Index.Storage;

namespace DirectiveTracker.Index.Tests;

/// <summary>Filters answered by FTS5 through the attrs column: the same entries as the attributes say.</summary>
public sealed class AttributeFilterTests : IDisposable
{
    private readonly TestStore _t = new();
    private SqliteTrackerStore Store => _t.Store;
    public void Dispose() => _t.Dispose();

    private SearchResults Find(string q) => Store.Search(new SearchRequest(q, 50, new DateOnly(2025, 5, 1)));

    private void Seed()
    {
        Docs.Add(Store, Docs.Extraction("Kế hoạch tuyên truyền", "29/KH-UBND", DocumentKind.KeHoach, new DateOnly(2023, 3, 1), "Sở Nội vụ tỉnh Thái Bình",
            [new Reference(DocumentKind.ChiThi, "41-CT/TW", null, null, ReferenceRelation.Implements),
             new Reference(DocumentKind.ChiThi, "05-CT/TW", null, null, ReferenceRelation.Basis)],
            Docs.Task("1", "Tuyên truyền pháp luật", ["Sở Nội vụ"], null, null, TaskCategory.TuyenTruyen),
            Docs.Task("2", "Kiểm tra việc tuyên truyền", ["Sở Tư pháp"], ["Sở Nội vụ"], null, TaskCategory.KiemTraGiamSat)));
        Docs.Add(Store, Docs.Extraction("Chỉ thị tuyên truyền", "29/CT-UBND", DocumentKind.ChiThi, new DateOnly(2025, 1, 2), "Ủy ban nhân dân tỉnh Thái Bình", null,
            Docs.Task("1", "Tuyên truyền về an toàn giao thông", ["Công an tỉnh"], null, null, TaskCategory.TuyenTruyen)));
    }

    [Theory]
    [InlineData("agency:\"Sở Nội vụ\"", 3)]          // the issuer (a longer key, whole words) and two tasks (lead and support)
    [InlineData("agency:\"Sở Nộ\"", 0)]               // not whole words of any key
    [InlineData("agency:\"Sở Tư pháp\"", 1)]
    [InlineData("year:2023", 3)]
    [InlineData("year:2022..2025", 5)]
    [InlineData("year:2025..2022", 0)]                // an empty range
    [InlineData("kind:ChiThi", 2)]
    [InlineData("kind:ChiThi kind:KeHoach", 5)]       // the same filter twice: either
    [InlineData("kind:ChiThi year:2023", 0)]          // different filters: both
    [InlineData("number:29/KH-UBND", 3)]
    [InlineData("number:29/kh-ubnd", 3)]
    [InlineData("implements:41-CT/TW", 3)]
    [InlineData("implements:05-CT/TW", 0)]            // a basis, not implemented
    [InlineData("category:TuyenTruyen", 2)]
    [InlineData("tuyen truyen category:TuyenTruyen agency:\"Sở Nội vụ\"", 1)]
    [InlineData("tuyen* year:2025", 2)]
    [InlineData("agency:\"Sở Nội vụ\" status:NoDeadline", 2)] // an attribute and a condition on dates together
    public void Attribute_filters_find_the_entries_that_have_the_attribute(string query, int expected)
    {
        Seed();
        Assert.Equal(expected, Find(query).Total);
    }

    [Fact]
    public void A_lost_index_is_rebuilt_from_the_change_log_on_first_use_not_when_opened()
    {
        Seed();
        var before = Find("tuyên truyền agency:\"Sở Nội vụ\"");
        _t.Store.Dispose();
        Directory.Delete(Path.Combine(_t.Folder, "tracker.index"), recursive: true);
        // As after the upgrade that moved search to Lucene: the log holds every document, the index nothing.
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_t.DatabasePath};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "INSERT INTO index_changes (document_id, op) SELECT id, 'upsert' FROM documents ORDER BY id";
            cmd.ExecuteNonQuery();
        }
        var progress = new RecordedProgress();
        _t.Reopen(progress);
        Assert.Empty(progress.Reports);
        var after = Find("tuyên truyền agency:\"Sở Nội vụ\"");
        Assert.NotEmpty(progress.Reports);
        Assert.Equal(progress.Reports[^1].Total, progress.Reports[^1].Done);
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.Hits.Select(h => (h.DocumentId, h.TaskId, h.Score)), after.Hits.Select(h => (h.DocumentId, h.TaskId, h.Score)));
    }

    [Fact]
    public void Opening_a_complete_store_applies_nothing_and_reindex_reports_every_document()
    {
        Seed();
        var opening = new RecordedProgress();
        _t.Reopen(opening);
        Find("tuyên truyền");
        Assert.Empty(opening.Reports);
        var reindex = new RecordedProgress();
        Store.Reindex(reindex);
        Assert.Equal([new ReindexProgress(1, 2), new ReindexProgress(2, 2)], reindex.Reports);
    }

    /// <summary>Progress reports kept in order (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class RecordedProgress : IProgress<ReindexProgress>
    {
        public List<ReindexProgress> Reports { get; } = [];
        public void Report(ReindexProgress value) => Reports.Add(value);
    }
}
