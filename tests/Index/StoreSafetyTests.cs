using System.Diagnostics;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Index.Storage;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Index.Tests;

/// <summary>Issue 8: stores private to their owner, safe to open at once, writers that wait, readers that only read.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class StoreSafetyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dtrack-safety-" + Guid.NewGuid().ToString("N"));
    private string Db => Path.Combine(_folder, "data", "tracker.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    // Each title its own number: plans with one number, issuer and date are one document (its versions).
    private static ExtractionResult Plan(string title) => Docs.Extraction(title, $"{title.Sum(c => (int)c)}/KH-UBND", DocumentKind.KeHoach, new DateOnly(2025, 1, 1),
        "Ủy ban nhân dân tỉnh", null, Docs.Task("1", "Tuyên truyền sâu rộng " + title, ["Sở Nội vụ"], null, new DateOnly(2025, 6, 30)));

    private (long Docs, long Tasks) Counts()
    {
        using var db = new SqliteConnection($"Data Source={Db};Pooling=False;Mode=ReadOnly");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM tasks)";
        using var r = cmd.ExecuteReader();
        r.Read();
        return (r.GetInt64(0), r.GetInt64(1));
    }

    [Fact]
    public void A_new_store_is_private_to_its_owner()
    {
        using (var store = SqliteTrackerStore.Open(Db))
        {
            Docs.Add(store, Plan("Kế hoạch một"));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(Db)!));
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(Db)!))
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.True(File.Exists(Db + "-wal"), "the WAL file was checked too");
        }
    }

    [Fact]
    public void Four_stores_opening_a_new_database_at_once_migrate_it_once()
    {
        // The probe's failure: "table agencies already exists" in 2 of 12 rounds of four concurrent adds.
        for (int round = 0; round < 12; round++)
        {
            var path = Path.Combine(_folder, $"round{round}", "tracker.db");
            var start = new Barrier(4);
            var errors = new List<Exception>();
            var threads = Enumerable.Range(0, 4).Select(i => new Thread(() =>
            {
                try
                {
                    start.SignalAndWait();
                    using var store = SqliteTrackerStore.Open(path);
                    Docs.Add(store, Plan($"Kế hoạch {i}"));
                }
                catch (Exception e) { lock (errors) errors.Add(e); }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.Empty(errors);
            using var check = SqliteTrackerStore.Open(path);
            Assert.Equal((4, 4), check.Count());
            Assert.True(check.Check().Ok);
        }
    }

    [Fact]
    public void A_writer_waits_for_a_long_write_with_progress_then_is_told_who_holds_the_store()
    {
        using (var store = SqliteTrackerStore.Open(Db)) Docs.Add(store, Plan("Kế hoạch một"));
        var before = Counts();
        var waits = new List<StoreWait>();
        using var holder = new SqliteConnection($"Data Source={Db};Pooling=False");
        holder.Open();
        using var hold = holder.BeginTransaction(); // BEGIN IMMEDIATE: the write lock, as a long reindex holds it
        using var note = WriterNote.Claim(Db, "dtrack reindex --data kho");
        using var writer = new SqliteTrackerStore(new TrackerStoreOptions
        {
            DatabasePath = Db, WriteWaitLimit = TimeSpan.FromSeconds(3), WriteWait = new Recorder(waits),
        });
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<StoreException>(() => Docs.Add(writer, Plan("Kế hoạch hai")));
        Assert.Equal(StoreProblem.Busy, e.Problem);
        Assert.Contains("đang bận", e.UserMessage);
        Assert.Contains($"tiến trình {Environment.ProcessId}", e.UserMessage);
        Assert.Contains("dtrack reindex --data kho", e.UserMessage);
        Assert.NotEmpty(waits);
        Assert.InRange(watch.Elapsed.TotalSeconds, 2.5, 15);
        hold.Rollback();
        Assert.Equal(before, Counts());
    }

    [Fact]
    public async Task A_writer_that_waits_goes_on_once_the_store_is_free()
    {
        using (var store = SqliteTrackerStore.Open(Db)) Docs.Add(store, Plan("Kế hoạch một"));
        var waits = new List<StoreWait>();
        var holder = new SqliteConnection($"Data Source={Db};Pooling=False");
        holder.Open();
        var hold = holder.BeginTransaction();
        using var writer = new SqliteTrackerStore(new TrackerStoreOptions
        {
            DatabasePath = Db, WriteWaitLimit = TimeSpan.FromSeconds(60), WriteWait = new Recorder(waits),
        });
        var release = Task.Run(async () => { await Task.Delay(2500); hold.Commit(); hold.Dispose(); holder.Dispose(); });
        Docs.Add(writer, Plan("Kế hoạch hai"));
        await release;
        Assert.NotEmpty(waits);
        Assert.Equal((2, 2), Counts());
    }

    [Fact]
    public void Search_opens_read_only_and_never_writes()
    {
        using (var store = SqliteTrackerStore.Open(Db)) Docs.Add(store, Plan("Kế hoạch một"));
        var before = File.ReadAllBytes(Db);
        using var reader = SqliteTrackerStore.OpenReadOnly(Db);
        Assert.True(reader.Search(new SearchRequest("tuyên truyền")).Total > 0);
        Assert.ThrowsAny<Exception>(() => Docs.Add(reader, Plan("Kế hoạch hai")));
        Assert.Equal(before, File.ReadAllBytes(Db));
    }

    [Fact]
    public void A_data_folder_that_is_a_file_is_named_as_such()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(file, "x");
        var e = Assert.Throws<StoreException>(() => SqliteTrackerStore.Open(Path.Combine(file, "tracker.db")));
        Assert.Equal(StoreProblem.NotAFolder, e.Problem);
        Assert.Contains("không phải thư mục", e.UserMessage);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_named_and_left_alone()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Db)!);
        var junk = new byte[8192];
        new Random(3).NextBytes(junk);
        File.WriteAllBytes(Db, junk);
        var e = Assert.Throws<StoreException>(() => SqliteTrackerStore.Open(Db));
        Assert.Equal(StoreProblem.NotADatabase, e.Problem);
        Assert.Contains("không phải kho dữ liệu", e.UserMessage);
        Assert.Equal(junk, File.ReadAllBytes(Db));
    }

    [Fact]
    public void A_truncated_store_is_reported_as_corrupt_with_how_to_repair()
    {
        using (var store = SqliteTrackerStore.Open(Db))
            for (int i = 0; i < 40; i++) Docs.Add(store, Plan($"Kế hoạch {i} " + new string('x', 2000)));
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(Db);
        File.WriteAllBytes(Db, bytes[..(bytes.Length / 2)]);
        var e = Record.Exception(() =>
        {
            using var store = SqliteTrackerStore.OpenReadOnly(Db);
            var report = store.Check();
            Assert.False(report.Ok);
            Assert.Contains(report.Findings, f => !f.Ok && f.Repair is not null && f.Repair.Contains(".recover"));
        });
        // Either the open already finds the damage, or the check does: never a bare SQLite error.
        if (e is not null)
        {
            var store = Assert.IsType<StoreException>(e);
            Assert.Equal(StoreProblem.Corrupt, store.Problem);
            Assert.Contains("dtrack check", store.UserMessage);
        }
    }

    [Fact]
    public void Check_finds_an_index_that_drifted_from_the_data_and_says_to_reindex()
    {
        using var store = SqliteTrackerStore.Open(Db);
        Docs.Add(store, Plan("Kế hoạch một"));
        Docs.Add(store, Plan("Kế hoạch hai"));
        Assert.True(store.Check().Ok);
        // Drift: one document's entries vanish from the index while its rows stay.
        long first;
        using (var cmd = store.Connection.CreateCommand())
        {
            cmd.CommandText = "SELECT min(id) FROM documents";
            first = (long)cmd.ExecuteScalar()!;
        }
        store.Index.DeleteDocument(first);
        store.Index.Commit(store.Index.AppliedSequence);
        var report = store.Check();
        var index = Assert.Single(report.Findings, f => !f.Ok);
        Assert.Contains("dtrack reindex", index.Repair);
        Assert.Contains("1 văn bản lệch", index.Detail);
        store.Reindex();
        Assert.True(store.Check().Ok);
    }

    private sealed class Recorder(List<StoreWait> into) : IProgress<StoreWait>
    {
        public void Report(StoreWait value) { lock (into) into.Add(value); }
    }
}
