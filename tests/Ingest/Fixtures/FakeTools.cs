namespace DirectiveTracker.Ingest.Tests.Fixtures;

/// <summary>Stand-in executables for failure tests: a script that hangs, a path that does not exist.</summary>
internal static class FakeTools
{
    /// <summary>A shell script that starts a long sleep child, writes the child's pid to <paramref name="pidFile"/> and waits.</summary>
    public static string Hanging(string pidFile)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("dtrack-hang-").FullName, "hang.sh");
        File.WriteAllText(path, $"#!/bin/sh\nsleep 300 &\necho $! > '{pidFile}'\nwait\n");
        // The tools and these tests are Linux-only (poppler, tesseract, /proc).
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    public static string Missing => "/nonexistent/dtrack-no-such-tool";

    /// <summary>Waits until the hanging script has written its child's pid.</summary>
    public static int ReadPid(string pidFile)
    {
        for (var i = 0; i < 100; i++)
        {
            if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid)) return pid;
            Thread.Sleep(50);
        }
        throw new InvalidOperationException("hanging script never wrote its pid");
    }

    public static bool IsAlive(int pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2].Equals("Z");
}
