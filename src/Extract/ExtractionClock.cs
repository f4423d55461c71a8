using System.Diagnostics;

namespace DirectiveTracker.Extract;

/// <summary>Time spent in each stage of extraction, summed over the documents an extractor reads (for the bench).</summary>
/// <remarks>Not thread-safe: give each thread its own extractor and clock.</remarks>
/// <param name="ticks">The time source: wall-clock <see cref="Stopwatch"/> ticks by default; the bench gives the thread's own CPU time.</param>
/// <param name="ticksPerSecond">The time source's ticks per second.</param>
public sealed class ExtractionClock(Func<long>? ticks = null, long ticksPerSecond = 0)
{
    /// <summary>The stages, in the order they run.</summary>
    public static readonly string[] Stages = ["outline", "metadata", "locate tasks", "owners", "deadlines", "category", "task or not", "owner role"];

    private readonly long[] _ticks = new long[Stages.Length];
    private readonly Func<long> _now = ticks ?? Stopwatch.GetTimestamp;
    private readonly long _perSecond = ticks is null ? Stopwatch.Frequency : ticksPerSecond;

    /// <summary>A stage's start, for <see cref="Add"/>.</summary>
    internal long Start() => _now();

    internal void Add(int stage, long start) => _ticks[stage] += _now() - start;

    /// <summary>Seconds spent in each stage so far.</summary>
    public IReadOnlyList<(string Stage, double Seconds)> Totals =>
        Stages.Select((s, i) => (s, (double)_ticks[i] / _perSecond)).ToList();

    /// <summary>Forgets what was measured (after warm-up).</summary>
    public void Reset() => Array.Clear(_ticks);

    internal const int Outline = 0, Metadata = 1, Locate = 2, Owners = 3, Deadlines = 4, Category = 5, TaskOrNot = 6, OwnerRole = 7;
}
