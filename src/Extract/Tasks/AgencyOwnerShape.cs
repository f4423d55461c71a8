using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>Answers the locator's owner-shape questions with the agency recogniser.</summary>
public sealed class AgencyOwnerShape(AgencyRecognizer recognizer) : IOwnerShape
{
    private static readonly string[] ModeWords = ["giao", "de nghi", "yeu cau"];

    // Words that may stand between the agencies of an owner heading.
    private static readonly HashSet<string> Glue = ["va", "cac", "cung", "voi", "tinh", "cap", "thuoc", "truc", "thuoc tinh", "co", "lien", "quan"];

    public bool IsOwnerHeading(string text)
    {
        var t = StripMode(text.Trim().TrimEnd(':', '.', ';').Trim());
        if (t.Length == 0 || t.Length > 220) return false;
        var mentions = recognizer.FindAll(t);
        if (mentions.Count == 0 || mentions[0].Start > 4) return false;
        // What the mentions leave uncovered must be glue words and punctuation only.
        var uncovered = new System.Text.StringBuilder();
        int at = 0;
        foreach (var m in mentions)
        {
            if (m.Start > at) uncovered.Append(' ').Append(t, at, m.Start - at);
            at = Math.Max(at, m.Start + m.Length);
        }
        if (at < t.Length) uncovered.Append(' ').Append(t, at, t.Length - at);
        var rest = RemoveParentheses(uncovered.ToString());
        var words = BodyText.Key(rest).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(Glue.Contains);
    }

    public string? InlineOwner(string text)
    {
        int colon = text.IndexOf(':');
        if (colon <= 0 || colon > 200 || colon == text.Length - 1) return null;
        var prefix = text[..colon];
        return IsOwnerHeading(prefix) ? prefix.Trim() : null;
    }

    public bool HasOwnSubject(string text)
    {
        var t = StripMode(text.Trim());
        return recognizer.StartsWithAgency(t);
    }

    public bool IsDirectiveIntro(string text)
    {
        var key = BodyText.Key(text);
        return (key.Contains(" yeu cau ", StringComparison.Ordinal) || key.Contains(" chi thi ", StringComparison.Ordinal)
                || key.Contains(" de nghi ", StringComparison.Ordinal) || key.Contains(" giao ", StringComparison.Ordinal))
               && recognizer.FindAll(text).Count > 0;
    }

    private static string StripMode(string text)
    {
        var key = BodyText.Key(text);
        foreach (var w in ModeWords)
            if (key.StartsWith(w + " ", StringComparison.Ordinal))
            {
                int words = w.Split(' ').Length, i = 0, seen = 0;
                while (i < text.Length && seen < words)
                {
                    while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                    while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
                    seen++;
                }
                return text[i..].Trim();
            }
        return text;
    }

    private static string RemoveParentheses(string s)
    {
        var sb = new System.Text.StringBuilder();
        int depth = 0;
        foreach (char c in s)
        {
            if (c == '(') { depth++; continue; }
            if (c == ')') { if (depth > 0) depth--; continue; }
            if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }
}
