namespace DirectiveTracker.Web.Progress;

/// <summary>
/// The attachment types accepted (evidence of work: documents, spreadsheets, scans, photos): by extension, with the
/// content type served and the bytes a real file of that type starts with, so a renamed file is refused.
/// </summary>
public static class AttachmentTypes
{
    private sealed record Kind(string ContentType, byte[]? Magic);

    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();

    private static readonly Dictionary<string, Kind> ByExtension = new(StringComparer.Ordinal)
    {
        [".pdf"] = new("application/pdf", "%PDF-"u8.ToArray()),
        [".docx"] = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        [".png"] = new("image/png", [0x89, 0x50, 0x4E, 0x47]),
        [".jpg"] = new("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = new("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".txt"] = new("text/plain; charset=utf-8", null),
    };

    /// <summary>"PDF, DOCX, …" for messages.</summary>
    public static string Names => string.Join(", ", ByExtension.Keys.Select(e => e[1..].ToUpperInvariant()));

    public static string Accept => string.Join(",", ByExtension.Keys);

    /// <summary>True when the name's extension is accepted and the first bytes fit it (text: no NUL byte).</summary>
    public static bool Fits(string name, ReadOnlySpan<byte> head)
    {
        if (!ByExtension.TryGetValue(Path.GetExtension(name).ToLowerInvariant(), out var kind)) return false;
        return kind.Magic is { } magic ? head.StartsWith(magic) : !head.Contains((byte)0);
    }

    public static string ContentType(string name) =>
        ByExtension.TryGetValue(Path.GetExtension(name).ToLowerInvariant(), out var kind) ? kind.ContentType : "application/octet-stream";
}
