using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DirectiveTracker.Web.Tests;

/// <summary>The host on a real Kestrel port, and Debian's Chromium driven by Playwright (no browser download).</summary>
public sealed class BrowserFixture : WebFixture
{
    public string BaseUrl { get; private set; } = "";
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context signed in as <paramref name="role"/> through the login page.</summary>
    public async Task<IPage> SignInAsync(string role, bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, AcceptDownloads = true, Locale = "vi-VN",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("input[name=Email]", Email(role));
        await page.FillAsync("input[name=Password]", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Paths.Artifacts("screenshots", name + ".png"), FullPage = true });

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Playwright?.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>What clerks, leaders and agency staff do, in a real browser; a screenshot of every page goes to artifacts/screenshots.</summary>
public sealed class BrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private const string PlanText = """
        ỦY BAN NHÂN DÂN
        TỈNH THÁI BÌNH
        Số: 88/KH-UBND
        Thái Bình, ngày 02 tháng 01 năm 2025
        KẾ HOẠCH
        Chuyển đổi số trong cơ quan nhà nước năm 2025
        I. NHIỆM VỤ
        1. Sở Tài chính chủ trì bố trí kinh phí chuyển đổi số cho các sở, ngành, hoàn thành trước ngày 30/9/2025.
        2. Sở Thông tin và Truyền thông chủ trì tuyên truyền về chuyển đổi số trên các phương tiện thông tin đại chúng, thực hiện thường xuyên.
        """;

    [Fact]
    public async Task Clerk_uploads_and_corrects_leader_finds_and_drills_down_agency_sees_its_own_and_xlsx_opens()
    {
        var (pdf, docx) = await OfficeFilesAsync();

        // Clerk: upload a LibreOffice PDF and a DOCX, see the tasks, correct an owner and a deadline, confirm.
        var clerk = await web.SignInAsync("clerk");
        await BrowserFixture.ShotAsync(clerk, "upload-empty");
        await clerk.SetInputFilesAsync("input[type=file]", [pdf, docx]);
        await clerk.ClickAsync("#upload-form button[type=submit]");
        await clerk.WaitForSelectorAsync("#upload-results");
        await BrowserFixture.ShotAsync(clerk, "upload-results");
        var results = await clerk.Locator(".outcomes li.ok").AllInnerTextsAsync();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Contains("2 nhiệm vụ", r));
        await clerk.Locator(".outcomes li.ok a").First.ClickAsync();
        await clerk.WaitForSelectorAsync(".doc-tasks");
        Assert.Contains("bố trí kinh phí chuyển đổi số", await clerk.InnerTextAsync(".doc-tasks"));
        await BrowserFixture.ShotAsync(clerk, "document");
        var documentUrl = clerk.Url;

        await clerk.Locator("article.task", new() { HasText = "bố trí kinh phí" }).Locator("a.button[href^='/Tasks/Edit']").ClickAsync();
        await clerk.WaitForSelectorAsync("form.edit-form");
        await clerk.FillAsync("textarea[name='Input.Lead']", "Sở Nội vụ");
        await clerk.FillAsync("input[name='Input.Due']", "2025-10-15");
        await clerk.FillAsync("input[name='Input.DeadlineText']", "trước ngày 15/10/2025");
        await BrowserFixture.ShotAsync(clerk, "review-edit");
        await clerk.ClickAsync("form.edit-form button[type=submit]");
        await clerk.WaitForSelectorAsync(".notice");
        var corrected = clerk.Locator("article.task", new() { HasText = "bố trí kinh phí" });
        Assert.Contains("Sở Nội vụ", await corrected.InnerTextAsync());
        Assert.Contains("15/10/2025", await corrected.InnerTextAsync());
        await clerk.ClickAsync("form[action*='handler=Confirm'] button");
        await clerk.WaitForSelectorAsync(".tag.ok");
        await BrowserFixture.ShotAsync(clerk, "document-confirmed");

        // Leader: search without diacritics finds the corrected task; a dashboard count drills down to as many tasks.
        var leader = await web.SignInAsync("leader");
        await leader.GotoAsync("/Search?q=" + Uri.EscapeDataString("so noi vu chuyen doi so"));
        await BrowserFixture.ShotAsync(leader, "search");
        Assert.Contains("bố trí kinh phí chuyển đổi số", await leader.InnerTextAsync(".hits"));
        Assert.True(await leader.Locator(".hits mark").CountAsync() > 0);
        await leader.GotoAsync("/Search?q=" + Uri.EscapeDataString("so noi vu"));
        Assert.True(await leader.Locator(".facets a").CountAsync() > 0);
        await leader.GotoAsync("/Dashboard");
        await BrowserFixture.ShotAsync(leader, "dashboard");
        var count = leader.Locator("#agency-counts a.count-link").First;
        var number = int.Parse(await count.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await count.ClickAsync();
        await leader.WaitForSelectorAsync("#task-total");
        Assert.Equal(number, int.Parse(await leader.InnerTextAsync("#task-total"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Math.Min(number, 50), await leader.Locator("table.tasks tbody tr").CountAsync());
        await BrowserFixture.ShotAsync(leader, "tasks-drilldown");
        await leader.GotoAsync("/Agencies");
        await BrowserFixture.ShotAsync(leader, "agencies");

        // Excel export downloads and opens.
        await leader.GotoAsync("/Tasks");
        var download = await leader.RunAndWaitForDownloadAsync(() => leader.ClickAsync("#export-xlsx"));
        var xlsx = Paths.Artifacts("export", "nhiem-vu.xlsx");
        await download.SaveAsAsync(xlsx);
        using (var sheet = SpreadsheetDocument.Open(xlsx, false))
            Assert.True(sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count() > 1);

        // Agency staff: lands on its own agency, sees only its tasks, cannot open another agency.
        var agency = await web.SignInAsync("agency");
        Assert.Contains("/Agencies/Detail", agency.Url);
        await BrowserFixture.ShotAsync(agency, "agency");
        var owners = await agency.Locator("table.tasks tbody tr td[data-label='Chủ trì / phối hợp']").AllInnerTextsAsync();
        Assert.NotEmpty(owners);
        Assert.All(owners, o => Assert.Contains("Sở Nội vụ", o));
        var other = await agency.GotoAsync("/Agencies/Detail?key=" + Uri.EscapeDataString(web.OtherAgencyKey));
        Assert.Equal(404, other!.Status);
        Assert.Contains("Không tìm thấy", await agency.InnerTextAsync("main"));
        await BrowserFixture.ShotAsync(agency, "not-found");
        var dashboard = await agency.GotoAsync("/Dashboard");
        Assert.Contains("/Account/Denied", agency.Url);
        await BrowserFixture.ShotAsync(agency, "denied");

        // The same pages on a phone.
        var phone = await web.SignInAsync("leader", phone: true);
        await phone.GotoAsync("/Search?q=" + Uri.EscapeDataString("so noi vu"));
        await BrowserFixture.ShotAsync(phone, "phone-search");
        await phone.GotoAsync(documentUrl);
        await BrowserFixture.ShotAsync(phone, "phone-document");
        await phone.GotoAsync("/Dashboard");
        await BrowserFixture.ShotAsync(phone, "phone-dashboard");
        var login = await web.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = web.BaseUrl });
        await login.GotoAsync("/Account/Login");
        await BrowserFixture.ShotAsync(login, "login");
    }

    [Fact]
    public async Task Clicking_a_task_marks_its_source_passage_and_the_review_directory_and_calendar_pages_render()
    {
        var clerk = await web.SignInAsync("clerk");
        await clerk.GotoAsync($"/Documents/Detail/{web.MineDocumentId}");
        var task = clerk.Locator("article.task.has-source").Nth(1);
        await task.Locator("p.task-text").ClickAsync();
        await clerk.WaitForSelectorAsync("mark.source");
        var marked = await clerk.InnerTextAsync("mark.source");
        var taskText = await task.Locator("p.task-text").InnerTextAsync();
        Assert.Contains(string.Join(' ', taskText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))[..20],
            string.Join(' ', marked.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        await BrowserFixture.ShotAsync(clerk, "document-passage");

        await clerk.GotoAsync($"/Documents/Review/{web.MineDocumentId}");
        Assert.True(await clerk.Locator(".review-list li.task").CountAsync() > 1);
        await clerk.Locator(".review-list details.split summary").First.ClickAsync();
        await BrowserFixture.ShotAsync(clerk, "review");

        var admin = await web.SignInAsync("admin");
        await admin.GotoAsync("/Agencies/Directory");
        Assert.True(await admin.Locator("#unmapped tbody tr").CountAsync() > 0);
        await BrowserFixture.ShotAsync(admin, "directory");

        var agency = await web.SignInAsync("agency");
        await agency.ClickAsync("#calendar form button[type=submit]");
        await agency.WaitForSelectorAsync("#feed-url");
        Assert.Contains("/calendar/", await agency.InnerTextAsync("#feed-url"));
        await agency.Locator("#calendar").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ShotAsync(agency, "agency-calendar");
    }

    /// <summary>The plan as a PDF and a DOCX made by LibreOffice from the same text.</summary>
    private static async Task<(string Pdf, string Docx)> OfficeFilesAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dtrack-office-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var txt = Path.Combine(folder, "kehoach-88.txt");
        await File.WriteAllTextAsync(txt, PlanText);
        foreach (var target in new[] { "pdf", "docx:MS Word 2007 XML" })
        {
            var psi = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { $"-env:UserInstallation=file://{folder}/profile", "--headless", "--infilter=Text (encoded):UTF8,,,", "--convert-to", target, "--outdir", folder, txt })
                psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            await p.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
            Assert.Equal(0, p.ExitCode);
        }
        return (Path.ChangeExtension(txt, ".pdf"), Path.ChangeExtension(txt, ".docx"));
    }
}
