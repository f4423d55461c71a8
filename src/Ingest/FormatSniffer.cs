using System.IO.Compression;
using System.Text;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Ingest;

/// <summary>What the bytes of a file say it is, whatever its name says.</summary>
public enum SniffedKind { Pdf, Docx, Zip, Text, Unknown }

/// <summary>Detects a file's format from its bytes (magic numbers, zip directory, decodability), never from its name.</summary>
public static class FormatSniffer
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    /// <summary>The kind of content in <paramref name="bytes"/>.</summary>
    public static SniffedKind Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return SniffedKind.Unknown;
        // Some writers put a few bytes of junk before %PDF-; the PDF spec lets readers look in the first 1 KB.
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf(PdfMagic) >= 0) return SniffedKind.Pdf;
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] is 3 or 5 or 7)
            return HasWordDocument(bytes.ToArray()) ? SniffedKind.Docx : SniffedKind.Zip;
        return TextDecoder.LooksLikeText(bytes) ? SniffedKind.Text : SniffedKind.Unknown;
    }

    /// <summary>The source format to parse as, or null when the content is not one ingest reads.</summary>
    public static SourceFormat? ToFormat(SniffedKind kind) => kind switch
    {
        SniffedKind.Pdf => SourceFormat.Pdf,
        SniffedKind.Docx => SourceFormat.Docx,
        SniffedKind.Text => SourceFormat.Txt,
        _ => null,
    };

    /// <summary>The format a file name claims, or null for an extension ingest does not know.</summary>
    public static SourceFormat? FromExtension(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => SourceFormat.Pdf,
        ".docx" => SourceFormat.Docx,
        ".txt" or ".text" or ".md" => SourceFormat.Txt,
        _ => null,
    };

    private static bool HasWordDocument(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException) { return false; }
    }
}
