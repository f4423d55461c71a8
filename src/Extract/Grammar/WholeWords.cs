namespace DirectiveTracker.Extract.Grammar;

/// <summary>Phrase tests at word boundaries: "bao cao" is in "gui bao cao." but not in "bao caoxx" nor "xbao cao".</summary>
public static class WholeWords
{
    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words (bounded by a non-letter, non-digit or the ends).</summary>
    public static bool Contains(string text, string phrase)
    {
        for (int i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
            if (BoundaryBefore(text, i) && BoundaryAfter(text, i + phrase.Length)) return true;
        return false;
    }

    /// <summary>True when <paramref name="text"/> starts with <paramref name="phrase"/> as whole words.</summary>
    public static bool StartsWith(string text, string phrase) =>
        text.StartsWith(phrase, StringComparison.Ordinal) && BoundaryAfter(text, phrase.Length);

    /// <summary>True when <paramref name="text"/> ends with <paramref name="phrase"/> as whole words.</summary>
    public static bool EndsWith(string text, string phrase) =>
        text.EndsWith(phrase, StringComparison.Ordinal) && BoundaryBefore(text, text.Length - phrase.Length);

    private static bool BoundaryBefore(string text, int i) => i == 0 || !char.IsLetterOrDigit(text[i - 1]);

    private static bool BoundaryAfter(string text, int end) => end >= text.Length || !char.IsLetterOrDigit(text[end]);
}
