namespace DirectiveTracker.Index.Search;

/// <summary>
/// An index entry's distinct terms per FTS5 column, as term dictionary ids: what ranking needs to know of a candidate
/// (does this term occur in that column?) in one read, instead of one FTS5 lookup per phrase and column.
/// Layout: per column, the count of ids then the ids ascending, delta-coded, as LEB128 varints.
/// </summary>
public static class TermVector
{
    /// <summary>Encodes the columns' term ids (any order, duplicates allowed).</summary>
    public static byte[] Encode(IReadOnlyList<IEnumerable<long>> columns)
    {
        var bytes = new List<byte>(256);
        foreach (var column in columns)
        {
            var ids = column.Distinct().Order().ToList();
            Write(bytes, ids.Count);
            long previous = 0;
            foreach (var id in ids)
            {
                Write(bytes, id - previous);
                previous = id;
            }
        }
        return [.. bytes];
    }

    private static void Write(List<byte> bytes, long value)
    {
        ulong v = (ulong)value;
        while (v >= 0x80)
        {
            bytes.Add((byte)(v | 0x80));
            v >>= 7;
        }
        bytes.Add((byte)v);
    }

    internal static long Read(ReadOnlySpan<byte> blob, ref int at)
    {
        ulong v = 0;
        int shift = 0;
        while (at < blob.Length)
        {
            byte b = blob[at++];
            v |= (ulong)(b & 0x7f) << shift;
            if ((b & 0x80) == 0) break;
            shift += 7;
        }
        return (long)v;
    }
}

/// <summary>Decodes one <see cref="TermVector"/> at a time into reused buffers and answers whether a column holds a term.</summary>
public sealed class TermVectorReader(int columns)
{
    private long[] _ids = new long[512];
    private readonly int[] _start = new int[columns + 1];

    /// <summary>Loads a vector; false when it is malformed (then it holds no terms).</summary>
    public bool Load(ReadOnlySpan<byte> blob)
    {
        int at = 0, n = 0;
        for (int c = 0; c < _start.Length - 1; c++)
        {
            _start[c] = n;
            long count = at < blob.Length ? TermVector.Read(blob, ref at) : 0;
            if (count < 0 || count > blob.Length) { Array.Clear(_start); return false; }
            if (n + count > _ids.Length) Array.Resize(ref _ids, Math.Max(_ids.Length * 2, n + (int)count));
            var ids = _ids;
            long id = 0;
            for (int i = 0; i < count; i++)
            {
                // Most deltas fit one byte: decoded inline (this loop runs for every term of a thousand candidates).
                if (at < blob.Length && blob[at] < 0x80) id += blob[at++];
                else id += TermVector.Read(blob, ref at);
                ids[n++] = id;
            }
        }
        _start[^1] = n;
        return true;
    }

    /// <summary>Whether column <paramref name="column"/> holds any of <paramref name="ids"/>.</summary>
    public bool ContainsAny(int column, ReadOnlySpan<long> ids)
    {
        var span = _ids.AsSpan(_start[column], _start[column + 1] - _start[column]);
        foreach (var id in ids)
            if (span.BinarySearch(id) >= 0) return true;
        return false;
    }
}
