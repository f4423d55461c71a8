using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace DirectiveTracker.Bench;

/// <summary>
/// A load generator on loopback for a running web application: the search mix against the search page (signed in
/// with a cookie) and the search API (a token), from N concurrent clients for a fixed time; prints requests per
/// second and latency percentiles per target. bench/web-load.sh builds a store, starts the server and runs this.
/// </summary>
public static class WebLoadBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        string url = Arg(args, "--url") ?? "http://127.0.0.1:5080";
        string? token = Arg(args, "--token"), email = Arg(args, "--email"), password = Arg(args, "--password");
        int seconds = int.Parse(Arg(args, "--seconds") ?? "15"), concurrency = int.Parse(Arg(args, "--concurrency") ?? "4");
        if (token is null || email is null || password is null)
        {
            Console.Error.WriteLine("usage: Bench web --url URL --token TOKEN --email EMAIL --password PASSWORD [--seconds 15] [--concurrency 4]");
            return 2;
        }
        var queries = SearchBench.Mix.Select(m => m.Query).ToArray();
        var page = await SignedInAsync(url, email, password);
        var api = new HttpClient { BaseAddress = new Uri(url) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        foreach (var (name, client, path) in new[] { ("page /Search", page, "/Search?q="), ("api /api/search", api, "/api/search?q=") })
        {
            // Warm-up: every query once, so JIT and caches have settled before timing.
            foreach (var q in queries) (await client.GetAsync(path + Uri.EscapeDataString(q))).EnsureSuccessStatusCode();
            var latencies = new List<double>();
            int errors = 0;
            var watch = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, concurrency).Select(async w =>
            {
                var mine = new List<double>();
                for (int i = w; watch.Elapsed.TotalSeconds < seconds; i++)
                {
                    var t = Stopwatch.StartNew();
                    var r = await client.GetAsync(path + Uri.EscapeDataString(queries[i % queries.Length]));
                    await r.Content.ReadAsByteArrayAsync();
                    if (r.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref errors);
                    mine.Add(t.Elapsed.TotalMilliseconds);
                }
                lock (latencies) latencies.AddRange(mine);
            }).ToList();
            await Task.WhenAll(workers);
            double elapsed = watch.Elapsed.TotalSeconds;
            latencies.Sort();
            double P(double p) => latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
            Console.WriteLine($"{name}: {latencies.Count} requests in {elapsed:F1} s, {latencies.Count / elapsed:F1} req/s, " +
                              $"p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, errors {errors} ({concurrency} clients)");
        }
        return 0;
    }

    private static async Task<HttpClient> SignedInAsync(string url, string email, string password)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };
        var form = await client.GetStringAsync("/Account/Login");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var r = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        if (r.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in failed: {(int)r.StatusCode}");
        return client;
    }

    private static string? Arg(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
