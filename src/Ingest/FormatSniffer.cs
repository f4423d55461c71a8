using System.IO.Compression;
using System.Text;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Ingest;

/// <summary>What the bytes of a file say it is, whatever its name says.</summary>
public enum SniffedKind
{
    Pdf, Docx, Zip, Text, Unknown,
    /// <summary>Word 97–2003 (an OLE compound file with a WordDocument stream).</summary>
    Doc,
    /// <summary>OpenDocument text (a zip whose mimetype is application/vnd.oasis.opendocument.text).</summary>
    Odt,
    Rtf,
    /// <summary>A scanner's image: JPEG, PNG or TIFF (possibly multi-page).</summary>
    Image,
    /// <summary>A spreadsheet or presentation (xlsx, xls, ods, pptx …): office files ingest does not read.</summary>
    OtherOffice,
    /// <summary>A program (ELF, Windows PE, script with a #! line).</summary>
    Executable,
    /// <summary>A compressed archive other than an office package (zip, gzip, 7z, rar).</summary>
    Archive,
}

/// <summary>Detects a file's format from its bytes (magic numbers, zip directory, decodability), never from its name.</summary>
public static class FormatSniffer
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] WordStream = Encoding.Unicode.GetBytes("WordDocument");
    private const string OdtMime = "application/vnd.oasis.opendocument.text";

    /// <summary>The kind of content in <paramref name="bytes"/>.</summary>
    public static SniffedKind Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return SniffedKind.Unknown;
        // Some writers put a few bytes of junk before %PDF-; the PDF spec lets readers look in the first 1 KB.
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf(PdfMagic) >= 0) return SniffedKind.Pdf;
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] is 3 or 5 or 7) return SniffZip(bytes.ToArray());
        if (bytes.StartsWith(OleMagic))
            return bytes.IndexOf(WordStream) >= 0 ? SniffedKind.Doc : SniffedKind.OtherOffice;
        if (bytes.StartsWith("{\\rtf"u8)) return SniffedKind.Rtf;
        if (IsImage(bytes)) return SniffedKind.Image;
        if (bytes.StartsWith("\u007FELF"u8) || bytes.StartsWith("MZ"u8) || bytes.StartsWith("#!"u8)) return SniffedKind.Executable;
        if (bytes.StartsWith(new byte[] { 0x1F, 0x8B }) || bytes.StartsWith(new byte[] { (byte)'7', (byte)'z', 0xBC, 0xAF })
            || bytes.StartsWith("Rar!"u8))
            return SniffedKind.Archive;
        return TextDecoder.LooksLikeText(bytes) ? SniffedKind.Text : SniffedKind.Unknown;
    }

    /// <summary>The source format to parse as, or null when the content is not one ingest reads.</summary>
    public static SourceFormat? ToFormat(SniffedKind kind) => kind switch
    {
        SniffedKind.Pdf => SourceFormat.Pdf,
        SniffedKind.Docx => SourceFormat.Docx,
        SniffedKind.Text => SourceFormat.Txt,
        SniffedKind.Doc => SourceFormat.Doc,
        SniffedKind.Odt => SourceFormat.Odt,
        SniffedKind.Rtf => SourceFormat.Rtf,
        SniffedKind.Image => SourceFormat.Image,
        _ => null,
    };

    /// <summary>Every extension ingest reads, with the format it claims (lower case, with the dot).</summary>
    public static readonly IReadOnlyDictionary<string, SourceFormat> Extensions = new Dictionary<string, SourceFormat>(StringComparer.Ordinal)
    {
        [".pdf"] = SourceFormat.Pdf,
        [".docx"] = SourceFormat.Docx,
        [".txt"] = SourceFormat.Txt, [".text"] = SourceFormat.Txt, [".md"] = SourceFormat.Txt,
        [".doc"] = SourceFormat.Doc,
        [".odt"] = SourceFormat.Odt,
        [".rtf"] = SourceFormat.Rtf,
        [".jpg"] = SourceFormat.Image, [".jpeg"] = SourceFormat.Image, [".png"] = SourceFormat.Image,
        [".tif"] = SourceFormat.Image, [".tiff"] = SourceFormat.Image,
    };

    /// <summary>The format a file name claims, or null for an extension ingest does not know.</summary>
    public static SourceFormat? FromExtension(string fileName) =>
        Extensions.TryGetValue(Path.GetExtension(fileName).ToLowerInvariant(), out var format) ? format : null;

    private static bool IsImage(ReadOnlySpan<byte> b) =>
        b.StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' })
        || b.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })
        || b.StartsWith("II*\0"u8) || b.StartsWith("MM\0*"u8);

    private static SniffedKind SniffZip(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null) return SniffedKind.Docx;
            if (zip.GetEntry("mimetype") is { Length: < 200 } mime)
            {
                using var reader = new StreamReader(mime.Open(), Encoding.ASCII);
                var type = reader.ReadToEnd().Trim();
                if (type is OdtMime or OdtMime + "-web") return SniffedKind.Odt;
                if (type.StartsWith("application/vnd.oasis.opendocument.", StringComparison.Ordinal)) return SniffedKind.OtherOffice;
            }
            if (zip.GetEntry("xl/workbook.xml") is not null || zip.GetEntry("ppt/presentation.xml") is not null)
                return SniffedKind.OtherOffice;
            return SniffedKind.Zip;
        }
        catch (InvalidDataException) { return SniffedKind.Zip; }
    }
}
