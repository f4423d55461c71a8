using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace DirectiveTracker.Web.Tests;

/// <summary>
/// Progress through the real host: the task page and the progress API for every role, attachments, validation in
/// Vietnamese, the completion toggle kept in the history, the clerk's proposals and the gap reports with their exports.
/// </summary>
public sealed class ProgressTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const string OK = "200", Login = "login", Denied = "denied", NotFound = "404", Forbidden = "403";

    private static string Outcome(HttpResponseMessage r) => AccessTests.Outcome(r);

    /// <summary>A task the agency user's agency leads, and one of another agency it has no part in (the n-th of each, so tests do not share).</summary>
    private async Task<(long Mine, long Theirs)> TasksAsync(int n)
    {
        var theirs = await web.Api("admin").GetFromJsonAsync<JsonElement>($"/api/tasks?agency={Uri.EscapeDataString(web.OtherAgencyKey)}&role=lead&limit=50");
        var other = theirs.GetProperty("tasks").EnumerateArray()
            .Where(t => t.GetProperty("owners").EnumerateArray().All(o => o.GetProperty("agencyKey").GetString() != web.NoiVuKey)).ToList();
        return (await MineAsync(n), other[n].GetProperty("id").GetInt64());
    }

    /// <summary>The n-th task the agency user's agency leads (the seeds give it four).</summary>
    private async Task<long> MineAsync(int n) =>
        (await web.Api("agency").GetFromJsonAsync<JsonElement>("/api/tasks?role=lead&limit=50")).GetProperty("tasks")[n].GetProperty("id").GetInt64();

    [Fact]
    public async Task Progress_pages_answer_each_role_as_its_rights_say()
    {
        var (mine, theirs) = await TasksAsync(0);
        var noiVu = Uri.EscapeDataString(web.NoiVuKey);
        var other = Uri.EscapeDataString(web.OtherAgencyKey);
        // admin, clerk, leader, agency
        var pages = new (string Path, string[] Expected)[]
        {
            ($"/Tasks/Detail/{mine}", [OK, OK, OK, OK]),
            ($"/Tasks/Detail/{theirs}", [OK, OK, OK, NotFound]),
            ("/Progress/Proposals", [OK, OK, Denied, Denied]),
            ("/Progress/Gaps", [OK, OK, OK, Denied]),
            ("/Progress/Gaps?directive=41-CT/TW", [OK, OK, OK, NotFound]),
            ($"/Progress/Gaps?plan={web.MineDocumentId}", [OK, OK, OK, NotFound]),
            ($"/Progress/Gaps?plan={web.MineDocumentId}&handler=Xlsx", [OK, OK, OK, NotFound]),
            ($"/Progress/Gaps?agency={noiVu}", [OK, OK, OK, OK]),
            ($"/Progress/Gaps?agency={noiVu}&handler=Csv", [OK, OK, OK, OK]),
            ($"/Progress/Gaps?agency={other}", [OK, OK, OK, NotFound]),
        };
        string[] roles = ["admin", "clerk", "leader", "agency"];
        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in roles) clients[role] = await web.SignedInAsync(role);
        var anonymous = await web.SignedInAsync(null);
        foreach (var (path, expected) in pages)
        {
            Assert.True(Login == Outcome(await anonymous.GetAsync(path)), $"anonymous {path}");
            for (int i = 0; i < roles.Length; i++)
                Assert.True(expected[i] == Outcome(await clients[roles[i]].GetAsync(path)), $"{roles[i]} {path}: {Outcome(await clients[roles[i]].GetAsync(path))}");
        }
    }

    [Fact]
    public async Task Progress_api_answers_each_role_as_its_rights_say()
    {
        var (mine, theirs) = await TasksAsync(1);
        // admin, clerk, leader (read-only), agency
        var calls = new (string Method, string Path, string[] Expected)[]
        {
            ("GET", $"/api/tasks/{mine}/history", [OK, OK, OK, OK]),
            ("GET", $"/api/tasks/{theirs}/history", [OK, OK, OK, NotFound]),
            ("POST", $"/api/tasks/{mine}/progress", [OK, OK, Forbidden, OK]),
            ("POST", $"/api/tasks/{theirs}/progress", [OK, OK, Forbidden, NotFound]),
            ("POST", "/api/tasks/999999/progress", [NotFound, NotFound, NotFound, NotFound]),
        };
        string[] roles = ["admin", "clerk", "leader", "agency"];
        foreach (var (method, path, expected) in calls)
        {
            Assert.Equal("401", Outcome(await web.Api(null).SendAsync(Request(method, path))));
            Assert.Equal("401", Outcome(await (await web.SignedInAsync("admin")).SendAsync(Request(method, path))));
            for (int i = 0; i < roles.Length; i++)
                Assert.True(expected[i] == Outcome(await web.Api(roles[i]).SendAsync(Request(method, path))), $"{roles[i]} {method} {path}");
        }
        // The refused calls changed nothing: the other agency's task has only the admin's and the clerk's updates.
        var history = await web.Api("admin").GetFromJsonAsync<JsonElement>($"/api/tasks/{theirs}/history");
        Assert.Equal(["admin@example.vn", "clerk@example.vn"], history.EnumerateArray().Select(u => u.GetProperty("author").GetString()!));

        static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new { status = "in_progress", note = "đang triển khai" }) : null,
        };
    }

    [Fact]
    public async Task An_agency_user_records_progress_with_an_attachment_on_the_page_and_those_who_see_the_task_download_it()
    {
        var (mine, theirs) = await TasksAsync(2);
        var agency = await web.SignedInAsync("agency");
        var page = await agency.GetStringAsync($"/Tasks/Detail/{mine}");
        Assert.Contains("Cơ quan của bạn chủ trì nhiệm vụ này.", page);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var evidence = Encoding.UTF8.GetBytes("Biên bản kiểm tra công tác thi đua, khen thưởng quý II năm 2025.");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("done"), "Input.Status" },
            { new StringContent("2025-05-20"), "Input.CompletedOn" },
            { new StringContent("Đã tổ chức kiểm tra tại 5 đơn vị."), "Input.Note" },
        };
        var file = new ByteArrayContent(evidence);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "files", "bien-ban-kiem-tra.txt");
        var posted = await agency.PostAsync($"/Tasks/Detail/{mine}", form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var history = await web.Api("leader").GetFromJsonAsync<JsonElement>($"/api/tasks/{mine}/history");
        var update = Assert.Single(history.EnumerateArray());
        Assert.Equal("Done", update.GetProperty("claim").GetString());
        Assert.Equal("2025-05-20", update.GetProperty("completedOn").GetString());
        Assert.Equal("Web", update.GetProperty("channel").GetString());
        Assert.Equal(WebFixture.Email("agency"), update.GetProperty("author").GetString());
        Assert.Equal(web.NoiVuKey, update.GetProperty("agencyKey").GetString());
        var attachment = Assert.Single(update.GetProperty("attachments").EnumerateArray());
        Assert.Equal("bien-ban-kiem-tra.txt", attachment.GetProperty("name").GetString());
        var link = $"/Tasks/Detail/{mine}?handler=Attachment&update={update.GetProperty("id").GetInt64()}&sha={attachment.GetProperty("sha256").GetString()}";

        var shown = await agency.GetStringAsync($"/Tasks/Detail/{mine}");
        Assert.Contains("Đã tổ chức kiểm tra tại 5 đơn vị.", shown);
        Assert.Contains("Hoàn thành", shown);
        Assert.Contains(link.Replace("&", "&amp;", StringComparison.Ordinal), shown);
        Assert.Equal(evidence, await agency.GetByteArrayAsync(link));
        Assert.Equal(evidence, await (await web.SignedInAsync("leader")).GetByteArrayAsync(link));
        // Another agency's staff sees neither the task nor its attachment, by page or by id.
        var other = await web.SignedInAsync("other");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Tasks/Detail/{mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await web.Api("other").GetAsync($"/api/tasks/{mine}/history")).StatusCode);
        // And the agency user cannot post to a task that is not its own.
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync($"/Tasks/Detail/{theirs}")).StatusCode);
        var status = await WebFixture.PostFormAsync(agency, $"/Tasks/Detail/{theirs}", new() { ["Input.Status"] = "done" }, formPage: $"/Tasks/Detail/{mine}");
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.Empty((await web.Api("admin").GetFromJsonAsync<JsonElement>($"/api/tasks/{theirs}/history")).EnumerateArray());
    }

    [Fact]
    public async Task Bad_updates_are_refused_in_Vietnamese_and_nothing_is_recorded()
    {
        var mine = await MineAsync(3);
        var api = web.Api("agency");
        async Task<string> Refused(HttpContent content)
        {
            var r = await api.PostAsync($"/api/tasks/{mine}/progress", content);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            return await r.Content.ReadAsStringAsync();
        }
        Assert.Contains("Chọn trạng thái", await Refused(JsonContent.Create(new { status = "xong" })));
        Assert.Contains("chưa đến", await Refused(JsonContent.Create(new { status = "done", completedOn = "2030-01-01" })));
        Assert.Contains("Chỉ ghi ngày hoàn thành khi trạng thái là đã hoàn thành", await Refused(JsonContent.Create(new { status = "not_done", completedOn = "2025-05-01" })));
        Assert.Contains("không định kỳ", await Refused(JsonContent.Create(new { status = "done", occurrence = "2025-03-31" })));
        Assert.Contains("ngày dạng dd/mm/yyyy", await Refused(JsonContent.Create(new { status = "done", completedOn = "31/02/2025" })));
        // A program renamed as a PDF, and a type not accepted, are refused by what their bytes and names are.
        Assert.Contains("chỉ nhận", await Refused(Multipart("done", ("ket-qua.pdf", "MZ\u0090\u0000 not a pdf"u8.ToArray()))));
        Assert.Contains("chỉ nhận", await Refused(Multipart("done", ("ket-qua.exe", "%PDF-1.4"u8.ToArray()))));
        Assert.Contains("rỗng", await Refused(Multipart("done", ("trong.pdf", []))));
        Assert.Empty((await api.GetFromJsonAsync<JsonElement>($"/api/tasks/{mine}/history")).EnumerateArray());

        // The same update made right is recorded, with its PDF attachment.
        var ok = await api.PostAsync($"/api/tasks/{mine}/progress", Multipart("in_progress", ("tien-do.pdf", "%PDF-1.4\n% tiến độ\n"u8.ToArray())));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var task = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("InProgress", task.GetProperty("reported").GetString());
        var history = await api.GetFromJsonAsync<JsonElement>($"/api/tasks/{mine}/history");
        var update = Assert.Single(history.EnumerateArray());
        Assert.Equal("Api", update.GetProperty("channel").GetString());
        var attachment = Assert.Single(update.GetProperty("attachments").EnumerateArray());
        var bytes = await api.GetByteArrayAsync($"/api/tasks/{mine}/updates/{update.GetProperty("id").GetInt64()}/attachments/{attachment.GetProperty("sha256").GetString()}");
        Assert.StartsWith("%PDF-1.4", Encoding.UTF8.GetString(bytes));

        static MultipartFormDataContent Multipart(string status, (string Name, byte[] Bytes) file) => new()
        {
            { new StringContent(status), "status" },
            { new ByteArrayContent(file.Bytes), "files", file.Name },
        };
    }

    [Fact]
    public async Task The_completion_toggle_is_recorded_in_the_history_from_the_list_and_the_api()
    {
        var mine = await MineAsync(0); // the pages test only reads it
        var browser = await web.SignedInAsync("agency");
        var done = await WebFixture.PostFormAsync(browser, $"/Tasks/Status/{mine}", new() { ["completion"] = "done", ["returnUrl"] = "/Tasks" }, formPage: "/Tasks");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var reopen = await web.Api("agency").PatchAsJsonAsync($"/api/tasks/{mine}", new { completion = "open" });
        Assert.Equal(HttpStatusCode.OK, reopen.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await reopen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("completedOn").ValueKind);

        var history = (await web.Api("clerk").GetFromJsonAsync<JsonElement>($"/api/tasks/{mine}/history")).EnumerateArray().ToList();
        Assert.Equal(["Done", "InProgress"], history.Select(u => u.GetProperty("claim").GetString()!));
        Assert.Equal(["Web", "Api"], history.Select(u => u.GetProperty("channel").GetString()!));
        Assert.Equal(WebFixture.Today.ToString("yyyy-MM-dd"), history[0].GetProperty("completedOn").GetString());
        // A leader reads but does not update.
        Assert.Equal(HttpStatusCode.Forbidden, (await web.Api("leader").PatchAsJsonAsync($"/api/tasks/{mine}", new { completion = "done" })).StatusCode);
        Assert.Equal(2, (await web.Api("clerk").GetFromJsonAsync<JsonElement>($"/api/tasks/{mine}/history")).GetArrayLength());
    }

    /// <summary>A plan uploaded by the clerk: its document and its first task.</summary>
    private async Task<(long DocumentId, long TaskId)> UploadPlanAsync(string plan, string fileName)
    {
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(plan)), "files", fileName } };
        var added = await (await web.Api("clerk").PostAsync("/api/documents", upload)).Content.ReadFromJsonAsync<JsonElement>();
        long documentId = added[0].GetProperty("documentId").GetInt64();
        return (documentId, (await web.Api("clerk").GetFromJsonAsync<JsonElement>($"/api/documents/{documentId}")).GetProperty("tasks")[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task A_recurring_task_shows_its_occurrences_and_an_update_completes_the_one_named()
    {
        const string plan = """
            ỦY BAN NHÂN DÂN
            TỈNH THÁI BÌNH
            Số: 77/KH-UBND
            Thái Bình, ngày 02 tháng 01 năm 2025
            KẾ HOẠCH
            Theo dõi công tác cải cách hành chính năm 2025
            I. NHIỆM VỤ
            1. Sở Nội vụ chủ trì tổng hợp, báo cáo kết quả cải cách hành chính trước ngày 20 hằng tháng.
            """;
        var (_, taskId) = await UploadPlanAsync(plan, "kehoach-77.txt");

        var clerk = await web.SignedInAsync("clerk");
        var page = await clerk.GetStringAsync($"/Tasks/Detail/{taskId}");
        Assert.Contains("Kỳ hiện tại", page);
        Assert.Contains("hạn 20/06/2025", page); // today is 1 June 2025: June's occurrence is the current one
        Assert.Contains("Quá hạn, chưa hoàn thành", page); // earlier months were not reported
        Assert.Contains("value=\"2025-03-20\"", page);

        var bad = await web.Api("clerk").PostAsJsonAsync($"/api/tasks/{taskId}/progress", new { status = "done", occurrence = "2025-03-21" });
        Assert.Contains("Kỳ không hợp lệ", await bad.Content.ReadAsStringAsync());
        var ok = await web.Api("clerk").PostAsJsonAsync($"/api/tasks/{taskId}/progress", new { status = "done", completedOn = "2025-03-25", occurrence = "2025-03-20" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var march = (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetProperty("occurrences").EnumerateArray()
            .Single(o => o.GetProperty("period").GetProperty("due").GetString() == "2025-03-20");
        Assert.Equal("DoneLate", march.GetProperty("status").GetString());
        var update = Assert.Single((await web.Api("clerk").GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/history")).EnumerateArray());
        Assert.Equal("2025-03-20", update.GetProperty("occurrenceDue").GetString());
        Assert.Contains("kỳ hạn 20/03/2025", await clerk.GetStringAsync($"/Tasks/Detail/{taskId}"));
    }

    [Fact]
    public async Task The_done_and_reopen_button_on_a_recurring_task_acts_on_its_current_occurrence()
    {
        const string plan = """
            ỦY BAN NHÂN DÂN
            TỈNH THÁI BÌNH
            Số: 78/KH-UBND
            Thái Bình, ngày 03 tháng 01 năm 2025
            KẾ HOẠCH
            Theo dõi công tác thi đua, khen thưởng năm 2025
            I. NHIỆM VỤ
            1. Sở Nội vụ (Ban Thi đua - Khen thưởng) chủ trì tổng hợp, báo cáo kết quả thi đua trước ngày 20 hằng tháng.
            """;
        var (documentId, taskId) = await UploadPlanAsync(plan, "kehoach-78.txt");
        // The agency's other tests pick its n-th task: this one goes again at the end.
        try
        {
            var agency = await web.SignedInAsync("agency");
            string Button(string page) => Regex.Match(page, $@"action=""/Tasks/Status/{taskId}"".*?value=""(done|open)""", RegexOptions.Singleline).Groups[1].Value;

            Assert.Equal("done", Button(await agency.GetStringAsync("/Tasks?status=InProgress")));
            var done = await WebFixture.PostFormAsync(agency, $"/Tasks/Status/{taskId}", new() { ["completion"] = "done", ["returnUrl"] = "/Tasks" }, formPage: "/Tasks");
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
            // Today is 1 June 2025: June's occurrence (due 20/06) is done, May's stays overdue, and the history says which period.
            var history = Assert.Single((await web.Api("clerk").GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/history")).EnumerateArray());
            Assert.Equal("2025-06-20", history.GetProperty("occurrenceDue").GetString());
            Assert.Equal("DoneOnTime", (await web.Api("clerk").GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}")).GetProperty("status").GetString());
            Assert.Contains("Quá hạn, chưa hoàn thành", await agency.GetStringAsync($"/Tasks/Detail/{taskId}"));
            // The list now offers to reopen it (the task's own completion is empty: the button reads the current occurrence).
            Assert.Equal("open", Button(await agency.GetStringAsync("/Tasks?status=DoneOnTime")));
            var reopen = await WebFixture.PostFormAsync(agency, $"/Tasks/Status/{taskId}", new() { ["completion"] = "open", ["returnUrl"] = "/Tasks" }, formPage: "/Tasks");
            Assert.Equal(HttpStatusCode.Redirect, reopen.StatusCode);
            var updates = (await web.Api("clerk").GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/history")).EnumerateArray().ToList();
            Assert.Equal(["2025-06-20", "2025-06-20"], updates.Select(u => u.GetProperty("occurrenceDue").GetString()!));
            Assert.Equal("done", Button(await agency.GetStringAsync("/Tasks?status=InProgress")));
        }
        finally { await web.Api("admin").DeleteAsync($"/api/documents/{documentId}"); }
    }

    [Fact]
    public async Task The_lead_agency_sees_the_updates_of_a_supporting_agency_on_the_task_page()
    {
        var agencies = (await web.Api("admin").GetFromJsonAsync<JsonElement>("/api/agencies")).EnumerateArray()
            .ToDictionary(a => a.GetProperty("key").GetString()!, a => a.GetProperty("name").GetString()!);
        long taskId = await MineAsync(1); // the API test asserts nothing on its history
        var owners = await web.Api("clerk").PatchAsJsonAsync($"/api/tasks/{taskId}", new { support = agencies[web.OtherAgencyKey] });
        Assert.Equal(HttpStatusCode.OK, owners.StatusCode);

        var support = await web.SignedInAsync("other");
        Assert.Contains("Cơ quan của bạn phối hợp thực hiện nhiệm vụ này", await support.GetStringAsync($"/Tasks/Detail/{taskId}"));
        var posted = await web.Api("other").PostAsJsonAsync($"/api/tasks/{taskId}/progress", new { status = "in_progress", note = "Đã gửi số liệu phối hợp cho cơ quan chủ trì." });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        var lead = await (await web.SignedInAsync("agency")).GetStringAsync($"/Tasks/Detail/{taskId}");
        Assert.Contains("Đã gửi số liệu phối hợp cho cơ quan chủ trì.", lead);
        Assert.Contains($"({agencies[web.OtherAgencyKey]}, phối hợp)", lead);
    }

    [Fact]
    public async Task A_clerk_accepts_one_proposal_rejects_another_and_the_rejected_one_changes_nothing()
    {
        var (reportId, pending) = await ReportProposals.AddAsync(web);
        var accept = pending.First(p => p.Claim == Index.Progress.ProgressClaim.Done);
        var reject = pending.First(p => p.Id != accept.Id && p.TaskId != accept.TaskId);
        var before = await web.Api("admin").GetFromJsonAsync<JsonElement>($"/api/tasks/{reject.TaskId}");
        var beforeHistory = await web.Api("admin").GetFromJsonAsync<JsonElement>($"/api/tasks/{reject.TaskId}/history");

        var clerk = await web.SignedInAsync("clerk");
        var list = await clerk.GetStringAsync("/Progress/Proposals");
        Assert.Contains($"/Progress/Proposals/{reportId}", list);
        var screen = $"/Progress/Proposals/{reportId}";
        Assert.Equal(HttpStatusCode.Redirect, (await WebFixture.PostFormAsync(clerk, $"{screen}?handler=Accept", new() { ["proposal"] = accept.Id.ToString() }, formPage: screen)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await WebFixture.PostFormAsync(clerk, $"{screen}?handler=Reject", new() { ["proposal"] = reject.Id.ToString() }, formPage: screen)).StatusCode);
        // Deciding twice is refused in Vietnamese.
        var again = await WebFixture.PostFormAsync(clerk, $"{screen}?handler=Reject", new() { ["proposal"] = accept.Id.ToString() }, formPage: screen);
        Assert.Contains("đã được xử lý", await again.Content.ReadAsStringAsync());

        var accepted = (await web.Api("admin").GetFromJsonAsync<JsonElement>($"/api/tasks/{accept.TaskId}/history")).EnumerateArray().Last();
        Assert.Equal("Report", accepted.GetProperty("channel").GetString());
        Assert.Equal(reportId, accepted.GetProperty("sourceDocumentId").GetInt64());
        var after = await web.Api("admin").GetFromJsonAsync<JsonElement>($"/api/tasks/{reject.TaskId}");
        Assert.Equal(before.GetRawText(), after.GetRawText());
        Assert.Equal(beforeHistory.GetRawText(), (await web.Api("admin").GetFromJsonAsync<JsonElement>($"/api/tasks/{reject.TaskId}/history")).GetRawText());

        var decided = await clerk.GetStringAsync(screen);
        Assert.Contains($"id=\"proposal-{accept.Id}\"", decided);
        Assert.Matches($"proposal-accepted\" id=\"proposal-{accept.Id}\"", decided);
        Assert.Matches($"proposal-rejected\" id=\"proposal-{reject.Id}\"", decided);
        // Accept all from a confidence: those at or above it are accepted in one action, those below still wait.
        var left = pending.Where(p => p.Id != accept.Id && p.Id != reject.Id).ToList();
        var threshold = left.Select(p => p.Confidence).Distinct().Order().Skip(1).FirstOrDefault(1.0);
        Assert.Contains("Độ tin cậy phải từ 0 đến 100", await (await WebFixture.PostFormAsync(clerk, $"{screen}?handler=AcceptAbove", new() { ["Threshold"] = "150" }, formPage: screen)).Content.ReadAsStringAsync());
        var above = await WebFixture.PostFormAsync(clerk, $"{screen}?handler=AcceptAbove", new() { ["Threshold"] = Math.Ceiling(threshold * 100 - 0.5).ToString(System.Globalization.CultureInfo.InvariantCulture) }, formPage: screen);
        Assert.Equal(HttpStatusCode.Redirect, above.StatusCode);
        var stillPending = left.Where(p => p.Confidence < Math.Ceiling(threshold * 100 - 0.5) / 100).Select(p => p.Id).Order().ToList();
        Assert.NotEqual(left.Count, stillPending.Count);
        var afterAbove = await clerk.GetStringAsync(screen);
        Assert.Equal(stillPending, Regex.Matches(afterAbove, "proposal-pending\" id=\"proposal-(\\d+)\"").Select(m => long.Parse(m.Groups[1].Value)).Order());

        // A leader may not decide.
        var leader = await web.SignedInAsync("leader");
        Assert.Equal(Denied, Outcome(await leader.GetAsync(screen)));
    }

    [Fact]
    public async Task A_recurring_task_and_an_inherited_deadline_task_show_one_status_on_the_agency_list_the_task_page_and_the_gap_table()
    {
        // From the seeds: a recurring task and one whose deadline comes from its plan, each led by an agency and not yet reported (so in the gap table).
        List<Index.Progress.TrackedTask> tracked;
        using (var store = Index.SqliteTrackerStoreFactory.ForDataFolder(web.DataFolder).Open())
            tracked = [.. store.ListDocuments(0, 500).SelectMany(d => store.DocumentTasks(d.Id, WebFixture.Today))];
        var candidates = tracked.Where(t => t.LeadKeys.Count > 0 && t.Reported is null).ToList();
        var recurring = candidates.First(t => t.State.Occurrences.Count > 0);
        var inherited = candidates.First(t => t.State.DueInherited);

        var leader = await web.SignedInAsync("leader");
        foreach (var task in new[] { recurring, inherited })
        {
            var expected = task.State.StatusLabel;
            var page = WebUtility.HtmlDecode(await leader.GetStringAsync($"/Tasks/Detail/{task.TaskId}"));
            Assert.Equal(expected, Regex.Match(page, "id=\"task-status\">([^<]*)<").Groups[1].Value);

            var agency = WebUtility.HtmlDecode(await leader.GetStringAsync("/Agencies/Detail?key=" + Uri.EscapeDataString(task.LeadKeys[0])));
            var rows = Regex.Matches(agency, $"<tr>\\s*<td data-label=\"Văn bản\">(?:(?!</tr>)[\\s\\S])*?href=\"/Tasks/Detail/{task.TaskId}\"(?:(?!</tr>)[\\s\\S])*?<span class=\"status status-\\w+\">([^<]*)</span>")
                .Select(m => m.Groups[1].Value).ToList();
            // The lead list's row and the gap table's "not reported" row.
            Assert.True(rows.Count >= 2, $"task {task.TaskId} should be in the agency's list and its gap table, found {rows.Count} rows");
            Assert.All(rows, label => Assert.Equal(expected, label));
        }
        // The status filter and the dashboard count by the same status.
        var filtered = await web.Api("leader").GetFromJsonAsync<JsonElement>($"/api/tasks?status={inherited.State.Status}&limit=500");
        Assert.Contains(inherited.TaskId, filtered.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("id").GetInt64()));
        Assert.All(filtered.GetProperty("tasks").EnumerateArray(), t => Assert.Equal(inherited.State.Status.ToString(), t.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Gap_reports_count_a_plan_an_agency_and_a_directive_and_export_the_same_tasks()
    {
        var leader = await web.SignedInAsync("leader");
        var plan = await leader.GetStringAsync($"/Progress/Gaps?plan={web.MineDocumentId}");
        int total = int.Parse(Regex.Match(plan, "id=\"gap-total\">(\\d+)<").Groups[1].Value);
        var tasks = (await web.Api("leader").GetFromJsonAsync<JsonElement>($"/api/documents/{web.MineDocumentId}")).GetProperty("tasks").GetArrayLength();
        Assert.Equal(tasks, total);
        var xlsx = await leader.GetByteArrayAsync($"/Progress/Gaps?plan={web.MineDocumentId}&handler=Xlsx");
        using (var sheet = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
            Assert.Equal(total + 1, sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count());

        // Both seed plans implementing Chỉ thị 41-CT/TW are found through the citation graph; their counts add up.
        var directive = await leader.GetStringAsync("/Progress/Gaps?directive=" + Uri.EscapeDataString("41-CT/TW"));
        var planRows = Regex.Matches(directive, "<td data-label=\"Nhiệm vụ\">(\\d+)</td>").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(2, planRows.Count);
        Assert.Equal(planRows.Sum(), int.Parse(Regex.Match(directive, "id=\"gap-total\">(\\d+)<").Groups[1].Value));
        var csv = Encoding.UTF8.GetString(await leader.GetByteArrayAsync("/Progress/Gaps?directive=41-CT%2FTW&handler=Csv"));
        Assert.StartsWith("\uFEFF\"Mã nhiệm vụ\"", csv);
        Assert.Equal(planRows.Sum(), Regex.Matches(csv, "^\"\\d+\",", RegexOptions.Multiline).Count);
        var unknown = await leader.GetStringAsync("/Progress/Gaps?directive=99-CT/TW");
        Assert.Contains("Chưa có kế hoạch nào trong kho thực hiện văn bản số 99-CT/TW", unknown);

        // The agency page shows what the agency owes and has not reported, the same as its own gap page.
        var agency = await web.SignedInAsync("agency");
        var own = await agency.GetStringAsync($"/Agencies/Detail?key={Uri.EscapeDataString(web.NoiVuKey)}");
        var owed = int.Parse(Regex.Match(own, "id=\"gap-total\">(\\d+)<").Groups[1].Value);
        var leads = (await web.Api("agency").GetFromJsonAsync<JsonElement>("/api/tasks?role=lead&limit=500")).GetProperty("total").GetInt32();
        Assert.Equal(leads, owed);
        Assert.Contains("Chưa có báo cáo tiến độ", own);
    }
}
