using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DirectiveTracker.Web.Accounts;

/// <summary>The account store (users.db in the data folder) as the web host and the CLI's `dtrack user` both set it up.</summary>
public static class AccountServices
{
    public const string DatabaseFileName = "users.db";

    public static string DatabasePath(string dataFolder) => Path.Combine(dataFolder, DatabaseFileName);

    public static void AddAccountDatabase(this IServiceCollection services, string dataFolder) =>
        services.AddDbContext<WebDb>(o => o.UseSqlite($"Data Source={DatabasePath(dataFolder)}"));

    public static void ConfigureIdentity(IdentityOptions o)
    {
        o.Password.RequiredLength = 8;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequireUppercase = false;
        o.Lockout.MaxFailedAccessAttempts = 10;
        o.User.RequireUniqueEmail = true;
    }

    /// <summary>For the command line: users, roles and tokens without the web host.</summary>
    public static ServiceProvider ForCommandLine(string dataFolder)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAccountDatabase(dataFolder);
        services.AddIdentityCore<TrackerUser>(ConfigureIdentity).AddRoles<IdentityRole>().AddEntityFrameworkStores<WebDb>();
        services.AddScoped<UserAccounts>();
        return services.BuildServiceProvider();
    }

    /// <summary>Creates the account database when missing (its schema is Identity's plus the tables of <see cref="WebDb"/>).</summary>
    public static async Task EnsureCreatedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<WebDb>();
        await db.Database.EnsureCreatedAsync();
        await db.Database.ExecuteSqlRawAsync(WebDb.AddedTables);
        await services.GetRequiredService<UserAccounts>().EnsureRolesAsync();
    }
}
