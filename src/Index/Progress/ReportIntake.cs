using System.Globalization;
using System.Text;
using DirectiveTracker.Extract;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Reports;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Index.Progress;

/// <summary>
/// The pipeline stage for progress reports: a stored report is checked against the plans it answers and its proposals
/// are kept for the clerk (those at or above <see cref="ReportIntakeOptions.AutoApplyConfidence"/> applied at once); a
/// report whose plan is not stored waits for it; a stored plan has the reports waiting for its number checked then.
/// Every entry point (CLI, upload, API, import folder) gets it through <see cref="DocumentPipeline"/>.
/// </summary>
public sealed class ReportIntake(IDocumentIngestor ingestor, IDocumentExtractor extractor, ReportIntakeOptions options, TrackerClock clock,
    IAgencyKeys? agencyKeys = null) : IStoredDocumentStage
{
    private readonly IAgencyKeys _agencyKeys = agencyKeys ?? new GrammarAgencyKeys();

    public string Name => "report intake";

    public string FailureMessage => "văn bản đã được lưu, nhưng chưa đối chiếu được báo cáo tiến độ (lỗi đã được ghi lại)";

    public async Task<IReadOnlyList<string>> RunAsync(ITrackerStore store, StoredFile file, CancellationToken ct)
    {
        var isReport = ReportReader.IsReport(file.Document, file.Extraction);
        IProgressStore progress = store;
        var today = clock.Today;
        var checker = new ReportChecker(progress, _agencyKeys);
        var notes = new List<string>();
        long id = file.Stored.DocumentId;
        if (isReport)
        {
            // The same file again: its proposals are already kept (re-proposing would only renumber them).
            if (file.Stored.Change == StoreChange.Unchanged)
                notes.Add($"báo cáo đã có trong kho: {progress.ReportProposals(id).Count(p => p.State == ProposalState.Pending)} đề xuất tiến độ chờ duyệt");
            else if (checker.Check(file.Document, file.Extraction, today) is { } check)
                notes.Add(Intake(checker, id, check, today));
        }
        if (file.Extraction.Document.Number is { } number && file.Stored.TaskCount > 0)
        {
            foreach (var waiting in progress.ReportsWaitingFor(number).Where(r => r != id))
            {
                ct.ThrowIfCancellationRequested();
                var check = await RereadAsync(store, waiting, checker, today, ct);
                if (check is null) { progress.StopWaiting(waiting, number); continue; }
                notes.Add($"đối chiếu báo cáo đang chờ kế hoạch {number}: " + Intake(checker, waiting, check, today));
            }
        }
        return notes;
    }

    /// <summary>Keeps the check's proposals (or the report waiting) and says what happened in one line.</summary>
    private string Intake(ReportChecker checker, long reportId, ReportCheck check, DateOnly today)
    {
        var outcome = checker.Propose(reportId, check, options, today);
        var who = check.Report.Agency ?? check.Report.Issuer ?? "cơ quan không rõ";
        var line = new StringBuilder($"báo cáo của {who}");
        if (check.Report.Plans.Count == 0) return line.Append(": không dẫn số kế hoạch nào, không có nhiệm vụ để đối chiếu").ToString();
        if (check.Plans.Count > 0)
        {
            line.Append(" về ").AppendJoin(", ", check.Plans.Select(p => "Kế hoạch " + (p.Number ?? "(không số)")))
                .Append(CultureInfo.InvariantCulture, $": {outcome.Pending.Count} đề xuất tiến độ chờ duyệt");
            if (options.AutoApplies)
                line.Append(CultureInfo.InvariantCulture, $", {outcome.Applied.Count} đã áp dụng (độ tin cậy ≥ {options.AutoApplyConfidence:0.00})");
        }
        foreach (var missing in check.MissingPlans)
            line.Append(check.Plans.Count > 0 ? "; " : ": ")
                .Append($"chưa có kế hoạch số {missing} trong kho; báo cáo được giữ lại để đối chiếu khi kế hoạch được thêm");
        return line.ToString();
    }

    /// <summary>
    /// A stored report read again from its stored clean text (cheap and without OCR; the text is what was read when it
    /// was added); null when it is gone or no longer reads as a report.
    /// </summary>
    private async Task<ReportCheck?> RereadAsync(ITrackerStore store, long reportId, ReportChecker checker, DateOnly today, CancellationToken ct)
    {
        if (store.GetDocument(reportId, today) is not { } stored) return null;
        using var text = new MemoryStream(Encoding.UTF8.GetBytes(stored.Text));
        IngestedDocument document = await ingestor.IngestAsync(text, Path.ChangeExtension(stored.Summary.SourceName, ".txt"), ct);
        ExtractionResult extraction = extractor.Extract(document);
        return checker.Check(document, extraction, today);
    }
}
