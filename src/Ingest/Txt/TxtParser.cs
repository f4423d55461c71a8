using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Ingest.Txt;

/// <summary>Reads plain-text files in any encoding government offices produce; one page unless the text has form feeds.</summary>
public sealed class TxtParser : ISourceParser
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
        var parts = text.Split('\f').ToList();
        while (parts.Count > 1 && string.IsNullOrWhiteSpace(parts[^1])) parts.RemoveAt(parts.Count - 1);
        var pages = parts.Select((p, i) => new RawPage(i + 1, p, Ocr: false)).ToList();
        return Task.FromResult(new ParsedSource(pages, null, warnings));
    }
}
