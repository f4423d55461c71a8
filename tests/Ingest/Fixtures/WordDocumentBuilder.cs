using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveTracker.Ingest.Tests.Fixtures;

/// <summary>Builds DOCX files in memory with real Word numbering, styles, tables, header/footer and footnotes.</summary>
internal sealed class WordDocumentBuilder
{
    private readonly List<OpenXmlElement> _body = new();
    private readonly List<AbstractNum> _abstracts = new();
    private readonly List<NumberingInstance> _nums = new();
    private readonly List<Style> _styles = new();
    private readonly List<Footnote> _footnotes = new();
    private readonly List<Endnote> _endnotes = new();
    private string? _header, _footer;

    public WordDocumentBuilder AbstractList(int id, params (NumberFormatValues Format, string Text, int Start, bool Legal)[] levels)
    {
        var abs = new AbstractNum { AbstractNumberId = id };
        for (var i = 0; i < levels.Length; i++)
        {
            var lvl = new Level(
                new StartNumberingValue { Val = levels[i].Start },
                new NumberingFormat { Val = levels[i].Format },
                new LevelText { Val = levels[i].Text }) { LevelIndex = i };
            if (levels[i].Legal) lvl.Append(new IsLegalNumberingStyle());
            abs.Append(lvl);
        }
        _abstracts.Add(abs);
        return this;
    }

    /// <summary>An abstract list that takes its levels from a numbering style (w:numStyleLink), as Word's list styles do.</summary>
    public WordDocumentBuilder StyleLinkedAbstractList(int id, string numberingStyleId)
    {
        _abstracts.Add(new AbstractNum(new NumberingStyleLink { Val = numberingStyleId }) { AbstractNumberId = id });
        return this;
    }

    /// <summary>A numbering style whose definition is list <paramref name="numId"/>.</summary>
    public WordDocumentBuilder NumberingStyle(string id, int numId)
    {
        _styles.Add(new Style(new StyleName { Val = id },
            new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = numId }))) { Type = StyleValues.Numbering, StyleId = id });
        return this;
    }

    public WordDocumentBuilder List(int numId, int abstractId, int? restartAt = null)
    {
        var num = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };
        if (restartAt is int s)
            num.Append(new LevelOverride(new StartOverrideNumberingValue { Val = s }) { LevelIndex = 0 });
        _nums.Add(num);
        return this;
    }

    public WordDocumentBuilder ParagraphStyle(string id, string name, int? numId = null, string? font = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (numId is int n)
            style.Append(new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = n })));
        if (font is not null) style.Append(new StyleRunProperties(new RunFonts { Ascii = font, HighAnsi = font }));
        _styles.Add(style);
        return this;
    }

    public WordDocumentBuilder Header(string text) { _header = text; return this; }
    public WordDocumentBuilder Footer(string text) { _footer = text; return this; }

    public WordDocumentBuilder Para(string text, string? style = null, bool centred = false, int? numId = null, int level = 0,
        string? font = null)
    {
        var pPr = new ParagraphProperties();
        if (style is not null) pPr.Append(new ParagraphStyleId { Val = style });
        if (numId is int n)
            pPr.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = n }));
        if (centred) pPr.Append(new Justification { Val = JustificationValues.Center });
        _body.Add(new Paragraph(pPr, MakeRun(text, font)));
        return this;
    }

    /// <summary>A paragraph of several runs, e.g. plain text followed by a run in a legacy font.</summary>
    public WordDocumentBuilder Runs(params (string Text, string? Font)[] runs)
    {
        _body.Add(new Paragraph(runs.Select(r => (OpenXmlElement)MakeRun(r.Text, r.Font))));
        return this;
    }

    public WordDocumentBuilder ParaWithFootnote(string before, string footnoteText, string after)
    {
        var id = _footnotes.Count + 1;
        _footnotes.Add(new Footnote(new Paragraph(
            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
            new Run(new W.Text(" " + footnoteText) { Space = SpaceProcessingModeValues.Preserve }))) { Id = id });
        _body.Add(new Paragraph(
            MakeRun(before),
            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id }),
            MakeRun(after)));
        return this;
    }

    /// <summary>A bordered data table; a cell's "\n" starts a new paragraph in the cell.</summary>
    public WordDocumentBuilder ParaWithEndnote(string before, string endnoteText)
    {
        var id = _endnotes.Count + 1;
        _endnotes.Add(new Endnote(new Paragraph(new Run(new EndnoteReferenceMark()), MakeRun(" " + endnoteText))) { Id = id });
        _body.Add(new Paragraph(MakeRun(before), new Run(new EndnoteReference { Id = id })));
        return this;
    }

    public WordDocumentBuilder Table(params string[][] rows) => AddTable(bordered: true, rows);

    /// <summary>A table without borders, as documents lay out their header and signature block.</summary>
    public WordDocumentBuilder LayoutTable(params string[][] rows) => AddTable(bordered: false, rows);

    private WordDocumentBuilder AddTable(bool bordered, string[][] rows)
    {
        var table = new Table(bordered
            ? new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }))
            : new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Nil })));
        foreach (var row in rows)
            table.Append(new TableRow(row.Select(cell => new TableCell(
                cell.Split('\n').Select(p => new Paragraph(MakeRun(p)))))));
        _body.Add(table);
        return this;
    }

    /// <summary>A paragraph with a text box anchored in it; with <paramref name="alternateCopy"/> the box is also
    /// given a second copy under mc:Fallback, as Word writes DrawingML boxes with a VML fallback.</summary>
    public WordDocumentBuilder ParaWithTextBox(string text, string boxText, bool alternateCopy)
    {
        OpenXmlElement Box() => new Picture(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(
            new TextBoxContent(new Paragraph(MakeRun(boxText))))));
        var boxRun = alternateCopy
            ? new Run(new AlternateContent(new AlternateContentChoice(Box()) { Requires = "wps" }, new AlternateContentFallback(Box())))
            : new Run(Box());
        _body.Add(new Paragraph(MakeRun(text), boxRun));
        return this;
    }

    /// <summary>A paragraph where tracked changes moved one phrase away and deleted another.</summary>
    public WordDocumentBuilder ParaWithTrackedChanges(string kept, string movedAway, string deleted)
    {
        _body.Add(new Paragraph(MakeRun(kept),
            new MoveFromRun(MakeRun(movedAway)) { Id = "1", Author = "x" },
            new DeletedRun(new Run(new DeletedText(deleted))) { Id = "2", Author = "x" }));
        return this;
    }

    public WordDocumentBuilder PageBreak()
    {
        _body.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return this;
    }

    private static Run MakeRun(string text, string? font = null)
    {
        var run = new Run();
        if (font is not null) run.Append(new RunProperties(new RunFonts { Ascii = font, HighAnsi = font }));
        run.Append(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public byte[] Build()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body(_body.Select(e => e.CloneNode(true)));
            var sect = new SectionProperties();
            if (_header is not null)
            {
                var hp = main.AddNewPart<HeaderPart>();
                hp.Header = new Header(new Paragraph(MakeRun(_header)));
                sect.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(hp) });
            }
            if (_footer is not null)
            {
                var fp = main.AddNewPart<FooterPart>();
                fp.Footer = new Footer(new Paragraph(MakeRun(_footer)));
                sect.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(fp) });
            }
            body.Append(sect);
            main.Document = new Document(body);
            if (_abstracts.Count > 0 || _nums.Count > 0)
            {
                var np = main.AddNewPart<NumberingDefinitionsPart>();
                np.Numbering = new Numbering(_abstracts.Select(a => (OpenXmlElement)a.CloneNode(true))
                    .Concat(_nums.Select(n => n.CloneNode(true))));
            }
            var sp = main.AddNewPart<StyleDefinitionsPart>();
            sp.Styles = new Styles(new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" });
            foreach (var s in _styles) sp.Styles.Append(s.CloneNode(true));
            if (_footnotes.Count > 0)
            {
                var fnp = main.AddNewPart<FootnotesPart>();
                fnp.Footnotes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                foreach (var f in _footnotes) fnp.Footnotes.Append(f.CloneNode(true));
            }
            if (_endnotes.Count > 0)
            {
                var enp = main.AddNewPart<EndnotesPart>();
                enp.Endnotes = new Endnotes(
                    new Endnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Endnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                foreach (var n in _endnotes) enp.Endnotes.Append(n.CloneNode(true));
            }
            main.Document.Save();
        }
        return ms.ToArray();
    }
}
