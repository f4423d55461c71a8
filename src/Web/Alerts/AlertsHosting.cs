using DirectiveTracker.Index;
using DirectiveTracker.Index.Alerts;
using DirectiveTracker.Index.Storage;
using DirectiveTracker.Web.Accounts;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Alerts;

/// <summary>
/// Registers reminders in a host: options bound from "Alerts", channels, the outbox sender, Hangfire with its storage
/// (PostgreSQL when the store is on it, else an embedded SQLite file), the job server (unless a worker host runs it) and
/// the recurring jobs; maps the admins-only dashboard and the small read endpoints the admin page and the bell use.
/// </summary>
public static class AlertsHosting
{
    public const string Section = "Alerts";

    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        builder.Services.AddAlertJobs(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddAlertJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        services.AddOptions<AlertOptions>().Bind(section);
        services.AddOptions<DeliveryOptions>().Bind(section.GetSection("Delivery"));
        services.AddOptions<JobsOptions>().Bind(section.GetSection("Jobs"));
        // The web's own data folder ("Tracker:DataFolder") unless the alerts are given another one.
        var data = TrackerDataFolder.Resolve(section["DataFolder"] ?? configuration["Tracker:DataFolder"]);
        services.TryAddTimeProvider();
        // The web's accounts (leaders, agency staff): the web host registers them already, a worker host does it here.
        if (!services.Any(d => d.ServiceType == typeof(WebDb))) services.AddAccountDatabase(data);
        services.AddSingleton<IStaffDirectory>(sp => new UserStaffDirectory(sp.GetRequiredService<IServiceScopeFactory>(),
            AccountServices.DatabasePath(data), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<UserStaffDirectory>>()));
        // The jobs and the nightly index check reach the store through its interface: the web registers its factory; a
        // worker host gets the one the same settings choose (Store:Provider, ConnectionStrings:Tracker, the data folder).
        services.TryAddSingleton(TrackerStores.Select(configuration["Store:Provider"], configuration.GetConnectionString("Tracker"), data,
            status: configuration.GetSection("Progress").Get<DirectiveTracker.Index.Progress.StatusOptions>()));
        services.AddSingleton<AlertStoreSource>();
        services.AddSingleton<INightlyIndexCheck, StoreIndexCheck>();
        CorrectionsRetraining.Register(services, configuration, data);
        services.AddHttpClient(nameof(WebhookChannel));
        services.AddSingleton(sp =>
        {
            var delivery = sp.GetRequiredService<IOptions<DeliveryOptions>>().Value;
            var alerts = sp.GetRequiredService<IOptions<AlertOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(WebhookChannel));
            http.Timeout = TimeSpan.FromSeconds(delivery.WebhookTimeoutSeconds);
            IAlertChannel[] channels = [new SmtpChannel(delivery.Smtp, alerts.LeaderEmails, sp.GetRequiredService<IStaffDirectory>()), new WebhookChannel(http, delivery.WebhookSecret)];
            return new OutboxSender(channels, delivery, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<OutboxSender>>());
        });
        services.AddTransient<AlertJobs>();

        var jobs = section.GetSection("Jobs").Get<JobsOptions>() ?? new JobsOptions();
        // The store runs on PostgreSQL with Store:Provider = Postgres and ConnectionStrings:Tracker (the store's settings).
        bool storeOnPostgres = string.Equals(configuration["Store:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);
        var postgres = jobs.PostgresConnectionString ?? (storeOnPostgres ? configuration.GetConnectionString("Tracker") : null);
        services.AddHangfire(cfg => UseJobStorage(cfg
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings(), jobs, postgres, data));
        if (jobs.RunServer)
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = Math.Max(1, jobs.WorkerCount);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(Math.Max(1, jobs.PollSeconds));
            });
        }
        services.AddHostedService<RecurringJobsRegistration>();
        return services;
    }

    /// <summary>PostgreSQL when the store runs on it (instances share the storage and its locks), else the embedded SQLite file.</summary>
    private static void UseJobStorage(IGlobalConfiguration cfg, JobsOptions jobs, string? postgres, string dataFolder)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, jobs.PollSeconds));
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            cfg.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(postgres), new PostgreSqlStorageOptions
            {
                SchemaName = jobs.PostgresSchema,
                QueuePollInterval = poll,
                PrepareSchemaIfNecessary = true,
                // A running job keeps its claim by heartbeat: a long scan is never handed to a second instance halfway.
                UseSlidingInvisibilityTimeout = true,
            });
            return;
        }
        var storagePath = jobs.StoragePath ?? Path.Combine(dataFolder, "jobs.db");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(storagePath))!);
        cfg.UseSQLiteStorage(storagePath, new SQLiteStorageOptions { QueuePollInterval = poll });
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }

    /// <summary>Hangfire's dashboard for admins (every job, its schedule, last and next run, failures, run now), and the read endpoints.</summary>
    public static WebApplication MapAlerts(this WebApplication app)
    {
        var jobs = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        app.UseHangfireDashboard(jobs.DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminsOnly()],
            DashboardTitle = "DirectiveTracker — Công việc nền",
            AppPath = "/admin",
        });
        AlertsApi.Map(app);
        return app;
    }

    /// <summary>Only signed-in users with the Admin role see the dashboard.</summary>
    private sealed class AdminsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole("Admin");
    }
}

/// <summary>Puts the recurring jobs (with their schedules from configuration) into the job storage when the host starts.</summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager manager, IOptions<JobsOptions> options,
    IEnumerable<INightlyIndexCheck> indexChecks, IEnumerable<INightlyRetraining> retraining, ILogger<RecurringJobsRegistration> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(o.TimeZone);
        // Relaxed misfire handling: a scan missed while the machine was off runs once when it is back, not once per missed day.
        var daily = new RecurringJobOptions { TimeZone = zone, MisfireHandling = MisfireHandlingMode.Relaxed };
        manager.AddOrUpdate<AlertJobs>(AlertJobs.Scan, j => j.ScanAsync(CancellationToken.None), JobsOptions.DailyCron(o.DailyScanAt), daily);
        manager.AddOrUpdate<AlertJobs>(AlertJobs.Outbox, j => j.SendOutboxAsync(CancellationToken.None), o.OutboxCron, new RecurringJobOptions { TimeZone = zone });
        // The nightly hooks run only when a stage provides them; a job left in the storage by an older set-up is removed.
        if (indexChecks.Any()) manager.AddOrUpdate<AlertJobs>(AlertJobs.IndexCheck, j => j.CheckIndexAsync(CancellationToken.None), JobsOptions.DailyCron(o.IndexCheckAt), daily);
        else manager.RemoveIfExists(AlertJobs.IndexCheck);
        if (retraining.Any()) manager.AddOrUpdate<AlertJobs>(AlertJobs.Retraining, j => j.RetrainAsync(CancellationToken.None), JobsOptions.DailyCron(o.RetrainingAt), daily);
        else
        {
            manager.RemoveIfExists(AlertJobs.Retraining);
            log.LogInformation("No retraining registered: the nightly retraining job is not scheduled");
        }
        log.LogInformation("Recurring jobs registered: daily scan at {At} ({Zone})", o.DailyScanAt, o.TimeZone);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
