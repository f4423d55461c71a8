using System.Diagnostics;

namespace DirectiveTracker.Cli.Tests;

/// <summary>Runs the real `dtrack` program (the built dtrack.dll beside the tests) as a user would, in a process.</summary>
internal static class Dtrack
{
    public sealed record Run(int ExitCode, string Out, string Err);

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Corpus(params string[] parts) => Path.Combine([RepoRoot, "corpus", .. parts]);

    public static async Task<Run> RunAsync(IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = RepoRoot,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dtrack.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("DTRACK_DATA");
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) psi.Environment[k] = v;

        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await p.WaitForExitAsync(cts.Token);
        return new Run(p.ExitCode, await stdout, await stderr);
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
