using System.Security.Cryptography;
using DirectiveTracker.Index;
using DirectiveTracker.Web.Accounts;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Store;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Exports;

/// <summary>
/// Per-user, per-agency calendar subscriptions: a secret URL (<c>/calendar/SECRET.ics</c>) that calendar programs fetch
/// without a browser login. The feed answers only while its user exists, is not locked out and may still see the agency.
/// </summary>
public sealed class CalendarFeeds(WebDb db, UserManager<TrackerUser> users, IUserClaimsPrincipalFactory<TrackerUser> principals)
{
    public const string PathPrefix = "/calendar/";

    /// <summary>Creates a feed and returns its secret (shown once: only its SHA-256 is kept).</summary>
    public async Task<string?> CreateAsync(string userName, string agencyKey)
    {
        if (await users.FindByNameAsync(userName) is not { } user) return null;
        var secret = "cal_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        db.CalendarFeeds.Add(new CalendarFeed { TokenHash = UserAccounts.HashToken(secret), UserId = user.Id, AgencyKey = agencyKey, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return secret;
    }

    public async Task<List<CalendarFeed>> ListAsync(string userName, string agencyKey) =>
        await users.FindByNameAsync(userName) is { } user
            ? await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == user.Id && f.AgencyKey == agencyKey).OrderBy(f => f.Id).ToListAsync()
            : [];

    /// <summary>Revokes one of the user's feeds; false when it is not theirs or already gone.</summary>
    public async Task<bool> RevokeAsync(string userName, long feedId)
    {
        if (await users.FindByNameAsync(userName) is not { } user) return false;
        return await db.CalendarFeeds.Where(f => f.Id == feedId && f.UserId == user.Id).ExecuteDeleteAsync() > 0;
    }

    /// <summary>The feed's owner as a viewer and its agency; null for an unknown or revoked secret, or a user who may no longer see it.</summary>
    public async Task<(Viewer Viewer, string AgencyKey)?> ResolveAsync(string secret)
    {
        var hash = UserAccounts.HashToken(secret);
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash);
        if (feed is null || await users.FindByIdAsync(feed.UserId) is not { } user || await users.IsLockedOutAsync(user)) return null;
        var viewer = Viewer.From(await principals.CreateAsync(user));
        return viewer.CanSeeAgency(feed.AgencyKey) ? (viewer, feed.AgencyKey) : null;
    }

    /// <summary>GET /calendar/{secret}.ics: anonymous (the secret is the credential); 404 for anything unknown.</summary>
    public static IEndpointRouteBuilder MapCalendarFeeds(IEndpointRouteBuilder app)
    {
        app.MapGet(PathPrefix + "{secret}.ics", async (string secret, CalendarFeeds feeds, StoreLease lease, TaskExports exports, IOptions<TrackerWebOptions> options, HttpContext http) =>
        {
            if (secret.Length > 100 || await feeds.ResolveAsync(secret) is not { } feed || lease.Store.GetAgency(feed.AgencyKey) is not { } agency)
                return Results.NotFound();
            var tasks = lease.Store.ListTasks(new TaskQuery(options.Value.TodayOrNow) { AgencyKey = agency.Key, Limit = 10_000 }).Tasks;
            http.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Text(exports.ICalendar(agency.Name, tasks, http.Request.Host.Host), "text/calendar; charset=utf-8");
        }).AllowAnonymous().DisableAntiforgery();
        return app;
    }
}
