using System.Diagnostics;
using System.Globalization;
using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Index;
using DirectiveTracker.Ingest;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Alerts;

/// <summary>The nightly check of the search index against the store (repairing what drifted).</summary>
public interface INightlyIndexCheck
{
    /// <summary>Checks and repairs; returns a one-line summary for the job's log and its result on the dashboard.</summary>
    Task<string> CheckAndRepairAsync(CancellationToken ct);
}

/// <summary>The nightly retraining of the classifiers when clerks made corrections (<see cref="CorrectionsRetraining"/>).</summary>
public interface INightlyRetraining
{
    /// <summary>Retrains when there are new corrections; returns a one-line summary for the job's log.</summary>
    Task<string> RetrainAsync(CancellationToken ct);
}

/// <summary>The index check through the store's interface: <see cref="ITrackerStore.CheckIndex"/> re-indexes every document that drifted.</summary>
public sealed class StoreIndexCheck(ITrackerStoreFactory stores) : INightlyIndexCheck
{
    public Task<string> CheckAndRepairAsync(CancellationToken ct)
    {
        if (!stores.Exists) return Task.FromResult($"no store at {stores.Location} yet: nothing to check");
        var watch = Stopwatch.StartNew();
        using var store = stores.Open();
        int drifted = store.CheckIndex();
        var (documents, tasks) = store.Count();
        return Task.FromResult(string.Create(CultureInfo.InvariantCulture,
            $"{drifted} of {documents} documents ({tasks} tasks) drifted from the index and were re-indexed, in {watch.Elapsed.TotalSeconds:F1} s"));
    }
}

/// <summary>
/// Retrains from the data folder's corrections (<see cref="Retraining"/>, options from "Training"); the web's extractor
/// reads the published models at its next document.
/// </summary>
public sealed class CorrectionsRetraining(Retraining retraining) : INightlyRetraining
{
    public async Task<string> RetrainAsync(CancellationToken ct) => (await retraining.RunAsync(ct)).Summary;

    /// <summary>Registers the retraining of <paramref name="dataFolder"/> with the host's ingestor (or the default one in a worker host).</summary>
    public static void Register(IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        services.AddOptions<RetrainingOptions>().Bind(configuration.GetSection(RetrainingOptions.Section));
        services.AddSingleton<INightlyRetraining>(sp => new CorrectionsRetraining(new Retraining(dataFolder,
            sp.GetRequiredService<IOptions<RetrainingOptions>>().Value,
            sp.GetService<IDocumentIngestor>() ?? IngestServices.CreateDefault(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<Retraining>>())));
    }
}
