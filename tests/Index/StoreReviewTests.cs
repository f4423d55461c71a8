using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Index.Storage;
using DirectiveTracker.Index.Tests.Contract;
using DirectiveTracker.TestSupport;

namespace DirectiveTracker.Index.Tests;

/// <summary>
/// Document identity and versions, task add/delete/split/merge and the agency directory, with the index following:
/// part of the backend contract, run on SQLite and PostgreSQL by the subclasses below.
/// </summary>
public abstract class StoreReviewContract(StoreBackend backend) : IDisposable
{
    private static readonly DateOnly Today = new(2025, 6, 1);
    private ITrackerStore? _store;
    private ITrackerStore Store => _store ??= backend.Open();

    public void Dispose()
    {
        backend.Dispose();
        GC.SuppressFinalize(this);
    }

    private static ExtractionResult Plan(params TaskItem[] tasks) =>
        Docs.Extraction("Kế hoạch thi đua năm 2025", number: "29/KH-UBND", issuedOn: new DateOnly(2025, 1, 2), issuer: "Ủy ban nhân dân tỉnh Thái Bình", tasks: tasks);

    private static TaskItem[] ThreeTasks(double confidence = 0.9) =>
    [
        Docs.Task("1", "Tuyên truyền sâu rộng về thi đua quokka", lead: ["Sở Nội vụ"], due: new(2025, 9, 1)) with { Confidence = confidence },
        Docs.Task("2", "Tổng kết công tác khen thưởng", lead: ["Sở Tài chính"]) with { Confidence = 0.35 },
        Docs.Task("3", "Báo cáo kết quả thực hiện", lead: ["Sở Nội vụ"]) with { Confidence = 0.8 },
    ];

    [Fact]
    public void The_same_plan_in_three_files_is_one_document_with_three_versions_and_its_tasks_are_found_once()
    {
        var txt = Store.Save(Docs.Ingested("bản txt", "kh29.txt"), Plan(ThreeTasks()));
        var pdf = Store.Save(Docs.Ingested("bản pdf", "kh29.pdf"), Plan(ThreeTasks(0.91)));
        var docx = Store.Save(Docs.Ingested("bản docx", "kh29.docx"), Plan(ThreeTasks(0.92)));
        Assert.Equal(StoreChange.Added, txt.Change);
        Assert.Equal(StoreChange.NewVersion, pdf.Change);
        Assert.Equal(StoreChange.NewVersion, docx.Change);
        Assert.Equal(txt.DocumentId, docx.DocumentId);
        Assert.Equal((1, 3), Store.Count());
        var d = Store.GetDocument(txt.DocumentId, Today)!;
        Assert.Equal(["kh29.txt", "kh29.pdf", "kh29.docx"], d.Versions.Select(v => v.SourceName));
        Assert.Equal([false, false, true], d.Versions.Select(v => v.Current));
        Assert.Equal("bản docx", d.Text);
        Assert.Single(Store.Search(new SearchRequest("quokka", Today: Today)).Hits, h => h.Kind == HitKind.Task);
        Assert.Equal(3, Store.Search(new SearchRequest("number:29/KH-UBND", 100, Today)).Hits.Count(h => h.Kind == HitKind.Task));
        // The current file again changes nothing.
        Assert.Equal(StoreChange.Unchanged, Store.Save(Docs.Ingested("bản docx", "kh29.docx"), Plan(ThreeTasks(0.92))).Change);
    }

    [Fact]
    public void An_earlier_versions_file_again_makes_that_version_current_keeping_task_ids_and_progress()
    {
        var v1 = Store.Save(Docs.Ingested("bản đầu quokka", "kh29-v1.txt"), Plan(ThreeTasks()));
        var tasks = Store.GetDocument(v1.DocumentId, Today)!.Tasks;
        Store.AddUpdate(new DirectiveTracker.Index.Progress.ProgressUpdateInput(tasks[0].Id, DirectiveTracker.Index.Progress.ProgressClaim.InProgress, Today, "văn thư", DirectiveTracker.Index.Progress.UpdateChannel.Web, Note: "đã triển khai"));
        var second = Plan(Docs.Task("1", "Tuyên truyền về thi đua wombat", lead: ["Sở Nội vụ"]), ThreeTasks()[1], ThreeTasks()[2]);
        Assert.Equal(StoreChange.NewVersion, Store.Save(Docs.Ingested("bản sửa wombat", "kh29-v2.txt"), second).Change);

        var again = Store.Save(Docs.Ingested("bản đầu quokka", "kh29-v1.txt"), Plan(ThreeTasks()));
        Assert.Equal(StoreChange.Restored, again.Change);
        Assert.Equal(v1.DocumentId, again.DocumentId);
        var d = Store.GetDocument(v1.DocumentId, Today)!;
        Assert.Equal("bản đầu quokka", d.Text);
        Assert.Equal([true, false], d.Versions.Select(v => v.Current)); // no third version: the file is stored once
        Assert.Equal(tasks.Select(t => t.Id), d.Tasks.Select(t => t.Id));
        Assert.Equal("Tuyên truyền sâu rộng về thi đua quokka", d.Tasks[0].Text);
        Assert.Single(Store.History(tasks[0].Id));
        Assert.Single(Store.Search(new SearchRequest("quokka", Today: Today)).Hits, h => h.Kind == HitKind.Task);
        Assert.Empty(Store.Search(new SearchRequest("wombat", Today: Today)).Hits);
        Assert.Equal((1, 3), Store.Count());

        // The clerk's replace with the other version's file does the same.
        var back = Store.ReplaceDocument(v1.DocumentId, Docs.Ingested("bản sửa wombat", "kh29-v2.txt"), second)!;
        Assert.Equal(StoreChange.Restored, back.Change);
        Assert.Equal([false, true], Store.GetDocument(v1.DocumentId, Today)!.Versions.Select(v => v.Current));
        Assert.Single(Store.Search(new SearchRequest("wombat", Today: Today)).Hits, h => h.Kind == HitKind.Task);
    }

    [Fact]
    public void A_new_version_keeps_task_ids_by_path_and_a_persons_corrections()
    {
        var first = Store.Save(Docs.Ingested("v1"), Plan(ThreeTasks()));
        var before = Store.GetDocument(first.DocumentId, Today)!.Tasks;
        Store.UpdateTask(before[1].Id, new TaskEdit { Text = "Tổng kết khen thưởng, sửa tay" }, Today);
        Store.UpdateTask(before[2].Id, new TaskEdit { CompletedOn = Today }, Today);
        var corrected = Plan(
            Docs.Task("1", "Tuyên truyền về thi đua, bản sửa", lead: ["Sở Nội vụ"]),
            Docs.Task("2", "Tổng kết công tác khen thưởng (máy đọc lại)", lead: ["Sở Tài chính"]),
            Docs.Task("3", "Báo cáo kết quả thực hiện", lead: ["Sở Nội vụ"]),
            Docs.Task("4", "Nhiệm vụ mới của bản sửa", lead: ["Sở Y tế"]));
        Assert.Equal(StoreChange.NewVersion, Store.Save(Docs.Ingested("v2"), corrected).Change);
        var after = Store.GetDocument(first.DocumentId, Today)!.Tasks;
        Assert.Equal(before.Select(t => t.Id), after.Take(3).Select(t => t.Id));
        Assert.Equal("Tuyên truyền về thi đua, bản sửa", after[0].Text);
        Assert.Equal("Tổng kết khen thưởng, sửa tay", after[1].Text);
        Assert.True(after[1].Reviewed);
        Assert.Equal(Today, after[2].CompletedOn);
        Assert.Equal("Nhiệm vụ mới của bản sửa", after[3].Text);
        Assert.Empty(Store.Search(new SearchRequest("quokka", Today: Today)).Hits);
    }

    [Fact]
    public void A_clerks_replace_makes_any_file_the_current_version_and_refuses_another_documents_file()
    {
        var plan = Store.Save(Docs.Ingested("kế hoạch"), Plan(ThreeTasks()));
        var other = Docs.Add(Store, Docs.Extraction("Chỉ thị khác", number: "41-CT/TW", kind: DocumentKind.ChiThi));
        var replaced = Store.ReplaceDocument(plan.DocumentId, Docs.Ingested("bản scan không đọc được số"),
            Docs.Extraction(null, tasks: Docs.Task("1", "Tuyên truyền sâu rộng về thi đua quokka", lead: ["Sở Nội vụ"])))!;
        Assert.Equal(StoreChange.NewVersion, replaced.Change);
        Assert.Equal(plan.DocumentId, replaced.DocumentId);
        Assert.Equal(2, Store.GetDocument(plan.DocumentId, Today)!.Versions.Count);
        Assert.Null(Store.ReplaceDocument(9999, Docs.Ingested("x"), Plan()));
        var e = Assert.Throws<StoreException>(() => Store.ReplaceDocument(plan.DocumentId, Docs.Ingested("Chỉ thị khác"), Plan()));
        Assert.Equal(StoreProblem.Conflict, e.Problem);
        Assert.Equal((2, 1), Store.Count());
        Assert.NotNull(Store.GetDocument(other.DocumentId, Today));
    }

    [Fact]
    public void Tasks_are_added_deleted_split_and_merged_with_the_index_following()
    {
        var doc = Store.Save(Docs.Ingested("v1"), Plan(ThreeTasks())).DocumentId;
        var tasks = Store.GetDocument(doc, Today)!.Tasks;
        Assert.Equal([0.9, 0.35, 0.8], tasks.Select(t => t.Confidence!.Value));

        var added = Store.AddTask(doc, "4", new TaskEdit { Text = "Kiểm tra giám sát kangaroo", Lead = ["Sở Y tế"], Due = new(2025, 8, 1) }, Today)!;
        Assert.Equal(1.0, added.Confidence);
        Assert.Equal(added.Id, Assert.Single(Store.Search(new SearchRequest("kangaroo", Today: Today)).Hits).TaskId);
        Assert.Null(Store.AddTask(9999, "1", new TaskEdit { Text = "x" }, Today));

        var parts = Store.SplitTask(tasks[0].Id, ["Tuyên truyền sâu rộng", "về thi đua quokka"], Today)!;
        Assert.Equal([tasks[0].Id], parts.Take(1).Select(p => p.Id));
        Assert.Equal(["1", "1-b"], parts.Select(p => p.Path));
        Assert.All(parts, p => Assert.Equal(["Sở Nội vụ"], p.Leads.Select(o => o.Name)));
        var order = Store.GetDocument(doc, Today)!.Tasks.Select(t => t.Path).ToList();
        Assert.Equal(["1", "1-b", "2", "3", "4"], order);
        Assert.Equal(parts[1].Id, Assert.Single(Store.Search(new SearchRequest("quokka", Today: Today)).Hits).TaskId);

        var merged = Store.MergeTasks([tasks[1].Id, tasks[2].Id], Today)!;
        Assert.Equal(tasks[1].Id, merged.Id);
        Assert.Equal("Tổng kết công tác khen thưởng\nBáo cáo kết quả thực hiện", merged.Text);
        Assert.Equal(["Sở Nội vụ", "Sở Tài chính"], merged.Leads.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Null(Store.GetTask(tasks[2].Id, Today));
        Assert.Throws<ArgumentException>(() => Store.MergeTasks([merged.Id], Today));

        Assert.True(Store.DeleteTask(added.Id));
        Assert.False(Store.DeleteTask(added.Id));
        Assert.Empty(Store.Search(new SearchRequest("kangaroo", Today: Today)).Hits);
        Assert.Equal(3, Store.GetDocument(doc, Today)!.Tasks.Count);
    }

    [Fact]
    public void A_directory_entry_gathers_its_aliases_tasks_and_unmapped_names_are_listed()
    {
        Docs.Add(Store, Docs.Extraction("Kế hoạch", number: "1/KH-UBND", tasks:
        [
            Docs.Task("1", "Chuyển đổi số", lead: ["Sở Khoa học và Công nghệ"]),
            Docs.Task("2", "Cấp chữ ký số", lead: ["Sở Thông tin và Truyền thông"], support: ["Sở Nội vụ"]),
        ]));
        var unmapped = Store.ListUnmappedOwners();
        Assert.Equal(3, unmapped.Count);
        // Merged into Sở Khoa học và Công nghệ in 2025: the old name is mapped to the new entry.
        var tttt = Store.AgencyKeyOf("Sở Thông tin và Truyền thông");
        Assert.Equal(1, TaskHits("lead:\"Sở Thông tin và Truyền thông\""));
        Assert.Equal(0, TaskHits("lead:\"Ủy ban nhân dân tỉnh\""));

        var ubnd = Store.SaveAgency(new AgencyEntry("Ủy ban nhân dân tỉnh"));
        var entry = Store.SaveAgency(new AgencyEntry("Sở Khoa học và Công nghệ")
        {
            Aliases = ["Sở Thông tin và Truyền thông"], ParentKey = ubnd.Key, Emails = ["stttt@example.vn"],
        });
        Assert.True(entry.InDirectory);
        Assert.Equal((2, 0), (entry.Leads, entry.Supports));
        Assert.Equal(["stttt@example.vn"], entry.Emails);
        Assert.Equal(ubnd.Key, entry.ParentKey);
        Assert.Equal(entry.Key, Store.AgencyKeyOf("Sở Thông tin và Truyền thông"));
        Assert.Equal(2, Store.ListTasks(new TaskQuery(Today) { AgencyKey = entry.Key }).Total);
        Assert.Equal(2, Store.Search(new SearchRequest("lead:\"Sở Khoa học và Công nghệ\"", Today: Today)).Hits.Count);
        // Filters follow the directory: an alias finds the entry's tasks, a parent finds those of the entries below it.
        Assert.Equal(2, TaskHits("lead:\"Sở Thông tin và Truyền thông\""));
        Assert.Equal(2, TaskHits("agency:\"Sở TT&TT\""));
        Assert.Equal(2, TaskHits("lead:\"Ủy ban nhân dân tỉnh\""));
        Assert.Equal(0, TaskHits("support:\"Ủy ban nhân dân tỉnh\""));
        Assert.Equal(1, TaskHits("support:\"Sở Nội vụ\""));
        Assert.Equal(["Sở Nội vụ"], Store.ListUnmappedOwners().Select(u => u.Name));

        Assert.Throws<ArgumentException>(() => Store.SaveAgency(new AgencyEntry("Ủy ban nhân dân tỉnh") { ParentKey = entry.Key }));
        Assert.Throws<ArgumentException>(() => Store.SaveAgency(new AgencyEntry("Sở Y tế") { ParentKey = "khong-co" }));
        Assert.Throws<ArgumentException>(() => Store.SaveAgency(new AgencyEntry(" ")));

        Assert.True(Store.RemoveAgency(entry.Key));
        Assert.False(Store.RemoveAgency(entry.Key));
        Assert.Equal(tttt, Store.AgencyKeyOf("Sở Thông tin và Truyền thông"));
        Assert.Equal(1, Store.ListTasks(new TaskQuery(Today) { AgencyKey = tttt }).Total);
        Assert.Equal(1, TaskHits("lead:\"Sở Thông tin và Truyền thông\""));
    }

    private int TaskHits(string query) => Store.Search(new SearchRequest(query, Today: Today)).Hits.Count(h => h.Kind == HitKind.Task);
}

public sealed class SqliteStoreReviewTests() : StoreReviewContract(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreReviewTests(PostgresServer server) : StoreReviewContract(new PostgresBackend(server));

/// <summary>The SQLite store's upgrade of a store that held one document several times (migration 8).</summary>
public sealed class StoreReviewMigrationTests : IDisposable
{
    private static readonly DateOnly Today = new(2025, 6, 1);
    private readonly TestStore _t = new();

    public void Dispose() => _t.Dispose();

    private static ExtractionResult Plan(params TaskItem[] tasks) =>
        Docs.Extraction("Kế hoạch thi đua năm 2025", number: "29/KH-UBND", issuedOn: new DateOnly(2025, 1, 2), issuer: "Ủy ban nhân dân tỉnh Thái Bình", tasks: tasks);

    private static TaskItem[] ThreeTasks(double confidence = 0.9) =>
    [
        Docs.Task("1", "Tuyên truyền sâu rộng về thi đua quokka", lead: ["Sở Nội vụ"], due: new(2025, 9, 1)) with { Confidence = confidence },
        Docs.Task("2", "Tổng kết công tác khen thưởng", lead: ["Sở Tài chính"]) with { Confidence = 0.35 },
        Docs.Task("3", "Báo cáo kết quả thực hiện", lead: ["Sở Nội vụ"]) with { Confidence = 0.8 },
    ];

    [Fact]
    public void A_store_with_a_plan_added_three_times_is_merged_by_the_upgrade()
    {
        // Three documents with one identity, as stores before migration 8 held them.
        foreach (var text in new[] { "a", "b", "c" }) _t.Store.Save(Docs.Ingested(text), Plan(ThreeTasks()));
        _t.Store.Dispose();
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_t.DatabasePath};Pooling=False"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            // Undo migration 8's identity so that the rows look as they did, then let the store merge them again.
            cmd.CommandText = """
                DROP INDEX documents_identity;
                INSERT INTO documents (sha256, source_name, format, kind, number, number_key, issuer, issuer_key, place, issued_on, title,
                  signer_name, signer_position, signer_capacity, text, blocks_json, extraction_json, added_at, identity_key)
                  SELECT sha256 || '-copy', source_name, format, kind, number, number_key, issuer, issuer_key, place, issued_on, title,
                  signer_name, signer_position, signer_capacity, text, blocks_json, extraction_json, added_at, identity_key FROM documents;
                INSERT INTO document_files (sha256, document_id, source_name, format, added_at) SELECT sha256, id, source_name, format, added_at FROM documents WHERE sha256 LIKE '%-copy';
                INSERT INTO tasks (document_id, path, text, category) SELECT max(id), 'x', 'bản trùng quokka', 'Khac' FROM documents;
                INSERT INTO index_changes (document_id, op) SELECT max(id), 'upsert' FROM documents;
                """;
            cmd.ExecuteNonQuery();
            cmd.CommandText = "SELECT count(*) FROM documents";
            Assert.Equal(2L, cmd.ExecuteScalar());
            cmd.CommandText = "DELETE FROM schema_version; INSERT INTO schema_version VALUES (7); DROP TABLE document_files; DROP TABLE agency_aliases; "
                + "ALTER TABLE documents DROP COLUMN identity_key; ALTER TABLE tasks DROP COLUMN confidence; ALTER TABLE tasks DROP COLUMN reviewed_at; "
                + "ALTER TABLE tasks DROP COLUMN ordinal; ALTER TABLE agencies DROP COLUMN in_directory; ALTER TABLE agencies DROP COLUMN parent_key;";
            cmd.ExecuteNonQuery();
        }
        _t.Reopen();
        Assert.Equal(1, _t.Store.Count().Documents);
        var id = _t.Store.ListDocuments(0, 10).Single().Id;
        // The newest row is kept, with its own file and the merged document's (the only files a store before 8 knew).
        Assert.Equal(2, _t.Store.GetDocument(id, Today)!.Versions.Count);
        Assert.Equal("bản trùng quokka", Assert.Single(_t.Store.Search(new SearchRequest("quokka", Today: Today)).Hits).TaskText);
        Assert.True(_t.Store.Check().Ok);
    }
}
