namespace DirectiveTracker.Index.Analysis;

/// <summary>What a token is: a syllable, a number, a whole document number or date, one of its parts, or a syllable bigram.</summary>
public enum TokenType { Word, Number, DocumentNumber, Date, Part, Bigram }

/// <summary>One term of analysed text, with the offsets of the original characters it came from.</summary>
/// <param name="Text">The term as indexed (after the filters so far).</param>
/// <param name="Start">Offset of the first original character.</param>
/// <param name="End">Offset just past the last original character.</param>
/// <param name="Type">What kind of token it is.</param>
public sealed record Token(string Text, int Start, int End, TokenType Type)
{
    /// <summary>A compound (document number, date) stays whole for exact matches and is also split into parts.</summary>
    public bool IsCompound => Type is TokenType.DocumentNumber or TokenType.Date;
}
