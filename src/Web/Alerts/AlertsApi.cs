using System.Security.Claims;
using DirectiveTracker.Index.Alerts;

namespace DirectiveTracker.Web.Alerts;

/// <summary>
/// Read endpoints for the web's pages: unmapped owners and failed messages (admins), and the bell's unread count and list
/// (a signed-in user, for their agency). JSON; the pages that show them belong to the web application.
/// </summary>
internal static class AlertsApi
{
    public static void Map(WebApplication app)
    {
        var admin = app.MapGroup("/admin/alerts");
        admin.MapGet("/unmapped", (HttpContext ctx, AlertStoreSource stores) => AsAdmin(ctx, () =>
        {
            using var store = stores.Open();
            return Results.Ok(store.UnmappedOwners());
        }));
        admin.MapGet("/failed", (HttpContext ctx, AlertStoreSource stores) => AsAdmin(ctx, () =>
        {
            using var store = stores.Open();
            return Results.Ok(store.Outbox("failed").Select(m => new { m.Id, m.Channel, m.Recipient, m.Subject, m.Attempts, m.LastError, m.CreatedAt }));
        }));

        var me = app.MapGroup("/api/notifications");
        me.MapGet("/unread", (HttpContext ctx, AlertStoreSource stores) =>
        {
            if (ctx.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id) return Results.Unauthorized();
            if (ctx.User.FindFirstValue(Accounts.TrackerClaims.Agency) is not { } agency) return Results.Ok(new { unread = 0 });
            using var store = stores.Open();
            return Results.Ok(new { unread = store.UnreadNotifications(agency, id) });
        });
    }

    private static IResult AsAdmin(HttpContext ctx, Func<IResult> run) =>
        ctx.User.Identity?.IsAuthenticated != true ? Results.Unauthorized() : ctx.User.IsInRole("Admin") ? run() : Results.StatusCode(StatusCodes.Status403Forbidden);
}
