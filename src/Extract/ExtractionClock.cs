using System.Diagnostics;

namespace DirectiveTracker.Extract;

/// <summary>Time spent in each stage of extraction, summed over the documents an extractor reads (for the bench).</summary>
/// <remarks>Not thread-safe: give each thread its own extractor and clock.</remarks>
public sealed class ExtractionClock
{
    /// <summary>The stages, in the order they run.</summary>
    public static readonly string[] Stages = ["outline", "metadata", "locate tasks", "owners", "deadlines", "category", "task or not"];

    private readonly long[] _ticks = new long[Stages.Length];

    internal void Add(int stage, long startTimestamp) => _ticks[stage] += Stopwatch.GetTimestamp() - startTimestamp;

    /// <summary>Seconds spent in each stage so far.</summary>
    public IReadOnlyList<(string Stage, double Seconds)> Totals =>
        Stages.Select((s, i) => (s, (double)_ticks[i] / Stopwatch.Frequency)).ToList();

    /// <summary>Forgets what was measured (after warm-up).</summary>
    public void Reset() => Array.Clear(_ticks);

    internal const int Outline = 0, Metadata = 1, Locate = 2, Owners = 3, Deadlines = 4, Category = 5, TaskOrNot = 6;
}
