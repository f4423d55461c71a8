using System.Collections.Concurrent;
using System.Diagnostics;

namespace DirectiveTracker.Ingest.Tools;

/// <summary>
/// Starts external tools so that they die with the process that started them, even when that process is killed
/// outright (SIGKILL runs no handler): each tool runs under a small <c>sh</c> guard that gets SIGTERM when its parent
/// dies (<c>setpriv --pdeathsig</c>) and then kills its whole session, which <c>setsid</c> made the tool's own — so a
/// tool that forks (LibreOffice's <c>soffice</c> starts <c>soffice.bin</c>) leaves no grandchild behind either.
/// </summary>
/// <remarks>
/// Linux delivers the parent-death signal when the <em>thread</em> that forked the child ends, not the process: a
/// pool thread retiring while a 2-minute OCR run goes on would kill the tool. So every start happens on one
/// long-lived thread. Where <c>setpriv</c>, <c>setsid</c> or <c>sh</c> is missing (not Linux, a stripped image), tools
/// are started directly: the timeout, cancellation and tree kill still hold, only a killed parent leaves them running.
/// </remarks>
internal static class ExternalToolLauncher
{
    // $1 is the pid of the process that started the guard: if it died before the parent-death signal was armed, the
    // guard is already an orphan and runs nothing. The tool runs in the background so that a TERM is handled at once
    // (a shell defers traps until a foreground command ends); `kill 0` then kills the session: guard, tool and all
    // the tool started. Input comes from /dev/null so no tool ever reads the user's terminal.
    private const string Guard = """
        trap 'kill -KILL 0' TERM HUP
        [ "$PPID" = "$1" ] || exit 125
        shift
        "$@" </dev/null &
        wait $!
        """;

    private static readonly BlockingCollection<Launch> Pending = [];
    private static readonly Lazy<Thread> Starter = new(() =>
    {
        var thread = new Thread(StartPending) { IsBackground = true, Name = "external tool starter" };
        thread.Start();
        return thread;
    });
    private static readonly Lazy<GuardBinaries?> Binaries = new(FindGuard);

    private sealed record Launch(ProcessStartInfo Start, TaskCompletionSource<Process> Started);

    private sealed record GuardBinaries(string Setpriv, string Setsid, string Shell);

    /// <summary>Whether tools run under the guard (false: started directly, see remarks).</summary>
    public static bool Guarded => Binaries.Value is not null;

    /// <summary>
    /// Starts <paramref name="binary"/> with <paramref name="arguments"/> (under the guard where it exists), with
    /// <paramref name="configure"/> applied to the start info (redirections, environment).
    /// </summary>
    /// <exception cref="System.ComponentModel.Win32Exception">When the process cannot be started.</exception>
    public static Task<Process> StartAsync(string binary, IEnumerable<string> arguments, Action<ProcessStartInfo> configure)
    {
        ProcessStartInfo psi;
        if (Binaries.Value is { } guard)
        {
            psi = new ProcessStartInfo(guard.Setpriv);
            foreach (var a in (string[])["--pdeathsig", "TERM", "--", guard.Setsid, guard.Shell, "-c", Guard, "dtrack-tool-guard",
                         Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), binary])
                psi.ArgumentList.Add(a);
        }
        else psi = new ProcessStartInfo(binary);
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        configure(psi);

        var launch = new Launch(psi, new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously));
        _ = Starter.Value;
        Pending.Add(launch);
        return launch.Started.Task;
    }

    private static void StartPending()
    {
        foreach (var launch in Pending.GetConsumingEnumerable())
        {
            var process = new Process { StartInfo = launch.Start };
            try
            {
                if (!process.Start()) throw new System.ComponentModel.Win32Exception("process did not start");
                launch.Started.SetResult(process);
            }
            catch (Exception e)
            {
                process.Dispose();
                launch.Started.SetException(e);
            }
        }
    }

    private static GuardBinaries? FindGuard()
    {
        if (!OperatingSystem.IsLinux()) return null;
        var setpriv = ToolLocator.Resolve("setpriv");
        var setsid = ToolLocator.Resolve("setsid");
        var shell = ToolLocator.Resolve("sh");
        return setpriv is null || setsid is null || shell is null ? null : new GuardBinaries(setpriv, setsid, shell);
    }
}
