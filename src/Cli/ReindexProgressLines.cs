using DirectiveTracker.Index;

namespace DirectiveTracker.Cli;

/// <summary>
/// Shows how far a search-index rebuild has come as a line on stderr every tenth of the way: a rebuild of a large store
/// (after `dtrack reindex`, or once when an upgrade recreated the index) takes minutes.
/// </summary>
internal sealed class ReindexProgressLines(string what) : IProgress<ReindexProgress>
{
    private int _shownTenths = -1;

    public void Report(ReindexProgress value)
    {
        if (value.Total <= 0) return;
        int tenths = (int)(10L * value.Done / value.Total);
        if (tenths == _shownTenths) return;
        _shownTenths = tenths;
        Console.Error.WriteLine($"{what}: {tenths * 10}% ({value.Done}/{value.Total} văn bản)");
    }

    /// <summary>Progress for the rebuild an upgrade of the store may need when it is opened.</summary>
    public static ReindexProgressLines ForUpgrade() => new("Đang cập nhật chỉ mục tìm kiếm theo dữ liệu đã lưu");
}
