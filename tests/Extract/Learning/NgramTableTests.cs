using DirectiveTracker.Extract.Learning;

namespace DirectiveTracker.Extract.Tests.Learning;

/// <summary>The n-gram table finds a model's words and word pairs by the hash its caller computes, and only those.</summary>
public class NgramTableTests
{
    private static ulong Hash(string text)
    {
        ulong hash = NgramTable.Empty;
        foreach (char c in text) hash = NgramTable.Append(hash, c);
        return hash;
    }

    private static ulong Power(string text)
    {
        ulong power = 1;
        foreach (char _ in text) power = NgramTable.Power(power);
        return power;
    }

    private static readonly NgramTable Table = new(new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["kiểm"] = 0, ["tra"] = 1, ["kiểm|tra"] = 2, ["giám sát"] = 3,
    });

    [Theory]
    [InlineData("kiểm", 0)]
    [InlineData("tra", 1)]
    [InlineData("giám sát", 3)]
    public void Finds_a_word_by_its_hash(string word, int slot)
    {
        Assert.True(Table.TryGet(word, Hash(word), out int found));
        Assert.Equal(slot, found);
    }

    [Fact]
    public void Finds_a_pair_from_its_two_words_hashes()
    {
        Assert.True(Table.TryGetPair("kiểm", "tra", NgramTable.Pair(Hash("kiểm"), Hash("tra"), Power("tra")), out int slot));
        Assert.Equal(2, slot);
        Assert.Equal(Hash("kiểm|tra"), NgramTable.Pair(Hash("kiểm"), Hash("tra"), Power("tra")));
    }

    [Fact]
    public void A_text_with_a_known_hash_but_other_chars_is_not_found()
    {
        // The hash only finds the place: the n-gram's own text decides, whatever its length.
        Assert.False(Table.TryGet("kiêm", Hash("kiểm"), out _));
        Assert.False(Table.TryGet("kiểmx", Hash("kiểm"), out _));
        Assert.False(Table.TryGet("tr", Hash("tra"), out _));
        Assert.False(Table.TryGetPair("kiểm", "trà", Hash("kiểm|tra"), out _));
        Assert.False(Table.TryGetPair("kiể", "mtra", Hash("kiểm|tra"), out _));
        Assert.False(Table.TryGet("thanh tra", Hash("thanh tra"), out _));
    }
}
