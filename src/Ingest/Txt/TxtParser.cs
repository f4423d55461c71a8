using System.Text.RegularExpressions;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Ingest.Txt;

/// <summary>
/// Reads plain-text files in any encoding government offices produce; one page unless the text has form feeds or page
/// markers that an OCR or converter wrote on lines of their own ("--- PAGE BREAK ---", "=== Trang 3 ===").
/// </summary>
public sealed partial class TxtParser : ISourceParser
{
    public SourceFormat Format => SourceFormat.Txt;

    public Task<ParsedSource> ParseAsync(SourceFile file, CancellationToken ct)
    {
        var decoded = TextDecoder.Decode(file.Bytes);
        var warnings = new List<IngestWarning>();
        if (decoded.InvalidBytes > 0)
            warnings.Add(new("utf8-invalid-bytes",
                $"Tệp là văn bản UTF-8 nhưng có {decoded.InvalidBytes} chỗ byte không hợp lệ; các chỗ đó được thay bằng ký tự \uFFFD (�)."));
        switch (decoded.Encoding)
        {
            case TextEncodingKind.Windows1258:
                warnings.Add(new("windows-1258", "Tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258."));
                break;
            case TextEncodingKind.Tcvn3:
                warnings.Add(new("legacy-tcvn3", "Văn bản gõ bằng bảng mã TCVN3 (ABC, phông .VnTime) đã được chuyển sang Unicode."));
                break;
            case TextEncodingKind.Vni:
                warnings.Add(new("legacy-vni", "Văn bản gõ bằng bảng mã VNI (phông VNI-Times) đã được chuyển sang Unicode."));
                break;
        }
        var text = VietnameseText.Normalize(decoded.Text);
        // A page marker ends a page like a form feed: a paragraph or list item it falls inside goes on after it.
        text = PageMarkerLine().Replace(text, "\f");
        var parts = text.Split('\f').ToList();
        while (parts.Count > 1 && string.IsNullOrWhiteSpace(parts[^1])) parts.RemoveAt(parts.Count - 1);
        var pages = parts.Select((p, i) => new RawPage(i + 1, p, Ocr: false)).ToList();
        return Task.FromResult(new ParsedSource(pages, null, warnings));
    }

    // "--- PAGE BREAK ---", "--- Page 3 ---", "=== Trang 3 ===": a marker between runs of dashes or equals signs, alone on its line.
    [GeneratedRegex(@"^[ \t]*(?:-{3,}|={3,})[ \t]*(?:PAGE[ \t]+BREAK|PAGE[ \t]+\d{1,4}|TRANG[ \t]+\d{1,4})[ \t]*(?:-{3,}|={3,})[ \t]*\r?$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageMarkerLine();
}
