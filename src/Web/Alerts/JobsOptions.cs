namespace DirectiveTracker.Web.Alerts;

/// <summary>Where and when the background jobs run (configuration section "Alerts:Jobs").</summary>
public sealed class JobsOptions
{
    /// <summary>Run the job server in this process. Set false in the web application when a worker host runs the jobs.</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>The jobs' embedded storage: its SQLite file (default: jobs.db in the data folder). Jobs survive restarts.</summary>
    public string? StoragePath { get; set; }

    /// <summary>
    /// The jobs' storage on PostgreSQL (an Npgsql connection string). Default: the store's own database
    /// (<c>ConnectionStrings:Tracker</c>) when the store runs on PostgreSQL (<c>Store:Provider</c> = Postgres), so every
    /// instance shares one job storage. An Npgsql connection string, not a postgres:// URL.
    /// </summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>The PostgreSQL schema Hangfire's tables live in, apart from the store's.</summary>
    public string PostgresSchema { get; set; } = "hangfire";

    /// <summary>The daily scan's local time (HH:mm) in <see cref="TimeZone"/>.</summary>
    public string DailyScanAt { get; set; } = "07:00";

    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>How often the outbox is sent (cron).</summary>
    public string OutboxCron { get; set; } = "* * * * *";

    public string IndexCheckAt { get; set; } = "02:00";

    public string RetrainingAt { get; set; } = "02:00";

    /// <summary>How often a server polls the storage for queued jobs (seconds).</summary>
    public int PollSeconds { get; set; } = 5;

    public int WorkerCount { get; set; } = 2;

    /// <summary>The dashboard's path; open to the Admin role only.</summary>
    public string DashboardPath { get; set; } = "/admin/jobs";

    /// <summary>A daily cron for a local time "HH:mm".</summary>
    public static string DailyCron(string at)
    {
        var parts = at.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out int h) ||
            !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out int m) || h is < 0 or > 23 || m is < 0 or > 59)
        {
            throw new FormatException($"'{at}' is not a time of day HH:mm (Alerts:Jobs)");
        }
        return $"{m} {h} * * *";
    }
}
