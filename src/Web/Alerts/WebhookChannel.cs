using System.Security.Cryptography;
using System.Text;
using DirectiveTracker.Index.Alerts;

namespace DirectiveTracker.Web.Alerts;

/// <summary>POSTs each alert's JSON to its URL, signed with HMAC-SHA256 over the exact body bytes.</summary>
public sealed class WebhookChannel(HttpClient http, string secret) : IAlertChannel
{
    public const string SignatureHeader = "X-DirectiveTracker-Signature";
    public const string DeliveryHeader = "X-DirectiveTracker-Delivery";

    public string Name => OutboxMessage.Webhook;

    /// <summary>The signature header's value for a body: sha256= and the lowercase hex HMAC.</summary>
    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public async Task<IReadOnlyList<SendResult>> SendAsync(IReadOnlyList<OutboxEntry> messages, IAlertStore store, CancellationToken ct)
    {
        var results = new List<SendResult>(messages.Count);
        foreach (var m in messages)
        {
            var body = Encoding.UTF8.GetBytes(m.Body);
            using var request = new HttpRequestMessage(HttpMethod.Post, m.Recipient) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
            request.Headers.Add(SignatureHeader, Sign(secret, body));
            request.Headers.Add(DeliveryHeader, m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            try
            {
                using var response = await http.SendAsync(request, ct);
                results.Add(response.IsSuccessStatusCode ? SendResult.Sent : SendResult.Failed($"webhook {m.Recipient}: HTTP {(int)response.StatusCode}"));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                results.Add(SendResult.Failed($"webhook {m.Recipient}: {e.GetType().Name}: {e.Message}"));
            }
        }
        return results;
    }
}
