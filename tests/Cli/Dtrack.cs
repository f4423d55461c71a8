using System.Diagnostics;

namespace DirectiveTracker.Cli.Tests;

/// <summary>Runs the real `dtrack` program (the built dtrack.dll beside the tests) as a user would, in a process.</summary>
internal static class Dtrack
{
    public sealed record Run(int ExitCode, string Out, string Err);

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Corpus(params string[] parts) => Path.Combine([RepoRoot, "corpus", .. parts]);

    public static Task<Run> RunAsync(IReadOnlyDictionary<string, string>? env, params string[] args) =>
        RunInAsync(RepoRoot, env, args);

    /// <summary>Runs dtrack from <paramref name="workingDirectory"/>, as a user who typed it in that folder.</summary>
    public static async Task<Run> RunInAsync(string workingDirectory, IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        using var p = Start(workingDirectory, env, null, args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await p.WaitForExitAsync(cts.Token);
        return new Run(p.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts dtrack and returns the running process (stdin closed); <paramref name="asUser"/> runs it as that user via runuser.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? env, string? asUser, params string[] args)
    {
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var psi = new ProcessStartInfo(asUser is null ? dotnet : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = workingDirectory,
        };
        if (asUser is not null) foreach (var a in new[] { "-u", asUser, "--", dotnet }) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dtrack.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("DTRACK_DATA");
        if (asUser is not null) psi.Environment["HOME"] = Path.GetTempPath();
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;

        var p = Process.Start(psi)!;
        p.StandardInput.Close();
        return p;
    }

    public static Task<Run> RunAsync(params string[] args) => RunAsync(null, args);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DirectiveTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException("DirectiveTracker.sln not found above the test folder");
    }
}

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dtrack-cli-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
