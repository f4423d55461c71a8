namespace DirectiveTracker.Web.Review;

/// <summary>
/// Where a task's text stands in its document's clean text, so the page can highlight the source passage. The extraction
/// keeps no offsets: the task's text is found as written, else with its spacing and line breaks ignored, else by its
/// opening words; a task a person rewrote may have no passage.
/// </summary>
public static class SourcePassages
{
    private const int OpeningChars = 40;

    /// <summary>The passage of <paramref name="taskText"/> in <paramref name="text"/> (UTF-16 offsets), or null.</summary>
    public static (int Start, int Length)? Find(string text, string taskText)
    {
        var needle = taskText.Trim();
        if (needle.Length == 0) return null;
        int exact = text.IndexOf(needle, StringComparison.Ordinal);
        if (exact >= 0) return (exact, needle.Length);
        // Spacing differs (a task joined from wrapped lines): compare the texts without white space, mapped back to offsets.
        var (squeezed, map) = Squeeze(text);
        var (squeezedNeedle, _) = Squeeze(needle);
        if (squeezedNeedle.Length == 0) return null;
        int at = squeezed.IndexOf(squeezedNeedle, StringComparison.Ordinal);
        if (at >= 0) return Span(map, at, squeezedNeedle.Length);
        // A task a person shortened or extended: its opening words, to the end of that line.
        if (squeezedNeedle.Length < OpeningChars / 2) return null;
        var opening = squeezedNeedle[..Math.Min(OpeningChars, squeezedNeedle.Length)];
        at = squeezed.IndexOf(opening, StringComparison.Ordinal);
        if (at < 0) return null;
        var (start, length) = Span(map, at, opening.Length);
        int end = text.IndexOf('\n', start + length);
        return (start, (end < 0 ? text.Length : end) - start);
    }

    private static (string Squeezed, int[] Map) Squeeze(string s)
    {
        var chars = new System.Text.StringBuilder(s.Length);
        var map = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i])) continue;
            chars.Append(s[i]);
            map.Add(i);
        }
        return (chars.ToString(), [.. map]);
    }

    private static (int, int) Span(int[] map, int at, int length) => (map[at], map[at + length - 1] - map[at] + 1);
}
