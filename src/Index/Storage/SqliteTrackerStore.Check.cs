using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Index.Storage;

/// <summary>One verification of <c>dtrack check</c>: what was checked, whether it holds, and how to repair it if not.</summary>
/// <param name="Name">Short Vietnamese name of the check.</param>
/// <param name="Detail">What was found (Vietnamese).</param>
/// <param name="Repair">What to do when it fails (Vietnamese), null when it holds.</param>
public sealed record StoreCheckFinding(string Name, bool Ok, string Detail, string? Repair = null);

/// <summary>The result of verifying a store: the file's integrity, then the search index against the data.</summary>
public sealed record StoreCheckReport(IReadOnlyList<StoreCheckFinding> Findings)
{
    public bool Ok => Findings.All(f => f.Ok);
}

// `dtrack check`: verifies the store without changing it.
public sealed partial class SqliteTrackerStore
{
    private const string RepairIndex = "Chạy `dtrack reindex` để lập lại chỉ mục từ dữ liệu đã lưu.";
    private const string RepairFile =
        "Khôi phục tracker.db từ bản sao lưu; nếu không có, cứu dữ liệu bằng `sqlite3 tracker.db \".recover\" | sqlite3 moi.db`, "
        + "đặt moi.db thành tracker.db trong một thư mục dữ liệu mới rồi chạy `dtrack reindex`.";

    /// <summary>Verifies the database file (SQLite integrity, foreign keys) and the search index against the documents and tasks.</summary>
    public StoreCheckReport Check()
    {
        var findings = new List<StoreCheckFinding>();
        var integrity = Strings("PRAGMA integrity_check(20)");
        bool fileOk = integrity is ["ok"];
        findings.Add(fileOk
            ? new("Tính toàn vẹn của tệp", true, "SQLite integrity_check: ok")
            : new("Tính toàn vẹn của tệp", false, "SQLite báo lỗi: " + string.Join("; ", integrity.Take(5)), RepairFile));
        if (!fileOk) return new StoreCheckReport(findings); // the rest would read a damaged file

        var orphans = Strings("PRAGMA foreign_key_check");
        findings.Add(orphans.Count == 0
            ? new("Khóa ngoại", true, "không có dòng mồ côi")
            : new("Khóa ngoại", false, $"{orphans.Count} dòng tham chiếu tới dữ liệu không còn", RepairFile));

        long version = Migrations.CurrentVersion(_db, null);
        findings.Add(version == Migrations.Steps.Length
            ? new("Phiên bản lược đồ", true, $"{version}")
            : new("Phiên bản lược đồ", false, $"{version}, cần {Migrations.Steps.Length}", "Chạy `dtrack reindex` (người có quyền ghi) để nâng cấp."));

        // The search index against the data: the same comparison the repair makes, without changing anything.
        var (docs, tasks) = Count();
        int drifted = _follower.CountDrifted();
        int backlog = _follower.Backlog();
        bool indexOk = drifted == 0 && backlog == 0;
        findings.Add(indexOk
            ? new("Chỉ mục so với dữ liệu", true, $"{docs} văn bản, {tasks} nhiệm vụ đều có trong chỉ mục")
            : new("Chỉ mục so với dữ liệu", false,
                $"{drifted} văn bản lệch giữa chỉ mục và dữ liệu, {backlog} thay đổi chưa đưa vào chỉ mục", RepairIndex));
        return new StoreCheckReport(findings);
    }

    private List<string> Strings(string sql)
    {
        using var cmd = Command(sql, null);
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read()) rows.Add(string.Join(" ", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    private long Scalar(string sql)
    {
        using var cmd = Command(sql, null);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
