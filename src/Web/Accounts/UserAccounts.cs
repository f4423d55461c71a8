using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DirectiveTracker.Web.Accounts;

/// <summary>Creates users and API tokens (the CLI's `dtrack user` and the first-run setup use it).</summary>
public sealed class UserAccounts(UserManager<TrackerUser> users, RoleManager<IdentityRole> roles, WebDb db)
{
    /// <summary>Creates the roles when missing.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in TrackerRoles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }

    /// <summary>Adds a user with one role; returns Vietnamese error messages, empty when it worked.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(string email, string password, string role, string? displayName, string? agencyKey)
    {
        await EnsureRolesAsync();
        if (role == TrackerRoles.AgencyStaff && string.IsNullOrWhiteSpace(agencyKey))
            return ["Người dùng Đơn vị cần có cơ quan (--agency)."];
        var user = new TrackerUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName ?? email,
            AgencyKey = role == TrackerRoles.AgencyStaff ? agencyKey : null,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return [.. created.Errors.Select(Describe)];
        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? [] : [.. added.Errors.Select(Describe)];
    }

    /// <summary>Creates an API token for a user; returns the token (shown once) or null when there is no such user.</summary>
    public async Task<string?> CreateTokenAsync(string email, string name)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null) return null;
        var token = "dt_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        db.ApiTokens.Add(new ApiToken { TokenHash = HashToken(token), UserId = user.Id, Name = name, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return token;
    }

    public Task<bool> AnyAdminAsync() =>
        db.UserRoles.Join(db.Roles.Where(r => r.Name == TrackerRoles.Admin), ur => ur.RoleId, r => r.Id, (ur, r) => ur).AnyAsync();

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    /// <summary>Identity's error codes in Vietnamese (its own descriptions are English).</summary>
    private static string Describe(IdentityError e) => e.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => "Tài khoản này đã tồn tại.",
        "InvalidEmail" or "InvalidUserName" => "Địa chỉ email không hợp lệ.",
        "PasswordTooShort" => "Mật khẩu quá ngắn (tối thiểu 8 ký tự).",
        "PasswordRequiresDigit" => "Mật khẩu cần có chữ số.",
        "PasswordRequiresLower" => "Mật khẩu cần có chữ thường.",
        "PasswordRequiresUpper" => "Mật khẩu cần có chữ hoa.",
        "PasswordRequiresNonAlphanumeric" => "Mật khẩu cần có ký tự đặc biệt.",
        _ => $"Không tạo được tài khoản ({e.Code}).",
    };
}
