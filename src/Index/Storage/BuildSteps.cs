using System.Diagnostics;

namespace DirectiveTracker.Index.Storage;

/// <summary>
/// Bench hook: where a bulk save's time goes, step by step (the rows and change log in the transaction, its commit,
/// reading the log back, reading each document back, Lucene's analysis and inversion, its commits). Off unless
/// <see cref="Clock"/> is set (the bench sets it to the thread's CPU time); each step adds its thread CPU and wall time.
/// </summary>
internal static class BuildSteps
{
    public enum Step { Rows, PlanPeriod, SqliteCommit, LogRead, Load, Delete, Add, Analysis, Publish, LuceneCommit, Count }

    /// <summary>The calling thread's CPU time in nanoseconds; null: nothing is measured.</summary>
    public static Func<long>? Clock { get; set; }

    private static readonly long[] Cpu = new long[(int)Step.Count], Wall = new long[(int)Step.Count];

    /// <summary>The start of a step: (thread CPU ns, Stopwatch ticks), or zeros when nothing is measured.</summary>
    public static (long Cpu, long Wall) Begin() => Clock is { } clock ? (clock(), Stopwatch.GetTimestamp()) : default;

    /// <summary>
    /// Whether steps taken per entry (the analysis) are timed too: two clock reads per entry (a system call each) cost
    /// about 1 % of the build, so they are measured only when asked (the bench's <c>DTRACK_BUILD_STEPS=fine</c>).
    /// </summary>
    public static bool Fine { get; set; }

    /// <summary>The start of a step taken per entry: measured only when <see cref="Fine"/>.</summary>
    public static (long Cpu, long Wall) BeginFine() => Fine ? Begin() : default;

    public static void End(Step step, (long Cpu, long Wall) start)
    {
        if (Clock is not { } clock || start.Wall == 0) return;
        Cpu[(int)step] += clock() - start.Cpu;
        Wall[(int)step] += Stopwatch.GetTimestamp() - start.Wall;
    }

    /// <summary>Each step measured so far: name, thread CPU seconds, wall seconds.</summary>
    public static IEnumerable<(string Step, double Cpu, double Wall)> Totals() =>
        Enumerable.Range(0, (int)Step.Count).Where(i => Wall[i] > 0)
            .Select(i => (((Step)i).ToString(), Cpu[i] / 1e9, Wall[i] / (double)Stopwatch.Frequency));
}
