using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Scoring;

namespace DirectiveTracker.Extract.Learning;

/// <summary>
/// A text's folded key (<see cref="MatchText.Fold"/>) computed once and sliced at the text's own offsets:
/// <see cref="Before"/> is the key of the text before an offset and <see cref="After"/> the key of the text after it,
/// as folding those parts on their own gives them.
/// </summary>
/// <remarks>
/// The owner-role model reads the words on either side of every body in a task: folding each side anew cost more than
/// its prediction. Slicing is exact when every character folds on its own (<see cref="FoldTable.Covers"/>), as then
/// the key is built one character at a time; other texts fold each part as before.
/// </remarks>
internal sealed class SlicedKey
{
    private readonly string _text;
    private readonly string? _key;
    // _at[i]: how many characters of the key the text before offset i gives (spaces are written with the letter after them).
    private readonly int[]? _at;

    private SlicedKey(string text, string? key, int[]? at)
    {
        _text = text;
        _key = key;
        _at = at;
    }

    /// <summary>The key of <paramref name="text"/>, ready to slice.</summary>
    public static SlicedKey Of(string text)
    {
        if (!FoldTable.Covers(text)) return new SlicedKey(text, null, null);
        // The key is written into this thread's buffer and copied once into its string.
        var key = t_key is { } buffer && buffer.Length >= text.Length ? buffer : t_key = new char[Math.Max(256, text.Length)];
        var at = new int[text.Length + 1];
        int n = 0;
        bool space = false;
        // As MatchText folds: letters and digits kept, a whitespace run before a letter one space (none at the start),
        // punctuation and symbols dropped without a space.
        for (int i = 0; i < text.Length; i++)
        {
            at[i] = n;
            char c = FoldTable.Fold(text[i]);
            if (c == FoldTable.Dropped) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && n > 0) key[n++] = ' ';
                space = false;
                key[n++] = c;
            }
            else if (char.IsWhiteSpace(c)) space = true;
        }
        at[text.Length] = n;
        return new SlicedKey(text, new string(key, 0, n), at);
    }

    [ThreadStatic] private static char[]? t_key;

    /// <summary>False when no slice can hold <paramref name="words"/>: the whole key does not (true when the text is folded part by part).</summary>
    public bool MayHold(string words) => _key is null || _key.Contains(words, StringComparison.Ordinal);

    /// <summary>The key of the text before <paramref name="offset"/>.</summary>
    public ReadOnlySpan<char> Before(int offset) =>
        _key is null ? MatchText.Fold(_text[..offset]) : _key.AsSpan(0, _at![offset]);

    /// <summary>The key of the text from <paramref name="offset"/> on.</summary>
    public ReadOnlySpan<char> After(int offset)
    {
        if (_key is null) return MatchText.Fold(_text[offset..]);
        var after = _key.AsSpan(_at![offset]);
        // The whole text's key has a space there when words stood before; the part's own key starts with its letter.
        return after.Length > 0 && after[0] == ' ' ? after[1..] : after;
    }
}
