using System.Globalization;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// <see cref="VietnameseText.Fold"/> followed by invariant lower case, one character at a time from a table: the
/// same answer, without Unicode normalisation, for texts of precomposed Latin letters, digits and punctuation.
/// </summary>
/// <remarks>
/// Folding a whole text equals folding each of its characters when none of them composes with a neighbour: the
/// table covers only Latin, Vietnamese and punctuation blocks, leaves combining marks out, and keeps only characters
/// that fold to at most one character. Anything else is <see cref="TryFold"/> false, and the caller folds the
/// text (or segment) as a whole, as before.
/// </remarks>
internal static class FoldTable
{
    /// <summary>The folded character of a character that is dropped (a zero-width space or joiner).</summary>
    public const char Dropped = '\uFFFE';

    private const char Unknown = '\uFFFF';

    // Blocks covered: Basic Latin to Spacing Modifier Letters (U+0000–U+02FF), Latin Extended Additional (U+1E00–U+1EFF,
    // the Vietnamese letters), General Punctuation (U+2000–U+206F: spaces, dashes, zero-width characters).
    private static readonly (char First, char Last)[] Blocks = [('\u0000', '\u02FF'), ('\u1E00', '\u1EFF'), ('\u2000', '\u206F')];

    private static readonly char[] Table = Build();

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        Array.Fill(table, Unknown);
        foreach (var (first, last) in Blocks)
            for (int c = first; c <= last; c++)
            {
                if (char.GetUnicodeCategory((char)c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                    continue;
                var folded = VietnameseText.Fold(((char)c).ToString());
                if (folded.Length == 0) table[c] = Dropped;
                else if (folded.Length == 1 && InvariantLower.Of(folded[0]) is var lower && lower is not (Unknown or Dropped)) table[c] = lower;
            }
        return table;
    }

    /// <summary>The folded form of <paramref name="c"/> (<see cref="Dropped"/> when folding removes it); false when only the whole text can tell.</summary>
    public static bool TryFold(char c, out char folded)
    {
        folded = Table[c];
        return folded != Unknown;
    }

    /// <summary>
    /// The folded form of one character: the table's answer, else the character folded on its own
    /// (<see cref="Dropped"/> when folding removes it).
    /// </summary>
    public static char Fold(char c)
    {
        if (TryFold(c, out char folded)) return folded;
        var whole = VietnameseText.Fold(c.ToString()).ToLowerInvariant();
        return whole.Length == 0 ? Dropped : whole[0];
    }

    /// <summary>The folded form of a text the table <see cref="Covers"/>.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            char f = Table[c];
            if (f == Unknown) throw new ArgumentException("The text holds characters the table does not fold: fold it whole.", nameof(text));
            if (f != Dropped) buffer[n++] = f;
        }
        return new string(buffer[..n]);
    }

    /// <summary>True when every character of <paramref name="text"/> folds by the table.</summary>
    public static bool Covers(ReadOnlySpan<char> text)
    {
        foreach (char c in text) if (Table[c] == Unknown) return false;
        return true;
    }
}
