using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

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
/// Runs one command-line tool (pdftotext, pdftoppm, tesseract, soffice …) as a child process: arguments passed one
/// by one (never parsed by a shell), stdout captured as bytes up to a cap, a timeout, and the whole process tree
/// killed on timeout, cancellation or an output over the cap — and, through <see cref="ExternalToolLauncher"/>, when
/// dtrack itself is killed. The executable is resolved once by <see cref="ToolLocator"/> (an absolute path, or
/// <c>PATH</c> without the current folder) and the binary used is logged.
/// </summary>
public sealed class ExternalTool
{
    /// <summary>Default cap on what a tool may print to stdout (64 MiB: far above any real document's text).</summary>
    public const long DefaultMaxOutputBytes = 64L * 1024 * 1024;

    /// <summary>What is kept of stderr: enough for the first lines of a diagnosis.</summary>
    private const int MaxStderrChars = 64 * 1024;

    private readonly Lazy<string?> _resolved;
    private readonly ILogger _logger;

    /// <param name="path">Executable name (looked up on PATH, never in the current folder) or absolute path.</param>
    /// <param name="debianPackage">The Debian package that provides it, named in the "missing tool" message.</param>
    /// <param name="timeout">Longest one run may take.</param>
    public ExternalTool(string path, string debianPackage, TimeSpan timeout, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(timeout), "timeout must be positive");
        Path = path;
        DebianPackage = debianPackage;
        Timeout = timeout;
        _logger = logger ?? NullLogger.Instance;
        _resolved = new(() =>
        {
            var found = ToolLocator.Resolve(path);
            if (found is null) _logger.LogWarning("External tool {Tool} not found (PATH without relative entries)", path);
            else _logger.LogInformation("External tool {Tool}: using {Binary}", path, found);
            if (!ExternalToolLauncher.Guarded)
                _logger.LogWarning("setpriv, setsid or sh not found: {Tool} is started directly and outlives dtrack if dtrack is killed", path);
            return found;
        });
    }

    /// <summary>The executable as configured (a name or an absolute path).</summary>
    public string Path { get; }
    public string DebianPackage { get; }
    public TimeSpan Timeout { get; }

    /// <summary>Most bytes read from stdout; a run that prints more is killed and refused as too large.</summary>
    public long MaxOutputBytes { get; init; } = DefaultMaxOutputBytes;

    /// <summary>The absolute path of the binary that runs, or null when none was found.</summary>
    public string? ResolvedPath => _resolved.Value;

    /// <summary>Runs the tool on behalf of <paramref name="fileName"/> (named in errors). Does not interpret the exit code.</summary>
    /// <exception cref="IngestException">ToolMissing when the executable cannot be found or started; Timeout when it runs
    /// too long; LimitExceeded when it prints more than <see cref="MaxOutputBytes"/>.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="ct"/> is cancelled (the process is killed first).</exception>
    public async Task<ToolResult> RunAsync(string fileName, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null, CancellationToken ct = default)
    {
        var binary = ResolvedPath ?? throw Missing(fileName, "not found on PATH (relative PATH entries are ignored)", null);
        Process process;
        try
        {
            process = await ExternalToolLauncher.StartAsync(binary, arguments, psi =>
            {
                psi.UseShellExecute = false;
                psi.RedirectStandardOutput = true;
                psi.RedirectStandardError = true;
                psi.CreateNoWindow = true;
                if (environment is not null)
                    foreach (var (k, v) in environment) psi.Environment[k] = v;
            }).ConfigureAwait(false);
        }
        catch (Win32Exception e)
        {
            throw Missing(fileName, e.Message, e);
        }
        using var _ = process;

        // Read both streams concurrently so a chatty tool never blocks on a full pipe; stop at the caps.
        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var overflow = new CancellationTokenSource();
        var stdoutTask = CopyCappedAsync(process.StandardOutput.BaseStream, MaxOutputBytes, overflow);
        var stderrTask = ReadCappedAsync(process.StandardError, MaxStderrChars);

        timeoutCts.CancelAfter(Timeout);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(timeoutCts.Token, overflow.Token);
        try
        {
            await process.WaitForExitAsync(either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            await DrainQuietly(stdoutTask, stderrTask).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            if (overflow.IsCancellationRequested)
                throw new IngestException(fileName, IngestErrorCode.LimitExceeded,
                    $"Nội dung trích ra bằng {ToolName} vượt giới hạn {MaxOutputBytes / 1024.0 / 1024.0:0.#} MB; tệp quá lớn hoặc bất thường.",
                    $"limit MaxOutputBytes hit: '{binary}' printed more than {MaxOutputBytes} bytes and was killed");
            throw new IngestException(fileName, IngestErrorCode.Timeout,
                $"Xử lý tệp quá thời gian cho phép ({Timeout.TotalSeconds:0} giây) khi chạy {ToolName}; tệp có thể hỏng hoặc quá phức tạp.",
                $"'{binary}' did not finish within {Timeout.TotalSeconds:0.#} s and was killed");
        }

        var stdout = await stdoutTask.ConfigureAwait(false);
        var stderr = await stderrTask.ConfigureAwait(false);
        if (overflow.IsCancellationRequested)
            throw new IngestException(fileName, IngestErrorCode.LimitExceeded,
                $"Nội dung trích ra bằng {ToolName} vượt giới hạn {MaxOutputBytes / 1024.0 / 1024.0:0.#} MB; tệp quá lớn hoặc bất thường.",
                $"limit MaxOutputBytes hit: '{binary}' printed more than {MaxOutputBytes} bytes");
        return new ToolResult(process.ExitCode, stdout, stderr);
    }

    private string ToolName => System.IO.Path.GetFileName(Path);

    private IngestException Missing(string fileName, string reason, Exception? inner) =>
        new(fileName, IngestErrorCode.ToolMissing,
            $"Máy chủ thiếu công cụ {ToolName} để đọc tệp này; quản trị viên cần cài gói {DebianPackage}.",
            $"cannot start '{Path}' ({reason}); install the Debian package {DebianPackage}", inner);

    /// <summary>Copies <paramref name="s"/> into memory; past <paramref name="max"/> bytes it stops and signals <paramref name="overflow"/>.</summary>
    private static async Task<byte[]> CopyCappedAsync(Stream s, long max, CancellationTokenSource overflow)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await s.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            if (ms.Length + read > max)
            {
                overflow.Cancel();
                return [];
            }
            ms.Write(buffer, 0, read);
        }
        return ms.ToArray();
    }

    /// <summary>Reads all of <paramref name="reader"/>, keeping the first <paramref name="max"/> characters.</summary>
    private static async Task<string> ReadCappedAsync(StreamReader reader, int max)
    {
        var kept = new System.Text.StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            if (kept.Length < max) kept.Append(buffer, 0, Math.Min(read, max - kept.Length));
        return kept.ToString();
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
