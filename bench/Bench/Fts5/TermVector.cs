// The FTS5 store as it was before search moved to Lucene (issue 9), kept to compare the two in one run.
using DirectiveTracker.Index;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
namespace DirectiveTracker.Bench.Fts5;

/// <summary>
/// An index entry's distinct terms per FTS5 column, as term dictionary ids: what ranking needs to know of a candidate
/// (does this term occur in that column?) in one read, instead of one FTS5 lookup per phrase and column.
/// Layout: per column, the count of ids then the ids ascending, delta-coded, as LEB128 varints.
/// </summary>
public static class TermVector
{
    /// <summary>Encodes the columns' term ids (any order, duplicates allowed).</summary>
    public static byte[] Encode(IReadOnlyList<IReadOnlyList<long>> columns)
    {
        int total = 0;
        foreach (var column in columns) total += column.Count;
        var buffer = new byte[(total + columns.Count) * 10];
        var ids = new long[total];
        int at = 0;
        foreach (var column in columns)
        {
            // Sorted, duplicates dropped in place.
            for (int i = 0; i < column.Count; i++) ids[i] = column[i];
            var span = ids.AsSpan(0, column.Count);
            span.Sort();
            int n = 0;
            for (int i = 0; i < span.Length; i++)
                if (n == 0 || span[i] != span[n - 1]) span[n++] = span[i];
            Write(buffer, ref at, n);
            long previous = 0;
            for (int i = 0; i < n; i++)
            {
                Write(buffer, ref at, span[i] - previous);
                previous = span[i];
            }
        }
        return buffer[..at];
    }

    private static void Write(byte[] buffer, ref int at, long value)
    {
        ulong v = (ulong)value;
        while (v >= 0x80)
        {
            buffer[at++] = (byte)(v | 0x80);
            v >>= 7;
        }
        buffer[at++] = (byte)v;
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
