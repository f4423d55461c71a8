using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;

namespace DirectiveTracker.Web.Progress;

/// <summary>
/// The one place the web reaches progress: a store that implements <see cref="IProgressStore"/> (SQLite does; a backend
/// that does not yet gets <see cref="Unavailable"/> on its pages and API).
/// </summary>
public static class ProgressStores
{
    public const string Unavailable =
        "Cơ sở dữ liệu đang dùng chưa hỗ trợ theo dõi tiến độ (cập nhật, lịch sử, đề xuất từ báo cáo, báo cáo tồn đọng). Hãy dùng kho SQLite hoặc liên hệ quản trị.";

    public static IProgressStore? Of(ITrackerStore store) => store as IProgressStore;
}
