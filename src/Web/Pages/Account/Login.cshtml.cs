using DirectiveTracker.Web.Accounts;
using DirectiveTracker.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DirectiveTracker.Web.Pages.Account;

/// <summary>The only page open without signing in; attempts are rate-limited per client address.</summary>
[EnableRateLimiting(TrackerWebExtensions.LoginRateLimit)]
public sealed class LoginModel(SignInManager<TrackerUser> signIn, ILogger<LoginModel> log) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            log.LogInformation("user {User} signed in", Email);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        log.LogWarning("failed sign-in for {User} (locked out: {Locked})", Email, result.IsLockedOut);
        Error = result.IsLockedOut ? "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Hãy thử lại sau." : "Email hoặc mật khẩu không đúng.";
        return Page();
    }
}
