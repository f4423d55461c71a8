using System.Diagnostics;
using System.Globalization;
using DirectiveTracker.Index;

namespace DirectiveTracker.Web.Alerts;

/// <summary>The nightly check of the search index against the store (repairing what drifted).</summary>
public interface INightlyIndexCheck
{
    /// <summary>Checks and repairs; returns a one-line summary for the job's log and its result on the dashboard.</summary>
    Task<string> CheckAndRepairAsync(CancellationToken ct);
}

/// <summary>
/// The nightly retraining of the classifiers when clerks made corrections. No stage provides one yet (training is the
/// command line's `dtrack train`, and the extractor loads the models built into it), so its job is not registered.
/// </summary>
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
