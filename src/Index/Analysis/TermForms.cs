using DirectiveTracker.Extract.Grammar;

namespace DirectiveTracker.Index.Analysis;

/// <summary>
/// The exact and folded terms of a plain token (a word or a number: not a document number or date), as the exact and
/// folded chains make them — canonical form, lower case, i/y for a word, then folded — remembered by the token's
/// original characters. An index build analyses millions of tokens drawn from a few thousand syllables: running each
/// through the chain's six stages (attributes cleared, a string per stage that changes it) was most of the analysis.
/// One table per thread and analyzer (<see cref="VietnameseAnalyzer"/>); bounded, emptied when full.
/// </summary>
internal sealed class TermForms
{
    private const int MaxEntries = 100_000;
    private readonly Dictionary<string, (string Exact, string Folded)> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Exact, string Folded)>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private char[] _buffer = new char[VietnameseTokenizer.MaxTokenLength * 2];

    private readonly bool _iy;

    public TermForms(bool iy)
    {
        _iy = iy;
        _bySpan = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The exact term and its folded form (empty when the fold filter drops it) of a plain token's characters.</summary>
    public (string Exact, string Folded) Of(ReadOnlySpan<char> original, TokenType type)
    {
        if (_bySpan.TryGetValue(original, out var forms)) return forms;
        var key = original.ToString();
        var canonical = CanonicalFormFilter.Of(key);
        if (_buffer.Length < canonical.Length) _buffer = new char[canonical.Length * 2];
        var term = _buffer.AsSpan(0, canonical.Length);
        for (int i = 0; i < term.Length; i++) term[i] = InvariantLower.Of(canonical[i]);
        if (_iy && type == TokenType.Word) IYEquivalenceFilter.Apply(term);
        var exact = term.SequenceEqual(key) ? key : term.ToString();
        forms = (exact, FoldFilter.Fold(exact));
        if (_forms.Count >= MaxEntries) _forms.Clear();
        _forms[key] = forms;
        return forms;
    }
}
