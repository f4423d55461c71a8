using System.CommandLine;
using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Search;

namespace DirectiveTracker.Cli.Commands;

/// <summary>`dtrack search "QUERY"` — searches documents and tasks; text with highlighted snippets and facets, or JSON.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Truy vấn, ví dụ: tuyên truyền agency:\"Sở Nội vụ\" due:<2025-06-30" };
        var json = new Option<bool>("--json") { Description = "In kết quả dưới dạng JSON" };
        var limit = new Option<int>("--limit") { Description = "Số kết quả tối đa", DefaultValueFactory = _ => 20 };
        var data = AddCommand.DataOption();
        var command = new Command("search", "Tìm văn bản và nhiệm vụ") { query, json, limit, data };
        command.SetAction(result => Run(result.GetValue(query)!, result.GetValue(json), result.GetValue(limit), result.GetValue(data), Console.Out));
        return command;
    }

    internal static int Run(string query, bool asJson, int limit, string? dataFolder, TextWriter output)
    {
        var path = TrackerDataFolder.DatabasePath(dataFolder);
        if (StoreAccess.IsMissing(path)) return 1;
        // Searching needs read access only: no migration, no write, so a read-only user can search.
        return StoreAccess.Guard(path, () =>
        {
            using var store = StoreAccess.OpenForReading(path);
            SearchResults results;
            try { results = store.Search(new SearchRequest(query, limit)); }
            catch (QuerySyntaxException e)
            {
                Console.Error.WriteLine("Lỗi truy vấn: " + DisplayText.Escape(e.Describe(query)));
                return 2;
            }
            if (asJson) output.WriteLine(JsonSerializer.Serialize(ToJson(results), ContractJson.Options));
            else WriteText(results, output);
            return 0;
        });
    }

    private static object ToJson(SearchResults r) => new
    {
        query = r.Query,
        total = r.Total,
        approximate = r.Approximate,
        totalIsLowerBound = r.TotalIsLowerBound,
        hits = r.Hits.Select(h => new
        {
            kind = h.Kind == HitKind.Task ? "task" : "document",
            documentId = h.DocumentId,
            taskId = h.TaskId,
            number = h.Number,
            documentKind = h.DocumentKind,
            title = h.Title,
            issuedOn = h.IssuedOn,
            task = h.Kind == HitKind.Task
                ? new
                {
                    path = h.TaskPath,
                    text = h.TaskText,
                    owners = h.Owners.Select(o => new { name = o.Name, key = o.AgencyKey, role = o.Role }),
                    deadline = h.Deadline,
                    category = h.Category,
                    status = h.Status?.ToString(),
                }
                : null,
            score = Math.Round(h.Score, 4),
            snippet = h.Snippet.Text,
            highlights = h.Snippet.Highlights.Select(x => new { start = x.Start, length = x.Length }),
        }),
        facets = r.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, label = v.Label, count = v.Count })),
    };

    private static void WriteText(SearchResults r, TextWriter w)
    {
        bool color = ReferenceEquals(w, Console.Out) && !Console.IsOutputRedirected;
        string open = color ? "\u001b[1;33m" : "[", close = color ? "\u001b[0m" : "]";
        w.WriteLine($"Hiển thị {r.Hits.Count} trong {(r.TotalIsLowerBound ? "hơn " : "")}{r.Total} kết quả{(r.Approximate ? " (xếp hạng trong các kết quả mới nhất)" : "")}.");
        int i = 0;
        foreach (var h in r.Hits)
        {
            i++;
            // Everything below comes from stored documents (a file's title, number, owners, text): escaped like file names.
            var head = $"{(h.Number is null ? "(không số)" : DisplayText.Escape(h.Number))} {TrackerLabels.Of("kind", h.DocumentKind.ToString())}" +
                       (h.IssuedOn is { } d ? $" ngày {d:dd/MM/yyyy}" : "");
            if (h.Kind == HitKind.Task)
            {
                w.WriteLine($"{i}. Nhiệm vụ {DisplayText.Escape(h.TaskPath)} — {head} [nhiệm vụ #{h.TaskId}, văn bản #{h.DocumentId}]");
                if (h.Owners.Count > 0) w.WriteLine($"   Chủ trì/phối hợp: {string.Join("; ", h.Owners.Select(o => DisplayText.Escape(o.Name) + (o.Role == "lead" ? "" : " (phối hợp)")))}");
                if (h.Deadline is { } dl) w.WriteLine($"   Thời hạn: {DisplayText.Escape(dl.Text)}{(h.Status is { } s ? $" — {TrackerLabels.Of("status", s.ToString())}" : "")}");
            }
            else w.WriteLine($"{i}. {head} — {DisplayText.Escape(h.Title)} [văn bản #{h.DocumentId}]");
            w.WriteLine("   " + EscapedMarks(h.Snippet, open, close));
        }
        foreach (var (name, values) in r.Facets)
        {
            if (values.Count == 0) continue;
            var label = name switch { "agency" => "Cơ quan", "kind" => "Loại văn bản", "year" => "Năm", "category" => "Lĩnh vực", _ => "Trạng thái" };
            w.WriteLine($"{label}: " + string.Join(", ", values.Select(v => $"{DisplayText.Escape(v.Label)} ({v.Count})")));
        }
    }

    /// <summary>The snippet with its highlights marked; the text between marks escaped, the marks (colour codes) not.</summary>
    private static string EscapedMarks(Snippet snippet, string open, string close)
    {
        var sb = new System.Text.StringBuilder();
        var at = 0;
        foreach (var h in snippet.Highlights)
        {
            sb.Append(DisplayText.Escape(snippet.Text[at..h.Start])).Append(open)
              .Append(DisplayText.Escape(snippet.Text.Substring(h.Start, h.Length))).Append(close);
            at = h.Start + h.Length;
        }
        return sb.Append(DisplayText.Escape(snippet.Text[at..])).ToString();
    }
}
