using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest;

/// <summary>One format's parser (Paperless-style): raw bytes of a detected format in, raw pages or ready blocks out.</summary>
/// <remarks>
/// Text-like sources (TXT, PDF, OCR) return <see cref="ParsedSource.Pages"/> and leave layout repair to the
/// shared <c>LayoutRepair</c> stage; sources that carry their own structure (DOCX) return
/// <see cref="ParsedSource.Blocks"/> and skip it.
/// </remarks>
public interface ISourceParser
{
    SourceFormat Format { get; }

    Task<ParsedSource> ParseAsync(SourceFile file, CancellationToken ct);
}

/// <summary>An uploaded file held in memory for parsing, with its detected format.</summary>
/// <param name="Progress">Told of pages read, when a parser reads pages slowly (OCR).</param>
public sealed record SourceFile(string FileName, byte[] Bytes, SourceFormat Format, IProgress<PageProgress>? Progress = null)
{
    /// <summary>Most pages accepted; a parser that counts pages before slow work (OCR) refuses more right away.</summary>
    public int MaxPages { get; init; } = int.MaxValue;

    /// <summary>Refuses <paramref name="pages"/> over <see cref="MaxPages"/>, naming the limit.</summary>
    public void CheckPageCount(int pages)
    {
        if (pages > MaxPages) throw IngestErrors.TooManyPages(FileName, pages, MaxPages);
    }
}

/// <summary>Raw text of one page before layout repair.</summary>
public sealed record RawPage(int Number, string Text, bool Ocr)
{
    /// <summary>Each line's font size, weight and place, one per line of <see cref="Text"/>, when the source knows them (a PDF's text layer).</summary>
    public IReadOnlyList<Layout.LineStyle>? Styles { get; init; }
}

/// <summary>What a parser read: raw pages for layout repair, or structured blocks (text not yet joined).</summary>
public sealed record ParsedSource(
    IReadOnlyList<RawPage> Pages,
    IReadOnlyList<StructuredBlock>? Blocks,
    IReadOnlyList<IngestWarning> Warnings);

/// <summary>A block as a structured source gives it, before offsets in the clean text are known.</summary>
public sealed record StructuredBlock(BlockKind Kind, string Text, int Page, string? Marker = null,
    IReadOnlyList<IReadOnlyList<string>>? Rows = null, string? Label = null);
