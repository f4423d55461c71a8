using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Index.Storage;

namespace DirectiveTracker.Index.Tests;

/// <summary>The index follows the store through the change log: crashes, other writers, drift.</summary>
public sealed class IndexFollowerTests : IDisposable
{
    private readonly TestStore _t = new();
    public void Dispose() => _t.Dispose();

    private static (Ingest.Model.IngestedDocument, ExtractionResult) Plan(int i) =>
        (Docs.Ingested($"Kế hoạch số {i} về tuyên truyền\nViệc {i}"), Docs.Extraction($"Kế hoạch số {i} về tuyên truyền", $"{i}/KH-UBND",
            tasks: [Docs.Task("1", $"Tuyên truyền việc {i}", ["Sở Nội vụ"]), Docs.Task("2", $"Báo cáo việc {i}", ["Sở Tư pháp"])]));

    /// <summary>The index's entries equal the store's rows: each document and each of its tasks exactly once.</summary>
    private static void AssertIndexEqualsStore(SqliteTrackerStore store)
    {
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        using (var cmd = store.Connection.CreateCommand())
        {
            cmd.CommandText = "SELECT id, 0 FROM documents UNION ALL SELECT document_id, id FROM tasks";
            using var r = cmd.ExecuteReader();
            while (r.Read()) expected.Add($"{r.GetInt64(0)}/{r.GetInt64(1)}");
        }
        var actual = store.Index.Entries().SelectMany(e => e.Value.Select(t => $"{e.Key}/{t}")).ToList();
        Assert.Equal(expected, actual.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count, actual.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void A_crash_between_changes_is_repaired_when_the_store_is_reopened(int crashAt)
    {
        _t.Store.SaveMany(Enumerable.Range(1, 4).Select(Plan));
        int applied = 0;
        _t.Store.OnApply = _ => { if (++applied == crashAt) throw new IOException("killed (test)"); };
        // Replacing two documents and adding three: five changes; the writer dies before the crashAt-th.
        var batch = new[] { Plan(2) with { Item2 = Plan(2).Item2 with { Tasks = [Docs.Task("1", "Việc mới", ["Sở Y tế"])] } } }
            .Concat(Enumerable.Range(5, 3).Select(Plan))
            .Append(Plan(3) with { Item2 = Plan(3).Item2 with { Tasks = [] } });
        // The rows are committed before the index applies them: the save succeeds and says the index lags behind.
        var outcomes = _t.Store.SaveMany(batch);
        Assert.All(outcomes, o => Assert.Contains("killed (test)", o.IndexWarning));
        _t.Store.OnApply = null;
        _t.Reopen();
        Assert.Equal(7, _t.Store.Search(new SearchRequest("tuyên truyền")).Hits.Count(h => h.Kind == HitKind.Document));
        AssertIndexEqualsStore(_t.Store);
        Assert.Equal(0, _t.Store.CheckIndex());
        Assert.Single(_t.Store.Search(new SearchRequest("\"việc mới\" agency:\"Sở Y tế\"")).Hits);
    }

    [Fact]
    public void An_index_in_an_older_layout_is_rebuilt_from_the_store_on_first_use()
    {
        _t.Store.SaveMany(Enumerable.Range(1, 3).Select(Plan));
        _t.Reopen(whileClosed: () =>
        {
            // The index as the first layout left it: entries under its field names (head and body folded apart), committed
            // at the log's last sequence without a layout number. Replaying the log from there would change nothing.
            using var folder = Lucene.Net.Store.FSDirectory.Open(Path.ChangeExtension(_t.DatabasePath, ".index"));
            using var writer = new Lucene.Net.Index.IndexWriter(folder, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null));
            var sequence = writer.CommitData["sequence"];
            writer.DeleteAll();
            writer.AddDocument(new Lucene.Net.Documents.Document
            {
                new Lucene.Net.Documents.StringField("body_folded", "tuyen", Lucene.Net.Documents.Field.Store.NO),
                new Lucene.Net.Documents.NumericDocValuesField(Fields.DocumentId, 1), new Lucene.Net.Documents.NumericDocValuesField(Fields.TaskId, 0),
            });
            writer.SetCommitData(new Dictionary<string, string> { ["sequence"] = sequence });
            writer.Commit();
        });
        Assert.Equal(3, _t.Store.Search(new SearchRequest("tuyên truyền")).Hits.Count(h => h.Kind == HitKind.Document));
        AssertIndexEqualsStore(_t.Store);
    }

    [Fact]
    public void A_second_writer_gets_a_clear_error_and_nothing_is_lost()
    {
        _t.Store.SaveMany(Enumerable.Range(1, 2).Select(Plan));
        // Another process's index: an instance of its own, outside this process's shared one.
        var path = Path.ChangeExtension(Path.GetFullPath(_t.DatabasePath), ".index");
        using (var other = new SearchIndex(path, new VietnameseAnalyzer(new AnalyzerOptions()), TimeSpan.FromMilliseconds(200)))
        {
            var e = Assert.Throws<SearchIndexBusyException>(other.OpenWriter);
            Assert.Contains("tiến trình khác", e.Message);
        }
        Assert.Equal((2, 4), _t.Store.Count());
        // Once the first writer is gone, the other takes the writer and sees everything.
        _t.Store.Dispose();
        using var again = new SqliteTrackerStore(new TrackerStoreOptions { DatabasePath = _t.DatabasePath, IndexLockWait = TimeSpan.FromMilliseconds(200) });
        var (doc, extraction) = Plan(3);
        again.Save(doc, extraction);
        Assert.Equal(3, again.Search(new SearchRequest("tuyên truyền")).Hits.Count(h => h.Kind == HitKind.Document));
        AssertIndexEqualsStore(again);
    }

    [Fact]
    public void Stores_of_one_process_share_the_index_and_see_each_others_saves_at_once()
    {
        using var other = new SqliteTrackerStore(new TrackerStoreOptions { DatabasePath = _t.DatabasePath, IndexLockWait = TimeSpan.FromMilliseconds(200) });
        Assert.Same(_t.Store.Index, other.Index);
        var (doc, extraction) = Plan(1);
        _t.Store.Save(doc, extraction);
        Assert.Single(other.Search(new SearchRequest("number:1/KH-UBND")).Hits, h => h.Kind == HitKind.Document);
        (doc, extraction) = Plan(2);
        other.Save(doc, extraction);
        Assert.Single(_t.Store.Search(new SearchRequest("number:2/KH-UBND")).Hits, h => h.Kind == HitKind.Document);
        // Saves from several threads at once: applied in order, nothing lost.
        Parallel.For(3, 9, i =>
        {
            using var s = new SqliteTrackerStore(new TrackerStoreOptions { DatabasePath = _t.DatabasePath });
            var (d, x) = Plan(i);
            s.Save(d, x);
        });
        Assert.Equal(8, other.Search(new SearchRequest("tuyên truyền")).Hits.Count(h => h.Kind == HitKind.Document));
        AssertIndexEqualsStore(other);
    }

    [Fact]
    public void A_saved_document_is_searchable_at_once()
    {
        for (int i = 1; i <= 5; i++)
        {
            var (doc, extraction) = Plan(i);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            _t.Store.Save(doc, extraction);
            Assert.Single(_t.Store.Search(new SearchRequest($"number:{i}/KH-UBND", 50)).Hits, h => h.Kind == HitKind.Document);
            // The first save pays for loading the analysis chain and opening the writer.
            if (i > 1) Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"save and search took {watch.Elapsed.TotalMilliseconds:F0} ms");
        }
    }

    [Fact]
    public void Drift_between_index_and_store_is_found_and_repaired()
    {
        _t.Store.SaveMany(Enumerable.Range(1, 3).Select(Plan));
        // A task row changed behind the log's back (as a bug or a manual edit would).
        using (var cmd = _t.Store.Connection.CreateCommand())
        {
            cmd.CommandText = "DELETE FROM tasks WHERE id = (SELECT max(id) FROM tasks)";
            cmd.ExecuteNonQuery();
        }
        Assert.Equal(1, _t.Store.CheckIndex());
        AssertIndexEqualsStore(_t.Store);
        Assert.Equal(0, _t.Store.CheckIndex());
    }
}
