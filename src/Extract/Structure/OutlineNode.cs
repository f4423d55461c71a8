namespace DirectiveTracker.Extract.Structure;

/// <summary>One list item of the body (section, item, sub-item, bullet or responsibility line) with what belongs to it.</summary>
public sealed class OutlineNode(ListMarker marker, string text)
{
    public ListMarker Marker { get; } = marker;

    /// <summary>The item's own text, without its marker.</summary>
    public string Text { get; private set; } = text;

    /// <summary>Adds the rest of a heading that a line break split in two ("4. Sở" / "Tư pháp").</summary>
    internal void ContinueHeading(string rest) => Text = Text + " " + rest;

    /// <summary>Unmarked paragraphs that follow the item before the next item: its continuation.</summary>
    public List<string> Continuations { get; } = [];

    /// <summary>Nested items and responsibility (<c>*</c>) lines, in document order.</summary>
    public List<OutlineNode> Children { get; } = [];

    public bool IsResponsibility => Marker.Kind == MarkerKind.Star;

    /// <summary>Nested list items, without responsibility lines.</summary>
    public IEnumerable<OutlineNode> Items => Children.Where(c => !c.IsResponsibility);

    /// <summary>The item has nested list items (responsibility lines aside): asked of every item, without enumerating <see cref="Items"/>.</summary>
    public bool HasItems => Children.Exists(c => !c.IsResponsibility);

    /// <summary>The text with its continuations, joined into one paragraph.</summary>
    public string FullText => Continuations.Count == 0 ? Text : BodyText.JoinParagraphs(Continuations.Prepend(Text));

    public override string ToString() => $"{Marker.Text} {Text}";
}

/// <summary>A table of the body or of an appendix, with where it stands.</summary>
/// <param name="Appendix">1-based appendix number when the table follows a "Phụ lục" heading, else 0.</param>
/// <param name="Section">Label of the body section the table stands in ("II"), or empty.</param>
public sealed record OutlineTable(IReadOnlyList<IReadOnlyList<string>> Rows, int Appendix, string Section);

/// <summary>The body of a document as an outline: preamble paragraphs, top-level items and tables.</summary>
public sealed class Outline
{
    /// <summary>Paragraphs of the body before the first list item (opening sentences, "… yêu cầu:" intros).</summary>
    public List<string> Preamble { get; } = [];

    /// <summary>The recipients a letter lists under "Kính gửi:" (one per bullet): who receives it, not tasks.</summary>
    public List<string> Addressees { get; } = [];

    /// <summary>Top-level items: Roman sections when the document has them, else its top-level items.</summary>
    public List<OutlineNode> Roots { get; } = [];

    public List<OutlineTable> Tables { get; } = [];

    /// <summary>Appendix lines outside real tables (a PDF table flattened to one cell fragment per line), by appendix number.</summary>
    public SortedDictionary<int, List<string>> AppendixLines { get; } = [];

    public bool HasSections => Roots.Any(r => r.Marker.Kind is MarkerKind.Roman or MarkerKind.Part);
}
