using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>Answers the locator's owner-shape questions with the agency recogniser.</summary>
public sealed partial class AgencyOwnerShape(AgencyRecognizer recognizer) : IOwnerShape
{
    private static readonly string[] ModeWords = ["giao", "de nghi", "yeu cau"];

    // Words that may stand between the agencies of an owner heading.
    private static readonly HashSet<string> Glue = ["va", "cac", "cung", "voi", "tinh", "cap", "thuoc", "truc", "co", "lien", "quan", "xa", "phuong", "huyen", "thi", "thanh", "pho", "dac", "khu", "trung", "uong"];

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

    public string? DirectiveAddressee(string text)
    {
        // The last "yêu cầu / đề nghị / giao / chỉ thị" followed by an agency: "… Thủ tướng Chính phủ yêu cầu Chủ tịch …:".
        foreach (Match m in Verbs().Matches(text).Reverse())
        {
            var rest = text[(m.Index + m.Length)..].Trim().TrimEnd(':').Trim();
            if (rest.Length > 0 && recognizer.StartsWithAgency(rest))
            {
                var verb = m.Groups["v"].Value.ToLowerInvariant();
                return (verb.StartsWith("chỉ", StringComparison.Ordinal) ? "Yêu cầu" : char.ToUpperInvariant(verb[0]) + verb[1..]) + " " + rest;
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<v>yêu cầu|đề nghị|giao|chỉ thị)(?![\p{L}])\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verbs();

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
