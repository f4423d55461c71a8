using System.Security.Cryptography;
using DirectiveTracker.Ingest.Layout;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DirectiveTracker.Ingest;

/// <summary>
/// The ingest stage: one uploaded file in, one <see cref="IngestedDocument"/> out — or an <see cref="IngestException"/>
/// naming the file and the reason (Vietnamese for users, English in logs), never a partial result.
/// </summary>
/// <remarks>
/// How a file goes through ingest:
/// 1. Size check before reading (<see cref="IngestOptions.MaxFileBytes"/>), then the bytes are read whole and hashed (SHA-256).
/// 2. <see cref="FormatSniffer"/> decides the format from the bytes (%PDF-, zip with word/document.xml, decodable text).
///    A name that lies is tolerated with an "extension-mismatch" warning (a .pdf that is text is read as text),
///    except a .docx that is not a Word zip, which is refused. Empty files and binary junk are refused.
/// 3. The parser registered for the format runs (<see cref="ISourceParser"/>; TXT here, DOCX and PDF/OCR in their own
///    parsers). TXT decoding handles BOMs, UTF-16, UTF-8, windows-1258 and the legacy TCVN3/VNI font encodings.
/// 4. Text-like sources return raw pages, repaired by <see cref="LayoutRepair"/>: conversion debris removed, page
///    furniture (running headers, page numbers, signature stamps) dropped, footnotes moved after the body,
///    soft-wrapped lines joined, list markers recognised. Structured sources (DOCX) return blocks directly.
/// 5. <see cref="BlockLayout"/> normalises every block (<c>VietnameseText.Normalize</c>) and lays them out into the clean
///    text with offsets; blocks are separated by "\n", footnotes last.
/// Unexpected parser failures become <see cref="IngestErrorCode.Corrupt"/> with the file name.
/// </remarks>
public sealed class DocumentIngestor : IDocumentIngestor
{
    private readonly IngestOptions _options;
    private readonly IReadOnlyList<ISourceParser> _parsers;
    private readonly ILogger<DocumentIngestor> _logger;
    private readonly LayoutRepair _layout = new();

    public DocumentIngestor(IngestOptions options, IEnumerable<ISourceParser> parsers, ILogger<DocumentIngestor>? logger = null)
    {
        _options = options;
        _parsers = parsers.ToList();
        _logger = logger ?? NullLogger<DocumentIngestor>.Instance;
    }

    /// <summary>Told of pages read while a slow source (a scan read by OCR) is parsed.</summary>
    public IProgress<PageProgress>? PageProgress { get; init; }

    public async Task<IngestedDocument> IngestAsync(string path, CancellationToken ct = default)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw Refused(IngestErrors.Unreadable(name, "file not found"));
            if (info.Length > _options.MaxFileBytes) throw Refused(IngestErrors.TooLarge(name, info.Length, _options.MaxFileBytes));
            bytes = await File.ReadAllBytesAsync(path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refused(IngestErrors.Unreadable(name, e.Message, e));
        }
        return await IngestBytesAsync(bytes, name, ct);
    }

    public async Task<IngestedDocument> IngestAsync(Stream content, string fileName, CancellationToken ct = default)
    {
        var name = Path.GetFileName(fileName);
        if (content.CanSeek && content.Length - content.Position > _options.MaxFileBytes)
            throw Refused(IngestErrors.TooLarge(name, content.Length - content.Position, _options.MaxFileBytes));
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > _options.MaxFileBytes)
                throw Refused(IngestErrors.TooLarge(name, buffer.Length + read, _options.MaxFileBytes));
            buffer.Write(chunk, 0, read);
        }
        return await IngestBytesAsync(buffer.ToArray(), name, ct);
    }

    private async Task<IngestedDocument> IngestBytesAsync(byte[] bytes, string name, CancellationToken ct)
    {
        if (bytes.Length == 0) throw Refused(IngestErrors.Empty(name));
        if (bytes.Length > _options.MaxFileBytes) throw Refused(IngestErrors.TooLarge(name, bytes.Length, _options.MaxFileBytes));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var warnings = new List<IngestWarning>();
        var format = DecideFormat(bytes, name, warnings);

        var parser = _parsers.FirstOrDefault(p => p.Format == format)
            ?? throw Refused(new IngestException(name, IngestErrorCode.UnknownType,
                $"chưa hỗ trợ đọc tệp {format.ToString().ToUpperInvariant()} trong cấu hình này.",
                $"no parser registered for {format}"));

        // One budget of time for the whole file: tools, decoding and layout repair together.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(_options.MaxTimePerFile);
        ParsedSource parsed;
        IReadOnlyList<StructuredBlock> structured;
        try
        {
            try { parsed = await parser.ParseAsync(new SourceFile(name, bytes, format, PageProgress) { MaxPages = _options.MaxPages }, budget.Token); }
            catch (IngestException e) { throw Refused(e); }
            catch (OperationCanceledException) { throw; }
            catch (Exception e)
            {
                throw Refused(IngestErrors.Corrupt(name, $"{parser.GetType().Name} failed: {e.GetType().Name}: {e.Message}", e));
            }
            warnings.AddRange(parsed.Warnings);
            CheckSize(name, parsed);

            if (parsed.Blocks is not null) structured = parsed.Blocks;
            else
            {
                var (blocks, layoutWarnings) = _layout.Repair(parsed.Pages, budget.Token);
                structured = blocks;
                warnings.AddRange(layoutWarnings);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw Refused(IngestErrors.LimitExceeded(name, nameof(IngestOptions.MaxTimePerFile),
                $"đọc tệp quá thời gian cho phép ({_options.MaxTimePerFile.TotalSeconds:0} giây).",
                $"ingest took longer than {_options.MaxTimePerFile.TotalSeconds:0.#} s"));
        }
        var (text, laidOut) = BlockLayout.Compose(structured);
        if (laidOut.Count == 0)
        {
            // Pages that all came out blank (a scan of empty sheets) are not an empty file: say so.
            if (parsed.Pages.Count > 1 || format == SourceFormat.Pdf)
                throw Refused(IngestErrors.BlankPages(name, parsed.Pages.Count, parsed.Pages.Count(p => p.Ocr)));
            throw Refused(IngestErrors.Empty(name));
        }

        var pages = parsed.Pages.Count > 0
            ? parsed.Pages.Select(p => new PageInfo(p.Number, p.Ocr)).ToList()
            : Enumerable.Range(1, laidOut.Max(b => b.Page)).Select(n => new PageInfo(n, false)).ToList();
        _logger.LogInformation("Ingested {File}: {Format}, {Pages} pages, {Blocks} blocks, {Warnings} warnings",
            name, format, pages.Count, laidOut.Count, warnings.Count);
        return new IngestedDocument(name, sha, format, pages, laidOut, text, warnings);
    }

    /// <summary>Refuses a parse whose pages, characters or words are over the configured limits, before layout repair.</summary>
    private void CheckSize(string name, ParsedSource parsed)
    {
        int pages = parsed.Pages.Count;
        if (pages > _options.MaxPages) throw Refused(IngestErrors.TooManyPages(name, pages, _options.MaxPages));
        var texts = parsed.Blocks?.Select(b => b.Text) ?? parsed.Pages.Select(p => p.Text);
        long chars = 0, words = 0;
        foreach (var t in texts)
        {
            chars += t.Length;
            if (chars > _options.MaxTextChars)
                throw Refused(IngestErrors.LimitExceeded(name, nameof(IngestOptions.MaxTextChars),
                    $"nội dung chữ của tệp vượt giới hạn {Thousands(_options.MaxTextChars)} ký tự.",
                    $"text longer than {_options.MaxTextChars} characters"));
            words += VietnameseText.WordCount(t);
        }
        if (words > _options.MaxWordsPerDocument)
            throw Refused(IngestErrors.LimitExceeded(name, nameof(IngestOptions.MaxWordsPerDocument),
                $"tệp có {Thousands(words)} từ, vượt giới hạn {Thousands(_options.MaxWordsPerDocument)} từ cho một văn bản.",
                $"{words} words, over {_options.MaxWordsPerDocument}"));
    }

    /// <summary>1.000.000: the Vietnamese thousands separator, whatever the machine's culture.</summary>
    private static string Thousands(long n) =>
        n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>The format to parse by: the content's, checked against what the name claims.</summary>
    private SourceFormat DecideFormat(byte[] bytes, string name, List<IngestWarning> warnings)
    {
        var kind = FormatSniffer.Sniff(bytes);
        var claimed = FormatSniffer.FromExtension(name);
        var extension = Path.GetExtension(name);
        var actual = FormatSniffer.ToFormat(kind);
        if (claimed == SourceFormat.Docx && actual != SourceFormat.Docx)
        {
            // A .docx must be a Word zip: anything else under that name is refused, not guessed at.
            throw Refused(kind == SniffedKind.Zip
                ? IngestErrors.Corrupt(name, "zip archive without word/document.xml")
                : IngestErrors.ExtensionMismatch(name, extension, Describe(kind)));
        }
        if (actual is null)
            throw Refused(kind == SniffedKind.Unknown ? IngestErrors.UnknownType(name) : IngestErrors.UnsupportedType(name, Describe(kind), kind.ToString()));
        if (claimed is not null && claimed != actual)
            warnings.Add(new IngestWarning("extension-mismatch",
                $"Tệp có phần mở rộng \"{extension}\" nhưng nội dung là {Describe(kind)}; đã đọc theo nội dung thật."));
        return actual.Value;
    }

    private static string Describe(SniffedKind kind) => kind switch
    {
        SniffedKind.Pdf => "PDF",
        SniffedKind.Docx => "DOCX",
        SniffedKind.Zip => "tệp nén ZIP",
        SniffedKind.Archive => "tệp nén",
        SniffedKind.Executable => "tệp chương trình",
        SniffedKind.OtherOffice => "bảng tính hoặc trình chiếu",
        SniffedKind.Doc => "Word 97–2003 (DOC)",
        SniffedKind.Odt => "OpenDocument (ODT)",
        SniffedKind.Rtf => "RTF",
        SniffedKind.Image => "ảnh",
        SniffedKind.Text => "văn bản thuần (TXT)",
        _ => "dữ liệu không nhận dạng được",
    };

    private IngestException Refused(IngestException e)
    {
        _logger.LogWarning(e.InnerException, "Refused {File} ({Code}): {Reason}", e.FileName, e.Code, e.Message);
        return e;
    }
}
