using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using DirectiveTracker.TestSupport;

namespace DirectiveTracker.Index.Tests.Contract;

/// <summary>
/// What every store backend promises behind <see cref="ITrackerStore"/>: saving all or nothing, reading and correcting
/// with the index following, and several instances (each with its own index replica) on one database losing nothing.
/// Run against SQLite and PostgreSQL by the subclasses at the end of this file.
/// </summary>
public abstract class StoreContract(StoreBackend backend) : IDisposable
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    protected StoreBackend Backend { get; } = backend;
    private ITrackerStore? _store;
    protected ITrackerStore Store => _store ??= Backend.Open();

    public void Dispose()
    {
        Backend.Dispose();
        GC.SuppressFinalize(this);
    }

    private (long Doc, long Cited) AddTwo()
    {
        var cited = Docs.Add(Store, Docs.Extraction("Chỉ thị về thi đua", number: "41-CT/TW", kind: DocumentKind.ChiThi));
        var plan = Docs.Add(Store, Docs.Extraction("Kế hoạch thực hiện chỉ thị", number: "29/KH-UBND",
            references: [new Reference(DocumentKind.ChiThi, "41-CT/TW", null, null, ReferenceRelation.Implements)],
            tasks:
            [
                Docs.Task("1", "Tuyên truyền sâu rộng về thi đua", lead: ["Sở Nội vụ"], support: ["Sở Tài chính"], due: new(2025, 5, 1)),
                Docs.Task("2", "Tổng kết công tác khen thưởng", lead: ["Sở Tài chính"], due: new(2025, 6, 5)),
                Docs.Task("3", "Báo cáo kết quả thực hiện", lead: ["Sở Nội vụ"]),
            ]));
        return (plan.DocumentId, cited.DocumentId);
    }

    private static ExtractionResult Plan(string title) => Docs.Extraction(title, "29/KH-UBND", DocumentKind.KeHoach, new DateOnly(2025, 1, 1),
        "Ủy ban nhân dân tỉnh", [new Reference(DocumentKind.ChiThi, "41-CT/TW", null, null, ReferenceRelation.Implements)],
        Docs.Task("1", "Tuyên truyền sâu rộng", ["Sở Nội vụ"], ["Sở Tư pháp"], new DateOnly(2025, 6, 30), TaskCategory.TuyenTruyen));

    private static (Ingest.Model.IngestedDocument, ExtractionResult) Numbered(int i) =>
        (Docs.Ingested($"Kế hoạch số {i} về tuyên truyền\nViệc {i}"), Docs.Extraction($"Kế hoạch số {i} về tuyên truyền", $"{i}/KH-UBND",
            tasks: [Docs.Task("1", $"Tuyên truyền việc {i}", ["Sở Nội vụ"]), Docs.Task("2", $"Báo cáo việc {i}", ["Sở Tư pháp"])]));

    /// <summary>Row counts of the store's tables and the store's index entries.</summary>
    private string Snapshot(ITrackerStore store, bool withLog = true)
    {
        var parts = new List<string>();
        foreach (var table in new[] { "documents", "tasks", "task_owners", "document_references", "agencies" }.Concat(withLog ? ["index_changes"] : []))
            parts.Add($"{table}={Backend.Scalar(store, $"SELECT count(*) FROM {table}")}");
        parts.Add("entries=" + Backend.Index(store).Entries().Sum(e => e.Value.Count));
        return string.Join(",", parts);
    }

    /// <summary>The store's index entries equal its rows: each document and each of its tasks exactly once.</summary>
    private void AssertIndexEqualsStore(ITrackerStore store)
    {
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        using (var cmd = Backend.Connection(store).CreateCommand())
        {
            cmd.CommandText = "SELECT id, 0 FROM documents UNION ALL SELECT document_id, id FROM tasks";
            using var r = cmd.ExecuteReader();
            while (r.Read()) expected.Add($"{r.GetInt64(0)}/{Convert.ToInt64(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)}");
        }
        var actual = Backend.Index(store).Entries().SelectMany(e => e.Value.Select(t => $"{e.Key}/{t}")).ToList();
        Assert.Equal(expected, actual.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count, actual.Count);
    }

    // ---------------------------------------------------------------- reading and correcting

    [Fact]
    public void A_document_comes_back_with_its_tasks_statuses_and_linked_references()
    {
        var (doc, cited) = AddTwo();
        var d = Store.GetDocument(doc, Today)!;
        Assert.Equal("29/KH-UBND", d.Summary.Number);
        Assert.Equal(3, d.Summary.TaskCount);
        Assert.Equal([TaskStatus.Overdue, TaskStatus.DueSoon, TaskStatus.NoDeadline], d.Tasks.Select(t => t.Status));
        Assert.Equal(["Sở Nội vụ"], d.Tasks[0].Leads.Select(o => o.Name));
        Assert.Equal(cited, Assert.Single(d.References).DocumentId);
        Assert.Equal(doc, Assert.Single(Store.GetDocument(cited, Today)!.CitedBy).Id);
        Assert.Equal([doc, cited], Store.ListDocuments(0, 10).Select(s => s.Id));
        Assert.Null(Store.GetDocument(9999, Today));
    }

    [Fact]
    public void Task_lists_and_dashboard_counts_agree()
    {
        AddTwo();
        var noiVu = Store.AgencyKeyOf("Sở Nội vụ");
        var counts = Store.CountTasksByAgency(Today);
        foreach (var c in counts)
            Assert.Equal(c.Count, Store.ListTasks(new TaskQuery(Today) { AgencyKey = c.AgencyKey, Role = "lead", Status = c.Status }).Total);
        Assert.Equal(2, counts.Where(c => c.AgencyKey == noiVu).Sum(c => c.Count));
        Assert.Equal(2, Store.ListTasks(new TaskQuery(Today) { AgencyKey = Store.AgencyKeyOf("Sở Tài chính") }).Total);
        Assert.Equal(1, Store.ListTasks(new TaskQuery(Today) { Status = TaskStatus.Overdue }).Total);
        Assert.Equal(["1", "2"], Store.ListTasks(new TaskQuery(Today) { DueFrom = new(2025, 4, 1), DueTo = new(2025, 6, 30) }).Tasks.Select(t => t.Path));
        Assert.Equal(["1", "2", "3"], Store.ListTasks(new TaskQuery(Today)).Tasks.Select(t => t.Path)); // dated first, by deadline
        // Every list shows the status the progress side computes for the task's page (occurrences, inherited deadlines).
        Assert.All(Store.ListTasks(new TaskQuery(Today)).Tasks, t => Assert.Equal(Store.Task(t.Id, Today)!.State.Status, t.Status));
        var months = Store.CountTasksByMonth(new DateOnly(2025, 4, 1), 3, null);
        Assert.Equal([0, 1, 1], months.Select(m => m.Count));
        Assert.Equal([0, 1, 0], Store.CountTasksByMonth(new DateOnly(2025, 4, 1), 3, noiVu).Select(m => m.Count));
        var agency = Store.ListAgencies().Single(a => a.Key == noiVu);
        Assert.Equal((2, 0), (agency.Leads, agency.Supports));
        Assert.Equal(agency, Store.GetAgency(noiVu)! with { Aliases = agency.Aliases });
    }

    [Fact]
    public void A_correction_changes_the_task_and_its_index_entries_in_one_step()
    {
        var (doc, _) = AddTwo();
        var task = Store.GetDocument(doc, Today)!.Tasks[0];
        var (before, after) = Store.UpdateTask(task.Id, new TaskEdit
        {
            Text = "Tổ chức hội thi quokka", Lead = ["Sở Văn hóa, Thể thao và Du lịch"], Due = new(2025, 9, 30), DeadlineText = "trước ngày 30/9/2025",
            Category = TaskCategory.ToChucPhongTrao,
        }, Today)!.Value;
        Assert.Equal("Tuyên truyền sâu rộng về thi đua", before.Text);
        Assert.Equal(TaskStatus.InProgress, after.Status);
        Assert.Equal(new DateOnly(2025, 9, 30), after.Deadline!.Due);
        Assert.Equal(["Sở Văn hóa, Thể thao và Du lịch"], after.Leads.Select(o => o.Name));
        Assert.Equal(["Sở Tài chính"], after.Supports.Select(o => o.Name));
        Assert.Equal(task.Id, Assert.Single(Store.Search(new SearchRequest("quokka", Today: Today)).Hits).TaskId);
        Assert.DoesNotContain(Store.Search(new SearchRequest("\"sâu rộng\"", Today: Today)).Hits, h => h.Kind == HitKind.Task);
        Assert.Single(Store.Search(new SearchRequest("agency:\"Sở Văn hóa, Thể thao và Du lịch\"", Today: Today)).Hits);

        var done = Store.UpdateTask(task.Id, new TaskEdit { CompletedOn = Today }, Today)!.Value.After;
        Assert.Equal(TaskStatus.DoneOnTime, done.Status);
        Assert.Equal("Tổ chức hội thi quokka", done.Text);
        Assert.Null(Store.UpdateTask(9999, new TaskEdit { Text = "x" }, Today));
    }

    [Fact]
    public void Deleting_a_document_removes_its_tasks_and_search_entries()
    {
        var (doc, cited) = AddTwo();
        Assert.True(Store.DeleteDocument(doc));
        Assert.False(Store.DeleteDocument(doc));
        Assert.Null(Store.GetDocument(doc, Today));
        Assert.Equal((1, 0), Store.Count());
        Assert.Empty(Store.Search(new SearchRequest("tuyên truyền", Today: Today)).Hits);
        Assert.Single(Store.Search(new SearchRequest("thi đua", Today: Today)).Hits, h => h.DocumentId == cited);
    }

    // ---------------------------------------------------------------- writing

    [Theory]
    [InlineData("document")]
    [InlineData("tasks")]
    [InlineData("index")]
    public void A_failing_write_leaves_the_store_unchanged(string failAt)
    {
        Docs.Add(Store, Plan("Kế hoạch một"));
        var before = Snapshot(Store);
        var beforeHits = Store.Search(new SearchRequest("tuyên truyền")).Total;
        Backend.OnWrite(Store, step => { if (step == failAt) throw new IOException("disk full (test)"); });
        Assert.Throws<IOException>(() => Docs.Add(Store, Plan("Kế hoạch hai")));
        Backend.OnWrite(Store, null);
        Assert.Equal(before, Snapshot(Store));
        Assert.Equal(beforeHits, Store.Search(new SearchRequest("tuyên truyền")).Total);
        Assert.Empty(Store.Search(new SearchRequest("\"kế hoạch hai\"")).Hits);
    }

    [Fact]
    public void A_failing_replacement_keeps_the_old_version()
    {
        var text = "Kế hoạch một\nTuyên truyền sâu rộng";
        Store.Save(Docs.Ingested(text), Plan("Kế hoạch một"));
        var before = Snapshot(Store);
        Backend.OnWrite(Store, step => { if (step == "index") throw new IOException("test"); });
        Assert.Throws<IOException>(() => Store.Save(Docs.Ingested(text), Plan("Kế hoạch một, bản sửa")));
        Backend.OnWrite(Store, null);
        Assert.Equal(before, Snapshot(Store));
        Assert.Single(Store.Search(new SearchRequest("\"kế hoạch một\"")).Hits, h => h.Kind == HitKind.Document);
    }

    [Fact]
    public void Re_adding_the_same_file_is_a_no_op_and_a_new_extraction_replaces()
    {
        var text = "Kế hoạch một\nTuyên truyền sâu rộng";
        var first = Store.Save(Docs.Ingested(text), Plan("Kế hoạch một"));
        var again = Store.Save(Docs.Ingested(text), Plan("Kế hoạch một"));
        Assert.Equal(StoreChange.Added, first.Change);
        Assert.Equal(StoreChange.Unchanged, again.Change);
        Assert.Equal(first.DocumentId, again.DocumentId);
        var snapshot = Snapshot(Store, withLog: false);
        var replaced = Store.Save(Docs.Ingested(text), Plan("Kế hoạch một sửa đổi"));
        Assert.Equal(StoreChange.Replaced, replaced.Change);
        Assert.Equal(first.DocumentId, replaced.DocumentId);
        Assert.Equal(snapshot, Snapshot(Store, withLog: false));
        Assert.Single(Store.Search(new SearchRequest("sửa đổi")).Hits);
        Assert.Equal((1, 1), Store.Count());
    }

    [Fact]
    public void Agencies_collect_aliases_under_one_key()
    {
        Docs.Add(Store, Docs.Extraction("A", tasks: [Docs.Task("1", "việc một", ["Sở Nội vụ"])]));
        Docs.Add(Store, Docs.Extraction("B", tasks: [Docs.Task("1", "việc hai", ["SỞ NỘI VỤ"])]));
        Docs.Add(Store, Docs.Extraction("C", tasks: [Docs.Task("1", "việc ba", ["Sở Nội vụ"])]));
        var agency = Store.GetAgency("so noi vu")!;
        Assert.Equal("Sở Nội vụ", agency.Name);
        Assert.Equal(["SỞ NỘI VỤ", "Sở Nội vụ"], agency.Aliases); // each spelling once, ordinal order
        Assert.Equal(3, agency.Leads);
        Assert.Equal(3, Store.Search(new SearchRequest("agency:\"sở nội vụ\"")).Total);
    }

    [Fact]
    public void Accent_free_queries_filters_and_facets_work_on_every_backend()
    {
        AddTwo();
        var found = Store.Search(new SearchRequest("so noi vu", Today: Today));
        Assert.Equal(["1", "3"], found.Hits.Where(h => h.Kind == HitKind.Task).Select(h => h.TaskPath).Order(StringComparer.Ordinal));
        var lead = Store.Search(new SearchRequest("lead:\"Sở Tài chính\"", Today: Today));
        Assert.Equal(["2"], lead.Hits.Select(h => h.TaskPath));
        Assert.Equal("Sở Tài chính", Assert.Single(lead.Hits).Owners.Single(o => o.Role == "lead").Name);
        Assert.Equal(new DateOnly(2025, 6, 5), Assert.Single(lead.Hits).Deadline!.Due);
        var overdue = Store.Search(new SearchRequest("status:\"quá hạn\"", Today: Today));
        Assert.Equal(["1"], overdue.Hits.Select(h => h.TaskPath));
        var implementing = Store.Search(new SearchRequest("implements:41-CT/TW", Today: Today));
        Assert.NotEmpty(implementing.Hits);
        Assert.All(implementing.Hits, h => Assert.Equal("29/KH-UBND", h.Number));
    }

    // ---------------------------------------------------------------- the index follows the store

    [Fact]
    public void Reindex_and_check_repair_give_the_same_index()
    {
        Store.SaveMany(Enumerable.Range(1, 5).Select(Numbered));
        var before = Store.Search(new SearchRequest("tuyên truyền", 50)).Hits.Select(h => (h.DocumentId, h.TaskId)).ToList();
        Assert.Equal(15, Store.Reindex());
        Assert.Equal(before, Store.Search(new SearchRequest("tuyên truyền", 50)).Hits.Select(h => (h.DocumentId, h.TaskId)));
        Backend.Index(Store).DeleteDocument(Store.ListDocuments(0, 1)[0].Id);
        Backend.Index(Store).Commit(Backend.Index(Store).AppliedSequence);
        Assert.False(Store.Check().Ok);
        Assert.Equal(1, Store.CheckIndex());
        Assert.True(Store.Check().Ok);
        AssertIndexEqualsStore(Store);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_crash_between_changes_is_repaired_on_next_use(int crashAt)
    {
        var other = Backend.Open();
        other.SaveMany(Enumerable.Range(1, 5).Select(Numbered));
        int applied = 0;
        Backend.OnApply(Store, _ => { if (++applied == crashAt) throw new IOException("killed (test)"); });
        Assert.Throws<IOException>(() => Store.Search(new SearchRequest("tuyên truyền")));
        Backend.OnApply(Store, null);
        Assert.Equal(5, Store.Search(new SearchRequest("kế hoạch", 50)).Hits.Count(h => h.Kind == HitKind.Document));
        AssertIndexEqualsStore(Store);
    }

    // ---------------------------------------------------------------- several instances on one database

    [Fact]
    public void A_document_saved_through_one_instance_is_found_through_another_after_it_catches_up()
    {
        var web1 = Store;
        var web2 = Backend.Open();
        var saved = Docs.Add(web1, Docs.Extraction("Kế hoạch nuôi quokka", "7/KH-UBND", tasks: [Docs.Task("1", "Chăm sóc quokka", ["Sở Nội vụ"])]));
        Assert.Equal(2, web2.Search(new SearchRequest("quokka")).Total);

        var task = web2.GetDocument(saved.DocumentId, Today)!.Tasks[0];
        web2.UpdateTask(task.Id, new TaskEdit { Text = "Chăm sóc gấu túi" }, Today);
        Assert.Equal(task.Id, Assert.Single(web1.Search(new SearchRequest("\"gấu túi\"")).Hits).TaskId);
        Assert.True(web2.DeleteDocument(saved.DocumentId));
        Assert.Equal(0, web1.Search(new SearchRequest("quokka")).Total);

        // A third instance joins later with an empty replica: it builds it from the log.
        Docs.Add(web1, Docs.Extraction("Kế hoạch mới về quokka"));
        var web3 = Backend.Open();
        Assert.Equal(1, web3.Search(new SearchRequest("quokka")).Total);
        foreach (var s in new[] { web1, web2, web3 }) { s.Search(new SearchRequest("x")); AssertIndexEqualsStore(s); }
    }

    [Fact]
    public void Concurrent_saves_through_two_instances_lose_nothing()
    {
        const int perInstance = 12;
        var web1 = Store;
        var web2 = Backend.Open();
        using var start = new Barrier(2);
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var threads = new[] { (web1, 0), (web2, 1000) }.Select(w => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                for (int i = 0; i < perInstance; i++)
                {
                    var (doc, extraction) = Numbered(w.Item2 + i);
                    w.Item1.Save(doc, extraction);
                    if (i % 4 == 0) w.Item1.Search(new SearchRequest("tuyên truyền")); // reads while the other writes
                }
            }
            catch (Exception e) { errors.Enqueue(e); }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(errors);
        Assert.Equal((2 * perInstance, 4 * perInstance), web1.Count());
        foreach (var s in new[] { web1, web2 })
        {
            Assert.Equal(2 * perInstance, s.Search(new SearchRequest("kế hoạch", 100)).Hits.Count(h => h.Kind == HitKind.Document));
            AssertIndexEqualsStore(s);
            Assert.Equal(0, s.CheckIndex());
        }
        // Every save appended exactly one change to the shared log.
        Assert.Equal(2 * perInstance, Backend.Scalar(web1, "SELECT count(*) FROM index_changes"));
    }
}

/// <summary>The contract on the embedded SQLite store.</summary>
public sealed class SqliteStoreContractTests() : StoreContract(new SqliteBackend());

/// <summary>The contract on PostgreSQL (a throwaway server started by the tests).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreContractTests(PostgresServer server) : StoreContract(new PostgresBackend(server));
