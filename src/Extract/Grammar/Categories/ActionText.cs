using System.Buffers;
using System.Text.RegularExpressions;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// A task's text as the category classifiers read it: its first sentence, folded, with agency names and quoted
/// titles blanked, the list marker and an owner heading skipped; and where its opening words and first clause end.
/// </summary>
/// <remarks>
/// "Hội đồng Thi đua - Khen thưởng" or a movement's quoted name says nothing about the action, so both are blanked
/// before any keyword or word feature is read; a council or team named by its job ("Đoàn kiểm tra") is not. The rules and the trained model read the same text.
/// </remarks>
public sealed record ActionText(string Body, int Opening, int FirstClause)
{
    // Trim's char sets, made once: a params array per call was a measurable share of extraction (InitializeArray).
    private static readonly char[] HeadingFill = [' ', '(', ')', ',', '-'];

    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private const int OpeningWords = 6;

    private static readonly AgencyRecognizer Agencies = new();
    private static readonly Regex Quoted = new(@"“[^”]{0,300}”|""[^""]{0,300}""", Opts);
    private static readonly Regex Marker = new(@"^[\s\-+*•]*(?:(?:[ivx]+|\d+(?:\.\d+)*)\.|[a-z]\))?[\s\-+*•]*", Opts);
    private static readonly Regex OpeningMarker = new(@"^(?:[-+*•]|[ivx]+\.|\d+(?:\.\d+)*\.?|[a-z]\))\s+", Opts);
    private static readonly char[] ClauseEnds = [';', '.', ':'];

    /// <summary>The empty text (a task without words).</summary>
    public static readonly ActionText Empty = new("", 0, 0);

    /// <summary>Analyses a task's full text.</summary>
    public static ActionText Of(string taskText)
    {
        if (string.IsNullOrWhiteSpace(taskText)) return Empty;
        // The task text is folded and its agencies recognised before the category is asked for (deadlines, owners): the
        // first sentence is read from those answers, not folded and recognised again as a text of its own.
        var folded = FoldedText.Of(taskText);
        int sentence = FirstSentenceEnd(taskText);
        var buffer = ArrayPool<char>.Shared.Rent(folded.Value.Length);
        try
        {
            var key = Mask(folded, sentence, buffer);

            // Skip the list marker and an owner heading ("Sở Nội vụ (Ban …): …"): the action starts after them.
            int start = LeadingMatch(Marker, key);
            int colon = key[start..].IndexOf(':');
            if (colon >= 0) colon += start;
            if (colon > 0 && key[start..colon].Trim(HeadingFill).Length == 0) start = colon + 1;
            while (start < key.Length && key[start] is ' ' or ',' or '-') start++;
            var body = key[start..].ToString();
            return new ActionText(body, OpeningEnd(body), FirstClauseEnd(body));
        }
        finally { ArrayPool<char>.Shared.Return(buffer); }
    }

    // The main action is in the first sentence; later sentences add detail or other actors' duties. The search starts
    // past a list marker ("2. ") and past sentences too short to hold an action.
    private static int FirstSentenceEnd(string text)
    {
        const int Shortest = 20;
        int end = text.Length > Shortest ? text.IndexOf(". ", Shortest, StringComparison.Ordinal) : -1;
        return end > 0 ? end : text.Length;
    }

    // The folded first sentence (the original's chars before <paramref name="end"/>) with agency names and quoted titles
    // blanked and whitespace runs collapsed, written into <paramref name="buffer"/>. Folding keeps a sentence's chars
    // where the whole text's are (it folds a word at a time), so its key is a prefix of the text's.
    private static ReadOnlySpan<char> Mask(FoldedText folded, int end, char[] buffer)
    {
        int length = folded.FoldedIndex(end);
        folded.Value.CopyTo(0, buffer, 0, length);
        var chars = buffer.AsSpan(0, length);
        foreach (var m in Agencies.FindAll(folded.Original))
        {
            if (m.Start >= end) break;
            if (IsNamedByItsJob(folded.Original.AsSpan(m.Start, m.Length))) continue;
            Blank(chars, folded, m.Start, Math.Min(m.Start + m.Length, end));
        }
        foreach (var q in Quoted.EnumerateMatches(folded.Original.AsSpan(0, end))) Blank(chars, folded, q.Index, q.Index + q.Length);
        return CollapseWhitespace(chars);
    }

    // A council or team named by its job ("Thành lập Đoàn kiểm tra …", "Hội đồng thẩm định"): its name says what the work is.
    // Compared in place (the word list is lower case): no copy of every agency name of every task text.
    private static bool IsNamedByItsJob(ReadOnlySpan<char> name)
    {
        foreach (var body in AgencyWords.Embedded.CollegialBodies)
            if (name.StartsWith(body, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Every whitespace run as one space (as Regex <c>\s+</c> → " ", which costs more per task text), in place.</summary>
    private static Span<char> CollapseWhitespace(Span<char> chars)
    {
        int n = 0;
        bool inRun = false;
        foreach (char c in chars)
        {
            if (char.IsWhiteSpace(c)) { if (!inRun) chars[n++] = ' '; inRun = true; continue; }
            inRun = false;
            chars[n++] = c;
        }
        return chars[..n];
    }

    // From the first key char at or after the span's start (original starts never decrease along the key, so the fold
    // finds it without a walk): walking from the key's start for every agency and quote made blanking quadratic in a
    // sentence naming many bodies.
    private static void Blank(Span<char> chars, FoldedText folded, int start, int end)
    {
        for (int k = folded.FoldedIndex(start); k < chars.Length; k++)
        {
            int o = folded.OriginalStart(k);
            if (o >= end) break;
            if (o >= start) chars[k] = ' ';
        }
    }

    // The length of the pattern's match at the start of the text (its patterns start with ^), 0 when none.
    private static int LeadingMatch(Regex pattern, ReadOnlySpan<char> text)
    {
        foreach (var m in pattern.EnumerateMatches(text)) return m.Length;
        return 0;
    }

    private static int FirstClauseEnd(string key)
    {
        int i = key.IndexOfAny(ClauseEnds);
        while (i > 0 && i + 1 < key.Length && key[i] == '.' && char.IsDigit(key[i - 1])) i = key.IndexOfAny(ClauseEnds, i + 1);
        return i < 0 ? key.Length : i;
    }

    private static int OpeningEnd(string key)
    {
        int i = LeadingMatch(OpeningMarker, key), seen = 0;
        while (i < key.Length && seen < OpeningWords)
        {
            if (key[i] == ' ') seen++;
            i++;
        }
        return i;
    }
}
