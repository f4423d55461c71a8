using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DirectiveTracker.Index.Alerts;

/// <summary>
/// Makes the outbox messages of a scan's new alerts: one digest per agency (what it leads and what it supports, in
/// Vietnamese, with links), the leaders' digest (counts by agency and status), and one webhook body per alert and URL.
/// </summary>
public sealed class AlertComposer(AlertOptions options)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public IReadOnlyList<OutboxMessage> Compose(IReadOnlyList<Alert> alerts, DateOnly day)
    {
        var messages = new List<OutboxMessage>();
        var byAgency = alerts
            .SelectMany(a => a.Recipients.Select(r => (Recipient: r, Alert: a)))
            .GroupBy(x => x.Recipient.AgencyKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in byAgency) messages.Add(AgencyDigest(group.Key, group.ToList(), day));
        if (alerts.Count > 0) messages.Add(LeadersDigest(alerts, day));
        foreach (var url in options.WebhookUrls)
        {
            foreach (var a in alerts) messages.Add(new OutboxMessage(OutboxMessage.Webhook, url, a.Identity, WebhookBody(a), null));
        }
        return messages;
    }

    /// <summary>The link to a task in the web application.</summary>
    public string Link(Alert a) =>
        $"{options.LinkBase.TrimEnd('/')}/documents/{a.DocumentId.ToString(Invariant)}#task-{Uri.EscapeDataString(a.TaskPath)}";

    /// <summary>Vietnamese name of where a task stands on the scan's day.</summary>
    public static string StatusLabel(Alert a, DateOnly day) =>
        a.Due < day ? "Quá hạn" : a.Due == day ? "Đến hạn hôm nay" : "Sắp đến hạn";

    private OutboxMessage AgencyDigest(string agencyKey, List<(AlertRecipient Recipient, Alert Alert)> items, DateOnly day)
    {
        var name = agencyKey.Length == 0 ? "(nhiệm vụ chưa xác định cơ quan)" : items[0].Recipient.AgencyName;
        int overdue = items.Count(i => i.Alert.Due < day), soon = items.Count - overdue;
        var subject = $"Nhắc việc ngày {day.ToString("dd/MM/yyyy", Invariant)} — {name}: {soon} nhiệm vụ sắp/đến hạn, {overdue} nhiệm vụ quá hạn";
        var text = new StringBuilder();
        var html = new StringBuilder();
        text.Append("Kính gửi: ").Append(name).Append("\n\nHệ thống DirectiveTracker nhắc các nhiệm vụ sau:\n");
        html.Append("<html><body><p>Kính gửi: ").Append(H(name)).Append("</p><p>Hệ thống DirectiveTracker nhắc các nhiệm vụ sau:</p>");
        foreach (var section in items.GroupBy(i => StatusLabel(i.Alert, day)).OrderBy(g => g.Min(i => i.Alert.Due)))
        {
            text.Append('\n').Append(section.Key.ToUpperInvariant()).Append('\n');
            html.Append("<h3>").Append(H(section.Key)).Append("</h3><ul>");
            foreach (var (recipient, alert) in section.OrderBy(i => i.Alert.Due).ThenBy(i => i.Alert.DocumentId).ThenBy(i => i.Alert.TaskPath, StringComparer.Ordinal))
            {
                var line = Line(alert, recipient);
                text.Append("- ").Append(line).Append("\n  ").Append(Link(alert)).Append('\n');
                html.Append("<li>").Append(H(line)).Append(" — <a href=\"").Append(H(Link(alert))).Append("\">xem nhiệm vụ</a></li>");
            }
            html.Append("</ul>");
        }
        text.Append("\nĐây là thư tự động, vui lòng không trả lời.\n");
        html.Append("<p><i>Đây là thư tự động, vui lòng không trả lời.</i></p></body></html>");
        return new OutboxMessage(OutboxMessage.Email, agencyKey, subject, text.ToString(), html.ToString());
    }

    private static string Line(Alert a, AlertRecipient r)
    {
        var role = r.Role == "lead" ? "Chủ trì" : "Phối hợp (bản sao)";
        var doc = a.DocumentNumber is { } n ? "văn bản số " + n : "văn bản không số";
        var text = a.TaskText.Length > 300 ? a.TaskText[..300] + "…" : a.TaskText;
        var due = a.Due.ToString("dd/MM/yyyy", Invariant) + (a.Inherited ? " (thời hạn kế thừa theo kỳ của kế hoạch)" : "");
        var occurrence = a.OccurrenceDue is not null ? " (kỳ định kỳ)" : "";
        return $"[{role}] Nhiệm vụ {a.TaskPath}{occurrence} của {doc}: {text} — Hạn: {due}";
    }

    private static OutboxMessage LeadersDigest(IReadOnlyList<Alert> alerts, DateOnly day)
    {
        string[] columns = ["Sắp đến hạn", "Đến hạn hôm nay", "Quá hạn"];
        var rows = alerts
            .SelectMany(a => a.Recipients.Where(r => r.Role == "lead").Select(r => (Agency: r.AgencyKey.Length == 0 ? "(chưa xác định cơ quan)" : r.AgencyName, Status: StatusLabel(a, day))))
            .GroupBy(x => x.Agency, StringComparer.Ordinal)
            .Select(g => (Agency: g.Key, Counts: columns.Select(c => g.Count(x => x.Status == c)).ToArray()))
            .OrderByDescending(r => r.Counts[2]).ThenBy(r => r.Agency, StringComparer.Ordinal)
            .ToList();
        var subject = $"Tổng hợp nhắc việc ngày {day.ToString("dd/MM/yyyy", Invariant)}: {alerts.Count} nhiệm vụ, {rows.Count} cơ quan";
        var text = new StringBuilder($"Tổng hợp nhiệm vụ được nhắc ngày {day.ToString("dd/MM/yyyy", Invariant)}, theo cơ quan chủ trì và trạng thái:\n\n");
        text.Append("Cơ quan | ").Append(string.Join(" | ", columns)).Append('\n');
        var html = new StringBuilder("<html><body><p>Tổng hợp nhiệm vụ được nhắc ngày ").Append(day.ToString("dd/MM/yyyy", Invariant))
            .Append(", theo cơ quan chủ trì và trạng thái:</p><table border=\"1\"><tr><th>Cơ quan</th>");
        foreach (var c in columns) html.Append("<th>").Append(H(c)).Append("</th>");
        html.Append("</tr>");
        foreach (var (agency, counts) in rows)
        {
            text.Append(agency).Append(" | ").Append(string.Join(" | ", counts.Select(c => c.ToString(Invariant)))).Append('\n');
            html.Append("<tr><td>").Append(H(agency)).Append("</td>");
            foreach (var c in counts) html.Append("<td>").Append(c.ToString(Invariant)).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</table></body></html>");
        return new OutboxMessage(OutboxMessage.Email, OutboxMessage.Leaders, subject, text.ToString(), html.ToString());
    }

    private string WebhookBody(Alert a) => JsonSerializer.Serialize(new
    {
        identity = a.Identity,
        rule = a.Rule,
        round = a.Round,
        documentId = a.DocumentId,
        documentNumber = a.DocumentNumber,
        taskPath = a.TaskPath,
        taskText = a.TaskText,
        due = AlertIdentity.Iso(a.Due),
        occurrenceDue = a.OccurrenceDue is { } o ? AlertIdentity.Iso(o) : null,
        inherited = a.Inherited,
        sendOn = AlertIdentity.Iso(a.SendOn),
        recipients = a.Recipients.Select(r => new { agency = r.AgencyName, agencyKey = r.AgencyKey, role = r.Role }),
        link = Link(a),
    }, Extract.Model.ContractJson.Options);

    // Only the markup characters: WebUtility.HtmlEncode would also turn Latin-1 letters (à, é, ô) into entities.
    private static string H(string s) =>
        s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
         .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
