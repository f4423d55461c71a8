using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace DirectiveTracker.Web.Tests;

/// <summary>Reports through the web's ways in (API upload, import folder): the intake stage runs and says what it did; uploads wait under the data folder.</summary>
public sealed class ReportUploadTests(WebFixture web) : IClassFixture<WebFixture>
{
    private async Task<JsonElement> UploadAsync(string path, string name)
    {
        var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(await File.ReadAllBytesAsync(path)), "files", name);
        var response = await web.Api("clerk").PostAsync("/api/documents", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
    }

    [Fact]
    public async Task Reports_through_the_api_and_the_import_folder_give_proposals_or_wait_for_their_plan_and_say_so()
    {
        // The seeds hold 29/KH-UBND: its report gives proposals at once.
        var outcome = await UploadAsync(Paths.Corpus("reports", "bc01-snv-thaibinh-kh29-theo-muc.txt"), "bc01.txt");
        Assert.Matches("^báo cáo của .* về Kế hoạch 29/KH-UBND: [1-9][0-9]* đề xuất tiến độ chờ duyệt$", outcome.GetProperty("notes")[0].GetString());

        // The upload waited in the data folder's private scratch space.
        var staging = web.Services.GetRequiredService<Uploads.UploadStaging>();
        Assert.True(Directory.Exists(staging.Root));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, new DirectoryInfo(staging.Root).UnixFileMode);
        Assert.StartsWith(Path.GetFullPath(web.DataFolder), staging.Root, StringComparison.Ordinal);

        // A report whose plan is not stored, through the import folder: kept waiting, and the result file says so.
        var folder = Path.Combine(web.DataFolder, "import-reports");
        Directory.CreateDirectory(folder);
        File.Copy(Paths.Corpus("reports", "bc03-ubnd-phuong-benthanh-kh172.txt"), Path.Combine(folder, "bc03.txt"));
        var watcher = web.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Uploads.ImportFolderWatcher>().Single();
        await watcher.ScanAsync(folder, CancellationToken.None);
        await watcher.ScanAsync(folder, CancellationToken.None);
        var result = await File.ReadAllTextAsync(Path.Combine(folder, "done", "bc03.txt.result.txt"));
        Assert.Contains("Kết quả: báo cáo của Ủy ban nhân dân phường Bến Thành: chưa có kế hoạch số 172/KH-UBND trong kho; báo cáo được giữ lại để đối chiếu khi kế hoạch được thêm", result);

        // Its plan through the API: the waiting report is checked then.
        var plan = await UploadAsync(Paths.Corpus("realdocs", "10_kehoach-KH172-UBND-HCM-2025-trien-khai-Luat-Viec-lam.txt"), "kh172.txt");
        Assert.Matches("^đối chiếu báo cáo đang chờ kế hoạch 172/KH-UBND: báo cáo của Ủy ban nhân dân phường Bến Thành về Kế hoạch 172/KH-UBND: [1-9][0-9]* đề xuất tiến độ chờ duyệt$",
            plan.GetProperty("notes")[0].GetString());
    }
}
