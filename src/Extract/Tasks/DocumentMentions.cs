using DirectiveTracker.Extract.Grammar;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>The agency recogniser's answers for one document: each text is recognised once, however often it is asked about.</summary>
/// <remarks>One instance per document (not shared between documents or threads): headings and intros are asked about once per task below them.</remarks>
public sealed class DocumentMentions(AgencyRecognizer recognizer)
{
    private readonly Dictionary<string, IReadOnlyList<AgencyMention>> _found = new(StringComparer.Ordinal);

    public IReadOnlyList<AgencyMention> FindAll(string text)
    {
        if (!_found.TryGetValue(text, out var result)) _found[text] = result = recognizer.FindAll(text);
        return result;
    }

    public bool StartsWithAgency(string text) => recognizer.StartsWithAgency(text);

    /// <summary>
    /// The first mention <see cref="FindAll"/> gives when it starts at or before <paramref name="upTo"/>, else null: from the
    /// answers already found, else found without recognising the words after that point.
    /// </summary>
    public AgencyMention? FirstUpTo(string text, int upTo)
    {
        if (_found.TryGetValue(text, out var found)) return found.Count > 0 && found[0].Start <= upTo ? found[0] : null;
        return recognizer.FirstUpTo(text, upTo);
    }
}
