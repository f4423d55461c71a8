using System.Text;
using DirectiveTracker.Ingest.Layout;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveTracker.Ingest.Docx;

/// <summary>
/// Reads a Word (.docx) file into structured blocks: paragraphs in reading order, list items with the numbers
/// Word would show, tables as rows and cells, footnotes as footnote blocks; headers and footers are left out.
/// </summary>
public sealed class DocxParser(long maxUncompressedBytes, long maxTextChars = DocxParser.DefaultMaxTextChars) : ISourceParser
{
    /// <summary>Text one DOCX may produce by default (20 million characters, several thousand pages).</summary>
    public const long DefaultMaxTextChars = 20_000_000;

    public SourceFormat Format => SourceFormat.Docx;

    public Task<ParsedSource> ParseAsync(SourceFile file, CancellationToken ct)
    {
        new PackageSizeGuard(maxUncompressedBytes).Check(file.FileName, file.Bytes);
        try
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(file.Bytes, writable: false), false);
            var main = doc.MainDocumentPart ?? throw Corrupt(file.FileName, "the package has no main document part");
            using (var part = main.GetStream(FileMode.Open, FileAccess.Read))
                new DocumentXmlBudget(maxTextChars).Check(file.FileName, part, ct);
            var reader = new BodyReader(main, ct);
            if (!reader.StreamBody()) throw Corrupt(file.FileName, "the package has no main document body");
            return Task.FromResult(reader.Result());
        }
        catch (IngestException) { throw; }
        catch (OperationCanceledException) { throw; }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException
                                      or FileFormatException or InvalidOperationException or IOException or ArgumentException)
        {
            throw Corrupt(file.FileName, $"{e.GetType().Name}: {e.Message}", e);
        }
    }

    private static IngestException Corrupt(string fileName, string why, Exception? inner = null) =>
        new(fileName, IngestErrorCode.Corrupt,
            "Tệp DOCX bị hỏng hoặc không phải tệp Word hợp lệ; vui lòng lưu lại tệp bằng Word rồi tải lên lại.",
            $"unreadable DOCX: {why}", inner);

    /// <summary>Walks one document body in order; holds the state that spans paragraphs (numbering, page, footnote labels).</summary>
    private sealed class BodyReader
    {
        private readonly MainDocumentPart _main;
        private readonly CancellationToken _ct;
        private readonly ListNumbering _numbering;
        private readonly StyleSheet _styles;
        private readonly List<StructuredBlock> _blocks = new();
        /// <summary>Indices of blocks read from plain body paragraphs: what a hard-wrapped document's joining may touch.</summary>
        private readonly HashSet<int> _plainParagraphs = new();
        private readonly List<IngestWarning> _warnings = new();
        private readonly HashSet<string> _legacyFonts = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<(string Label, long Id, int Page)> _footnoteRefs = new();
        private readonly List<(string Label, long Id, int Page)> _endnoteRefs = new();
        private int _page = 1;
        private bool _inLayoutTable;

        public BodyReader(MainDocumentPart main, CancellationToken ct)
        {
            _main = main;
            _ct = ct;
            _styles = new StyleSheet(main.StyleDefinitionsPart?.Styles);
            _numbering = new ListNumbering(main.NumberingDefinitionsPart?.Numbering, style => _styles.Numbering(style).NumId);
        }

        /// <summary>
        /// Reads the body one top-level element at a time from the part's XML stream: only one paragraph or table is
        /// ever held as a tree, so a document with hundreds of MB of XML costs its largest element, not its size.
        /// </summary>
        /// <returns>False when the main part has no body.</returns>
        public bool StreamBody()
        {
            using var xml = OpenXmlReader.Create(_main, readMiscNodes: false);
            while (xml.Read())
            {
                if (xml.ElementType != typeof(Body) || !xml.IsStartElement) continue;
                var childDepth = xml.Depth + 1;
                xml.Read();
                while (!xml.EOF && !(xml.IsEndElement && xml.ElementType == typeof(Body)))
                {
                    if (xml.IsStartElement && xml.Depth == childDepth && IsBlockElement(xml.ElementType))
                        ReadBlockElement(xml.LoadCurrentElement()!); // moves past the element
                    else if (xml.IsStartElement && xml.Depth == childDepth) xml.Skip();
                    else xml.Read();
                }
                AppendFootnotes();
                return true;
            }
            return false;
        }

        public ParsedSource Result()
        {
            var wrapped = new HardWrappedParagraphs();
            if (wrapped.LooksHardWrapped(_blocks, _plainParagraphs))
            {
                var joined = wrapped.Join(_blocks, _plainParagraphs);
                _blocks.Clear();
                _blocks.AddRange(joined);
            }
            var lastPage = Math.Max(1, _blocks.Count == 0 ? 1 : _blocks.Max(b => b.Page));
            var pages = Enumerable.Range(1, lastPage)
                .Select(n => new RawPage(n, string.Join("\n", _blocks.Where(b => b.Page == n).Select(b => b.Text)), false))
                .ToList();
            foreach (var font in _legacyFonts)
            {
                var (code, name) = font.StartsWith("VNI", StringComparison.OrdinalIgnoreCase)
                    ? ("legacy-vni", "VNI") : ("legacy-tcvn3", "TCVN3 (ABC)");
                _warnings.Add(new IngestWarning(code,
                    $"Một số đoạn dùng phông cũ {font} (bảng mã {name}) đã được chuyển sang Unicode."));
            }
            return new ParsedSource(pages, _blocks, _warnings);
        }

        private static bool IsBlockElement(Type type) =>
            type == typeof(Paragraph) || type == typeof(Table) || type == typeof(SdtBlock) || type == typeof(CustomXmlBlock);

        private void ReadBlockElement(OpenXmlElement el)
        {
            _ct.ThrowIfCancellationRequested();
            switch (el)
            {
                case Paragraph p: ReadParagraph(p); break;
                case Table t: ReadTable(t); break;
                case SdtBlock sdt:
                    foreach (var inner in sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
                        ReadBlockElement(inner);
                    break;
                case CustomXmlBlock cx:
                    foreach (var inner in cx.ChildElements) ReadBlockElement(inner);
                    break;
            }
        }

        private void ReadParagraph(Paragraph p)
        {
            ReadParagraphOwnText(p);
            // Text boxes anchored in the paragraph hold their own paragraphs; read them after it, once each
            // (a DrawingML box also has a VML copy under mc:Fallback, skipped here).
            foreach (var box in p.Descendants<TextBoxContent>())
                if (!box.Ancestors<AlternateContentFallback>().Any()
                    && ReferenceEquals(box.Ancestors<Paragraph>().FirstOrDefault(), p))
                    foreach (var inner in box.ChildElements) ReadBlockElement(inner);
        }

        private void ReadParagraphOwnText(Paragraph p)
        {
            if (p.ParagraphProperties?.PageBreakBefore is { } pbb && (pbb.Val?.Value ?? true) && _blocks.Count > 0) _page++;
            var startPage = _page;
            var (raw, label) = ParagraphText(p, countPageBreaks: true);
            if (_inLayoutTable && raw.Contains('\n'))
            {
                // Header lines ("TỈNH ĐỒNG THÁP", "Số: 556/KH-UBND") are often one paragraph split by manual breaks.
                foreach (var line in raw.Split('\n').Select(CollapseSpaces).Where(l => l.Length > 0))
                    _blocks.Add(BlockClassifier.Classify(line, startPage));
                return;
            }
            var text = CollapseSpaces(raw);
            var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            // Word counts an empty numbered paragraph too (it shows its number), so advance before skipping it.
            var marker = NumberingMarker(p, styleId);
            if (text.Length == 0) return;
            if (marker is not null)
            {
                _blocks.Add(new StructuredBlock(BlockKind.ListItem, $"{marker} {text}", startPage, marker, Label: label));
                return;
            }
            // No Word numbering: a marker typed by hand ("1.", "a)", "-") or capitals decide, as for text sources.
            if (IsHeading(p, styleId, text))
            {
                _blocks.Add(new StructuredBlock(BlockKind.Heading, text, startPage, Label: label));
                return;
            }
            if (!_inLayoutTable) _plainParagraphs.Add(_blocks.Count);
            _blocks.Add(BlockClassifier.Classify(text, startPage) with { Label = label });
        }

        private string? NumberingMarker(Paragraph p, string? styleId)
        {
            var numPr = p.ParagraphProperties?.NumberingProperties;
            int? numId = numPr?.NumberingId?.Val?.Value;
            int? ilvl = numPr?.NumberingLevelReference?.Val?.Value;
            if (numId is null)
            {
                // Style-linked numbering: the paragraph style (or one it is based on) carries numPr.
                var styled = _styles.Numbering(styleId);
                numId = styled.NumId;
                ilvl ??= styled.Level;
            }
            return numId is int id ? _numbering.Next(id, ilvl ?? 0) : null;
        }

        private bool IsHeading(Paragraph p, string? styleId, string text)
        {
            if (_styles.IsHeadingStyle(styleId)) return true;
            if (p.ParagraphProperties?.OutlineLevel?.Val?.Value is int outline && outline < 9) return true;
            var centred = (p.ParagraphProperties?.Justification?.Val?.Value ?? _styles.Justification(styleId))
                == JustificationValues.Center;
            if (!centred || text.Length > 200) return false;
            var letters = text.Where(char.IsLetter).ToList();
            return letters.Count >= 2 && letters.All(char.IsUpper);
        }

        private (string Text, string? Label) ParagraphText(OpenXmlElement container, bool countPageBreaks)
        {
            var sb = new StringBuilder();
            string? label = null;
            foreach (var run in container.Descendants<Run>())
            {
                // Runs of a text box belong to the text box's own paragraphs, not to this one.
                if (container is Paragraph para && !ReferenceEquals(run.Ancestors<Paragraph>().FirstOrDefault(), para)) continue;
                // Tracked changes: text moved away from here is not part of the document as it reads now.
                if (run.Ancestors<MoveFromRun>().Any() || run.Ancestors<DeletedRun>().Any()) continue;
                var font = _styles.RunFont(run, container as Paragraph);
                foreach (var child in run.ChildElements)
                {
                    switch (child)
                    {
                        case DocumentFormat.OpenXml.Wordprocessing.Text t: sb.Append(ConvertLegacy(t.Text, font)); break;
                        case TabChar: sb.Append(' '); break;
                        case Break br:
                            if (br.Type?.Value == BreakValues.Page) { if (countPageBreaks) _page++; sb.Append(' '); }
                            else sb.Append('\n'); // a manual line break: a space in running text, a new line in a layout cell
                            break;
                        case CarriageReturn: sb.Append('\n'); break;
                        case NoBreakHyphen: sb.Append('-'); break;
                        case FootnoteReference fr when fr.Id?.Value is long id:
                            label = (_footnoteRefs.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                            _footnoteRefs.Add((label, id, _page));
                            break;
                        case EndnoteReference er when er.Id?.Value is long id:
                            // Word numbers endnotes i, ii, iii … unless told otherwise.
                            label = ListNumbering.Format(_endnoteRefs.Count + 1, NumberFormatValues.LowerRoman);
                            _endnoteRefs.Add((label, id, _page));
                            break;
                    }
                }
            }
            return (sb.ToString(), label);
        }

        private string ConvertLegacy(string text, string? font)
        {
            if (font is null) return text;
            var converted = LegacyFontText.ConvertByFontName(text, font);
            if (!ReferenceEquals(converted, text) && converted != text) _legacyFonts.Add(font);
            return converted;
        }

        private void ReadTable(Table t)
        {
            if (IsLayoutTable(t))
            {
                ReadLayoutTable(t);
                return;
            }
            var rows = new List<IReadOnlyList<string>>();
            foreach (var row in t.Elements<TableRow>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<TableCell>())
                {
                    // Paragraphs of one cell join with a space: a cell stays on its row's line in the clean text.
                    var parts = new List<string>();
                    foreach (var p in cell.Descendants<Paragraph>())
                    {
                        var (text, _) = ParagraphText(p, countPageBreaks: false);
                        var marker = NumberingMarker(p, p.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
                        text = CollapseSpaces(text);
                        if (text.Length > 0) parts.Add(marker is null ? text : $"{marker} {text}");
                    }
                    cells.Add(string.Join(" ", parts));
                }
                if (cells.Count > 0 && cells.Any(c => c.Length > 0)) rows.Add(cells);
            }
            if (rows.Count == 0) return;
            var text2 = string.Join("\n", rows.Select(r => string.Join(" | ", r)));
            _blocks.Add(new StructuredBlock(BlockKind.Table, text2, _page, Rows: rows));
        }

        /// <summary>
        /// A borderless table of at most 3 rows and 2 columns is page layout, not data: the document header
        /// (issuer and number | national motto and date) or the signature block (recipients | signer).
        /// </summary>
        private bool IsLayoutTable(Table t)
        {
            var rows = t.Elements<TableRow>().ToList();
            if (rows.Count is 0 or > 3 || rows.Any(r => r.Elements<TableCell>().Count() > 2)) return false;
            var direct = t.GetFirstChild<TableProperties>();
            return !StyleSheet.HasVisibleBorder(direct?.TableBorders)
                   && !_styles.TableStyleHasBorders(direct?.TableStyle?.Val?.Value)
                   && !t.Descendants<TableCellBorders>().Any(b => StyleSheet.HasVisibleBorder(b));
        }

        /// <summary>Reads a layout table column by column, each cell's paragraphs as blocks of their own (as pdftotext reads such a page).</summary>
        private void ReadLayoutTable(Table t)
        {
            var rows = t.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();
            var columns = rows.Max(r => r.Count);
            var outer = _inLayoutTable;
            _inLayoutTable = true;
            for (var c = 0; c < columns; c++)
                foreach (var row in rows)
                    if (c < row.Count)
                        foreach (var el in row[c].ChildElements) ReadBlockElement(el);
            _inLayoutTable = outer;
        }

        private void AppendFootnotes()
        {
            AppendNotes(_footnoteRefs, _main.FootnotesPart?.Footnotes?.Elements<Footnote>()
                .Select(f => (f.Id?.Value, (OpenXmlElement)f)));
            AppendNotes(_endnoteRefs, _main.EndnotesPart?.Endnotes?.Elements<Endnote>()
                .Select(f => (f.Id?.Value, (OpenXmlElement)f)));
        }

        /// <summary>Adds a footnote block per reference, in the order the references appear, on the reference's page.</summary>
        private void AppendNotes(List<(string Label, long Id, int Page)> refs, IEnumerable<(long? Id, OpenXmlElement Note)>? notes)
        {
            if (notes is null || refs.Count == 0) return;
            var byId = notes.Where(n => n.Id is not null).GroupBy(n => n.Id!.Value).ToDictionary(g => g.Key, g => g.First().Note);
            foreach (var (label, id, page) in refs)
            {
                if (!byId.TryGetValue(id, out var note)) continue;
                var parts = note.Elements<Paragraph>()
                    .Select(p => CollapseSpaces(ParagraphText(p, countPageBreaks: false).Text))
                    .Where(s => s.Length > 0);
                var text = string.Join(" ", parts);
                if (text.Length > 0) _blocks.Add(new StructuredBlock(BlockKind.Footnote, text, page, Label: label));
            }
        }

        private static string CollapseSpaces(string s)
        {
            var sb = new StringBuilder(s.Length);
            var space = false;
            foreach (var c in s)
            {
                if (c is ' ' or '\t' or '\u00A0' or '\r' or '\n') { space = sb.Length > 0; continue; }
                if (space) { sb.Append(' '); space = false; }
                sb.Append(c);
            }
            return sb.ToString();
        }
    }
}
