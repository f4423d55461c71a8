namespace DirectiveTracker.Web.Alerts;

/// <summary>The nightly check of the search index against the store (repairing what drifted); registered by the search stage.</summary>
public interface INightlyIndexCheck
{
    /// <summary>Checks and repairs; returns a one-line summary for the job's log.</summary>
    Task<string> CheckAndRepairAsync(CancellationToken ct);
}

/// <summary>The nightly retraining of the classifiers when clerks made corrections; registered by the extraction stage.</summary>
public interface INightlyRetraining
{
    /// <summary>Retrains when there are new corrections; returns a one-line summary for the job's log.</summary>
    Task<string> RetrainAsync(CancellationToken ct);
}
