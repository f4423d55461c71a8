using DirectiveTracker.Index.Progress;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Index.Storage;

namespace DirectiveTracker.Index.Tests.Progress;

/// <summary>The due-soon window from configuration (<c>Progress:DueSoonDays</c>) holds in the task lists and in search alike.</summary>
public sealed class DueSoonSettingTests : IDisposable
{
    private static readonly DateOnly Today = new(2025, 3, 10);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dtrack-duesoon-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private SqliteTrackerStore Open(int? dueSoonDays)
    {
        var options = new TrackerStoreOptions { DatabasePath = Path.Combine(_folder, "tracker.db") };
        if (dueSoonDays is { } days) options.Status = new StatusOptions { DueSoonDays = days };
        return new SqliteTrackerStore(options);
    }

    private static (TaskStatus Listed, bool Searched) StatusOfTaskDueIn15Days(ITrackerStore store)
    {
        var id = store.ListTasks(new TaskQuery(Today) { Limit = 10 }).Tasks.Single().Id;
        var listed = store.ListTasks(new TaskQuery(Today) { Limit = 10 }).Tasks.Single().Status;
        bool searched = store.Search(new SearchRequest("status:sap-den-han", Limit: 10, Today: Today)).Hits.Any(h => h.TaskId == id);
        return (listed, searched);
    }

    [Fact]
    public void A_longer_due_soon_window_makes_a_task_due_in_15_days_due_soon_in_lists_and_search()
    {
        Directory.CreateDirectory(_folder);
        using (var store = Open(dueSoonDays: null))
        {
            Docs.Add(store, Docs.Extraction("Kế hoạch năm 2025", "12/KH-UBND", issuedOn: new DateOnly(2025, 1, 5),
                issuer: "Ủy ban nhân dân tỉnh Thái Bình",
                tasks: [Docs.Task("1", "Sở Nội vụ trình phương án.", ["Sở Nội vụ"], due: Today.AddDays(15))]));
            Assert.Equal((TaskStatus.InProgress, false), StatusOfTaskDueIn15Days(store));
        }
        using (var store = Open(dueSoonDays: 20))
            Assert.Equal((TaskStatus.DueSoon, true), StatusOfTaskDueIn15Days(store));
    }
}
