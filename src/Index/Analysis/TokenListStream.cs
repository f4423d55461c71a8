using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DirectiveTracker.Index.Analysis;

/// <summary>
/// Replays tokens analysed beforehand (<see cref="VietnameseAnalyzer.Analyze"/>) into one field, so that one pass of the
/// chain feeds the exact, folded and bigram fields instead of three. A stream can replay another list once the
/// index has consumed it (<see cref="Replay"/>): a new stream per field costs the attributes the indexer adds to it.
/// </summary>
public sealed class TokenListStream : TokenStream
{
    private IReadOnlyList<Token> _tokens;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private int _next;

    public TokenListStream(IReadOnlyList<Token> tokens)
    {
        _tokens = tokens;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>This stream, replaying <paramref name="tokens"/> from the start.</summary>
    public TokenListStream Replay(IReadOnlyList<Token> tokens)
    {
        _tokens = tokens;
        _next = 0;
        return this;
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count) return false;
        ClearAttributes();
        var t = _tokens[_next++];
        _term.SetEmpty().Append(t.Text);
        _offset.SetOffset(t.Start, t.End);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
