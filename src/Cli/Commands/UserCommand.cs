using System.CommandLine;
using System.Security.Cryptography;
using DirectiveTracker.Index;
using DirectiveTracker.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack user add EMAIL --role admin` and `dtrack user token EMAIL` — accounts of the web application.</summary>
internal static class UserCommand
{
    public static Command Create()
    {
        var email = new Argument<string>("email") { Description = "Email dùng để đăng nhập" };
        var role = new Option<string>("--role") { Description = "Vai trò: admin (Quản trị), clerk (Văn thư), leader (Lãnh đạo), agency (Đơn vị)", Required = true };
        var password = new Option<string?>("--password") { Description = "Mật khẩu (tối thiểu 8 ký tự); bỏ trống để tạo ngẫu nhiên" };
        var name = new Option<string?>("--name") { Description = "Tên hiển thị" };
        var agency = new Option<string?>("--agency") { Description = "Cơ quan của người dùng Đơn vị, ví dụ \"Sở Nội vụ\"" };
        var data = AddCommand.DataOption();
        var add = new Command("add", "Tạo tài khoản người dùng") { email, role, password, name, agency, data };
        add.SetAction((r, ct) => AddAsync(r.GetValue(email)!, r.GetValue(role)!, r.GetValue(password), r.GetValue(name), r.GetValue(agency), r.GetValue(data)));

        var tokenEmail = new Argument<string>("email") { Description = "Email của tài khoản" };
        var tokenName = new Option<string>("--name") { Description = "Tên gợi nhớ của mã", DefaultValueFactory = _ => "api" };
        var tokenData = AddCommand.DataOption();
        var token = new Command("token", "Tạo mã truy cập API cho một tài khoản") { tokenEmail, tokenName, tokenData };
        token.SetAction((r, ct) => TokenAsync(r.GetValue(tokenEmail)!, r.GetValue(tokenName)!, r.GetValue(tokenData)));

        return new Command("user", "Quản lý tài khoản của ứng dụng web") { add, token };
    }

    internal static async Task<int> AddAsync(string email, string roleText, string? password, string? name, string? agencyName, string? dataFolder)
    {
        var role = TrackerRoles.Parse(roleText is "agency" ? TrackerRoles.AgencyStaff : roleText);
        if (role is null) { Console.Error.WriteLine($"Vai trò không hợp lệ: {roleText}. Chọn admin, clerk, leader hoặc agency."); return 2; }
        string? agencyKey = null;
        if (agencyName is not null)
        {
            using var store = StoreAccess.OpenForWriting(TrackerDataFolder.DatabasePath(dataFolder));
            agencyKey = store.AgencyKeyOf(agencyName);
            if (agencyKey.Length == 0) { Console.Error.WriteLine($"Tên cơ quan không hợp lệ: {agencyName}"); return 2; }
        }
        bool generated = password is null;
        password ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
        await using var services = AccountServices.ForCommandLine(TrackerDataFolder.Resolve(dataFolder));
        using var scope = services.CreateScope();
        await AccountServices.EnsureCreatedAsync(scope.ServiceProvider);
        var errors = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(email, password, role, name, agencyKey);
        if (errors.Count > 0)
        {
            foreach (var e in errors) Console.Error.WriteLine("Lỗi: " + e);
            return 1;
        }
        Console.Out.WriteLine($"Đã tạo tài khoản {email} ({TrackerRoles.Label(role)}){(agencyKey is null ? "" : $", cơ quan {agencyName}")}.");
        if (generated) Console.Out.WriteLine($"Mật khẩu: {password}");
        return 0;
    }

    private static async Task<int> TokenAsync(string email, string name, string? dataFolder)
    {
        await using var services = AccountServices.ForCommandLine(TrackerDataFolder.Resolve(dataFolder));
        using var scope = services.CreateScope();
        await AccountServices.EnsureCreatedAsync(scope.ServiceProvider);
        var token = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateTokenAsync(email, name);
        if (token is null) { Console.Error.WriteLine($"Không có tài khoản {email}."); return 1; }
        Console.Out.WriteLine(token);
        return 0;
    }
}
