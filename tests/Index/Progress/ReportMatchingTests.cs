using DirectiveTracker.Extract;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Reports;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Index.Tests.Progress;

/// <summary>A real store holding the plans the test reports answer (29/KH-UBND and 172/KH-UBND), ingested and extracted for real.</summary>
public sealed class ReportPlansFixture : IDisposable
{
    internal TestStore Store { get; } = new();
    internal static string Root { get; } = FindRoot();

    public ReportPlansFixture()
    {
        var pipeline = new DocumentPipeline(IngestServices.CreateDefault(), new DocumentExtractor(), Store.Store);
        foreach (var plan in new[] { "seeds/004_5bd74ecc4f892fee.txt", "realdocs/10_kehoach-KH172-UBND-HCM-2025-trien-khai-Luat-Viec-lam.txt" })
            pipeline.AddAsync(Path.Combine(Root, "corpus", plan)).GetAwaiter().GetResult();
    }

    internal static async Task<(IngestedDocument, ExtractionResult)> ReadAsync(string relative)
    {
        var doc = await IngestServices.CreateDefault().IngestAsync(Path.Combine(Root, "corpus", relative));
        return (doc, new DocumentExtractor().Extract(doc));
    }

    public void Dispose() => Store.Dispose();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "corpus", "reports"))) return dir.FullName;
        throw new DirectoryNotFoundException("corpus/reports not found above the test folder");
    }
}

public sealed class ReportMatchingTests(ReportPlansFixture plans) : IClassFixture<ReportPlansFixture>
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private async Task<ReportCheck> CheckAsync(string name)
    {
        var (doc, extraction) = await ReportPlansFixture.ReadAsync("reports/" + name + ".txt");
        return new ReportChecker(plans.Store.Store, new GrammarAgencyKeys()).Check(doc, extraction, Today)!;
    }

    private static PassageMatch Passage(ReportCheck c, string anchor) => Assert.Single(c.Passages, p => p.Passage.Text.Contains(anchor, StringComparison.Ordinal));

    [Fact]
    public async Task A_report_that_follows_the_plans_numbering()
    {
        var c = await CheckAsync("bc01-snv-thaibinh-kh29-theo-muc");
        Assert.Equal("215/BC-SNV", c.Report.Number);
        Assert.Equal(new DateOnly(2025, 7, 10), c.Report.IssuedOn);
        Assert.Equal("29/KH-UBND", Assert.Single(c.Report.Plans).Number);
        Assert.StartsWith("Sở", c.Report.Agency);
        Assert.Equal("29/KH-UBND", Assert.Single(c.Plans).Number);

        var decision = Passage(c, "Quyết định số 512/QĐ-UBND");
        Assert.Equal("II.1.2", decision.Task?.Path);
        Assert.Equal(PassageClaim.Done, decision.Passage.Claim);
        Assert.Equal(new DateOnly(2025, 3, 14), decision.Passage.CompletedOn);
        Assert.Equal("II.5.4", Passage(c, "Huy chương Thanh niên xung phong").Task?.Path);
        Assert.Null(Passage(c, "thẩm định đề án vị trí việc làm").Task);

        var byPath = c.Proposals.ToDictionary(p => p.Task.Path);
        Assert.Equal(TaskStatus.DoneOnTime, byPath["II.1.5"].ProposedStatus);   // due 30/6, done 30/6
        Assert.Equal(TaskStatus.DoneLate, byPath["II.7.1"].ProposedStatus);     // due 30/6, done 08/7
        Assert.Equal(ProgressClaim.NotDone, byPath["II.4.3.2"].Claim);
        Assert.Equal(ProgressClaim.InProgress, byPath["II.1.3"].Claim);
    }

    [Fact]
    public async Task A_report_in_its_own_words_with_hard_line_breaks_and_page_numbers()
    {
        var c = await CheckAsync("bc02-ubnd-vuthu-kh29-khong-theo-muc");
        Assert.Equal("Ủy ban nhân dân huyện Vũ Thư", c.Report.Agency);
        var own = Passage(c, "Ủy ban nhân dân huyện đã ban hành Kế hoạch");
        Assert.Equal("III.1.1", own.Task?.Path);
        Assert.Equal(new DateOnly(2025, 3, 10), own.Passage.CompletedOn);
        Assert.Equal("III.1.4", Passage(c, "công nghệ thông tin").Task?.Path);
        Assert.Equal(PassageClaim.NotDone, Passage(c, "công nghệ thông tin").Passage.Claim);
        Assert.Null(Passage(c, "sản lượng lúa").Task);
        Assert.Equal(["II.2.1.2", "III.1.2"], c.Unmentioned.Select(t => t.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_ward_answers_the_tasks_of_its_owner_group()
    {
        var c = await CheckAsync("bc03-ubnd-phuong-benthanh-kh172");
        Assert.Equal("Ủy ban nhân dân phường Bến Thành", c.Report.Agency);
        Assert.Equal("II.1", Passage(c, "phổ biến, giáo dục Luật Việc làm").Task?.Path);
        Assert.Null(Passage(c, "phiên giao dịch việc làm").Task);
        Assert.Contains("IV.3", c.Unmentioned.Select(t => t.Path));
        Assert.DoesNotContain("III.2", c.Unmentioned.Select(t => t.Path)); // Sở Tài chính's, not the ward's
    }

    [Fact]
    public async Task Matching_precision_recall_and_claims_on_the_labelled_reports_stay_above_floors()
    {
        var total = ReportScore.Zero;
        foreach (var labels in Directory.GetFiles(Path.Combine(ReportPlansFixture.Root, "corpus", "reports"), "*.labels.json").Order())
        {
            var l = ReportLabels.Load(labels);
            total += ReportScore.Of(await CheckAsync(Path.GetFileNameWithoutExtension(l.Report)), l);
        }
        Assert.True(total.Labelled >= 20, $"only {total.Labelled} labelled links");
        Assert.True(total.Precision >= 0.8, $"precision {total.Precision:P0}");
        Assert.True(total.Recall >= 0.8, $"recall {total.Recall:P0}");
        Assert.True(total.ClaimAccuracy >= 0.7, $"claim accuracy {total.ClaimAccuracy:P0}");
    }

    [Fact]
    public async Task The_real_ministry_report_is_recognised_and_its_coming_tasks_stay_tasks()
    {
        var (doc, extraction) = await ReportPlansFixture.ReadAsync("realdocs/20_baocao-BLDTBXH-2010-tinh-hinh-thuc-hien-nhiem-vu-thang02-ke-hoach-thang03.txt");
        Assert.True(ReportReader.IsReport(doc, extraction));
        Assert.NotEmpty(extraction.Tasks);
        var c = new ReportChecker(plans.Store.Store, new GrammarAgencyKeys()).Check(doc, extraction, Today)!;
        Assert.True(c.Report.Passages.Count > 20);
        Assert.Contains(c.Report.Passages, p => p.Claim == PassageClaim.Done);
        Assert.All(c.Passages, p => Assert.Null(p.Task)); // it cites no stored plan
    }

    [Fact]
    public async Task Proposals_wait_for_the_clerk_a_rejected_one_changes_nothing_and_high_confidence_ones_may_apply()
    {
        using var store = new TestStore();
        var pipeline = new DocumentPipeline(IngestServices.CreateDefault(), new DocumentExtractor(), store.Store);
        await pipeline.AddAsync(Path.Combine(ReportPlansFixture.Root, "corpus", "seeds", "004_5bd74ecc4f892fee.txt"));
        var report = await pipeline.AddAsync(Path.Combine(ReportPlansFixture.Root, "corpus", "reports", "bc01-snv-thaibinh-kh29-theo-muc.txt"));
        var checker = new ReportChecker(store.Store, new GrammarAgencyKeys());
        var check = checker.Check(report.Document, report.Extraction, Today)!;

        Assert.Empty(checker.Propose(report.Stored.DocumentId, check, new ReportIntakeOptions(), Today).Applied);
        var pending = store.Store.PendingProposals(report.Stored.DocumentId);
        Assert.Equal(check.Proposals.Count, pending.Count);
        var target = pending.First(p => p.Claim == ProgressClaim.Done);
        var before = store.Store.Task(target.TaskId, Today)!;
        store.Store.RejectProposal(target.Id, "văn thư");
        var after = store.Store.Task(target.TaskId, Today)!;
        Assert.Equal(before.State.Status, after.State.Status);
        Assert.Null(after.Reported);
        Assert.Empty(store.Store.History(target.TaskId));

        // A second intake of the report, applying what is sure enough; the rejected claim is not proposed again.
        var outcome = checker.Propose(report.Stored.DocumentId, check, new ReportIntakeOptions { AutoApplyConfidence = 0.9 }, Today);
        var applied = outcome.Applied;
        Assert.NotEmpty(applied);
        Assert.Equal(check.Proposals.Count - 1, outcome.Pending.Count + applied.Count);
        Assert.DoesNotContain(store.Store.PendingProposals(report.Stored.DocumentId), p => p.TaskId == target.TaskId);
        Assert.All(applied, id => Assert.Equal(ProposalState.Accepted, store.Store.Proposal(id)!.State));
        var first = store.Store.Proposal(applied[0])!;
        Assert.Equal(UpdateChannel.Report, Assert.Single(store.Store.History(first.TaskId)).Channel);
    }

    [Fact]
    public async Task A_report_answers_the_plan_of_its_cited_date_when_the_number_is_reused()
    {
        using var store = new TestStore();
        var pipeline = new DocumentPipeline(IngestServices.CreateDefault(), new DocumentExtractor(), store.Store);
        // Last year's plan under the same number, with tasks for the same Sở in the same words.
        long older = Docs.Add(store.Store, Docs.Extraction("Công tác thi đua, khen thưởng tỉnh Thái Bình năm 2024", "29/KH-UBND",
            issuedOn: new DateOnly(2024, 2, 20), issuer: "Ủy ban nhân dân tỉnh Thái Bình", tasks:
            [
                Docs.Task("II.1", "Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh ban hành Kế hoạch về công tác thi đua, khen thưởng năm 2024.", ["Sở Nội vụ"]),
                Docs.Task("II.2", "Sở Nội vụ tổ chức tuyên truyền phong trào thi đua yêu nước.", ["Sở Nội vụ"]),
            ])).DocumentId;
        var current = await pipeline.AddAsync(Path.Combine(ReportPlansFixture.Root, "corpus", "seeds", "004_5bd74ecc4f892fee.txt"));
        var (doc, extraction) = await ReportPlansFixture.ReadAsync("reports/bc01-snv-thaibinh-kh29-theo-muc.txt");

        var check = new ReportChecker(store.Store, new GrammarAgencyKeys()).Check(doc, extraction, Today)!;

        Assert.Equal(current.Stored.DocumentId, Assert.Single(check.Plans).DocumentId);
        Assert.Contains(check.Passages, p => p.Task is not null);
        Assert.All(check.Passages.Where(p => p.Task is not null), p => Assert.NotEqual(older, p.Task!.DocumentId));
        Assert.Empty(check.MissingPlans);
    }

    [Fact]
    public async Task A_report_whose_plan_is_not_stored_says_so_and_waits_for_it()
    {
        using var store = new TestStore();
        var pipeline = new DocumentPipeline(IngestServices.CreateDefault(), new DocumentExtractor(), store.Store);
        var report = await pipeline.AddAsync(Path.Combine(ReportPlansFixture.Root, "corpus", "reports", "bc03-ubnd-phuong-benthanh-kh172.txt"));
        var checker = new ReportChecker(store.Store, new GrammarAgencyKeys());
        var check = checker.Check(report.Document, report.Extraction, Today)!;
        Assert.Equal(["172/KH-UBND"], check.MissingPlans);
        Assert.All(check.Passages, p => Assert.Null(p.Task));
        checker.Propose(report.Stored.DocumentId, check, new ReportIntakeOptions(), Today);
        Assert.Equal([report.Stored.DocumentId], store.Store.ReportsWaitingFor("172/kh-ubnd"));
    }
}
