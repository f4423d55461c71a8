using System.Threading.RateLimiting;
using DirectiveTracker.Extract;
using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Storage;
using DirectiveTracker.Ingest;
using DirectiveTracker.Web.Accounts;
using DirectiveTracker.Web.Api;
using DirectiveTracker.Web.Exports;
using DirectiveTracker.Web.Progress;
using DirectiveTracker.Web.Review;
using DirectiveTracker.Web.Store;
using DirectiveTracker.Web.Uploads;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Hosting;

/// <summary>The web application's registrations (eShop style): options, store, accounts, security, pages and API.</summary>
public static class TrackerWebExtensions
{
    public const string LoginRateLimit = "login";

    /// <summary>Registers everything the application needs; options come from the "Tracker" and "Ingest" sections.</summary>
    public static WebApplicationBuilder AddTracker(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TrackerWebOptions>().BindConfiguration("Tracker");
        services.AddOptions<IngestOptions>().BindConfiguration("Ingest");
        var options = builder.Configuration.GetSection("Tracker").Get<TrackerWebOptions>() ?? new TrackerWebOptions();
        var dataFolder = options.ResolvedDataFolder;
        Directory.CreateDirectory(dataFolder);

        // The store, through its interface only; one open store per concurrent request, pooled.
        // Store:Provider = Sqlite (default, tracker.db in the data folder) or Postgres with ConnectionStrings:Tracker;
        // Progress:DueSoonDays sets when a task is "Sắp đến hạn" in every list and in search.
        services.AddSingleton(TrackerStores.Select(builder.Configuration["Store:Provider"], builder.Configuration.GetConnectionString("Tracker"), dataFolder,
            status: builder.Configuration.GetSection("Progress").Get<DirectiveTracker.Index.Progress.StatusOptions>()));
        services.AddSingleton<StorePool>();
        services.AddScoped<StoreLease>();
        services.AddSingleton<IDocumentIngestor>(sp => IngestServices.CreateDefault(sp.GetRequiredService<IOptions<IngestOptions>>().Value, sp.GetRequiredService<ILoggerFactory>()));
        // The data folder's retrained models when valid, else the shipped ones; a new retraining is used from the next document on.
        services.AddSingleton<IDocumentExtractor>(sp => new CurrentModelExtractor(
            ModelFolder.ForDataFolder(dataFolder, sp.GetRequiredService<ILogger<ModelFolder>>()), sp.GetRequiredService<ILogger<DocumentExtractor>>()));
        services.AddSingleton(OriginalFiles.ForDataFolder(dataFolder));
        services.AddDocumentUploads(dataFolder);
        services.AddScoped<TaskCorrections>();
        services.AddOptions<ProgressWebOptions>().BindConfiguration("Tracker:Progress");
        services.AddScoped<TaskProgress>();
        services.AddScoped<ProposalDecisions>();
        services.AddScoped<DirectoryEditor>();
        services.AddSingleton<LabelledExamples>();
        services.AddSingleton<TaskExports>();
        services.AddScoped<CalendarFeeds>();
        services.AddHttpContextAccessor();
        services.AddScoped<TrackerApi.ApiContext>();

        AddAccounts(services, dataFolder);
        // Vietnamese letters go out as they are (the default encoder writes them as numeric entities); markup characters are still encoded.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
        services.AddAntiforgery(o => { o.Cookie.Name = "dtrack.af"; o.Cookie.SameSite = SameSiteMode.Strict; o.HeaderName = "X-CSRF-TOKEN"; });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, options.LoginAttemptsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = options.MaxRequestBytes);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AuthorizePage("/Upload", TrackerPolicies.Edit);
            o.Conventions.AuthorizePage("/Tasks/Edit", TrackerPolicies.Edit);
            o.Conventions.AuthorizePage("/Documents/Review", TrackerPolicies.Edit);
            o.Conventions.AuthorizePage("/Agencies/Directory", TrackerPolicies.Admin);
            o.Conventions.AuthorizePage("/Dashboard", TrackerPolicies.ReadAll);
        });
        services.AddOpenApi("v1");
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        return builder;
    }

    private static void AddAccounts(IServiceCollection services, string dataFolder)
    {
        services.AddAccountDatabase(dataFolder);
        services.AddIdentity<TrackerUser, IdentityRole>(AccountServices.ConfigureIdentity)
            .AddEntityFrameworkStores<WebDb>()
            .AddClaimsPrincipalFactory<TrackerClaimsFactory>();
        services.AddScoped<UserAccounts>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "dtrack.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/Denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // The API answers 401/403, never a redirect to the login page.
            o.Events.OnRedirectToLogin = c => Answer(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Answer(c, StatusCodes.Status403Forbidden);
        });
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(TrackerPolicies.Edit, p => p.RequireRole(TrackerRoles.Admin, TrackerRoles.Clerk))
            .AddPolicy(TrackerPolicies.ReadAll, p => p.RequireRole(TrackerRoles.Admin, TrackerRoles.Clerk, TrackerRoles.Leader))
            .AddPolicy(TrackerPolicies.Admin, p => p.RequireRole(TrackerRoles.Admin))
            .AddPolicy(TrackerPolicies.Api, p => p.AddAuthenticationSchemes(TokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> c, int status)
    {
        if (c.Request.Path.StartsWithSegments("/api")) c.Response.StatusCode = status;
        else c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Creates the users database and the roles (the store migrates itself when opened).</summary>
    public static async Task InitializeTrackerAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await AccountServices.EnsureCreatedAsync(scope.ServiceProvider);
    }

    /// <summary>The request pipeline: security headers, static files, authentication, rate limits, pages and API.</summary>
    public static WebApplication UseTracker(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error");
        app.UseSecurityHeaders();
        // Pages answer 404/403/400 with a page in Vietnamese; the API keeps its bare status codes.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePagesWithReExecute("/Status/{0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapGet("/health", () => Results.Text("ok")).AllowAnonymous();
        app.MapOpenApi("/api/openapi/{documentName}.json").RequireAuthorization(TrackerPolicies.Api);
        app.MapTrackerApi();
        CalendarFeeds.MapCalendarFeeds(app);
        app.MapRazorPages();
        return app;
    }
}
