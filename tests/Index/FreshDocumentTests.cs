using System.Runtime.CompilerServices;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Storage;

namespace DirectiveTracker.Index.Tests;

/// <summary>Every test of this assembly checks each document the index takes from a save against its rows read back.</summary>
internal static class FreshDocumentsChecked
{
    [ModuleInitializer]
    internal static void Check() => IndexFollower.CheckFresh = true;
}

/// <summary>
/// A bulk save hands its new documents to the index as written (<see cref="IndexFollower.Fresh"/>) instead of the
/// index reading them back: what it hands over is what the rows read back (<see cref="IndexSource.LoadForIndex"/>).
/// </summary>
public sealed class FreshDocumentTests : IDisposable
{
    private readonly TestStore _t = new();
    public void Dispose() => _t.Dispose();

    private static TaskItem With(TaskItem t, Deadline? deadline, TaskCategory category = TaskCategory.TuyenTruyen) => t with { Deadline = deadline, Category = category };

    [Fact]
    public void A_saved_document_handed_to_the_index_is_its_rows_read_back()
    {
        var issued = new DateOnly(2025, 3, 4);
        var references = new Reference[]
        {
            new(DocumentKind.ChiThi, "41-CT/TW", null, null, ReferenceRelation.Implements),
            new(DocumentKind.ChiThi, "41-CT/TW", null, null, ReferenceRelation.Implements),
            new(DocumentKind.NghiQuyet, "48/NQ-CP", null, null, ReferenceRelation.Implements),
            new(DocumentKind.QuyetDinh, "1237/QĐ-TTg", null, null, ReferenceRelation.Basis),
        };
        var tasks = new[]
        {
            // The same agency twice as lead (a second spelling of its key: one row), lead and support, padded names, no owner.
            Docs.Task("1", "Tuyên truyền Chỉ thị 41", ["Sở Nội vụ", " Sở Nội vụ ", "Sở Tư pháp"], ["Sở Nội vụ", "Công an tỉnh", ""]),
            With(Docs.Task("2", "Báo cáo định kỳ", ["Sở Y tế"]), new Deadline(DeadlineKind.Recurring, null, Recurrence.Quarter, "hằng quý")),
            With(Docs.Task("3", "Hoàn thành trong năm", ["Sở Tài chính"]), new Deadline(DeadlineKind.Period, new DateOnly(2025, 12, 31), null, "trong năm 2025")),
            Docs.Task("4", "Việc không ai nhận"),
            Docs.Task("5", "Việc có hạn", ["Ủy ban nhân dân các huyện, thị xã, thành phố"], due: new DateOnly(2025, 6, 30)),
        };
        var plan = Docs.Extraction("Kế hoạch thực hiện Chỉ thị 41-CT/TW năm 2025", "29/KH-UBND", issuedOn: issued,
            issuer: "Ủy ban nhân dân tỉnh Thái Bình", references: references, tasks: tasks).At("Thái Bình");
        var bare = Docs.Extraction(null, tasks: [Docs.Task("1", "Một việc")]);
        var outcomes = _t.Store.SaveMany([(Docs.Ingested("Kế hoạch 29"), plan), (Docs.Ingested("Văn bản không số"), bare)]);
        Assert.All(outcomes, o => Assert.Null(o.IndexWarning));
        Assert.All(outcomes, o => Assert.Equal(StoreChange.Added, o.Change));
        Assert.Single(_t.Store.Search(new Search.SearchRequest("implements:41-CT/TW \"không ai nhận\"")).Hits);
    }

    [Fact]
    public void A_document_saved_twice_in_one_batch_is_indexed_as_its_last_version()
    {
        var first = Docs.Extraction("Kế hoạch tuyên truyền", "7/KH-UBND", issuedOn: new DateOnly(2025, 1, 2), issuer: "Sở Nội vụ",
            tasks: [Docs.Task("1", "Việc thứ nhất", ["Sở Nội vụ"])]);
        var second = first with { Tasks = [Docs.Task("1", "Việc thứ hai", ["Sở Tư pháp"])] };
        var outcomes = _t.Store.SaveMany([(Docs.Ingested("bản một"), first), (Docs.Ingested("bản hai"), second)]);
        Assert.All(outcomes, o => Assert.Null(o.IndexWarning));
        Assert.Equal(outcomes[0].DocumentId, outcomes[1].DocumentId);
        Assert.Empty(_t.Store.Search(new Search.SearchRequest("\"việc thứ nhất\"")).Hits);
        Assert.Single(_t.Store.Search(new Search.SearchRequest("\"việc thứ hai\" agency:\"Sở Tư pháp\"")).Hits);
    }
}
