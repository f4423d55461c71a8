namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// The invariant lower case of every UTF-16 unit, from one table built once: <see cref="char.ToLowerInvariant(char)"/>
/// goes through globalisation on every call, and extraction lower-cases every character it reads.
/// </summary>
/// <remarks>
/// The answer is <see cref="char.ToLowerInvariant(char)"/>'s, unit by unit; a string's invariant lower case is the same
/// except for surrogate pairs, which the callers (Latin and Vietnamese text) do not lower-case.
/// </remarks>
public static class InvariantLower
{
    private static readonly char[] Table = Build();

    private static char[] Build()
    {
        var lower = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++) lower[c] = char.ToLowerInvariant((char)c);
        return lower;
    }

    /// <summary>The invariant lower case of <paramref name="c"/>.</summary>
    public static char Of(char c) => Table[c];
}
