using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.XObjects;

namespace DirectiveTracker.Ingest.Pdf;

/// <summary>
/// One glyph drawn on a page, as much of PdfPig's <see cref="Letter"/> as the text layer reads: its text, ink box,
/// baseline ends, size in points and font. Compared by reference, as letters are (tables hold sets of them).
/// </summary>
internal sealed class Glyph(string value, PdfRectangle boundingBox, PdfPoint startBaseLine, PdfPoint endBaseLine,
    double pointSize, string? fontName, bool boldFont)
{
    public string Value { get; } = value;
    public PdfRectangle BoundingBox { get; } = boundingBox;
    public PdfPoint StartBaseLine { get; } = startBaseLine;
    public PdfPoint EndBaseLine { get; } = endBaseLine;
    public double PointSize { get; } = pointSize;
    /// <summary>The font's name as the file gives it, subset tag included ("BAAAAA+.VnTime").</summary>
    public string? FontName { get; } = fontName;
    /// <summary>Whether the font's descriptor says bold (the name may say so too: see <see cref="TextLine"/>).</summary>
    public bool BoldFont { get; } = boldFont;
}

/// <summary>A page's glyphs in content order and its drawn paths (for ruling lines), with its size in points.</summary>
internal sealed record GlyphPage(int Number, double Width, double Height, IReadOnlyList<Glyph> Glyphs, IReadOnlyList<PdfPath> Paths);

/// <summary>
/// Builds <see cref="GlyphPage"/>s for <c>PdfDocument.GetPage&lt;GlyphPage&gt;</c>: PdfPig's content-stream processing
/// with only what the text layer reads kept — no <see cref="Letter"/> (loose box, colours, orientation), no images,
/// marked content or annotations. PdfPig creates it by reflection through <c>AddPageFactory</c>.
/// </summary>
internal sealed class GlyphPageFactory(IPdfTokenScanner pdfScanner, IResourceStore resourceStore,
    ILookupFilterProvider filterProvider, IPageContentParser pageContentParser, UglyToad.PdfPig.ParsingOptions parsingOptions)
    : BasePageFactory<GlyphPage>(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
{
    protected override GlyphPage ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations,
        MediaBox mediaBox, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation,
        TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var processor = new GlyphStreamProcessor(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider,
            cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions);
        var (glyphs, paths) = processor.Process(pageNumber, operations);
        // As PdfPig's Page: the size is the media box's (already turned by the page's rotation).
        return new GlyphPage(pageNumber, mediaBox.Bounds.Width, mediaBox.Bounds.Height, glyphs, paths);
    }
}

/// <summary>
/// Runs a page's content stream and keeps its glyphs and paths the way PdfPig's own processor makes letters and
/// paths (same boxes, same combining of a diacritic with the letter before it, paths unclipped), nothing else.
/// </summary>
internal sealed class GlyphStreamProcessor(int pageNumber, IResourceStore resourceStore, IPdfTokenScanner pdfScanner,
    IPageContentParser pageContentParser, ILookupFilterProvider filterProvider, CropBox cropBox, UserSpaceUnit userSpaceUnit,
    PageRotationDegrees rotation, TransformationMatrix initialMatrix, UglyToad.PdfPig.ParsingOptions parsingOptions)
    : BaseStreamProcessor<(List<Glyph> Glyphs, List<PdfPath> Paths)>(pageNumber, resourceStore, pdfScanner, pageContentParser,
        filterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, parsingOptions)
{
    private readonly List<Glyph> _glyphs = [];
    private int _lastSequence; // the text operation that drew the last glyph
    private readonly List<PdfPath> _paths = [];
    private PdfPath? _path;
    private PdfSubpath? _subpath;
    // A run of glyphs shares its font: its name and weight are read once per run.
    private IFont? _font;
    private string? _fontName;
    private bool _bold;

    public override (List<Glyph> Glyphs, List<PdfPath> Paths) Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        PageNumber = pageNumberCurrent;
        CloneAllStates();
        ProcessOperations(operations);
        return (_glyphs, _paths);
    }

    public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code,
        string unicode, long currentOffset, in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix,
        in TransformationMatrix transformationMatrix, CharacterBoundingBox characterBoundingBox)
    {
        // A combining diacritic drawn as its own glyph joins the letter before it from the same text operation,
        // keeping that letter's place, as PdfPig does.
        if (currentOffset > 0 && _glyphs.Count > 0 && IsCombiningDiacritic(unicode) && _lastSequence == TextSequence)
        {
            var before = _glyphs[^1];
            var combined = before.Value + unicode;
            if (TextElements(combined) == TextElements(before.Value))
            {
                _glyphs[^1] = new Glyph(combined, before.BoundingBox, before.StartBaseLine, before.EndBaseLine, before.PointSize,
                    before.FontName, before.BoldFont);
                return;
            }
        }
        var ink = PerformantRectangleTransformer.Transform(renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox.GlyphBounds);
        var advanceBox = new PdfRectangle(0, 0, characterBoundingBox.Width, UserSpaceUnit.PointMultiples);
        // The baseline's ends are the advance box's bottom corners, transformed as PdfPig transforms the whole box
        // (same operations in the same order, so the same doubles); the whole box only for a glyph without ink.
        var start = Transform(renderingMatrix, textMatrix, transformationMatrix, advanceBox.BottomLeft);
        var end = Transform(renderingMatrix, textMatrix, transformationMatrix, advanceBox.BottomRight);
        // A glyph without ink (a space) has a zero box: its advance stands in, as in PdfPig.
        var inkValid = ink.Width > double.Epsilon || ink.Height > double.Epsilon;
        var box = inkValid ? ink : PerformantRectangleTransformer.Transform(renderingMatrix, textMatrix, transformationMatrix, advanceBox);
        if (!ReferenceEquals(font, _font))
        {
            _font = font;
            _fontName = font.Details?.Name;
            _bold = font.Details?.IsBold == true;
        }
        _glyphs.Add(new Glyph(unicode, box, start, end, pointSize, _fontName, _bold));
        _lastSequence = TextSequence;
    }

    /// <summary>A point through three matrices in turn, exactly as <see cref="PerformantRectangleTransformer"/> moves a corner.</summary>
    private static PdfPoint Transform(in TransformationMatrix first, in TransformationMatrix second, in TransformationMatrix third, PdfPoint point)
    {
        double x = point.X, y = point.Y;
        (x, y) = (first.A * x + first.C * y + first.E, first.B * x + first.D * y + first.F);
        (x, y) = (second.A * x + second.C * y + second.E, second.B * x + second.D * y + second.F);
        (x, y) = (third.A * x + third.C * y + third.E, third.B * x + third.D * y + third.F);
        return new PdfPoint(x, y);
    }

    private static bool IsCombiningDiacritic(string value) => value.Length == 1 && value[0] >= '\u0300' && value[0] <= '\u036F';

    private static int TextElements(string text)
    {
        var count = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext()) count++;
        return count;
    }

    // Images, marked content and shadings carry no text the layer reads.
    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) { }

    protected override void RenderInlineImage(InlineImage inlineImage) { }

    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties) { }

    public override void EndMarkedContent() { }

    public override void PaintShading(NameToken shadingName) { }

    // Paths are kept as PdfPig keeps them without clipping (ParsingOptions.ClipPaths off): ruled tables read their rules.
    public override void BeginSubpath()
    {
        _path ??= new PdfPath();
        AddCurrentSubpath();
        _subpath = new PdfSubpath();
    }

    public override PdfPoint? CloseSubpath()
    {
        if (_subpath is null) return null;
        if (_subpath.Commands[0] is not PdfSubpath.Move move) throw new ArgumentException("CloseSubpath(): first command not Move.");
        _subpath.CloseSubpath();
        AddCurrentSubpath();
        return move.Location;
    }

    private void AddCurrentSubpath()
    {
        if (_subpath is null) return;
        _path!.Add(_subpath);
        _subpath = null;
    }

    public override void StrokePath(bool close)
    {
        if (_path is null) return;
        _path.SetStroked();
        EndPainted(close);
    }

    public override void FillPath(FillingRule fillingRule, bool close)
    {
        if (_path is null) return;
        _path.SetFilled(fillingRule);
        EndPainted(close);
    }

    public override void FillStrokePath(FillingRule fillingRule, bool close)
    {
        if (_path is null) return;
        _path.SetFilled(fillingRule);
        _path.SetStroked();
        EndPainted(close);
    }

    // A painted path ends: its open subpath closed when the operator says so, then the path kept.
    private void EndPainted(bool close)
    {
        if (close) _subpath?.CloseSubpath();
        ClosePath();
    }

    public override void MoveTo(double x, double y)
    {
        BeginSubpath();
        var point = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        CurrentPosition = point;
        _subpath!.MoveTo(point.X, point.Y);
    }

    public override void BezierCurveTo(double x2, double y2, double x3, double y3)
    {
        if (_subpath is null) return;
        var control2 = CurrentTransformationMatrix.Transform(new PdfPoint(x2, y2));
        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x3, y3));
        _subpath.BezierCurveTo(CurrentPosition.X, CurrentPosition.Y, control2.X, control2.Y, end.X, end.Y);
        CurrentPosition = end;
    }

    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
    {
        if (_subpath is null) return;
        var control1 = CurrentTransformationMatrix.Transform(new PdfPoint(x1, y1));
        var control2 = CurrentTransformationMatrix.Transform(new PdfPoint(x2, y2));
        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x3, y3));
        _subpath.BezierCurveTo(control1.X, control1.Y, control2.X, control2.Y, end.X, end.Y);
        CurrentPosition = end;
    }

    public override void LineTo(double x, double y)
    {
        if (_subpath is null) return;
        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        _subpath.LineTo(end.X, end.Y);
        CurrentPosition = end;
    }

    public override void Rectangle(double x, double y, double width, double height)
    {
        BeginSubpath();
        var lowerLeft = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        var upperRight = CurrentTransformationMatrix.Transform(new PdfPoint(x + width, y + height));
        _subpath!.Rectangle(lowerLeft.X, lowerLeft.Y, upperRight.X - lowerLeft.X, upperRight.Y - lowerLeft.Y);
        AddCurrentSubpath();
    }

    public override void EndPath()
    {
        if (_path is null) return;
        AddCurrentSubpath();
        _paths.Add(_path);
        _path = null;
    }

    public override void ClosePath()
    {
        AddCurrentSubpath();
        if (_path is null) return;
        _paths.Add(_path);
        _path = null;
    }

    public override void ModifyClippingIntersect(FillingRule clippingRule)
    {
        if (_path is null) return;
        AddCurrentSubpath();
        _path.SetClipping(clippingRule);
    }

    // The clipping region only matters to PdfPig when it clips (ClipPaths on); glyphs and paths are kept unclipped.
    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule) { }
}
