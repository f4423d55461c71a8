namespace DirectiveTracker.Ingest.Model;

/// <summary>The file formats ingest reads.</summary>
/// <remarks>Doc, Odt and Rtf are converted to DOCX by LibreOffice; Image is a scanner's JPEG, PNG or TIFF read by OCR.</remarks>
public enum SourceFormat { Txt, Docx, Pdf, Doc, Odt, Rtf, Image }

/// <summary>What ingest made of one uploaded file: clean text, its structure and what was noticed on the way.</summary>
/// <param name="SourceName">The file name as uploaded.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the uploaded bytes.</param>
/// <param name="Text">The clean, normalised text (display form); block offsets point into it.</param>
public sealed record IngestedDocument(
    string SourceName,
    string Sha256,
    SourceFormat Format,
    IReadOnlyList<PageInfo> Pages,
    IReadOnlyList<Block> Blocks,
    string Text,
    IReadOnlyList<IngestWarning> Warnings)
{
    /// <summary>Number of pages that were read by OCR.</summary>
    public int OcrPageCount => Pages.Count(p => p.Ocr);
}

/// <summary>One page of the source; TXT and DOCX are one logical page unless they carry page breaks.</summary>
public sealed record PageInfo(int Number, bool Ocr);

/// <summary>The kinds of structural piece in clean text.</summary>
public enum BlockKind { Heading, Paragraph, ListItem, Table, Footnote }

/// <summary>A structural piece of the clean text: a heading, paragraph, list item, table or footnote.</summary>
/// <param name="Text">The block's text as it stands in <see cref="IngestedDocument.Text"/> (for a list item, including its marker).</param>
/// <param name="Page">1-based page the block starts on.</param>
/// <param name="Start">Offset of the block's first character in the clean text.</param>
/// <param name="Length">Length of the block in the clean text.</param>
public sealed record Block(BlockKind Kind, string Text, int Page, int Start, int Length)
{
    /// <summary>List marker as written: "I.", "1.", "a)", "-", "+", "*"; null for other kinds.</summary>
    public string? Marker { get; init; }

    /// <summary>Table rows, each a list of cell texts; null for other kinds.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Rows { get; init; }

    /// <summary>Footnote label ("1", "*") for footnotes and for text that carries a footnote reference.</summary>
    public string? Label { get; init; }

    public int End => Start + Length;
}

/// <summary>Something ingest noticed and handled, for the user to know (e.g. a page was OCR'd).</summary>
/// <param name="Code">Stable short code: "ocr", "legacy-tcvn3", "legacy-vni", "windows-1258", "furniture-removed" …</param>
/// <param name="Message">Vietnamese text for users.</param>
public sealed record IngestWarning(string Code, string Message, int? Page = null);
