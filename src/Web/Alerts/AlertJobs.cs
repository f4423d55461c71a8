using DirectiveTracker.Index;
using DirectiveTracker.Index.Alerts;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Alerts;

/// <summary>
/// Opens the store the jobs work on through the configured factory (SQLite or PostgreSQL): one store per job run, since
/// a store is one connection for one thread.
/// </summary>
public sealed class AlertStoreSource(ITrackerStoreFactory stores)
{
    public ITrackerStore Open() => stores.Open();
}

/// <summary>The background jobs Hangfire runs: the daily scan, the outbox sender, the nightly index check and retraining.</summary>
public sealed class AlertJobs(
    AlertStoreSource stores, IOptions<AlertOptions> alertOptions, OutboxSender sender, TimeProvider time, ILogger<AlertJobs> log,
    IEnumerable<INightlyIndexCheck> indexChecks, IEnumerable<INightlyRetraining> retraining)
{
    public const string Scan = "alerts-scan", Outbox = "alerts-outbox", IndexCheck = "index-check", Retraining = "retraining";

    /// <summary>Decides today's alerts (with their outbox, in one transaction), then sends what is due.</summary>
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task ScanAsync(CancellationToken ct)
    {
        using (var store = stores.Open())
        {
            var result = new AlertScan(store, alertOptions.Value, time).Run();
            log.LogInformation("Alert scan for {Day}: {Alerts} new alerts from {Candidates} candidates ({Timings})",
                result.Day, result.Alerts.Count, result.Candidates, result.Timings);
        }
        await SendOutboxAsync(ct);
    }

    /// <summary>Sends due outbox messages, batch after batch, until none is left for now.</summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task SendOutboxAsync(CancellationToken ct)
    {
        using var store = stores.Open();
        for (int batch = 0; batch < 1000; batch++)
        {
            var pass = await sender.SendDueAsync(store, ct);
            if (pass.Claimed == 0) break;
            log.LogInformation("Outbox pass: {Sent} sent, {Failed} to retry, {GaveUp} failed for good, {Unmapped} without address",
                pass.Sent, pass.Failed, pass.GaveUp, pass.Unmapped);
            if (pass.Sent == 0) break;   // everything failed: wait for the backoff rather than spin
        }
    }

    /// <summary>Checks the search index against the store and repairs it; the summary is the job's result on the dashboard.</summary>
    [AutomaticRetry(Attempts = 1)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public Task<string> CheckIndexAsync(CancellationToken ct) =>
        RunHooksAsync("Nightly index check", indexChecks.Select(c => (Func<CancellationToken, Task<string>>)c.CheckAndRepairAsync), ct);

    /// <summary>Retrains from clerks' corrections (scheduled only when a retraining is registered).</summary>
    [AutomaticRetry(Attempts = 1)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public Task<string> RetrainAsync(CancellationToken ct) =>
        RunHooksAsync("Nightly retraining", retraining.Select(r => (Func<CancellationToken, Task<string>>)r.RetrainAsync), ct);

    /// <summary>Runs each registered hook, logs its summary and returns them joined (a hook's failure fails the job, which Hangfire shows).</summary>
    private async Task<string> RunHooksAsync(string job, IEnumerable<Func<CancellationToken, Task<string>>> hooks, CancellationToken ct)
    {
        var summaries = new List<string>();
        foreach (var hook in hooks)
        {
            var summary = await hook(ct);
            log.LogInformation("{Job}: {Summary}", job, summary);
            summaries.Add(summary);
        }
        return summaries.Count == 0 ? "nothing registered" : string.Join("; ", summaries);
    }
}
