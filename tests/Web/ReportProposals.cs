using DirectiveTracker.Extract;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Web.Tests;

/// <summary>
/// Puts a progress report (corpus/reports/bc01, written for testing: Sở Nội vụ on Kế hoạch 29/KH-UBND of the seeds)
/// into a running host's store and keeps the proposals the real checker makes from it, as report intake does.
/// </summary>
public static class ReportProposals
{
    public const string ReportFile = "bc01-snv-thaibinh-kh29-theo-muc.txt";

    /// <summary>The report's document id and its pending proposals (made here unless the upload already made them).</summary>
    public static async Task<(long ReportId, IReadOnlyList<ProposalRecord> Pending)> AddAsync(WebFixture web)
    {
        using var store = SqliteTrackerStoreFactory.ForDataFolder(web.DataFolder).Open();
        var added = await new DocumentPipeline(IngestServices.CreateDefault(), new DocumentExtractor(), store).AddAsync(Paths.Corpus("reports", ReportFile));
        long reportId = added.Stored.DocumentId;
        if (store.PendingProposals(reportId).Count == 0)
        {
            var checker = new ReportChecker(store, new GrammarAgencyKeys());
            var check = checker.Check(added.Document, added.Extraction, WebFixture.Today);
            Assert.NotNull(check);
            checker.Propose(reportId, check, new ReportIntakeOptions(), WebFixture.Today);
        }
        var pending = store.PendingProposals(reportId);
        Assert.True(pending.Count >= 2, $"the report should make at least two proposals, made {pending.Count}");
        return (reportId, pending);
    }
}
