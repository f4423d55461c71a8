using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Repairs the layout of text-like sources (TXT, PDF text, OCR): a row of small steps run in order —
/// Markdown structure, side-by-side columns (header and signature of a text laid out by pdftotext), tables written one cell per line between lone "|" lines, debris, word segmentation, page furniture (by position, then by text), footnotes (by print, then by text),
/// OCR's misread list markers, headings by print, line joining, block classification. The steps "by position" and "by print" (and the columns step, which only acts without them) use each line's
/// font size, weight and place when the source gives them (a PDF's text layer) and do nothing otherwise.
/// </summary>
public sealed class LayoutRepair
{
    private readonly IReadOnlyList<ILayoutStep> _steps;

    public LayoutRepair(IEnumerable<ILayoutStep>? steps = null) =>
        _steps = steps?.ToList() ?? DefaultSteps();

    /// <summary>The default chain; the order matters (furniture before footnotes, footnotes before joining).</summary>
    public static IReadOnlyList<ILayoutStep> DefaultSteps() =>
    [
        new MarkdownStructure(),
        new SideBySideColumns(),
        new PipeGridTable(),
        new DebrisCleaner(),
        new WordSegmentationRepair(),
        new FurnitureByPosition(),
        new FurnitureFilter(),
        new FootnotesByPrint(),
        new FootnoteMover(),
        new OcrListMarkers(),
        new HeadingsByPrint(),
        new LineJoiner(),
        new BlockClassifier(),
    ];

    /// <summary>Runs the chain over raw pages and returns the blocks and what was noticed.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="ct"/> is cancelled (checked between steps).</exception>
    public (IReadOnlyList<StructuredBlock> Blocks, IReadOnlyList<IngestWarning> Warnings) Repair(IEnumerable<RawPage> pages,
        CancellationToken ct = default)
    {
        var document = LayoutDocument.FromPages(pages);
        foreach (var step in _steps)
        {
            ct.ThrowIfCancellationRequested();
            step.Apply(document);
        }
        return (document.Blocks, document.Warnings);
    }
}
