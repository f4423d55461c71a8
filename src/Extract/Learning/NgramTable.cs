namespace DirectiveTracker.Extract.Learning;

/// <summary>
/// A model's n-grams by slot, looked up by a hash the caller computes as it scans the text (<see cref="Append"/>):
/// a bigram's hash comes from its two words' (<see cref="Pair"/>), so "a|b" is never written out, and no word is
/// hashed twice. A hash only finds candidates: every hit is checked against the n-gram's own text.
/// </summary>
/// <remarks>
/// <see cref="ClassifierFeatures"/> looks up every word, word pair and pattern token of every row the three models
/// read; with a dictionary, copying each pair and hashing each n-gram again was a third of the vector's cost.
/// </remarks>
internal sealed class NgramTable
{
    // The hash of c₀…cₙ₋₁ is Σ cᵢ·Primeⁿ⁻¹⁻ⁱ (mod 2⁶⁴): extended one char at a time, and joined in Pair.
    private const ulong Prime = 0x100000001B3;

    // A place's hash, slot and n-gram side by side: a look-up that finds no n-gram (most word pairs) reads one cache
    // line, where parallel arrays of hashes, slots and texts cost a miss in each (the category model's table is
    // megabytes). The n-gram's text, read only when the hash matches, is its length then its chars in one array
    // (_chars from Place.Gram): a string per n-gram cost a miss for its reference and another for its chars.
    private readonly Place[] _places;
    private readonly char[] _chars;
    private readonly int _shift;

    private struct Place
    {
        public ulong Hash;
        public int Slot; // -1: an empty place
        public int Gram; // where the n-gram stands in _chars
    }

    /// <summary>Whether an n-gram of <paramref name="length"/> chars fits a table (its length is held in one char).</summary>
    public static bool Holds(int length) => length <= char.MaxValue;

    /// <summary>A table of <paramref name="slots"/> (n-gram → slot); every n-gram must fit (<see cref="Holds"/>).</summary>
    public NgramTable(Dictionary<string, int> slots)
    {
        int size = 16;
        while (size < slots.Count * 2) size *= 2;
        _places = new Place[size];
        _chars = new char[slots.Sum(s => 1 + s.Key.Length)];
        Array.Fill(_places, new Place { Slot = -1 });
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        int at = 0;
        foreach (var (gram, slot) in slots)
        {
            if (!Holds(gram.Length)) throw new ArgumentException($"an n-gram of {gram.Length} chars", nameof(slots));
            ulong hash = Hash(gram);
            int i = PlaceOf(hash);
            while (_places[i].Slot >= 0) i = (i + 1) & (size - 1);
            _places[i] = new Place { Hash = hash, Slot = slot, Gram = at };
            _chars[at] = (char)gram.Length;
            gram.CopyTo(_chars.AsSpan(at + 1));
            at += 1 + gram.Length;
        }
    }

    /// <summary>The hash of a text of no chars, to <see cref="Append"/> to.</summary>
    public const ulong Empty = 0;

    /// <summary>The hash of a text with <paramref name="c"/> appended.</summary>
    public static ulong Append(ulong hash, char c) => hash * Prime + c;

    /// <summary>What a text's hash is multiplied by when a char is appended after it (<see cref="Pair"/> needs the second word's).</summary>
    public static ulong Power(ulong power) => power * Prime;

    /// <summary>The hash of "first|second", from the two words' hashes and the second word's <see cref="Power"/> (1 per char).</summary>
    public static ulong Pair(ulong first, ulong second, ulong secondPower) => Append(first, '|') * secondPower + second;

    private static ulong Hash(ReadOnlySpan<char> text)
    {
        ulong hash = Empty;
        foreach (char c in text) hash = Append(hash, c);
        return hash;
    }

    // Fibonacci hashing: the table's size is a power of two, and the product's top bits mix all of the hash's.
    private int PlaceOf(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);

    private ReadOnlySpan<char> Gram(in Place place) => _chars.AsSpan(place.Gram + 1, _chars[place.Gram]);

    /// <summary>The slot of the n-gram <paramref name="gram"/>, whose hash is <paramref name="hash"/>.</summary>
    public bool TryGet(ReadOnlySpan<char> gram, ulong hash, out int slot)
    {
        for (int i = PlaceOf(hash); ; i = (i + 1) & (_places.Length - 1))
        {
            ref readonly var place = ref _places[i];
            slot = place.Slot;
            if (slot < 0) return false;
            if (place.Hash == hash && Gram(place).SequenceEqual(gram)) return true;
        }
    }

    /// <summary>The slot of the bigram "first|second", whose hash is <paramref name="hash"/> (<see cref="Pair"/>).</summary>
    public bool TryGetPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ulong hash, out int slot)
    {
        for (int i = PlaceOf(hash); ; i = (i + 1) & (_places.Length - 1))
        {
            ref readonly var place = ref _places[i];
            slot = place.Slot;
            if (slot < 0) return false;
            if (place.Hash != hash) continue;
            var gram = Gram(place);
            if (gram.Length == first.Length + 1 + second.Length && gram[first.Length] == '|' &&
                gram.StartsWith(first) && gram.EndsWith(second)) return true;
        }
    }
}
