using DirectiveTracker.Extract;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Index.Tests.Progress;

/// <summary>Reports through the ingest path: the pipeline's report intake stage on a real store with real files.</summary>
public sealed class ReportIntakeTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly string Plan = Corpus("seeds", "004_5bd74ecc4f892fee.txt");
    private static readonly string Report = Corpus("reports", "bc01-snv-thaibinh-kh29-theo-muc.txt");

    private readonly TestStore _store = new();
    private readonly string _scratch = Directory.CreateTempSubdirectory("dtrack-intake-").FullName;

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    private static string Corpus(params string[] parts) => Path.Combine([ReportPlansFixture.Root, "corpus", .. parts]);

    private DocumentPipeline Pipeline(ReportIntakeOptions? options = null, params IStoredDocumentStage[] more)
    {
        var ingestor = IngestServices.CreateDefault();
        var extractor = new DocumentExtractor();
        var intake = new ReportIntake(ingestor, extractor, options ?? new ReportIntakeOptions(),
            new TrackerClock(new FixedTime(new DateTimeOffset(Today, new TimeOnly(3, 0), TimeSpan.Zero))));
        return new DocumentPipeline(ingestor, extractor, _store.Store, stages: [intake, .. more]);
    }

    [Fact]
    public async Task A_plan_then_its_report_gives_pending_proposals_and_says_so()
    {
        var pipeline = Pipeline();
        var plan = await pipeline.AddAsync(Plan);
        Assert.Empty(plan.Notes);
        var report = await pipeline.AddAsync(Report);

        var pending = _store.Store.PendingProposals(report.Stored.DocumentId);
        Assert.True(pending.Count >= 10, $"{pending.Count} proposals");
        var note = Assert.Single(report.Notes);
        Assert.Contains($"về Kế hoạch 29/KH-UBND: {pending.Count} đề xuất tiến độ chờ duyệt", note);
        Assert.DoesNotContain("đã áp dụng", note);
        // Nothing is applied without a clerk.
        Assert.All(pending, p => Assert.Empty(_store.Store.History(p.TaskId)));
        var decision = _store.Store.FindTasks("29/KH-UBND", "II.1.2", Today)[0];
        var proposal = Assert.Single(pending, p => p.TaskId == decision.TaskId);
        Assert.Equal(ProgressClaim.Done, proposal.Claim);
        Assert.Equal(new DateOnly(2025, 3, 14), proposal.CompletedOn);
        Assert.Contains(proposal.Evidence, e => e.Contains("512/QĐ-UBND", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_report_before_its_plan_waits_and_is_checked_when_the_plan_arrives()
    {
        var pipeline = Pipeline();
        var report = await pipeline.AddAsync(Report);
        long id = report.Stored.DocumentId;
        Assert.Contains("chưa có kế hoạch số 29/KH-UBND trong kho; báo cáo được giữ lại để đối chiếu khi kế hoạch được thêm", Assert.Single(report.Notes));
        Assert.Empty(_store.Store.PendingProposals(id));
        Assert.Equal([id], _store.Store.ReportsWaitingFor("29/KH-UBND"));

        var plan = await pipeline.AddAsync(Plan);
        var note = Assert.Single(plan.Notes);
        Assert.StartsWith("đối chiếu báo cáo đang chờ kế hoạch 29/KH-UBND", note);
        var pending = _store.Store.PendingProposals(id);
        Assert.Contains($"{pending.Count} đề xuất tiến độ chờ duyệt", note);
        Assert.Empty(_store.Store.ReportsWaitingFor("29/KH-UBND"));

        // The same proposals as when the plan came first (the report read again from its stored text).
        using var other = new TestStore();
        var ingestor = IngestServices.CreateDefault();
        var direct = new DocumentPipeline(ingestor, new DocumentExtractor(), other.Store,
            stages: [new ReportIntake(ingestor, new DocumentExtractor(), new ReportIntakeOptions(), new TrackerClock(new FixedTime(new DateTimeOffset(Today, TimeOnly.MinValue, TimeSpan.Zero))))]);
        await direct.AddAsync(Plan);
        var first = await direct.AddAsync(Report);
        Assert.Equal(Describe(other.Store, other.Store.PendingProposals(first.Stored.DocumentId)), Describe(_store.Store, pending));
    }

    private static List<string> Describe(IProgressStore store, IEnumerable<ProposalRecord> proposals) =>
        [.. proposals.Select(p => $"{store.Task(p.TaskId, Today)!.Path} {p.Claim} {p.CompletedOn}").Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Adding_the_same_report_again_makes_no_duplicates()
    {
        var pipeline = Pipeline();
        await pipeline.AddAsync(Plan);
        var first = await pipeline.AddAsync(Report);
        var ids = _store.Store.PendingProposals(first.Stored.DocumentId).Select(p => p.Id).ToList();
        var again = await pipeline.AddAsync(Report);
        Assert.Equal(StoreChange.Unchanged, again.Stored.Change);
        Assert.Equal(ids, _store.Store.PendingProposals(first.Stored.DocumentId).Select(p => p.Id));
        Assert.Equal(ids.Count, _store.Store.ReportProposals(first.Stored.DocumentId).Count);
        Assert.Contains($"{ids.Count} đề xuất tiến độ chờ duyệt", Assert.Single(again.Notes));
    }

    [Fact]
    public async Task A_new_version_of_a_report_replaces_its_pending_proposals_and_keeps_decided_ones()
    {
        var pipeline = Pipeline();
        await pipeline.AddAsync(Plan);
        var first = await pipeline.AddAsync(Report);
        long id = first.Stored.DocumentId;
        var pending = _store.Store.PendingProposals(id);
        var accepted = pending[0];
        var rejected = pending[1];
        _store.Store.AcceptProposal(accepted.Id, "văn thư", Today);
        _store.Store.RejectProposal(rejected.Id, "văn thư");

        // The same report (same number, issuer and date) with one more line: a new version of the document.
        var version = Path.Combine(_scratch, "bc01-v2.txt");
        await File.WriteAllTextAsync(version, await File.ReadAllTextAsync(Report) + "\nBáo cáo gửi kèm phụ lục số liệu chi tiết.\n");
        var second = await pipeline.AddAsync(version);
        Assert.Equal(StoreChange.NewVersion, second.Stored.Change);
        Assert.Equal(id, second.Stored.DocumentId);

        var all = _store.Store.ReportProposals(id);
        Assert.Equal(ProposalState.Accepted, all.Single(p => p.Id == accepted.Id).State);
        Assert.Equal(ProposalState.Rejected, all.Single(p => p.Id == rejected.Id).State);
        var now = _store.Store.PendingProposals(id);
        // The old pending ones were replaced, and no id is ever reused (a clerk's screen may still show an old one).
        Assert.All(now, p => Assert.True(p.Id > pending.Max(o => o.Id)));
        Assert.DoesNotContain(now, p => p.TaskId == accepted.TaskId || p.TaskId == rejected.TaskId); // decided claims are not asked again
        Assert.Equal(pending.Count - 2, now.Count);
        Assert.Single(_store.Store.History(accepted.TaskId));
    }

    [Fact]
    public async Task Proposals_at_or_above_the_configured_confidence_are_applied_and_the_line_says_so()
    {
        var pipeline = Pipeline(new ReportIntakeOptions { AutoApplyConfidence = 0.9 });
        await pipeline.AddAsync(Plan);
        var report = await pipeline.AddAsync(Report);
        var all = _store.Store.ReportProposals(report.Stored.DocumentId);
        var applied = all.Where(p => p.State == ProposalState.Accepted).ToList();
        Assert.NotEmpty(applied);
        Assert.All(applied, p => Assert.True(p.Confidence >= 0.9));
        Assert.All(all.Where(p => p.State == ProposalState.Pending), p => Assert.True(p.Confidence < 0.9));
        Assert.Contains($"{all.Count - applied.Count} đề xuất tiến độ chờ duyệt, {applied.Count} đã áp dụng (độ tin cậy ≥ 0.90)", Assert.Single(report.Notes));
        var update = Assert.Single(_store.Store.History(applied[0].TaskId));
        Assert.Equal(UpdateChannel.Report, update.Channel);
        Assert.Equal(report.Stored.DocumentId, update.SourceDocumentId);
    }

    [Fact]
    public async Task A_failing_stage_after_storing_is_a_warning_and_the_document_stays_stored()
    {
        var pipeline = Pipeline(null, new FailingStage());
        await pipeline.AddAsync(Plan);
        var report = await pipeline.AddAsync(Report);
        var failure = Assert.Single(report.Failures);
        Assert.Equal("test stage", failure.Stage);
        Assert.IsType<IOException>(failure.Error);
        Assert.NotNull(_store.Store.GetDocument(report.Stored.DocumentId, Today));
        // The stages before it did their work.
        Assert.NotEmpty(_store.Store.PendingProposals(report.Stored.DocumentId));
    }

    [Fact]
    public async Task The_real_ministry_report_ingests_as_a_report_and_its_coming_tasks_stay_tasks()
    {
        var pipeline = Pipeline();
        var result = await pipeline.AddAsync(Corpus("realdocs", "20_baocao-BLDTBXH-2010-tinh-hinh-thuc-hien-nhiem-vu-thang02-ke-hoach-thang03.txt"));
        Assert.True(Extract.Reports.ReportReader.IsReport(result.Document, result.Extraction));
        Assert.Equal(Extract.Model.DocumentKind.BaoCao, result.Extraction.Document.Kind);
        // Its plan for March is work to do: tasks, stored as tasks.
        Assert.True(result.Stored.TaskCount >= 5, $"{result.Stored.TaskCount} tasks");
        Assert.Equal(result.Stored.TaskCount, _store.Store.DocumentTasks(result.Stored.DocumentId, Today).Count);
        // It cites no plan: said so, nothing proposed, nothing kept waiting.
        Assert.Contains("không dẫn số kế hoạch nào", Assert.Single(result.Notes));
        Assert.Empty(_store.Store.ReportProposals(result.Stored.DocumentId));
    }

    /// <summary>A stage that always fails, as a broken disk or a bug would make a real one.</summary>
    private sealed class FailingStage : IStoredDocumentStage
    {
        public string Name => "test stage";
        public string FailureMessage => "bước thử nghiệm không chạy được";
        public Task<IReadOnlyList<string>> RunAsync(ITrackerStore store, StoredFile file, CancellationToken ct) => throw new IOException("disk full");
    }
}
