using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DirectiveTracker.Web.Pages;

/// <summary>The page shown for an error status (the status code itself is kept); open to all, it shows no data.</summary>
[AllowAnonymous, IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnPost(int code) => OnGet(code);

    public void OnGet(int code)
    {
        (Title, Message) = code switch
        {
            404 => ("Không tìm thấy", "Trang hoặc mục bạn tìm không có, hoặc bạn không có quyền xem."),
            403 => ("Không có quyền", "Tài khoản của bạn không được phép làm việc này."),
            400 => ("Yêu cầu không hợp lệ", "Biểu mẫu đã hết hạn hoặc dữ liệu không hợp lệ. Hãy tải lại trang và thử lại."),
            429 => ("Quá nhiều lần thử", "Bạn đã thử quá nhiều lần. Hãy đợi một phút rồi thử lại."),
            _ => ("Đã xảy ra lỗi", "Hệ thống không xử lý được yêu cầu."),
        };
    }
}
