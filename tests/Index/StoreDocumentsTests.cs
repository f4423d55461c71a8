using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;

namespace DirectiveTracker.Index.Tests;

/// <summary>Reading, correcting and deleting through ITrackerStore: the index follows every change.</summary>
public sealed class StoreDocumentsTests : IDisposable
{
    private static readonly DateOnly Today = new(2025, 6, 1);
    private readonly TestStore _t = new();

    public void Dispose() => _t.Dispose();

    private (long Doc, long Cited) AddTwo()
    {
        var cited = Docs.Add(_t.Store, Docs.Extraction("Chỉ thị về thi đua", number: "41-CT/TW", kind: DocumentKind.ChiThi));
        var plan = Docs.Add(_t.Store, Docs.Extraction("Kế hoạch thực hiện chỉ thị", number: "29/KH-UBND",
            references: [new Reference(DocumentKind.ChiThi, "41-CT/TW", null, null, ReferenceRelation.Implements)],
            tasks:
            [
                Docs.Task("1", "Tuyên truyền sâu rộng về thi đua", lead: ["Sở Nội vụ"], support: ["Sở Tài chính"], due: new(2025, 5, 1)),
                Docs.Task("2", "Tổng kết công tác khen thưởng", lead: ["Sở Tài chính"], due: new(2025, 6, 5)),
                Docs.Task("3", "Báo cáo kết quả thực hiện", lead: ["Sở Nội vụ"]),
            ]));
        return (plan.DocumentId, cited.DocumentId);
    }

    [Fact]
    public void A_document_comes_back_with_its_tasks_statuses_and_linked_references()
    {
        var (doc, cited) = AddTwo();
        var d = _t.Store.GetDocument(doc, Today)!;
        Assert.Equal("29/KH-UBND", d.Summary.Number);
        Assert.Equal(3, d.Summary.TaskCount);
        Assert.Equal([TaskStatus.Overdue, TaskStatus.DueSoon, TaskStatus.NoDeadline], d.Tasks.Select(t => t.Status));
        Assert.Equal(cited, Assert.Single(d.References).DocumentId);
        Assert.Equal(doc, Assert.Single(_t.Store.GetDocument(cited, Today)!.CitedBy).Id);
        Assert.Null(_t.Store.GetDocument(9999, Today));
    }

    [Fact]
    public void Task_lists_and_dashboard_counts_agree()
    {
        AddTwo();
        var noiVu = _t.Store.AgencyKeyOf("Sở Nội vụ");
        var counts = _t.Store.CountTasksByAgency(Today);
        foreach (var c in counts)
            Assert.Equal(c.Count, _t.Store.ListTasks(new TaskQuery(Today) { AgencyKey = c.AgencyKey, Role = "lead", Status = c.Status }).Total);
        Assert.Equal(2, counts.Where(c => c.AgencyKey == noiVu).Sum(c => c.Count));
        Assert.Equal(2, _t.Store.ListTasks(new TaskQuery(Today) { AgencyKey = _t.Store.AgencyKeyOf("Sở Tài chính") }).Total);
        Assert.Equal(1, _t.Store.ListTasks(new TaskQuery(Today) { Status = TaskStatus.Overdue }).Total);
        var months = _t.Store.CountTasksByMonth(new DateOnly(2025, 4, 1), 3, null);
        Assert.Equal([0, 1, 1], months.Select(m => m.Count));
        var agency = _t.Store.ListAgencies().Single(a => a.Key == noiVu);
        Assert.Equal((2, 0), (agency.Leads, agency.Supports));
    }

    [Fact]
    public void A_correction_changes_the_task_and_its_index_entries_in_one_step()
    {
        var (doc, _) = AddTwo();
        var task = _t.Store.GetDocument(doc, Today)!.Tasks[0];
        var (before, after) = _t.Store.UpdateTask(task.Id, new TaskEdit
        {
            Text = "Tổ chức hội thi quokka", Lead = ["Sở Văn hóa, Thể thao và Du lịch"], Due = new(2025, 9, 30), DeadlineText = "trước ngày 30/9/2025",
            Category = TaskCategory.ToChucPhongTrao,
        }, Today)!.Value;
        Assert.Equal("Tuyên truyền sâu rộng về thi đua", before.Text);
        Assert.Equal(TaskStatus.InProgress, after.Status);
        Assert.Equal(["Sở Văn hóa, Thể thao và Du lịch"], after.Leads.Select(o => o.Name));
        Assert.Equal(["Sở Tài chính"], after.Supports.Select(o => o.Name));
        Assert.Equal(task.Id, Assert.Single(_t.Store.Search(new SearchRequest("quokka", Today: Today)).Hits).TaskId);
        Assert.DoesNotContain(_t.Store.Search(new SearchRequest("\"sâu rộng\"", Today: Today)).Hits, h => h.Kind == HitKind.Task);
        Assert.Single(_t.Store.Search(new SearchRequest("agency:\"Sở Văn hóa, Thể thao và Du lịch\"", Today: Today)).Hits);

        var done = _t.Store.UpdateTask(task.Id, new TaskEdit { CompletedOn = Today }, Today)!.Value.After;
        Assert.Equal(TaskStatus.DoneOnTime, done.Status);
        Assert.Equal("Tổ chức hội thi quokka", done.Text);
        Assert.Null(_t.Store.UpdateTask(9999, new TaskEdit { Text = "x" }, Today));
    }

    [Fact]
    public void Deleting_a_document_removes_its_tasks_and_search_entries()
    {
        var (doc, cited) = AddTwo();
        Assert.True(_t.Store.DeleteDocument(doc));
        Assert.False(_t.Store.DeleteDocument(doc));
        Assert.Null(_t.Store.GetDocument(doc, Today));
        Assert.Equal((1, 0), _t.Store.Count());
        Assert.Empty(_t.Store.Search(new SearchRequest("tuyên truyền", Today: Today)).Hits);
        Assert.Single(_t.Store.Search(new SearchRequest("thi đua", Today: Today)).Hits, h => h.DocumentId == cited);
    }
}
