using System.IO.Compression;

namespace DirectiveTracker.Ingest.Docx;

/// <summary>
/// Refuses zip packages (DOCX) that are not zips or would inflate past a size cap, before any XML is parsed.
/// </summary>
/// <remarks>
/// Checks the sizes the central directory declares, then inflates every entry counting the bytes that really
/// come out, because a crafted header can declare a small size for a huge stream.
/// </remarks>
public sealed class PackageSizeGuard(long maxUncompressedBytes, int maxEntries = 10_000)
{
    private static ReadOnlySpan<byte> ZipMagic => "PK\u0003\u0004"u8;

    /// <exception cref="IngestException">Corrupt when the bytes are not a readable zip; ZipBomb when the cap is exceeded.</exception>
    public void Check(string fileName, byte[] bytes)
    {
        if (bytes.Length < 4 || !bytes.AsSpan(0, 4).SequenceEqual(ZipMagic))
            throw NotAZip(fileName, "no zip signature");
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > maxEntries)
                throw Bomb(fileName, $"{zip.Entries.Count} entries (cap {maxEntries})");
            long declared = 0;
            foreach (var e in zip.Entries)
            {
                declared += e.Length;
                if (declared > maxUncompressedBytes)
                    throw Bomb(fileName, $"declared uncompressed size exceeds {maxUncompressedBytes} bytes");
            }

            CountInflatedBytes(fileName, zip.Entries.Select(e => (Func<Stream>)e.Open), declared);
        }
        catch (InvalidDataException e) { throw NotAZip(fileName, e.Message, e); }
        catch (NotSupportedException e) { throw NotAZip(fileName, e.Message, e); }
    }

    /// <summary>Inflates each entry, counting the bytes that really come out, and stops at the cap.</summary>
    /// <remarks>.NET's zip reader already stops an entry at its declared size; counting keeps the cap true
    /// whatever reader sits underneath.</remarks>
    internal void CountInflatedBytes(string fileName, IEnumerable<Func<Stream>> entries, long declared)
    {
        long actual = 0;
        var buffer = new byte[81920];
        foreach (var open in entries)
        {
            using var s = open();
            int n;
            while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
            {
                actual += n;
                if (actual > maxUncompressedBytes)
                    throw Bomb(fileName, $"entries inflate past {maxUncompressedBytes} bytes (headers declared {declared})");
            }
        }
    }

    private static IngestException NotAZip(string fileName, string why, Exception? inner = null) =>
        new(fileName, IngestErrorCode.Corrupt,
            "Tệp DOCX bị hỏng hoặc không phải tệp Word hợp lệ; vui lòng lưu lại tệp bằng Word rồi tải lên lại.",
            $"not a readable DOCX zip package: {why}", inner);

    private static IngestException Bomb(string fileName, string why) =>
        new(fileName, IngestErrorCode.ZipBomb,
            "Tệp DOCX giải nén ra quá lớn nên bị từ chối để bảo vệ hệ thống.",
            $"zip bomb refused: {why}");
}
