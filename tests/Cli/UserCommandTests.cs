namespace DirectiveTracker.Cli.Tests;

/// <summary>`dtrack user add` and `dtrack user token` against a real account database in a data folder.</summary>
public sealed class UserCommandTests
{
    [Fact]
    public async Task Adds_the_first_admin_refuses_a_duplicate_and_issues_a_token()
    {
        using var dir = new TempFolder();
        var added = await Dtrack.RunAsync("user", "add", "admin@example.vn", "--role", "admin", "--data", dir.Path);
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("Đã tạo tài khoản admin@example.vn (Quản trị).", added.Out);
        Assert.Matches("Mật khẩu: \\S{8,}", added.Out);
        Assert.True(File.Exists(dir.File("users.db")));

        var again = await Dtrack.RunAsync("user", "add", "admin@example.vn", "--role", "admin", "--password", "matkhau123", "--data", dir.Path);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("Tài khoản này đã tồn tại.", again.Err);

        var token = await Dtrack.RunAsync("user", "token", "admin@example.vn", "--data", dir.Path);
        Assert.Equal(0, token.ExitCode);
        Assert.Matches("^dt_[0-9a-f]{48}$", token.Out.Trim());
        Assert.Equal(1, (await Dtrack.RunAsync("user", "token", "ai@example.vn", "--data", dir.Path)).ExitCode);
    }

    [Fact]
    public async Task Refuses_an_unknown_role_a_short_password_and_an_agency_user_without_agency()
    {
        using var dir = new TempFolder();
        Assert.Equal(2, (await Dtrack.RunAsync("user", "add", "a@example.vn", "--role", "boss", "--data", dir.Path)).ExitCode);
        var shortPassword = await Dtrack.RunAsync("user", "add", "a@example.vn", "--role", "clerk", "--password", "123", "--data", dir.Path);
        Assert.Equal(1, shortPassword.ExitCode);
        Assert.Contains("Mật khẩu quá ngắn", shortPassword.Err);
        var noAgency = await Dtrack.RunAsync("user", "add", "b@example.vn", "--role", "agency", "--password", "matkhau123", "--data", dir.Path);
        Assert.Equal(1, noAgency.ExitCode);
        Assert.Contains("cần có cơ quan", noAgency.Err);
        var agency = await Dtrack.RunAsync("user", "add", "c@example.vn", "--role", "Đơn vị", "--agency", "Sở Nội vụ", "--password", "matkhau123", "--data", dir.Path);
        Assert.Equal(0, agency.ExitCode);
        Assert.Contains("(Đơn vị), cơ quan Sở Nội vụ", agency.Out);
    }
}
