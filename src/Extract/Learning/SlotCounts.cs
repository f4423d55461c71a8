namespace DirectiveTracker.Extract.Learning;

/// <summary>
/// How often each slot of a feature vector was found, read back in ascending slot order without sorting: a count
/// per slot, a bit per slot found, and a bit per 64 slots with any found. Scratch for one thread, cleared as it is read.
/// </summary>
/// <remarks>Sorting the 60 to 100 slots of each row took a third of building its vector; walking the bits takes a few words.</remarks>
internal sealed class SlotCounts
{
    [ThreadStatic] private static SlotCounts? t_counts;

    private int[] _counts = [];
    private ulong[] _found = [];   // bit s % 64 of word s / 64: slot s was found
    private ulong[] _blocks = [];  // bit b % 64 of word b / 64: _found[b] is not zero
    private int _distinct;

    /// <summary>This thread's counts, empty, for vectors of up to <paramref name="length"/> slots.</summary>
    public static SlotCounts ForThread(int length)
    {
        var counts = t_counts ??= new SlotCounts();
        if (counts._counts.Length < length)
        {
            counts._counts = new int[length];
            counts._found = new ulong[(length + 63) / 64];
            counts._blocks = new ulong[(counts._found.Length + 63) / 64];
        }
        else if (counts._distinct > 0)
        {
            // A row left unread (its vector threw): its counts must not add to the next row's.
            Array.Clear(counts._counts);
            Array.Clear(counts._found);
            Array.Clear(counts._blocks);
            counts._distinct = 0;
        }
        return counts;
    }

    /// <summary>How many slots were found.</summary>
    public int Distinct => _distinct;

    public void Add(int slot)
    {
        if (_counts[slot]++ > 0) return;
        _distinct++;
        _found[slot >> 6] |= 1UL << (slot & 63);
        _blocks[slot >> 12] |= 1UL << ((slot >> 6) & 63);
    }

    /// <summary>Writes the slots found, in ascending order, and their counts; and clears the counts for the next row.</summary>
    public void Drain(Span<int> slots, Span<float> counts)
    {
        int n = 0;
        for (int b = 0; b < _blocks.Length; b++)
        {
            for (ulong blocks = _blocks[b]; blocks != 0; blocks &= blocks - 1)
            {
                int word = (b << 6) + System.Numerics.BitOperations.TrailingZeroCount(blocks);
                for (ulong found = _found[word]; found != 0; found &= found - 1)
                {
                    int slot = (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(found);
                    slots[n] = slot;
                    counts[n++] = _counts[slot];
                    _counts[slot] = 0;
                }
                _found[word] = 0;
            }
            _blocks[b] = 0;
        }
        _distinct = 0;
    }
}
