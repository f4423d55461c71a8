using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Index.Storage;

/// <summary>Why the store cannot be used; a stable reason, a Vietnamese message for users and an English one for logs.</summary>
public sealed class StoreException(StoreProblem problem, string userMessage, string logMessage, Exception? inner = null)
    : Exception(logMessage, inner)
{
    public StoreProblem Problem { get; } = problem;

    /// <summary>What to tell the user, in Vietnamese, with what to do.</summary>
    public string UserMessage { get; } = userMessage;
}

/// <summary>Stable reasons a store cannot be opened or written.</summary>
public enum StoreProblem { NotAFolder, NotADatabase, Corrupt, Busy, ReadOnly, NeedsUpgrade, Unreadable, Conflict }

/// <summary>Turns what SQLite and the file system say into <see cref="StoreException"/>s that tell the user what to do.</summary>
public static class StoreErrors
{
    public static StoreException NotAFolder(string folder, Exception? inner = null) =>
        new(StoreProblem.NotAFolder,
            $"Thư mục dữ liệu \"{folder}\" không dùng được: đó là một tệp, không phải thư mục. Hãy chọn thư mục khác bằng --data.",
            $"data folder {folder} is not a directory", inner);

    public static StoreException Busy(string database, string? holder, TimeSpan waited) =>
        new(StoreProblem.Busy,
            $"Kho dữ liệu {database} đang bận: {holder ?? "một tiến trình khác đang ghi vào kho"}. "
            + $"Đã chờ {waited.TotalSeconds:0} giây; hãy chạy lại lệnh khi tiến trình đó xong.",
            $"store {database} stayed locked for {waited.TotalSeconds:0.#} s (holder: {holder ?? "unknown"})");

    public static StoreException NeedsUpgrade(string database, long version, int latest) =>
        new(StoreProblem.NeedsUpgrade,
            $"Kho dữ liệu {database} thuộc phiên bản cũ (lược đồ {version}, cần {latest}) và chỉ mở được ở chế độ chỉ đọc. "
            + "Người có quyền ghi cần chạy `dtrack reindex` một lần để nâng cấp.",
            $"read-only open of schema version {version}, latest is {latest}");

    /// <summary>The message for an SQLite failure on <paramref name="database"/>, or null when it is not about the file itself.</summary>
    public static StoreException? From(SqliteException e, string database) => e.SqliteErrorCode switch
    {
        26 => new(StoreProblem.NotADatabase,
            $"Tệp {database} không phải kho dữ liệu của DirectiveTracker (không phải cơ sở dữ liệu SQLite). "
            + "Hãy kiểm tra --data, hoặc đổi tên tệp đó rồi chạy `dtrack add` để tạo kho mới.",
            $"{database} is not an SQLite database: {e.Message}", e),
        11 => new(StoreProblem.Corrupt,
            $"Kho dữ liệu {database} bị hỏng (tệp bị cắt cụt hoặc ghi dở). Chạy `dtrack check --data …` để xem chi tiết; "
            + "khôi phục từ bản sao lưu, hoặc `sqlite3 tracker.db \".recover\" | sqlite3 moi.db` rồi `dtrack reindex` trên kho mới.",
            $"{database} is corrupt: {e.Message}", e),
        8 => new(StoreProblem.ReadOnly,
            $"Không có quyền ghi vào kho dữ liệu {database}. Lệnh `dtrack search` chỉ cần quyền đọc; "
            + "để thêm văn bản cần quyền ghi vào thư mục dữ liệu.",
            $"{database} is read-only for this user: {e.Message}", e),
        14 or 23 => new(StoreProblem.Unreadable,
            $"Không mở được kho dữ liệu {database}: thiếu quyền truy cập hoặc đường dẫn không phải tệp dữ liệu.",
            $"cannot open {database}: {e.Message}", e),
        5 or 6 => Busy(database, null, TimeSpan.Zero),
        _ => null,
    };
}
