using System.Buffers.Binary;

namespace DirectiveTracker.Ingest.Image;

/// <summary>The pages of a scanner's image and each page's size in pixels, read from the file's header alone.</summary>
public sealed record ImageHeader(string Kind, IReadOnlyList<(long Width, long Height)> Pages)
{
    /// <summary>The header of a JPEG, PNG or TIFF (every page of a multi-page TIFF), or null when it cannot be read.</summary>
    public static ImageHeader? Read(ReadOnlySpan<byte> b)
    {
        try
        {
            if (b.Length >= 24 && b[0] == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G')
                return new("PNG", [(BinaryPrimitives.ReadUInt32BigEndian(b[16..]), BinaryPrimitives.ReadUInt32BigEndian(b[20..]))]);
            if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xD8) return Jpeg(b);
            if (b.Length >= 8 && (b[0] == 'I' && b[1] == 'I' || b[0] == 'M' && b[1] == 'M')) return Tiff(b);
        }
        catch (ArgumentOutOfRangeException) { }
        return null;
    }

    private static ImageHeader? Jpeg(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF) { i++; continue; }
            var marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; }
            if (marker is 0xD8 or 0x01 || marker is >= 0xD0 and <= 0xD7) { i += 2; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            // Start-of-frame markers (all but DHT C4, JPG C8, DAC CC) carry the frame's height and width.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return new("JPEG", [(BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]))]);
            i += 2 + length;
        }
        return null;
    }

    private static ImageHeader? Tiff(ReadOnlySpan<byte> b)
    {
        var little = b[0] == 'I';
        uint U32(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);
        ushort U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        var pages = new List<(long, long)>();
        var seen = new HashSet<uint>();
        for (var ifd = U32(b[4..]); ifd != 0 && ifd + 2 < b.Length && seen.Add(ifd) && pages.Count < 10_000;)
        {
            var count = U16(b[(int)ifd..]);
            long width = 0, height = 0;
            for (var e = 0; e < count; e++)
            {
                var entry = b[((int)ifd + 2 + 12 * e)..];
                var tag = U16(entry);
                var type = U16(entry[2..]);
                long value = type == 3 ? U16(entry[8..]) : U32(entry[8..]);
                if (tag == 256) width = value;
                else if (tag == 257) height = value;
            }
            pages.Add((width, height));
            ifd = U32(b[((int)ifd + 2 + 12 * count)..]);
        }
        return pages.Count == 0 ? null : new("TIFF", pages);
    }
}
