using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Metadata;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Extract.Tasks;
using DirectiveTracker.Ingest.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DirectiveTracker.Extract;

/// <summary>
/// The extractor: metadata from the header, signature and citations; tasks from the body outline and task tables,
/// with owners, deadlines and categories read by the grammar. Deterministic; never throws on text.
/// </summary>
/// <remarks>
/// A stage or a task that fails is caught where it fails: what was found is kept, and the failure goes to the
/// result's warnings (Vietnamese, for the user) and to the log (English, with the exception).
/// </remarks>
public sealed partial class DocumentExtractor : IDocumentExtractor
{
    private readonly MetadataReader _metadata;
    private readonly ReferenceParser _references = new();
    private readonly AgencyRecognizer _recognizer = new();
    private readonly OwnerParser _owners = new();
    private readonly DeadlineParser _deadlines = new();
    private readonly ICategoryClassifier _categories;
    private readonly ILogger _log;

    /// <summary>Task or not, for every located item (its <c>confidence</c>): the shipped model by default; null gives no confidence.</summary>
    public TaskModel? TaskFilter { get; init; } = TaskModel.Embedded;

    /// <summary>Owner role, for every body near a task (its <c>ownerConfidence</c>): the shipped model by default; null leaves the rules' roles alone.</summary>
    public OwnerRoleModel? OwnerRoles { get; init; } = OwnerRoleModel.Embedded;

    /// <summary>Told each outline item the rules drop for its shape (<see cref="TaskLocator.Dropped"/>); for training.</summary>
    public Action<TaskDraft>? Dropped { get; init; }

    /// <summary>When set, the time of each stage is added to it (the bench's per-stage split).</summary>
    public ExtractionClock? Clock { get; init; }

    /// <summary>An extractor whose categories come from <paramref name="categories"/>; by default the shipped model, else the rules.</summary>
    public DocumentExtractor(ICategoryClassifier? categories = null, ILogger<DocumentExtractor>? log = null)
    {
        _metadata = new MetadataReader(_references);
        _categories = categories ?? (ICategoryClassifier?)CategoryModel.Embedded ?? new CategoryRules();
        _log = log ?? (ILogger)NullLogger.Instance;
    }

    public ExtractionResult Extract(IngestedDocument document)
    {
        var warnings = new List<string>();
        void Failed(string stage, string userMessage, Exception e)
        {
            warnings.Add(userMessage);
            _log.LogWarning(e, "Extraction of {Source}: {Stage} failed; the rest of the document is kept", document.SourceName, stage);
        }

        long start = Clock?.Start() ?? 0;
        Outline outline;
        try { outline = OutlineBuilder.Build(document); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Failed("outline", "Không đọc được bố cục văn bản: không tìm nhiệm vụ theo mục.", e);
            outline = new Outline();
        }

        Clock?.Add(ExtractionClock.Outline, start);
        start = Clock?.Start() ?? 0;
        DocumentInfo info;
        try { info = _metadata.Read(document.Text, MetadataReader.Lines(document.Text), outline.Preamble); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Failed("metadata", "Không đọc được thông tin văn bản (số, ngày, cơ quan ban hành, người ký).", e);
            info = new DocumentInfo();
        }

        Clock?.Add(ExtractionClock.Metadata, start);
        start = Clock?.Start() ?? 0;
        var context = new DeadlineContext(ContextYear(info), info.IssuedOn);
        var drafts = new List<TaskDraft>();
        // The owner-shape answers are kept for one document only: headings are asked about once per task below them.
        var mentions = new DocumentMentions(_recognizer);
        var shape = new AgencyOwnerShape(mentions);
        void Locate(string stage, Func<IEnumerable<TaskDraft>> locate)
        {
            try { drafts.AddRange(locate()); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Failed(stage, $"Lỗi khi tìm nhiệm vụ ({stage}): một phần nhiệm vụ có thể bị thiếu.", e);
            }
        }
        // Laws, decrees and circulars are not plans: their items are not tasks. A report's are only in its parts
        // about the coming period ("B. Nhiệm vụ công tác tháng 3", "PHƯƠNG HƯỚNG, NHIỆM VỤ").
        if (info.Kind is DocumentKind.BaoCao)
            Locate("outline tasks", () => new TaskLocator(shape).Locate(outline, comingPeriodOnly: true));
        else if (info.Kind is not (DocumentKind.Luat or DocumentKind.NghiDinh or DocumentKind.ThongTu))
        {
            Locate("outline tasks", () => new TaskLocator(shape) { Dropped = Dropped }.Locate(outline, ownPlan: info.Kind == DocumentKind.KeHoach));
            foreach (var table in outline.Tables) Locate("task table", () => TaskTableReader.Read(table));
            foreach (var (appendix, lines) in outline.AppendixLines) Locate($"appendix {appendix}", () => TaskTableReader.ReadFlattened(lines, $"PL{appendix}"));
        }
        // Whitespace runs as one space, none at the ends (as Regex \s+ → " " and Trim, without a regex per task).
        var located = drafts.Where(d => !string.IsNullOrWhiteSpace(d.Text)).Select(d => d with { Text = FoldedText.CollapseSpaces(d.Text) }).ToList();
        Clock?.Add(ExtractionClock.Locate, start);
        IReadOnlyList<TaskItem> tasks = new TaskAttribution(_owners, mentions, _deadlines, _categories, shape) { Clock = Clock }.AttributeAll(located, context,
            (draft, e) => Failed($"task {draft.Path}",
                $"Nhiệm vụ {draft.Path}: không xác định được chủ trì, phối hợp, thời hạn, lĩnh vực; chỉ giữ nội dung.", e));
        start = Clock?.Start() ?? 0;
        if (TaskFilter is not null) tasks = Judge(tasks, (stage, message, e) => Failed(stage, message, e));
        Clock?.Add(ExtractionClock.TaskOrNot, start);
        start = Clock?.Start() ?? 0;
        if (OwnerRoles is not null) tasks = OwnerRoles.JudgeAll(tasks, mentions, (stage, message, e) => Failed(stage, message, e));
        Clock?.Add(ExtractionClock.OwnerRole, start);
        return new ExtractionResult(info, tasks) { Warnings = warnings };
    }

    // Every located item carries the task model's probability; none is dropped: cross-validated by whole document,
    // dropping the items it doubts lost more tasks than false tasks it removed (corpus/EXTRACTION.md, "confidence").
    private List<TaskItem> Judge(IReadOnlyList<TaskItem> tasks, Action<string, string, Exception> failed)
    {
        var judged = new List<TaskItem>(tasks.Count);
        foreach (var task in tasks)
        {
            try { judged.Add(task with { Confidence = Math.Round(TaskFilter!.Probability(task), 3) }); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed($"task model {task.Path}", $"Nhiệm vụ {task.Path}: không đánh giá được độ tin cậy.", e);
                judged.Add(task);
            }
        }
        return judged;
    }

    // The year a date without a year takes: the issue date's, else the title's ("… năm 2025"), else the latest citation's.
    private static int? ContextYear(DocumentInfo info)
    {
        if (info.IssuedOn is { } d) return d.Year;
        if (info.Title is { } t && TitleYear().Match(t) is { Success: true } m) return int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var cited = info.References.Where(r => r.IssuedOn is not null).Select(r => r.IssuedOn!.Value.Year).ToList();
        return cited.Count > 0 ? cited.Max() : null;
    }

    [GeneratedRegex(@"(?:năm|NĂM)\s+(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex TitleYear();
}
