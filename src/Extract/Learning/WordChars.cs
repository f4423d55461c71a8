namespace DirectiveTracker.Extract.Learning;

/// <summary>
/// ML.NET's text normaliser for the words' featuriser, one UTF-16 unit at a time, from one table built once:
/// punctuation (<see cref="char.IsPunctuation(char)"/>) is dropped, every other unit is lower-cased (invariant).
/// </summary>
/// <remarks>
/// <see cref="ClassifierFeatures"/> normalises every char of every text the three models read; outside Latin-1,
/// IsPunctuation walks the Unicode category tables on each call, and the lower case was a second look-up.
/// The table is built from the two calls themselves, so its answers are theirs.
/// </remarks>
internal static class WordChars
{
    // A dropped unit reads as U+FFFF, which is not punctuation and is its own lower case: only U+FFFF itself also reads
    // so, and <see cref="Drops"/> tells the two apart.
    private const char Dropped = '\uFFFF';
    private static readonly char[] Table = Build();

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
            table[c] = char.IsPunctuation((char)c) ? Dropped : Grammar.InvariantLower.Of((char)c);
        return table;
    }

    /// <summary>The normalised unit: the lower case of <paramref name="c"/>, or U+FFFF when <see cref="Drops"/> says it is dropped.</summary>
    public static char Of(char c) => Table[c];

    /// <summary>Whether <paramref name="c"/>, read as <paramref name="normalized"/> by <see cref="Of"/>, is dropped (punctuation).</summary>
    public static bool Drops(char c, char normalized) => normalized == Dropped && c != Dropped;
}
