using System.Globalization;

namespace DirectiveTracker.Index.Analysis;

/// <summary>
/// Splits text into syllables, numbers, document numbers (<c>41-CT/TW</c>, <c>29/KH-UBND</c>, <c>98/2023/NĐ-CP</c>)
/// and dates (<c>30/6/2025</c>, <c>2025-06-30</c>). Offsets point into the text as given, including NFD text.
/// </summary>
/// <remarks>
/// The tokenizer keeps compounds whole; <see cref="CompoundPartsFilter"/> adds their parts.
/// It does not normalise: <see cref="NormalizeFilter"/> does, through the project's one normaliser.
/// </remarks>
public sealed class VietnameseTokenizer
{
    /// <summary>The longest token kept; longer runs (base64, garbage) are cut so the index stays sane.</summary>
    public const int MaxTokenLength = 64;

    public IEnumerable<Token> Tokenize(string text)
    {
        int i = 0;
        while (Next(text, ref i, out int start, out int end, out var type)) yield return new Token(text.Substring(start, end - start), start, end, type);
    }

    /// <summary>
    /// The next token at or after <paramref name="position"/> (moved past it), as offsets into <paramref name="text"/>:
    /// what <see cref="Tokenize"/> yields, without a string per token (the index's tokenizer copies the characters
    /// into its term buffer). False at the end of the text.
    /// </summary>
    public static bool Next(string text, ref int position, out int start, out int end, out TokenType type)
    {
        int i = position, n = text.Length;
        while (i < n)
        {
            // A token starts on a letter or digit; a stray combining mark after punctuation is skipped.
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            start = i;
            // Every scan stops at the longest token: a run without separators (megabytes of base64 or garbage) is cut
            // into pieces in one pass, never rescanned from each piece (that made it quadratic).
            int limit = Math.Min(n, start + MaxTokenLength);
            // A compound is word runs joined by '/', '-' or '.' with at least one digit in it.
            end = ScanRun(text, i, limit);
            bool hasDigit = HasDigit(text, start, end);
            bool hasLetter = HasLetter(text, start, end);
            int joins = 0;
            while (end + 1 < limit && IsJoiner(text[end]) && char.IsLetterOrDigit(text[end + 1]))
            {
                // A dot joins only digits (1.2.2025), so that sentences ending in "2025. Sở" do not glue.
                if (text[end] == '.' && !(char.IsDigit(text[end - 1]) && char.IsDigit(text[end + 1]))) break;
                int next = ScanRun(text, end + 1, limit);
                hasDigit |= HasDigit(text, end + 1, next);
                hasLetter |= HasLetter(text, end + 1, next);
                end = next;
                joins++;
            }
            if (joins > 0 && !hasDigit)
            {
                // Letters joined by dashes ("Thi đua - Khen thưởng" without spaces, "COVID-19" has a digit): plain words.
                end = ScanRun(text, start, limit);
                joins = 0;
            }
            type = joins == 0
                ? (hasLetter ? TokenType.Word : TokenType.Number)
                : (hasLetter ? TokenType.DocumentNumber : (IsDate(text, start, end) ? TokenType.Date : TokenType.DocumentNumber));
            position = end;
            return true;
        }
        position = n;
        (start, end, type) = (n, n, TokenType.Word);
        return false;
    }

    private static int ScanRun(string text, int i, int limit)
    {
        while (i < limit && IsWordChar(text, i)) i++;
        return i;
    }

    private static bool IsWordChar(string text, int i)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c)) return true;
        // Combining marks (NFD tones) belong to the letter before them.
        return i > 0 && char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsJoiner(char c) => c is '/' or '-' or '.';

    private static bool HasDigit(string s, int from, int to)
    {
        for (int i = from; i < to; i++) if (char.IsDigit(s[i])) return true;
        return false;
    }

    private static bool HasLetter(string s, int from, int to)
    {
        for (int i = from; i < to; i++) if (char.IsLetter(s[i])) return true;
        return false;
    }

    private static bool IsDate(string s, int from, int to) => DateText.TryParse(s.AsSpan(from, to - from), out _);
}

/// <summary>Reads the date forms documents use: d/M/yyyy, d-M-yyyy, d.M.yyyy and ISO yyyy-MM-dd.</summary>
public static class DateText
{
    private static readonly string[] Formats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d"];

    public static bool TryParse(ReadOnlySpan<char> s, out DateOnly date) =>
        DateOnly.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
