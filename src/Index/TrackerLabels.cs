using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Index;

/// <summary>Vietnamese labels of document kinds, task categories and statuses (facets, pages, exports).</summary>
public static class TrackerLabels
{
    public static string Of(string facet, string value) => (facet, value) switch
    {
        ("kind", "ChiThi") => "Chỉ thị", ("kind", "KeHoach") => "Kế hoạch", ("kind", "BaoCao") => "Báo cáo",
        ("kind", "QuyetDinh") => "Quyết định", ("kind", "NghiQuyet") => "Nghị quyết", ("kind", "NghiDinh") => "Nghị định",
        ("kind", "ThongTu") => "Thông tư", ("kind", "CongVan") => "Công văn", ("kind", "KetLuan") => "Kết luận",
        ("kind", "Luat") => "Luật", ("kind", "Other") => "Khác",
        ("category", "TuyenTruyen") => "Tuyên truyền", ("category", "BanHanhVanBan") => "Ban hành văn bản",
        ("category", "ToChucPhongTrao") => "Tổ chức phong trào", ("category", "KhenThuong") => "Khen thưởng",
        ("category", "KiemTraGiamSat") => "Kiểm tra, giám sát", ("category", "BaoCao") => "Báo cáo",
        ("category", "ToChucBoMay") => "Tổ chức bộ máy", ("category", "ThamMuu") => "Tham mưu", ("category", "Khac") => "Khác",
        ("status", "InProgress") => "Đang thực hiện", ("status", "DueSoon") => "Sắp đến hạn", ("status", "Overdue") => "Quá hạn",
        ("status", "DoneOnTime") => "Hoàn thành đúng hạn", ("status", "DoneLate") => "Hoàn thành trễ hạn",
        ("status", "Ongoing") => "Thường xuyên", ("status", "NoDeadline") => "Không có thời hạn",
        _ => value,
    };

    public static string Kind(DocumentKind kind) => Of("kind", kind.ToString());

    public static string Category(TaskCategory category) => Of("category", category.ToString());

    /// <summary>A status as pages and exports show it: the monitoring scheme's label (<see cref="StatusNames"/>), as on the task's page.</summary>
    public static string Status(TaskStatus status) => StatusNames.Label(status);

    /// <summary>"Chủ trì" for a lead, "Phối hợp" for a support.</summary>
    public static string Role(string role) => role == "lead" ? "Chủ trì" : "Phối hợp";

    /// <summary>What saving a file did, as users read it.</summary>
    public static string Change(StoreChange change) => change switch
    {
        StoreChange.Added => "thêm mới", StoreChange.Replaced => "cập nhật", StoreChange.NewVersion => "phiên bản mới của văn bản đã có",
        StoreChange.Restored => "phiên bản cũ của văn bản đã có, nay được dùng lại làm phiên bản hiện hành", _ => "không đổi",
    };
}
