using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DirectiveTracker.Index.Analysis;

/// <summary>
/// The Lucene tokenizer of the Vietnamese chain: <see cref="VietnameseTokenizer"/>'s syllables, numbers, document
/// numbers and dates as a token stream. The token's kind goes in the type attribute (<see cref="TokenTypes"/>);
/// a flag says the token follows the previous one across spaces only, so that bigrams never pair across punctuation.
/// </summary>
public sealed class SyllableTokenizer : Tokenizer
{
    /// <summary>Flag bit: only whitespace lies between this token and the one before it.</summary>
    public const int AfterSpaces = 1;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IFlagsAttribute _flags;
    private string _text = "";
    private int _position;
    private int _previousEnd = -1;

    public SyllableTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _flags = AddAttribute<IFlagsAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        // The characters go straight from the text into the term buffer: no string per token.
        if (!VietnameseTokenizer.Next(_text, ref _position, out int start, out int end, out var type)) return false;
        _term.SetEmpty().Append(_text, start, end - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _type.Type = TokenTypes.Name(type);
        _flags.Flags = _previousEnd >= 0 && OnlySpaces(_previousEnd, start) ? AfterSpaces : 0;
        _previousEnd = end;
        return true;
    }

    private bool OnlySpaces(int from, int to)
    {
        for (int i = from; i < to; i++) if (!char.IsWhiteSpace(_text[i])) return false;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd() ?? "";
        _position = 0;
        _previousEnd = -1;
    }

    public override void End()
    {
        base.End();
        int final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) { _text = ""; _position = 0; }
        base.Dispose(disposing);
    }
}

/// <summary>The names of <see cref="TokenType"/> values in Lucene's type attribute.</summary>
public static class TokenTypes
{
    private static readonly string[] Names = Enum.GetNames<TokenType>();

    public static string Name(TokenType type) => Names[(int)type];

    /// <summary>The kind a type attribute names, compared with the chain's own names (parsing the enum for every token cost the build); a word for any other.</summary>
    public static TokenType Parse(string name)
    {
        for (int i = 0; i < Names.Length; i++)
            if (ReferenceEquals(name, Names[i]) || name == Names[i]) return (TokenType)i;
        return TokenType.Word;
    }

    public static bool Is(ITypeAttribute type, TokenType expected) => ReferenceEquals(type.Type, Names[(int)expected]) || type.Type == Names[(int)expected];
}
