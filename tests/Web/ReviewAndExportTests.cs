using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DirectiveTracker.Web.Tests;

/// <summary>Corrections (validation, audit, labelled examples, the index following), uploads and exports through the real host.</summary>
public sealed class ReviewAndExportTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task A_clerks_correction_is_validated_kept_in_the_audit_log_and_found_by_search()
    {
        var api = web.Api("clerk");
        var task = (await api.GetFromJsonAsync<JsonElement>("/api/tasks?limit=1")).GetProperty("tasks")[0];
        long id = task.GetProperty("id").GetInt64();

        var bad = await api.PatchAsJsonAsync($"/api/tasks/{id}", new { due = "31/02/2025" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Thời hạn không hợp lệ", await bad.Content.ReadAsStringAsync());

        var browser = await web.SignedInAsync("clerk");
        var form = await WebFixture.PostFormAsync(browser, $"/Tasks/Edit/{id}", new()
        {
            ["Input.Text"] = "Rà soát hồ sơ khen thưởng đặc biệt quokka", ["Input.Lead"] = "Sở Tài chính\nSở Nội vụ", ["Input.Support"] = "",
            ["Input.DeadlineText"] = "trước ngày 15/7/2025", ["Input.Due"] = "2025-07-15", ["Input.Category"] = "KhenThuong",
        });
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);

        var after = await api.GetFromJsonAsync<JsonElement>($"/api/tasks/{id}");
        Assert.Equal("Rà soát hồ sơ khen thưởng đặc biệt quokka", after.GetProperty("text").GetString());
        Assert.Equal("2025-07-15", after.GetProperty("deadline").GetProperty("due").GetString());
        Assert.Equal(["Sở Nội vụ", "Sở Tài chính"], after.GetProperty("owners").EnumerateArray().Select(o => o.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));

        var found = await api.GetFromJsonAsync<JsonElement>("/api/search?q=quokka");
        Assert.Contains(found.GetProperty("hits").EnumerateArray(), h => h.TryGetProperty("taskId", out var t) && t.ValueKind == JsonValueKind.Number && t.GetInt64() == id);

        long documentId = after.GetProperty("documentId").GetInt64();
        var page = await browser.GetStringAsync($"/Documents/Detail/{documentId}");
        Assert.Contains($"sửa nhiệm vụ #{id}", page);
        var example = Path.Combine(web.DataFolder, "corrections", $"doc-{documentId}.json");
        Assert.Contains("quokka", await File.ReadAllTextAsync(example));
        Assert.True(File.Exists(Path.ChangeExtension(example, ".txt")));
    }

    [Fact]
    public async Task An_agency_user_marks_its_own_task_done_but_cannot_change_its_text()
    {
        var api = web.Api("agency");
        // A task done as a whole (a recurring task's completion is its current occurrence's: the task's own stays empty).
        var task = (await api.GetFromJsonAsync<JsonElement>("/api/tasks?role=lead&limit=50")).GetProperty("tasks").EnumerateArray()
            .First(t => t.GetProperty("deadline") is not { ValueKind: JsonValueKind.Object } d || d.GetProperty("kind").GetString() != "recurring");
        long id = task.GetProperty("id").GetInt64();
        var text = await api.PatchAsJsonAsync($"/api/tasks/{id}", new { text = "đổi nội dung" });
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        var done = await api.PatchAsJsonAsync($"/api/tasks/{id}", new { completion = "done" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var after = await done.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(WebFixture.Today.ToString("yyyy-MM-dd"), after.GetProperty("completedOn").GetString());
        Assert.StartsWith("Done", after.GetProperty("status").GetString());
        Assert.Equal(task.GetProperty("text").GetString(), after.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Upload_gives_each_file_its_result_or_its_error_and_nothing_from_a_document_is_raw_html()
    {
        var content = new MultipartFormDataContent();
        var text = "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\nSố: 77/KH-UBND\nKẾ HOẠCH\nPhòng chống <script>alert(1)</script> thiên tai năm 2025\n" +
                   "1. Sở Nội vụ chủ trì tổ chức tập huấn phòng chống thiên tai, hoàn thành trước ngày 30/6/2025.\n";
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", "kehoach-77.txt");
        content.Add(new ByteArrayContent([0x4d, 0x5a, 0x90, 0x00]), "files", "virus.exe");
        content.Add(new ByteArrayContent("%PDF-1.4 garbage"u8.ToArray()), "files", "hong.pdf");
        Assert.Equal(HttpStatusCode.Forbidden, (await web.Api("leader").PostAsync("/api/documents", content)).StatusCode);
        var response = await web.Api("clerk").PostAsync("/api/documents", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcomes = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(3, outcomes.Count);
        Assert.Equal(JsonValueKind.Null, outcomes[0].GetProperty("error").ValueKind);
        Assert.True(outcomes[0].GetProperty("tasks").GetInt32() >= 1);
        Assert.Equal("Chỉ nhận tệp PDF, Word (DOCX, DOC), ODT, RTF, TXT hoặc ảnh quét (JPG, PNG, TIFF).", outcomes[1].GetProperty("error").GetString());
        Assert.False(string.IsNullOrEmpty(outcomes[2].GetProperty("error").GetString()));

        var browser = await web.SignedInAsync("clerk");
        var page = await browser.GetStringAsync($"/Documents/Detail/{outcomes[0].GetProperty("documentId").GetInt64()}");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert(1)", page);
    }

    [Fact]
    public async Task Uploading_an_earlier_versions_file_again_makes_it_current_and_says_so()
    {
        const string head = "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\nSố: 91/KH-UBND\nThái Bình, ngày 02 tháng 01 năm 2025\nKẾ HOẠCH\nPhòng chống thiên tai năm 2025\n";
        async Task<JsonElement> Upload(string animal)
        {
            using var content = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes(head + $"1. Sở Nội vụ chủ trì tập huấn cứu hộ {animal}, hoàn thành trước ngày 30/6/2025.\n")), "files", $"kehoach-91-{animal}.txt" },
            };
            return (await (await web.Api("clerk").PostAsync("/api/documents", content)).Content.ReadFromJsonAsync<JsonElement>())[0];
        }
        var first = await Upload("kookaburra");
        long doc = first.GetProperty("documentId").GetInt64();
        long task = (await web.Api("clerk").GetFromJsonAsync<JsonElement>($"/api/documents/{doc}")).GetProperty("tasks")[0].GetProperty("id").GetInt64();
        Assert.Equal("phiên bản mới của văn bản đã có", (await Upload("numbat")).GetProperty("change").GetString());

        var again = await Upload("kookaburra");
        Assert.Equal("phiên bản cũ của văn bản đã có, nay được dùng lại làm phiên bản hiện hành", again.GetProperty("change").GetString());
        Assert.Equal(doc, again.GetProperty("documentId").GetInt64());
        var stored = await web.Api("clerk").GetFromJsonAsync<JsonElement>($"/api/documents/{doc}");
        Assert.Equal(task, stored.GetProperty("tasks")[0].GetProperty("id").GetInt64());
        Assert.Contains("kookaburra", stored.GetProperty("tasks")[0].GetProperty("text").GetString());
        Assert.Equal([task], await web.TaskHitsAsync("kookaburra", 1));
        Assert.Empty(await web.TaskHitsAsync("numbat", 0));
    }

    [Fact]
    public async Task Exports_open_as_xlsx_csv_and_icalendar_with_the_lists_tasks()
    {
        var browser = await web.SignedInAsync("leader");
        var key = Uri.EscapeDataString(web.NoiVuKey);
        var list = await web.Api("leader").GetFromJsonAsync<JsonElement>($"/api/tasks?agency={key}&limit=500");
        int total = list.GetProperty("total").GetInt32();
        Assert.True(total > 0);

        var xlsx = await browser.GetAsync($"/Tasks?agency={key}&handler=Xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using (var doc = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var rows = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
            Assert.Equal(total + 1, rows.Count);
            Assert.Equal("Mã nhiệm vụ", rows[0].Descendants<Cell>().First().InnerText);
        }
        var csv = Encoding.UTF8.GetString(await browser.GetByteArrayAsync($"/Tasks?agency={key}&handler=Csv"));
        Assert.StartsWith("\uFEFF\"Mã nhiệm vụ\"", csv);
        Assert.Equal(total, System.Text.RegularExpressions.Regex.Matches(csv, "^\"\\d+\",", System.Text.RegularExpressions.RegexOptions.Multiline).Count);

        var ics = await browser.GetStringAsync($"/Agencies/Detail?key={key}&handler=Ics");
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics);
        int dated = list.GetProperty("tasks").EnumerateArray().Count(t => t.GetProperty("deadline").ValueKind == JsonValueKind.Object
                                                                           && t.GetProperty("deadline").GetProperty("due").ValueKind == JsonValueKind.String);
        Assert.Equal(dated, ics.Split("BEGIN:VEVENT").Length - 1);
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public async Task Dashboard_counts_drill_down_to_the_same_number_of_tasks()
    {
        var browser = await web.SignedInAsync("leader");
        var page = await browser.GetStringAsync("/Dashboard");
        var link = System.Text.RegularExpressions.Regex.Match(page, "<a class=\"count-link status-(\\w+)\" href=\"([^\"]+)\">(\\d+)</a>");
        Assert.True(link.Success);
        var tasks = await browser.GetStringAsync(System.Net.WebUtility.HtmlDecode(link.Groups[2].Value));
        Assert.Contains($"<span id=\"task-total\">{link.Groups[3].Value}</span>", tasks);
        Assert.Contains("<svg", page);
    }
}

/// <summary>Sign-in attempts beyond the limit per minute are refused with 429.</summary>
public sealed class LoginRateLimitTests(LoginRateLimitTests.Fixture web) : IClassFixture<LoginRateLimitTests.Fixture>
{
    public sealed class Fixture : WebFixture
    {
        protected override int LoginAttemptsPerMinute => 3;
    }

    [Fact]
    public async Task The_fourth_attempt_in_a_minute_is_refused()
    {
        var client = await web.SignedInAsync(null);
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 4; i++)
            statuses.Add((await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.vn", ["Password"] = "sai" }))).StatusCode);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }
}
