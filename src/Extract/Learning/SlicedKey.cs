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
    // The key's length in this thread's buffer, or -1 when the text is folded part by part.
    private readonly int _length;

    private SlicedKey(string text, int length)
    {
        _text = text;
        _length = length;
    }

    /// <summary>The key of <paramref name="text"/>, ready to slice until this thread slices another text.</summary>
    /// <remarks>
    /// The key and its offsets stay in this thread's buffers, not in arrays of their own: the owner model slices one
    /// task at a time, and a key and an int per character of every task were most of what it allocated. A key read
    /// after its thread sliced another text throws rather than answer from that text.
    /// </remarks>
    public static SlicedKey Of(string text)
    {
        if (!FoldTable.Covers(text)) return new SlicedKey(text, -1);
        var key = t_key is { } keyBuffer && keyBuffer.Length >= text.Length ? keyBuffer : t_key = new char[Math.Max(256, text.Length)];
        var at = t_at is { } atBuffer && atBuffer.Length > text.Length ? atBuffer : t_at = new int[Math.Max(256, text.Length + 1)];
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
        return t_current = new SlicedKey(text, n);
    }

    // The thread's buffers: the key, and at[i], how many characters of the key the text before offset i gives (spaces
    // are written with the letter after them); both belong to the thread's last sliced key.
    [ThreadStatic] private static char[]? t_key;
    [ThreadStatic] private static int[]? t_at;
    [ThreadStatic] private static SlicedKey? t_current;

    private ReadOnlySpan<char> Key => t_current == this ? t_key.AsSpan(0, _length)
        : throw new InvalidOperationException("A sliced key is read after its thread sliced another text.");

    private int KeyLengthBefore(int offset) => t_current == this ? t_at![offset]
        : throw new InvalidOperationException("A sliced key is read after its thread sliced another text.");

    /// <summary>False when no slice can hold <paramref name="words"/>: the whole key does not (true when the text is folded part by part).</summary>
    public bool MayHold(string words) => _length < 0 || Key.Contains(words, StringComparison.Ordinal);

    /// <summary>The key of the text before <paramref name="offset"/>.</summary>
    public ReadOnlySpan<char> Before(int offset) =>
        _length < 0 ? MatchText.Fold(_text[..offset]) : Key[..KeyLengthBefore(offset)];

    /// <summary>The key of the text from <paramref name="offset"/> on.</summary>
    public ReadOnlySpan<char> After(int offset)
    {
        if (_length < 0) return MatchText.Fold(_text[offset..]);
        var after = Key[KeyLengthBefore(offset)..];
        // The whole text's key has a space there when words stood before; the part's own key starts with its letter.
        return after.Length > 0 && after[0] == ' ' ? after[1..] : after;
    }
}
