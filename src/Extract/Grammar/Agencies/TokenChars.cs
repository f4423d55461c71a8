namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// The char classes <see cref="AgencyRecognizer"/>'s tokeniser asks about every char of every text it reads, from one
/// table built once from the <see cref="char"/> methods themselves (so its answers are theirs).
/// </summary>
/// <remarks>
/// Outside Latin-1 (most Vietnamese letters with marks) each of those methods walks the Unicode category tables, and
/// the tokeniser asked two or three of them per char.
/// </remarks>
internal static class TokenChars
{
    private const byte Space = 1, LetterOrDigit = 2, WordPart = 4, Letter = 8;
    private static readonly byte[] Table = Build();

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            int kinds = 0;
            if (char.IsWhiteSpace(c)) kinds |= Space;
            if (char.IsLetterOrDigit(c)) kinds |= LetterOrDigit | WordPart;
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) kinds |= WordPart;
            if (char.IsLetter(c)) kinds |= Letter;
            table[i] = (byte)kinds;
        }
        return table;
    }

    /// <summary><see cref="char.IsWhiteSpace(char)"/>.</summary>
    public static bool IsSpace(char c) => (Table[c] & Space) != 0;

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>.</summary>
    public static bool IsLetterOrDigit(char c) => (Table[c] & LetterOrDigit) != 0;

    /// <summary><see cref="char.IsLetter(char)"/>.</summary>
    public static bool IsLetter(char c) => (Table[c] & Letter) != 0;

    /// <summary>A letter, a digit or a combining mark (U+0301 of decomposed text): a char that continues a word.</summary>
    public static bool InWord(char c) => (Table[c] & WordPart) != 0;
}
