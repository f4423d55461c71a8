using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace DirectiveTracker.Alerts.Tests;

/// <summary>
/// A real SMTP server on 127.0.0.1: Debian's aiosmtpd, writing each message it accepts to a Maildir that tests read
/// back with MimeKit. Stop and Start again on the same port model a mail server that goes down and comes back.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private Process? _process;

    public string Maildir { get; } = Path.Combine(Path.GetTempPath(), "dtrack-smtp-" + Guid.NewGuid().ToString("N"));
    public int Port { get; } = FreePort();

    public static SmtpServer Started() { var s = new SmtpServer(); s.Start(); return s; }

    public void Start()
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python)) throw new InvalidOperationException("python3 (Debian) is missing: run scripts/setup.sh test (python3-aiosmtpd)");
        var psi = new ProcessStartInfo(python) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir }) psi.ArgumentList.Add(a);
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"aiosmtpd exited ({_process.ExitCode}): is python3-aiosmtpd installed?");
            try { using var c = new TcpClient(); c.Connect(IPAddress.Loopback, Port); return; }
            catch (SocketException) { Thread.Sleep(100); }
        }
        throw new TimeoutException("aiosmtpd did not start listening");
    }

    public void Stop()
    {
        if (_process is null) return;
        try { _process.Kill(entireProcessTree: true); _process.WaitForExit(5000); } catch (InvalidOperationException) { }
        _process.Dispose();
        _process = null;
    }

    /// <summary>The messages received so far, parsed.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList();
    }

    public void Dispose()
    {
        Stop();
        try { Directory.Delete(Maildir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
