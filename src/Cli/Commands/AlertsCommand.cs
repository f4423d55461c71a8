using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Alerts;
using DirectiveTracker.Index.Storage;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack alerts scan` — what the reminder scan sends on a day; with --dry-run it only lists it.</summary>
internal static class AlertsCommand
{
    /// <summary>Reminder settings (the "Alerts" section of the web's configuration, as JSON) read from the data folder when present.</summary>
    internal const string SettingsFile = "alerts.json";

    public static Command Create()
    {
        var data = AddCommand.DataOption();
        var today = new Option<string?>("--today") { Description = "Ngày quét (YYYY-MM-DD); mặc định: hôm nay theo giờ Việt Nam" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ liệt kê, không ghi nhắc việc và không gửi" };
        var json = new Option<bool>("--json") { Description = "In kết quả dưới dạng JSON" };
        var scan = new Command("scan", "Quét các nhiệm vụ sắp đến hạn, quá hạn và quyết định nhắc việc") { data, today, dryRun, json };
        scan.SetAction(r => Scan(r.GetValue(data), r.GetValue(today), r.GetValue(dryRun), r.GetValue(json), Console.Out));
        return new Command("alerts", "Nhắc việc theo thời hạn") { scan };
    }

    internal static int Scan(string? dataFolder, string? todayText, bool dryRun, bool asJson, TextWriter output)
    {
        DateOnly? today = null;
        if (todayText is not null)
        {
            if (!DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                Console.Error.WriteLine($"Ngày không hợp lệ: '{todayText}' (cần dạng YYYY-MM-DD, ví dụ 2025-03-28).");
                return 2;
            }
            today = d;
        }
        AlertOptions options;
        try { options = ReadSettings(Path.Combine(TrackerDataFolder.Resolve(dataFolder), SettingsFile)); }
        catch (JsonException e)
        {
            Console.Error.WriteLine($"Tệp cấu hình nhắc việc {SettingsFile} không đọc được: {e.Message}");
            return 2;
        }
        using var store = StoreAccess.OpenExisting(TrackerDataFolder.DatabasePath(dataFolder));
        if (store is null) return 1;
        var result = new AlertScan(store, options, TimeProvider.System).Run(today, dryRun);
        if (asJson) output.WriteLine(JsonSerializer.Serialize(ToJson(result.Alerts), ContractJson.Options));
        else WriteText(result, dryRun, output);
        return 0;
    }

    private static readonly JsonSerializerOptions SettingsJson = new(ContractJson.Options) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static AlertOptions ReadSettings(string file) =>
        File.Exists(file) ? JsonSerializer.Deserialize<AlertOptions>(File.ReadAllText(file), SettingsJson) ?? new() : new();

    /// <summary>One entry per alert and recipient: the lead is reminded, each supporting agency gets a copy.</summary>
    internal static IEnumerable<object> ToJson(IEnumerable<Alert> alerts) =>
        alerts.SelectMany(a => a.Recipients.Select(r => new
        {
            agency = r.AgencyKey.Length == 0 ? null : r.AgencyName,
            role = r.Role,
            documentNumber = a.DocumentNumber,
            taskPath = a.TaskPath,
            due = AlertIdentity.Iso(a.Due),
            rule = a.Rule,
            inherited = a.Inherited,
        }));

    private static void WriteText(AlertScanResult result, bool dryRun, TextWriter w)
    {
        w.WriteLine($"{(dryRun ? "Sẽ nhắc" : "Đã quyết định nhắc")} {result.Alerts.Count} nhiệm vụ ngày {result.Day:dd/MM/yyyy} ({result.Candidates} nhiệm vụ được xét).");
        foreach (var a in result.Alerts)
        {
            var owners = string.Join("; ", a.Recipients.Select(r => (r.AgencyKey.Length == 0 ? "(chưa rõ cơ quan)" : r.AgencyName) + (r.Role == "lead" ? "" : " (phối hợp)")));
            w.WriteLine($"- [{a.Rule}] {a.DocumentNumber ?? "(không số)"} nhiệm vụ {a.TaskPath}, hạn {a.Due:dd/MM/yyyy}{(a.Inherited ? " (kế thừa)" : "")}: {owners}");
        }
    }
}
