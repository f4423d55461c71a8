namespace DirectiveTracker.Extract.Learning;

/// <summary>
/// A model's char n-grams by slot: the n chars of its normalised text in a row, the text between a start (U+0002) and an
/// end (U+0003) marker, as ML.NET's char tokeniser and n-gram counter give them. Each n-gram of up to four UTF-16 units
/// is one 64-bit key, so looking one up hashes no string.
/// </summary>
internal sealed class CharGrams
{
    /// <summary>The prefix ML.NET gives the char n-grams' slot names in a column that also holds words.</summary>
    public const string Kind = "Char.";

    private const char StartMarker = '\u0002', EndMarker = '\u0003';
    private const int Longest = 4;

    private readonly Dictionary<ulong, int> _slots;
    private readonly int _length;

    private CharGrams(Dictionary<ulong, int> slots, int length)
    {
        _slots = slots;
        _length = length;
        End = slots.Values.Max() + 1;
    }

    /// <summary>One past the last slot of the n-grams.</summary>
    public int End { get; }

    /// <summary>
    /// The n-grams of slot names such as "Char.&lt;␂&gt;|t|ă|n" (a control char or space is named by its picture in angle
    /// brackets); null when a name does not read so, the n-grams differ in length or are longer than four chars.
    /// </summary>
    public static CharGrams? Of(IReadOnlyDictionary<string, int> names)
    {
        var slots = new Dictionary<ulong, int>(names.Count);
        int length = 0;
        foreach (var (name, slot) in names)
        {
            if (Key(name.AsSpan(Kind.Length)) is not { } key || (length != 0 && key.Length != length) || !slots.TryAdd(key.Key, slot)) return null;
            length = key.Length;
        }
        return length == 0 ? null : new CharGrams(slots, length);
    }

    // "a|<␠>|b|c" → the four units packed into a key, the first in the highest bits.
    private static (ulong Key, int Length)? Key(ReadOnlySpan<char> name)
    {
        ulong key = 0;
        int length = 0, i = 0;
        while (i < name.Length)
        {
            if (length > 0)
            {
                if (name[i] != '|') return null;
                i++;
            }
            if (length == Longest || i >= name.Length) return null;
            char c;
            if (name[i] == '<' && i + 2 < name.Length && name[i + 2] == '>' && Unpictured(name[i + 1]) is { } control)
            {
                c = control;
                i += 3;
            }
            else c = name[i++];
            key = (key << 16) | c;
            length++;
        }
        return length == 0 ? null : (key, length);
    }

    // The char a control picture stands for (U+2400–U+2420 for U+0000–U+0020, U+2421 for U+007F); null for any other.
    private static char? Unpictured(char picture) => picture switch
    {
        >= '\u2400' and <= '\u2420' => (char)(picture - '\u2400'),
        '\u2421' => '\u007F',
        _ => null,
    };

    /// <summary>Counts the n-grams of a normalised text, between its markers, that the model knows.</summary>
    public void Count(ReadOnlySpan<char> normalized, SlotCounts counts)
    {
        int total = normalized.Length + 2;
        if (total < _length) return;
        ulong mask = _length == Longest ? ulong.MaxValue : (1UL << (16 * _length)) - 1;
        ulong key = 0;
        for (int i = 0; i < total; i++)
        {
            char c = i == 0 ? StartMarker : i == total - 1 ? EndMarker : normalized[i - 1];
            key = ((key << 16) | c) & mask;
            if (i >= _length - 1 && _slots.TryGetValue(key, out int slot)) counts.Add(slot);
        }
    }
}
