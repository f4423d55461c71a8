using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using Microsoft.AspNetCore.Hosting;

namespace DirectiveTracker.Web.Tests;

/// <summary>A host whose report intake applies every proposal at once (<c>Progress:AutoApplyConfidence</c> 0).</summary>
public sealed class AutoApplyWebFixture : WebFixture
{
    public const double AutoApplyConfidence = 0;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Progress:AutoApplyConfidence", AutoApplyConfidence.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Proposals applied by report intake without a clerk are listed as decided on the report's screen, from the store.</summary>
public sealed class AutoAppliedProposalTests(AutoApplyWebFixture web) : IClassFixture<AutoApplyWebFixture>
{
    [Fact]
    public async Task An_auto_applied_proposal_shows_as_decided_by_intake_on_the_reports_screen()
    {
        var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Paths.Corpus("reports", ReportProposals.ReportFile))), "files", "bc01.txt");
        var response = await web.Api("clerk").PostAsync("/api/documents", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
        long reportId = outcome.GetProperty("documentId").GetInt64();

        IReadOnlyList<ProposalRecord> proposals;
        using (var store = SqliteTrackerStoreFactory.ForDataFolder(web.DataFolder).Open()) proposals = store.ReportProposals(reportId);
        Assert.NotEmpty(proposals);
        var decider = ReportChecker.AutoDecider(new ReportIntakeOptions { AutoApplyConfidence = AutoApplyWebFixture.AutoApplyConfidence });
        Assert.All(proposals, p => Assert.Equal((ProposalState.Accepted, decider), (p.State, p.DecidedBy)));

        var screen = await (await web.SignedInAsync("clerk")).GetStringAsync($"/Progress/Proposals/{reportId}");
        Assert.Equal(proposals.Select(p => p.Id).Order(),
            Regex.Matches(screen, "proposal-accepted\" id=\"proposal-(\\d+)\"").Select(m => long.Parse(m.Groups[1].Value)).Order());
        Assert.Contains($"Đã chấp nhận — {decider}", System.Net.WebUtility.HtmlDecode(screen));
        Assert.Contains("<span id=\"pending-count\">0</span>", screen);
    }
}
