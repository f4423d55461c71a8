namespace DirectiveTracker.Web.Alerts;

/// <summary>How alerts leave the outbox (configuration section "Alerts:Delivery").</summary>
public sealed class DeliveryOptions
{
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The key webhook bodies are signed with (HMAC-SHA256, header X-DirectiveTracker-Signature: sha256=HEX).</summary>
    public string WebhookSecret { get; set; } = "";

    public int WebhookTimeoutSeconds { get; set; } = 15;

    /// <summary>Attempts before a message is failed for good and shown to admins.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles after each one, up to <see cref="RetryMaxSeconds"/>.</summary>
    public int RetryBaseSeconds { get; set; } = 60;

    public int RetryMaxSeconds { get; set; } = 6 * 3600;

    /// <summary>How often a message for an owner without an address is looked at again.</summary>
    public int UnmappedRetrySeconds { get; set; } = 3600;

    /// <summary>Messages one sending pass leases.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How long a lease holds: a sender that died mid-pass frees its messages after it.</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1, after <paramref name="attempt"/> failures.</summary>
    public TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(RetryMaxSeconds, RetryBaseSeconds * Math.Pow(2, Math.Max(0, attempt - 1))));
}

/// <summary>The SMTP server alerts are mailed through.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    /// <summary>None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "nhacviec@localhost";

    public string FromName { get; set; } = "DirectiveTracker — Nhắc việc";

    public int TimeoutSeconds { get; set; } = 30;
}
