using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Metadata;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Extract.Tasks;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Extract;

/// <summary>
/// The extractor: metadata from the header, signature and citations; tasks from the body outline and task tables,
/// with owners, deadlines and categories read by the grammar. Deterministic; never throws on text.
/// </summary>
/// <remarks>
/// A decision (Quyết định) that issues a plan keeps its own kind (QuyetDinh, from its number and kind line);
/// its tasks are those of the plan it issues, which follows it in the same file.
/// </remarks>
public sealed partial class DocumentExtractor : IDocumentExtractor
{
    private readonly MetadataReader _metadata;
    private readonly ReferenceParser _references = new();
    private readonly AgencyRecognizer _recognizer = new();
    private readonly OwnerParser _owners = new();
    private readonly DeadlineParser _deadlines = new();
    private readonly ICategoryClassifier _categories;

    /// <summary>An extractor whose categories come from <paramref name="categories"/>; by default the shipped model, else the rules.</summary>
    public DocumentExtractor(ICategoryClassifier? categories = null)
    {
        _metadata = new MetadataReader(_references);
        _categories = categories ?? (ICategoryClassifier?)CategoryModel.Embedded ?? new CategoryRules();
    }

    public ExtractionResult Extract(IngestedDocument document)
    {
        Outline outline;
        try { outline = OutlineBuilder.Build(document); }
        catch (Exception e) when (e is not OutOfMemoryException) { outline = new Outline(); }

        DocumentInfo info;
        try { info = _metadata.Read(document.Text, MetadataReader.Lines(document.Text), outline.Preamble); }
        catch (Exception e) when (e is not OutOfMemoryException) { info = new DocumentInfo(); }

        var tasks = new List<TaskItem>();
        try
        {
            var context = new DeadlineContext(ContextYear(info), info.IssuedOn);
            var drafts = new List<TaskDraft>();
            // The owner-shape answers are kept for one document only: headings are asked about once per task below them.
            var mentions = new DocumentMentions(_recognizer);
            var shape = new AgencyOwnerShape(mentions);
            // Laws, decrees and circulars are not plans: their items are not tasks. A report's are only in its parts
            // about the coming period ("B. Nhiệm vụ công tác tháng 3", "PHƯƠNG HƯỚNG, NHIỆM VỤ").
            if (info.Kind is DocumentKind.BaoCao)
                drafts.AddRange(new TaskLocator(shape).Locate(outline, comingPeriodOnly: true));
            else if (info.Kind is not (DocumentKind.Luat or DocumentKind.NghiDinh or DocumentKind.ThongTu))
            {
                drafts.AddRange(new TaskLocator(shape).Locate(outline));
                foreach (var table in outline.Tables) drafts.AddRange(TaskTableReader.Read(table));
                foreach (var (appendix, lines) in outline.AppendixLines) drafts.AddRange(TaskTableReader.ReadFlattened(lines, $"PL{appendix}"));
            }
            tasks.AddRange(new TaskAttribution(_owners, mentions, _deadlines, _categories, shape).AttributeAll(
                drafts.Where(d => d.Text.Trim().Length > 0).Select(d => d with { Text = Spaces().Replace(d.Text, " ").Trim() }), context));
        }
        catch (Exception e) when (e is not OutOfMemoryException) { /* metadata stands; tasks found so far are kept */ }
        return new ExtractionResult(info, tasks);
    }

    // The year a date without a year takes: the issue date's, else the title's ("… năm 2025"), else the latest citation's.
    private static int? ContextYear(DocumentInfo info)
    {
        if (info.IssuedOn is { } d) return d.Year;
        if (info.Title is { } t && TitleYear().Match(t) is { Success: true } m) return int.Parse(m.Groups["y"].Value);
        var cited = info.References.Where(r => r.IssuedOn is not null).Select(r => r.IssuedOn!.Value.Year).ToList();
        return cited.Count > 0 ? cited.Max() : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?:năm|NĂM)\s+(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex TitleYear();
}
