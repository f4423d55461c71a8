using DirectiveTracker.Web.Accounts;

namespace DirectiveTracker.Web.Review;

/// <summary>What an audit entry did, in the words of the history list.</summary>
public static class AuditLabels
{
    public static string Of(AuditEntry a) => a.Action switch
    {
        "task.update" => $"sửa nhiệm vụ #{a.TaskId}",
        "task.add" => $"thêm nhiệm vụ #{a.TaskId}",
        "task.delete" => $"xóa nhiệm vụ #{a.TaskId}",
        "task.split" => $"tách nhiệm vụ #{a.TaskId}",
        "task.merge" => $"gộp nhiệm vụ vào #{a.TaskId}",
        "document.confirm" => "xác nhận văn bản",
        "document.replace" => "thay tệp (phiên bản mới)",
        "document.delete" => "xóa văn bản",
        "proposal.accept" => $"chấp nhận đề xuất tiến độ cho nhiệm vụ #{a.TaskId}",
        "proposal.reject" => $"từ chối đề xuất tiến độ cho nhiệm vụ #{a.TaskId}",
        _ => a.Action,
    };
}
