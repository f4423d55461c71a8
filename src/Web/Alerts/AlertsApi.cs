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
        admin.MapGet("/unmapped", async (HttpContext ctx, AlertStoreSource stores, IStaffDirectory staff) =>
        {
            if (AsAdmin(ctx) is { } refused) return refused;
            var users = await staff.LoadAsync(ctx.RequestAborted);
            using var store = stores.Open();
            return Results.Ok(AlertAddresses.Unmapped(store, users));
        });
        admin.MapGet("/failed", (HttpContext ctx, AlertStoreSource stores) =>
        {
            if (AsAdmin(ctx) is { } refused) return refused;
            using var store = stores.Open();
            return Results.Ok(store.Outbox("failed").Select(m => new { m.Id, m.Channel, m.Recipient, m.Subject, m.Attempts, m.LastError, m.CreatedAt }));
        });

        var me = app.MapGroup("/api/notifications");
        me.MapGet("/unread", (HttpContext ctx, AlertStoreSource stores) =>
        {
            if (ctx.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id) return Results.Unauthorized();
            if (ctx.User.FindFirstValue(Accounts.TrackerClaims.Agency) is not { } agency) return Results.Ok(new { unread = 0 });
            using var store = stores.Open();
            return Results.Ok(new { unread = store.UnreadNotifications(agency, id) });
        });
    }

    /// <summary>Null for an admin; otherwise the refusal (401 signed out, 403 another role).</summary>
    private static IResult? AsAdmin(HttpContext ctx) =>
        ctx.User.Identity?.IsAuthenticated != true ? Results.Unauthorized() : ctx.User.IsInRole("Admin") ? null : Results.StatusCode(StatusCodes.Status403Forbidden);
}
