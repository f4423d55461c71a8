using System.Text.Json;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace DirectiveTracker.Web.Tests;

/// <summary>Progress in a real browser: an agency records progress with an attachment, a clerk decides on a report's proposals.</summary>
public sealed class ProgressBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    /// <summary>The admin's API client on the real Kestrel port (the factory's own clients talk to its in-memory server).</summary>
    private HttpClient Api()
    {
        var client = new HttpClient { BaseAddress = new Uri(web.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", web.Tokens["admin"]);
        return client;
    }

    [Fact]
    public async Task Agency_records_progress_with_an_attachment_and_a_clerk_accepts_one_proposal_and_rejects_another()
    {
        // Agency staff: from its agency page to one of its tasks, records it done with a note and a file.
        var agency = await web.SignInAsync("agency");
        await agency.Locator("table.tasks td[data-label='Nhiệm vụ'] a").First.ClickAsync();
        await agency.WaitForSelectorAsync("form.progress-form");
        Assert.Contains("Cơ quan của bạn", await agency.InnerTextAsync("#own-role"));
        var evidence = Path.Combine(Path.GetTempPath(), "dtrack-evidence-" + Guid.NewGuid().ToString("N"), "bien-ban-kiem-tra.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(evidence)!);
        await File.WriteAllTextAsync(evidence, "Biên bản kiểm tra công tác thi đua, khen thưởng tại 5 đơn vị, quý II năm 2025.");
        await agency.CheckAsync("input[name='Input.Status'][value='done']");
        await agency.FillAsync("input[name='Input.CompletedOn']", "2025-05-20");
        await agency.FillAsync("textarea[name='Input.Note']", "Đã tổ chức kiểm tra tại 5 đơn vị; gửi kèm biên bản.");
        await agency.SetInputFilesAsync("input[name=files]", evidence);
        await BrowserFixture.ShotAsync(agency, "task-progress-form");
        await agency.ClickAsync("form.progress-form button[type=submit]");
        await agency.WaitForSelectorAsync(".notice[role=status]");
        var history = agency.Locator("#history li.update").First;
        Assert.Contains("Đã hoàn thành", await history.InnerTextAsync());
        Assert.Contains("20/05/2025", await history.InnerTextAsync());
        Assert.Contains("Đã tổ chức kiểm tra tại 5 đơn vị", await history.InnerTextAsync());
        Assert.Contains("trang web", await history.InnerTextAsync());
        Assert.Contains("Hoàn thành", await agency.InnerTextAsync("#task-status"));
        var download = await agency.RunAndWaitForDownloadAsync(() => history.Locator(".attachments a").ClickAsync());
        Assert.Equal("bien-ban-kiem-tra.txt", download.SuggestedFilename);
        var saved = Paths.Artifacts("export", "bien-ban-kiem-tra.txt");
        await download.SaveAsAsync(saved);
        Assert.Equal(await File.ReadAllTextAsync(evidence), await File.ReadAllTextAsync(saved));
        await BrowserFixture.ShotAsync(agency, "task-progress-history");
        var taskUrl = agency.Url;

        // Clerk: the report's proposals; accept one, reject another.
        var (reportId, pending) = await ReportProposals.AddAsync(web);
        var accept = pending.OrderByDescending(p => p.Confidence).First(p => p.Claim == Index.Progress.ProgressClaim.Done);
        var reject = pending.First(p => p.Id != accept.Id && p.TaskId != accept.TaskId);
        var rejectedBefore = await Api().GetFromJsonAsync<JsonElement>($"/api/tasks/{reject.TaskId}");
        var clerk = await web.SignInAsync("clerk");
        await clerk.ClickAsync("nav >> text=Đề xuất tiến độ");
        await clerk.WaitForSelectorAsync("#pending-reports");
        await BrowserFixture.ShotAsync(clerk, "proposals-reports");
        await clerk.ClickAsync($"#pending-reports a[href='/Progress/Proposals/{reportId}']");
        await clerk.WaitForSelectorAsync("ol.proposals");
        Assert.True(await clerk.Locator("ol.proposals blockquote").CountAsync() >= pending.Count);
        await BrowserFixture.ShotAsync(clerk, "proposals-report");
        await clerk.ClickAsync($"#proposal-{accept.Id} button.accept");
        await clerk.WaitForSelectorAsync($"#proposal-{accept.Id}.proposal-accepted");
        await clerk.ClickAsync($"#proposal-{reject.Id} button.reject");
        await clerk.WaitForSelectorAsync($"#proposal-{reject.Id}.proposal-rejected");
        Assert.Contains("Đã chấp nhận", await clerk.InnerTextAsync($"#proposal-{accept.Id}"));
        Assert.Contains("Đã từ chối", await clerk.InnerTextAsync($"#proposal-{reject.Id}"));
        Assert.Equal((pending.Count - 2).ToString(System.Globalization.CultureInfo.InvariantCulture), await clerk.InnerTextAsync("#pending-count"));
        await BrowserFixture.ShotAsync(clerk, "proposals-decided");
        Assert.Equal(rejectedBefore.GetRawText(), (await Api().GetFromJsonAsync<JsonElement>($"/api/tasks/{reject.TaskId}")).GetRawText());

        // The accepted proposal is in its task's history, from the report.
        await clerk.GotoAsync($"/Tasks/Detail/{accept.TaskId}");
        Assert.Contains("qua báo cáo", await clerk.InnerTextAsync("#history"));
        await BrowserFixture.ShotAsync(clerk, "task-from-report");

        // Gap reports: a plan's, a directive's, and the task page on a phone.
        var leader = await web.SignInAsync("leader");
        await leader.GotoAsync($"/Progress/Gaps?plan={web.MineDocumentId}");
        await leader.WaitForSelectorAsync("#gaps");
        await BrowserFixture.ShotAsync(leader, "gaps-plan");
        await leader.ClickAsync("nav >> text=Tiến độ chỉ đạo");
        await leader.FillAsync("#directive-form input[name=directive]", "41-CT/TW");
        await leader.ClickAsync("#directive-form button[type=submit]");
        await leader.WaitForSelectorAsync("#gap-plans");
        Assert.Equal(2, await leader.Locator("#gap-plans tbody tr").CountAsync());
        await BrowserFixture.ShotAsync(leader, "gaps-directive");
        var phone = await web.SignInAsync("agency", phone: true);
        await phone.GotoAsync(taskUrl);
        await BrowserFixture.ShotAsync(phone, "phone-task-progress");
    }
}
