using DirectiveTracker.Index.Alerts;
using DirectiveTracker.Index.Tests;
using DirectiveTracker.Web.Accounts;
using DirectiveTracker.Web.Alerts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DirectiveTracker.Alerts.Tests;

/// <summary>Digests reach the web's users (users.db, ASP.NET Core Identity): leaders, and each agency's staff beside the directory.</summary>
public sealed class RecipientTests : IDisposable
{
    private static readonly DateOnly Wednesday = new(2025, 3, 26);
    private readonly TestStore _db = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2025, 3, 26, 0, 5, 0, TimeSpan.Zero));
    private readonly ServiceProvider _accounts;

    public RecipientTests() => _accounts = AccountServices.ForCommandLine(_db.Folder);

    public void Dispose()
    {
        _accounts.Dispose();
        _db.Dispose();
    }

    private async Task AddUser(string email, string role, string? agency = null, bool locked = false)
    {
        using var scope = _accounts.CreateScope();
        await AccountServices.EnsureCreatedAsync(scope.ServiceProvider);
        var key = agency is null ? null : _db.Store.AgencyKeyOf(agency);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(email, "matkhau123", role, null, key));
        if (!locked) return;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(email))!, DateTimeOffset.MaxValue);
    }

    private UserStaffDirectory Directory() =>
        new(_accounts.GetRequiredService<IServiceScopeFactory>(), AccountServices.DatabasePath(_db.Folder), _clock, NullLogger<UserStaffDirectory>.Instance);

    private void AddPlan()
    {
        Docs.Add(_db.Store, Docs.Extraction("Kế hoạch cải cách hành chính năm 2025", "12/KH-UBND", tasks:
        [
            Docs.Task("1", "Rà soát, đơn giản hóa thủ tục hành chính", ["Sở Nội vụ"], ["Sở Tư pháp"], Wednesday),
            Docs.Task("2", "Kiện toàn tổ chức", ["Ban Dân tộc"], due: Wednesday.AddDays(-7)),
            Docs.Task("3", "Số hóa hồ sơ", ["Sở Y tế"], due: Wednesday),
        ]));
        _db.Store.SetAgencyEmails("so noi vu", ["snv@hanoi.gov.vn"]);
    }

    [Fact]
    public async Task Leaders_digest_goes_to_leader_accounts_and_each_agency_digest_to_its_staff_beside_the_directory()
    {
        AddPlan();
        await AddUser("lanhdao@hanoi.gov.vn", TrackerRoles.Leader);
        await AddUser("lanhdao.nghi@hanoi.gov.vn", TrackerRoles.Leader, locked: true);   // a disabled account
        await AddUser("canbo.noivu@hanoi.gov.vn", TrackerRoles.AgencyStaff, "Sở Nội vụ");
        await AddUser("canbo.tuphap@hanoi.gov.vn", TrackerRoles.AgencyStaff, "Sở Tư pháp");
        await AddUser("canbo.dantoc@hanoi.gov.vn", TrackerRoles.AgencyStaff, "Ban Dân tộc");
        await AddUser("vanthu@hanoi.gov.vn", TrackerRoles.Clerk);
        await AddUser("quantri@hanoi.gov.vn", TrackerRoles.Admin);
        Assert.Equal(3, new AlertScan(_db.Store, new AlertOptions(), _clock).Run().Alerts.Count);

        using var smtp = SmtpServer.Started();
        var delivery = new DeliveryOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "None" } };
        var sender = new OutboxSender([new SmtpChannel(delivery.Smtp, [], Directory())], delivery, _clock, NullLogger<OutboxSender>.Instance);
        var pass = await sender.SendDueAsync(_db.Store);
        // Nội vụ, Tư pháp, Dân tộc, leaders; Sở Y tế has neither an address nor a staff account.
        Assert.Equal((4, 1), (pass.Sent, pass.Unmapped));

        var to = smtp.Messages().ToDictionary(m => m.Subject ?? "", m => m.To.Mailboxes.Select(a => a.Address).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["canbo.noivu@hanoi.gov.vn", "snv@hanoi.gov.vn"], Assert.Single(to, kv => kv.Key.Contains("Sở Nội vụ", StringComparison.Ordinal)).Value);
        Assert.Equal(["canbo.tuphap@hanoi.gov.vn"], Assert.Single(to, kv => kv.Key.Contains("Sở Tư pháp", StringComparison.Ordinal)).Value);
        Assert.Equal(["canbo.dantoc@hanoi.gov.vn"], Assert.Single(to, kv => kv.Key.Contains("Ban Dân tộc", StringComparison.Ordinal)).Value);
        Assert.Equal(["lanhdao@hanoi.gov.vn"], Assert.Single(to, kv => kv.Key.StartsWith("Tổng hợp", StringComparison.Ordinal)).Value);
        Assert.DoesNotContain(to.Values.SelectMany(v => v), a => a.StartsWith("vanthu", StringComparison.Ordinal) || a.StartsWith("quantri", StringComparison.Ordinal));

        // Unmapped for admins: only the owner nobody can be reached at (the store alone would also list Tư pháp and Dân tộc).
        Assert.Equal(3, _db.Store.UnmappedOwners().Count);
        Assert.Equal("so y te", Assert.Single(AlertAddresses.Unmapped(_db.Store, await Directory().LoadAsync(default))).AgencyKey);

        // A staff account added later takes the waiting digest.
        await AddUser("canbo.yte@hanoi.gov.vn", TrackerRoles.AgencyStaff, "Sở Y tế");
        _clock.Now = _clock.Now.AddHours(2);
        Assert.Equal(1, (await sender.SendDueAsync(_db.Store)).Sent);
        Assert.Single(smtp.Messages(), m => m.To.Mailboxes.Any(a => a.Address == "canbo.yte@hanoi.gov.vn"));
        Assert.Empty(AlertAddresses.Unmapped(_db.Store, await Directory().LoadAsync(default)));
    }

    [Fact]
    public async Task Without_an_accounts_database_digests_go_to_the_directory_and_the_configured_leaders()
    {
        AddPlan();
        Assert.False(File.Exists(AccountServices.DatabasePath(_db.Folder)));
        new AlertScan(_db.Store, new AlertOptions(), _clock).Run();
        using var smtp = SmtpServer.Started();
        var delivery = new DeliveryOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "None" } };
        var sender = new OutboxSender([new SmtpChannel(delivery.Smtp, ["lanhdao@hanoi.gov.vn"], Directory())], delivery, _clock, NullLogger<OutboxSender>.Instance);
        Assert.Equal((2, 3), ((await sender.SendDueAsync(_db.Store)).Sent, _db.Store.UnmappedOwners().Count));
        Assert.False(File.Exists(AccountServices.DatabasePath(_db.Folder)));   // looking did not create an empty one
    }
}
