using System.Text;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// A text's accent-free lower-case form (<see cref="VietnameseText.Fold"/>) with a map back to the original,
/// so that grammars match on one spelling of every phrase but report offsets and phrases as written.
/// </summary>
internal sealed class FoldedText
{
    // The original index of each folded char, and its original exclusive end; both null when folding kept every char in
    // place (the common case), each folded char then standing at its own index.
    private readonly int[]? _start;
    private readonly int[]? _end;

    public string Original { get; }

    /// <summary>Folded, lower-case text; usually the same length as <see cref="Original"/>.</summary>
    public string Value { get; }

    // The deadline parser, the owner parser and the category rules fold the same task text one after the other.
    // A FoldedText never changes, so the last few of this thread are shared.
    private const int RecentLimit = 8;
    [ThreadStatic] private static FoldedText[]? _recent;
    [ThreadStatic] private static int _recentNext;

    /// <summary>The folded form of <paramref name="original"/>, shared with recent callers that folded the same text.</summary>
    public static FoldedText Of(string original)
    {
        original ??= string.Empty;
        var recent = _recent ??= new FoldedText[RecentLimit];
        foreach (var f in recent)
            if (f is not null && string.Equals(f.Original, original, StringComparison.Ordinal)) return f;
        var folded = new FoldedText(original);
        recent[_recentNext] = folded;
        _recentNext = (_recentNext + 1) % RecentLimit;
        return folded;
    }

    public FoldedText(string original)
    {
        Original = original ?? string.Empty;
        int n = Original.Length;
        if (FoldByTable(Original) is var (value, start, end))
        {
            (Value, _start, _end) = (value, start, end);
            return;
        }
        var sb = new StringBuilder(n);
        // Folding rarely changes the length: one slot per original char, grown if a segment ever folds longer.
        var starts = new int[n];
        var ends = new int[n];
        int count = 0;
        void Map(char c, int start, int end)
        {
            if (count == starts.Length)
            {
                Array.Resize(ref starts, Math.Max(4, count * 2));
                Array.Resize(ref ends, starts.Length);
            }
            sb.Append(c);
            starts[count] = start;
            ends[count++] = end;
        }

        int i = 0;
        while (i < n)
        {
            int segStart = i;
            bool ascii = Original[i] < 0x80;
            if (char.IsLetter(Original[i]))
            {
                i++;
                while (i < n && (char.IsLetter(Original[i]) ||
                       char.GetUnicodeCategory(Original[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
                {
                    ascii &= Original[i] < 0x80;
                    i++;
                }
            }
            else i++;
            int segLen = i - segStart;
            if (ascii)
            {
                // ASCII folds to itself: only the case changes, char for char (no allocation on the common path).
                for (int j = segStart; j < i; j++) Map(InvariantLower.Of(Original[j]), j, j + 1);
                continue;
            }
            if (FoldTable.Covers(Original.AsSpan(segStart, segLen)))
            {
                // Precomposed letters and punctuation fold char for char: the table answers without normalising.
                for (int j = segStart; j < i; j++)
                {
                    FoldTable.TryFold(Original[j], out char f);
                    if (f != FoldTable.Dropped) Map(f, j, j + 1);
                }
                continue;
            }
            string seg = Original.Substring(segStart, segLen);
            // Folding per segment keeps the map exact; a segment only changes length when it held
            // combining marks or zero-width characters.
            string folded = VietnameseText.Fold(seg).ToLowerInvariant();
            if (folded.Length == 1 && segLen == 1 && folded[0] == '\u00A0') folded = " ";
            for (int j = 0; j < folded.Length; j++)
            {
                if (folded.Length == segLen) Map(folded[j], segStart + j, segStart + j + 1);
                else Map(folded[j], segStart + Math.Min(j, segLen - 1),
                         j == folded.Length - 1 ? segStart + segLen : segStart + Math.Min(j + 1, segLen));
            }
        }
        Value = sb.ToString();
        _start = count == starts.Length ? starts : starts[..count];
        _end = count == ends.Length ? ends : ends[..count];
    }

    // A text the table covers folds char for char, as its segments below would (ASCII to its lower case, the rest by the
    // table), in one pass without a builder: nearly every text, and the whole document for the references. Null when a
    // character is not in the table. Nearly always every char folds to one in its place: the maps back are then the
    // identity and are not written (two ints a char of the whole document, for every text folded).
    private static (string Value, int[]? Start, int[]? End)? FoldByTable(string original)
    {
        var value = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, original.Length));
        try
        {
            bool dropped = false;
            for (int i = 0; i < original.Length; i++)
            {
                char c = original[i], f;
                if (c < 0x80) f = InvariantLower.Of(c);
                else if (!FoldTable.TryFold(c, out f)) return null;
                else if (f == FoldTable.Dropped) dropped = true;
                value[i] = f;
            }
            if (!dropped) return (new string(value, 0, original.Length), null, null);
            var starts = new int[original.Length];
            var ends = new int[original.Length];
            int count = 0;
            for (int i = 0; i < original.Length; i++)
            {
                if (value[i] == FoldTable.Dropped) continue;
                value[count] = value[i];
                starts[count] = i;
                ends[count++] = i + 1;
            }
            return (new string(value, 0, count), starts[..count], ends[..count]);
        }
        finally { System.Buffers.ArrayPool<char>.Shared.Return(value); }
    }

    /// <summary>Original index where the folded char at <paramref name="index"/> starts.</summary>
    public int OriginalStart(int index)
    {
        if (index >= Value.Length) return Original.Length;
        if (_start is not null) return _start[index];
        return index >= 0 ? index : throw new IndexOutOfRangeException("A folded index is never negative.");
    }

    /// <summary>
    /// The first folded index whose char starts at or after the original index <paramref name="original"/>
    /// (<see cref="Value"/>'s length when none does): where the key of the original text from there begins.
    /// </summary>
    /// <remarks>Original starts never decrease along the folded text, so this is a binary search, not a walk from the start.</remarks>
    public int FoldedIndex(int original)
    {
        if (_start is null) return Math.Clamp(original, 0, Value.Length);
        int lo = 0, hi = _start.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_start[mid] < original) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Original exclusive end for a folded exclusive end.</summary>
    public int OriginalEnd(int endExclusive) =>
        endExclusive <= 0 ? 0 : endExclusive > Value.Length ? Original.Length : _end is null ? endExclusive : _end[endExclusive - 1];

    /// <summary>The original text of a folded span, whitespace runs collapsed to one space.</summary>
    public string OriginalPhrase(int index, int length)
    {
        int s = OriginalStart(index), e = OriginalEnd(index + length);
        return CollapseSpaces(Original.Substring(s, Math.Max(0, e - s)));
    }

    /// <summary>The words of <paramref name="s"/> joined by single spaces: every whitespace run one space, none at the ends.</summary>
    internal static string CollapseSpaces(string s)
    {
        if (IsCollapsed(s)) return s;
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0') { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    // Most texts are collapsed already (words and single spaces): they are returned as they are, not copied.
    private static bool IsCollapsed(string s)
    {
        if (s.Length == 0) return true;
        if (s[0] == ' ' || s[^1] == ' ') return false;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == ' ') { if (s[i + 1] == ' ') return false; }
            else if (char.IsWhiteSpace(s[i])) return false;
        }
        return true;
    }
}
