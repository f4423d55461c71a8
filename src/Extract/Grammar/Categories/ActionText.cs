using System.Text.RegularExpressions;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// A task's text as the category classifiers read it: its first sentence, folded, with agency names and quoted
/// titles blanked, the list marker and an owner heading skipped; and where its opening words and first clause end.
/// </summary>
/// <remarks>
/// "Hội đồng Thi đua - Khen thưởng" or a movement's quoted name says nothing about the action, so both are blanked
/// before any keyword or word feature is read. The rules and the trained model read the same text.
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
        var key = Mask(FirstSentence(taskText));

        // Skip the list marker and an owner heading ("Sở Nội vụ (Ban …): …"): the action starts after them.
        int start = Marker.Match(key).Length;
        int colon = key.IndexOf(':', start);
        if (colon > 0 && key[start..colon].Trim(HeadingFill).Length == 0) start = colon + 1;
        while (start < key.Length && key[start] is ' ' or ',' or '-') start++;
        var body = key[start..];
        return new ActionText(body, OpeningEnd(body), FirstClauseEnd(body));
    }

    // The main action is in the first sentence; later sentences add detail or other actors' duties. The search starts
    // past a list marker ("2. ") and past sentences too short to hold an action.
    private static string FirstSentence(string text)
    {
        const int Shortest = 20;
        int end = text.Length > Shortest ? text.IndexOf(". ", Shortest, StringComparison.Ordinal) : -1;
        return end > 0 ? text[..end] : text;
    }

    private static string Mask(string text)
    {
        var folded = FoldedText.Of(text);
        var chars = folded.Value.ToCharArray();
        foreach (var m in Agencies.FindAll(text)) Blank(chars, folded, m.Start, m.Start + m.Length);
        foreach (Match q in Quoted.Matches(text)) Blank(chars, folded, q.Index, q.Index + q.Length);
        return CollapseWhitespace(chars);
    }

    /// <summary>Every whitespace run as one space (as Regex <c>\s+</c> → " ", which costs more per task text).</summary>
    private static string CollapseWhitespace(char[] chars)
    {
        var sb = new System.Text.StringBuilder(chars.Length);
        bool inRun = false;
        foreach (char c in chars)
        {
            if (char.IsWhiteSpace(c)) { if (!inRun) sb.Append(' '); inRun = true; continue; }
            inRun = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static void Blank(char[] chars, FoldedText folded, int start, int end)
    {
        for (int k = 0; k < chars.Length; k++)
        {
            int o = folded.OriginalStart(k);
            if (o >= end) break;
            if (o >= start) chars[k] = ' ';
        }
    }

    private static int FirstClauseEnd(string key)
    {
        int i = key.IndexOfAny(ClauseEnds);
        while (i > 0 && i + 1 < key.Length && key[i] == '.' && char.IsDigit(key[i - 1])) i = key.IndexOfAny(ClauseEnds, i + 1);
        return i < 0 ? key.Length : i;
    }

    private static int OpeningEnd(string key)
    {
        int i = 0, seen = 0;
        var marker = OpeningMarker.Match(key);
        if (marker.Success) i = marker.Length;
        while (i < key.Length && seen < OpeningWords)
        {
            if (key[i] == ' ') seen++;
            i++;
        }
        return i;
    }
}
