using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace DirectiveTracker.Web.Tests;

/// <summary>Document versions, task review (add/delete/split/merge), the agency directory and calendar feeds, per role.</summary>
public sealed class ReviewDirectoryFeedTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static MultipartFormDataContent Plan(string fileName, string extra)
    {
        var text = "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\nSố: 91/KH-UBND\nThái Bình, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nPhòng chống dịch bệnh năm 2025\n" +
                   "1. Sở Y tế chủ trì giám sát dịch bệnh wombat, hoàn thành trước ngày 30/6/2025.\n" +
                   "2. Sở Nội vụ chủ trì rà soát biên chế ngành y tế, hoàn thành trước ngày 30/9/2025.\n" + extra;
        var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", fileName);
        return content;
    }

    [Fact]
    public async Task The_same_plan_uploaded_twice_is_one_document_with_two_versions_found_once_and_its_originals_download()
    {
        var api = web.Api("clerk");
        var first = (await (await api.PostAsync("/api/documents", Plan("kh91.txt", ""))).Content.ReadFromJsonAsync<JsonElement>())[0];
        var second = (await (await api.PostAsync("/api/documents", Plan("kh91-sua.txt", "Ghi chú của bản sửa.\n"))).Content.ReadFromJsonAsync<JsonElement>())[0];
        long id = first.GetProperty("documentId").GetInt64();
        Assert.Equal(id, second.GetProperty("documentId").GetInt64());
        Assert.Equal("phiên bản mới của văn bản đã có", second.GetProperty("change").GetString());
        Assert.Single(await web.TaskHitsAsync("wombat", 1));
        var doc = await api.GetFromJsonAsync<JsonElement>($"/api/documents/{id}");
        var versions = doc.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(2, versions.Count);
        foreach (var v in versions)
            Assert.True(File.Exists(Path.Combine(web.DataFolder, "originals", v.GetProperty("sha256").GetString()![..2], v.GetProperty("sha256").GetString()!)));

        var clerk = await web.SignedInAsync("clerk");
        var file = await clerk.GetAsync($"/Documents/Detail/{id}?handler=File&sha={versions[0].GetProperty("sha256").GetString()}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Contains("wombat", await file.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Documents/Detail/{id}?handler=File&sha=../../tracker.db")).StatusCode);
        // An agency user that has no task in it cannot fetch its file.
        var other = await web.SignedInAsync("agency");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Documents/Detail/{web.TheirsDocumentId}?handler=File&sha={versions[0].GetProperty("sha256").GetString()}")).StatusCode);

        // Admin deletes: the document, its index entries and its originals go in one step.
        Assert.Equal(HttpStatusCode.Forbidden, (await api.DeleteAsync($"/api/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await web.Api("admin").DeleteAsync($"/api/documents/{id}")).StatusCode);
        Assert.Empty(await web.TaskHitsAsync("wombat", 0));
        Assert.All(versions, v => Assert.False(File.Exists(Path.Combine(web.DataFolder, "originals", v.GetProperty("sha256").GetString()![..2], v.GetProperty("sha256").GetString()!))));
    }

    [Fact]
    public async Task A_clerk_adds_splits_merges_and_deletes_tasks_on_the_review_page_others_are_refused()
    {
        long doc = web.MineDocumentId;
        var clerk = await web.SignedInAsync("clerk");
        var page = await clerk.GetStringAsync($"/Documents/Review/{doc}");
        Assert.Contains("cần xem lại", page);
        foreach (var role in new[] { "leader", "agency" })
            Assert.Contains("/Account/Denied", (await (await web.SignedInAsync(role)).GetAsync($"/Documents/Review/{doc}")).Headers.Location?.OriginalString);

        var add = await WebFixture.PostFormAsync(clerk, $"/Documents/Review/{doc}?handler=Add", new()
        {
            ["NewPath"] = "IX.1", ["NewTask.Text"] = "Tổ chức hội thảo platypus về chuyển đổi số\nvà tập huấn cán bộ platypus", ["NewTask.Lead"] = "Sở Nội vụ",
            ["NewTask.Due"] = "2025-11-30", ["NewTask.Category"] = "Khac",
        }, formPage: $"/Documents/Review/{doc}");
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        long added = (await web.TaskHitsAsync("platypus", 1)).Single();

        var split = await WebFixture.PostFormAsync(clerk, $"/Documents/Review/{doc}?handler=Split", new()
        {
            ["taskId"] = added.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["parts"] = "Tổ chức hội thảo platypus về chuyển đổi số\nTập huấn cán bộ platypus",
        }, formPage: $"/Documents/Review/{doc}");
        Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);
        var parts = await web.TaskHitsAsync("platypus", 2);
        Assert.Equal(2, parts.Count);

        // The agency user's own task: still not theirs to split or delete (only clerks review).
        var agency = await web.SignedInAsync("agency");
        var refused = await WebFixture.PostFormAsync(agency, $"/Documents/Review/{doc}?handler=Delete", new() { ["taskId"] = parts[1].ToString(System.Globalization.CultureInfo.InvariantCulture) }, formPage: "/Tasks");
        Assert.Contains("/Account/Denied", refused.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await web.Api("clerk").GetAsync($"/api/tasks/{parts[1]}")).StatusCode);

        var merge = await clerk.PostAsync($"/Documents/Review/{doc}?handler=Merge", new FormUrlEncodedContent(
        [
            new("merge", parts[1].ToString(System.Globalization.CultureInfo.InvariantCulture)), new("merge", parts[0].ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("__RequestVerificationToken", Token(await clerk.GetStringAsync($"/Documents/Review/{doc}"))),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, merge.StatusCode);
        var merged = await web.Api("clerk").GetFromJsonAsync<JsonElement>($"/api/tasks/{parts[0]}");
        Assert.Equal("Tổ chức hội thảo platypus về chuyển đổi số\nTập huấn cán bộ platypus", merged.GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await web.Api("clerk").GetAsync($"/api/tasks/{parts[1]}")).StatusCode);

        var delete = await WebFixture.PostFormAsync(clerk, $"/Documents/Review/{doc}?handler=Delete", new() { ["taskId"] = parts[0].ToString(System.Globalization.CultureInfo.InvariantCulture) }, formPage: $"/Documents/Review/{doc}");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Empty(await web.TaskHitsAsync("platypus", 0));
        var history = await clerk.GetStringAsync($"/Documents/Detail/{doc}");
        foreach (var action in new[] { "thêm nhiệm vụ", "tách nhiệm vụ", "gộp nhiệm vụ", "xóa nhiệm vụ" }) Assert.Contains(action, history);
        Assert.DoesNotContain("platypus", await File.ReadAllTextAsync(Path.Combine(web.DataFolder, "corrections", $"doc-{doc}.json")));
    }

    [Fact]
    public async Task Only_admins_manage_the_directory_and_a_mapped_name_moves_its_tasks()
    {
        foreach (var role in new[] { "clerk", "leader", "agency" })
            Assert.Contains("/Account/Denied", (await (await web.SignedInAsync(role)).GetAsync("/Agencies/Directory")).Headers.Location?.OriginalString);
        var admin = await web.SignedInAsync("admin");
        var page = await admin.GetStringAsync("/Agencies/Directory");
        Assert.Contains("chưa có trong danh mục", page);
        var save = await WebFixture.PostFormAsync(admin, "/Agencies/Directory?handler=Save", new()
        {
            ["Input.Name"] = "Ủy ban nhân dân tỉnh Thái Bình", ["Input.Emails"] = "ubnd@thaibinh.gov.vn",
        }, formPage: "/Agencies/Directory");
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var bad = await WebFixture.PostFormAsync(admin, "/Agencies/Directory?handler=Save", new() { ["Input.Name"] = "Sở Y tế", ["Input.Emails"] = "khong-phai-email" }, formPage: "/Agencies/Directory");
        Assert.Contains("Địa chỉ email không hợp lệ", await bad.Content.ReadAsStringAsync());
        var agencies = await web.Api("admin").GetFromJsonAsync<JsonElement>("/api/agencies");
        var entry = agencies.EnumerateArray().Single(a => a.GetProperty("inDirectory").GetBoolean());
        Assert.Equal(["ubnd@thaibinh.gov.vn"], entry.GetProperty("emails").EnumerateArray().Select(e => e.GetString()));
        var other = agencies.EnumerateArray().First(a => !a.GetProperty("inDirectory").GetBoolean() && a.GetProperty("leads").GetInt32() > 0 && a.GetProperty("key").GetString() != web.NoiVuKey && a.GetProperty("key").GetString() != web.OtherAgencyKey);
        var map = await WebFixture.PostFormAsync(admin, "/Agencies/Directory?handler=Map", new() { ["key"] = other.GetProperty("key").GetString()!, ["target"] = entry.GetProperty("key").GetString()! }, formPage: "/Agencies/Directory");
        Assert.Equal(HttpStatusCode.Redirect, map.StatusCode);
        var after = (await web.Api("admin").GetFromJsonAsync<JsonElement>("/api/agencies")).EnumerateArray().Single(a => a.GetProperty("key").GetString() == entry.GetProperty("key").GetString());
        Assert.Equal(entry.GetProperty("leads").GetInt32() + other.GetProperty("leads").GetInt32(), after.GetProperty("leads").GetInt32());
        // A leader searching by the mapped name (now an alias of the entry) finds the entry's tasks.
        var entryTasks = await web.TaskHitsAsync("lead:\"Ủy ban nhân dân tỉnh Thái Bình\"", after.GetProperty("leads").GetInt32(), "leader");
        Assert.NotEmpty(entryTasks);
        Assert.Equal(entryTasks, await web.TaskHitsAsync($"lead:\"{other.GetProperty("name").GetString()}\"", entryTasks.Count, "leader"));
    }

    [Fact]
    public async Task A_calendar_feed_opens_without_login_until_revoked_and_only_for_the_users_own_agency()
    {
        var agency = await web.SignedInAsync("agency");
        var detail = $"/Agencies/Detail?key={Uri.EscapeDataString(web.NoiVuKey)}";
        var created = await WebFixture.PostFormAsync(agency, detail + "&handler=Feed", new(), formPage: detail);
        var html = await created.Content.ReadAsStringAsync();
        var url = Regex.Match(html, "id=\"feed-url\">([^<]+)<").Groups[1].Value;
        Assert.StartsWith("http", url);
        var anonymous = await web.SignedInAsync(null);
        var feed = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.StartsWith("text/calendar", feed.Content.Headers.ContentType!.ToString());
        var ics = await feed.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", ics);
        var dated = (await web.Api("agency").GetFromJsonAsync<JsonElement>("/api/tasks?limit=500")).GetProperty("tasks").EnumerateArray()
            .Count(t => t.GetProperty("deadline").ValueKind == JsonValueKind.Object && t.GetProperty("deadline").GetProperty("due").ValueKind == JsonValueKind.String);
        Assert.Equal(dated, Regex.Matches(ics, "BEGIN:VEVENT").Count);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/cal_khongco.ics")).StatusCode);
        // Another agency's page, hence its feed, is refused to this user.
        var theirs = $"/Agencies/Detail?key={Uri.EscapeDataString(web.OtherAgencyKey)}";
        Assert.Equal(HttpStatusCode.NotFound, (await agency.GetAsync(theirs)).StatusCode);

        var feedId = Regex.Match(await agency.GetStringAsync(detail), "name=\"feedId\" value=\"(\\d+)\"").Groups[1].Value;
        var revoke = await WebFixture.PostFormAsync(agency, detail + "&handler=Revoke", new() { ["feedId"] = feedId }, formPage: detail);
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(url).PathAndQuery)).StatusCode);
    }

    private static string Token(string page) => Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
}

/// <summary>The watched import folder: files dropped there are added like uploads and moved with their result or reason.</summary>
public sealed class ImportFolderTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Dropped_files_are_added_and_moved_to_done_or_failed_with_a_reason()
    {
        var folder = Path.Combine(web.DataFolder, "import-test");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "kh95.txt"),
            "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\nSố: 95/KH-UBND\nKẾ HOẠCH\nBảo vệ môi trường năm 2025\n1. Sở Tài nguyên và Môi trường chủ trì kiểm tra xả thải echidna, hoàn thành trước ngày 30/8/2025.\n");
        await File.WriteAllBytesAsync(Path.Combine(folder, "virus.exe"), [0x4d, 0x5a, 0x90, 0x00]);
        var watcher = web.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Uploads.ImportFolderWatcher>().Single();
        await watcher.ScanAsync(folder, CancellationToken.None);
        // The first look only notes the files (a scanner may still be writing); the second takes them.
        Assert.True(File.Exists(Path.Combine(folder, "kh95.txt")));
        await watcher.ScanAsync(folder, CancellationToken.None);
        Assert.Empty(Directory.EnumerateFiles(folder));
        Assert.Contains("1 nhiệm vụ", await File.ReadAllTextAsync(Path.Combine(folder, "done", "kh95.txt.result.txt")));
        Assert.True(File.Exists(Path.Combine(folder, "failed", "virus.exe")));
        Assert.Contains("Chỉ nhận tệp PDF, Word (DOCX, DOC), ODT, RTF, TXT hoặc ảnh quét (JPG, PNG, TIFF).", await File.ReadAllTextAsync(Path.Combine(folder, "failed", "virus.exe.reason.txt")));
        Assert.Single(await web.TaskHitsAsync("echidna", 1));
    }
}
