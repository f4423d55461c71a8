using System.Text;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Scoring;

/// <summary>The scorer's comparison form: lower case, diacritics and đ folded, punctuation dropped, spaces collapsed.</summary>
public static class MatchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // Task attribution compares the same few owner names over and over: short texts are remembered (bounded).
        if (text.Length > MaxRememberedLength) return FoldLong(text);
        if (Folded.TryGetValue(text, out var known)) return known;
        known = ComputeFold(text);
        if (Folded.Count >= MaxRemembered) Folded.Clear();
        Folded[text] = known;
        return known;
    }

    private const int MaxRememberedLength = 200, MaxRemembered = 20_000;

    // A long task text is folded by the locator, the owner shape, the attribution and the task model one after the
    // other (four to six times per task): the last few of this thread are kept, as FoldedText.Of does.
    private const int RecentLongLimit = 4;
    [ThreadStatic] private static (string Text, string Folded)[]? _recentLong;
    [ThreadStatic] private static int _recentLongNext;

    private static string FoldLong(string text)
    {
        var recent = _recentLong ??= new (string, string)[RecentLongLimit];
        foreach (var (t, f) in recent)
            if (t is not null && string.Equals(t, text, StringComparison.Ordinal)) return f;
        var folded = ComputeFold(text);
        recent[_recentLongNext] = (text, folded);
        _recentLongNext = (_recentLongNext + 1) % RecentLongLimit;
        return folded;
    }
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Folded = new(StringComparer.Ordinal);

    private static string ComputeFold(string text)
    {
        // Precomposed letters and punctuation fold char for char (Grammar.FoldTable), in the pass that drops punctuation
        // and collapses spaces below: the folded text and a builder per fold were most of its cost (the locator, the
        // owner shape and the task model fold every task text). The result never outgrows the text: a space is written
        // only for a whitespace run that wrote nothing.
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        bool inRun = false;
        foreach (char c in text)
        {
            if (!Grammar.FoldTable.TryFold(c, out char f)) return ComputeFoldWhole(text);
            if (f == Grammar.FoldTable.Dropped) continue;
            if (char.IsLetterOrDigit(f))
            {
                if (inRun && n > 0) buffer[n++] = ' ';
                inRun = false;
                buffer[n++] = f;
            }
            else if (char.IsWhiteSpace(f)) inRun = true;
        }
        return new string(buffer[..n]);
    }

    // A text with characters the table does not fold is normalised whole, then read as above.
    private static string ComputeFoldWhole(string text)
    {
        var folded = VietnameseText.Fold(text).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        bool space = false;
        foreach (char c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            else if (char.IsWhiteSpace(c)) space = true;
            // punctuation and symbols are dropped without leaving a space
        }
        return sb.ToString();
    }

    /// <summary>Two owner names match when one folded name contains the other.</summary>
    public static bool NamesMatch(string a, string b)
    {
        var fa = Fold(a);
        var fb = Fold(b);
        if (fa.Length == 0 || fb.Length == 0) return fa.Length == fb.Length;
        return fa.Contains(fb, StringComparison.Ordinal) || fb.Contains(fa, StringComparison.Ordinal);
    }
}
