using System.ComponentModel;
using System.Diagnostics;

namespace DirectiveTracker.Ingest.Tools;

/// <summary>What an external tool printed and returned.</summary>
public sealed record ToolResult(int ExitCode, byte[] Stdout, string Stderr)
{
    /// <summary>Standard output decoded as UTF-8 (tools are asked for UTF-8 output).</summary>
    public string StdoutText => System.Text.Encoding.UTF8.GetString(Stdout);

    /// <summary>The first non-empty line of stderr, for log messages.</summary>
    public string StderrFirstLine =>
        Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";
}

/// <summary>
/// Runs one command-line tool (pdftotext, pdftoppm, tesseract …) as a child process: no shell, arguments passed
/// one by one, stdout captured as bytes, a timeout, and the whole process tree killed on timeout or cancellation.
/// </summary>
public sealed class ExternalTool
{
    /// <param name="path">Executable name (looked up on PATH) or full path.</param>
    /// <param name="debianPackage">The Debian package that provides it, named in the "missing tool" message.</param>
    /// <param name="timeout">Longest one run may take.</param>
    public ExternalTool(string path, string debianPackage, TimeSpan timeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(timeout), "timeout must be positive");
        Path = path;
        DebianPackage = debianPackage;
        Timeout = timeout;
    }

    public string Path { get; }
    public string DebianPackage { get; }
    public TimeSpan Timeout { get; }

    /// <summary>Runs the tool on behalf of <paramref name="fileName"/> (named in errors). Does not interpret the exit code.</summary>
    /// <exception cref="IngestException">ToolMissing when the executable cannot be started; Timeout when it runs too long.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="ct"/> is cancelled (the process is killed first).</exception>
    public async Task<ToolResult> RunAsync(string fileName, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null, CancellationToken ct = default)
    {
        var psi = new ProcessStartInfo(Path)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;

        using var process = new Process { StartInfo = psi };
        try
        {
            if (!process.Start()) throw new Win32Exception("process did not start");
        }
        catch (Win32Exception e)
        {
            throw new IngestException(fileName, IngestErrorCode.ToolMissing,
                $"Máy chủ thiếu công cụ {ToolName} để đọc tệp này; quản trị viên cần cài gói {DebianPackage}.",
                $"cannot start '{Path}' ({e.Message}); install the Debian package {DebianPackage}", e);
        }

        // Read both streams concurrently so a chatty tool never blocks on a full pipe.
        var stdoutTask = CopyAllAsync(process.StandardOutput.BaseStream);
        var stderrTask = process.StandardError.ReadToEndAsync();

        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutCts.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeoutCts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            await DrainQuietly(stdoutTask, stderrTask).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            throw new IngestException(fileName, IngestErrorCode.Timeout,
                $"Xử lý tệp quá thời gian cho phép ({Timeout.TotalSeconds:0} giây) khi chạy {ToolName}; tệp có thể hỏng hoặc quá phức tạp.",
                $"'{Path}' did not finish within {Timeout.TotalSeconds:0.#} s and was killed");
        }

        var stdout = await stdoutTask.ConfigureAwait(false);
        var stderr = await stderrTask.ConfigureAwait(false);
        return new ToolResult(process.ExitCode, stdout, stderr);
    }

    private string ToolName => System.IO.Path.GetFileName(Path);

    private static async Task<byte[]> CopyAllAsync(Stream s)
    {
        using var ms = new MemoryStream();
        await s.CopyToAsync(ms).ConfigureAwait(false);
        return ms.ToArray();
    }

    private static void KillTree(Process p)
    {
        try { p.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { /* already exited */ }
        catch (Win32Exception) { /* exiting while we kill it */ }
    }

    private static async Task DrainQuietly(Task a, Task b)
    {
        // Pipes close once the tree is dead; don't wait forever if a grandchild escaped the kill.
        try { await Task.WhenAll(a, b).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false); }
        catch (Exception) { /* output of a killed run is discarded */ }
    }
}
