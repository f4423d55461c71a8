using System.Collections.Concurrent;
using System.Net;

namespace DirectiveTracker.Alerts.Tests;

/// <summary>A real HTTP listener on 127.0.0.1 that records each POST (body and headers) and answers with a set status.</summary>
public sealed class WebhookListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public sealed record Received(byte[] Body, string? Signature, string? Delivery, string? ContentType);

    public ConcurrentQueue<Received> Requests { get; } = new();
    public string Url { get; }

    /// <summary>The status the next requests get (500 models a receiver that is down).</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public WebhookListener()
    {
        Url = $"http://127.0.0.1:{SmtpServer.FreePort()}/hooks/alerts/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var ms = new MemoryStream();
            await ctx.Request.InputStream.CopyToAsync(ms);
            Requests.Enqueue(new Received(ms.ToArray(), ctx.Request.Headers["X-DirectiveTracker-Signature"],
                ctx.Request.Headers["X-DirectiveTracker-Delivery"], ctx.Request.ContentType));
            ctx.Response.StatusCode = (int)Status;
            ctx.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(2000); } catch (AggregateException) { }
    }
}
