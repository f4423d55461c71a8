using System.Runtime.InteropServices;

namespace DirectiveTracker.Bench;

/// <summary>The calling thread's own CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): what other processes and this process's other threads (tiered JIT, GC) spend is not counted.</summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Nanoseconds of CPU this thread has used; falls back to the process's CPU time off Linux.</summary>
    public static long Nanoseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var t) == 0) return t.Seconds * 1_000_000_000 + t.Nanoseconds;
        return (long)(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds * 1e6);
    }
}
