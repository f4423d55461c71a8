using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// A letter that gives an opinion ("… có ý kiến tham gia như sau:") sets findings under topics among its requests: an item
/// that opens with its topic ("Về quy hoạch khoáng sản: Phạm vi … không chồng lấn …") and asks nothing states what was
/// found, and is a task only when it names an owner (EXTRACTION.md "Tasks"; word lists in section-words.json).
/// </summary>
public static class OpinionFinding
{
    private static readonly SectionWords Words = SectionWords.Embedded;

    /// <summary>True when one of the preamble's openings (a paragraph ending with a colon) says the letter gives an opinion.</summary>
    public static bool IsOpinionLetter(IEnumerable<string> preamble) =>
        preamble.Where(p => p.TrimEnd().EndsWith(':')).Select(BodyText.Key)
            .Any(k => Words.OpinionOpenings.Any(o => WholeWords.Contains(k, o)) && !Words.NotOpinion.Any(n => k.Contains(n, StringComparison.Ordinal)));

    /// <summary>True when the item opens with a topic word and no request word stands in its text.</summary>
    public static bool IsFinding(string text)
    {
        var key = BodyText.Key(text);
        return Words.FindingTopics.Any(t => key.StartsWith(t + " ", StringComparison.Ordinal))
               && !Words.RequestWords.Any(w => WholeWords.Contains(key, w));
    }
}
