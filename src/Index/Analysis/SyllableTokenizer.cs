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
    private readonly VietnameseTokenizer _tokenizer = new();
    private IEnumerator<Token>? _tokens;
    private string _text = "";
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
        if (_tokens is null || !_tokens.MoveNext()) return false;
        var t = _tokens.Current;
        _term.SetEmpty().Append(t.Text);
        _offset.SetOffset(CorrectOffset(t.Start), CorrectOffset(t.End));
        _type.Type = TokenTypes.Name(t.Type);
        _flags.Flags = _previousEnd >= 0 && OnlySpaces(_previousEnd, t.Start) ? AfterSpaces : 0;
        _previousEnd = t.End;
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
        _tokens = _tokenizer.Tokenize(_text).GetEnumerator();
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
        if (disposing) { _tokens?.Dispose(); _tokens = null; _text = ""; }
        base.Dispose(disposing);
    }
}

/// <summary>The names of <see cref="TokenType"/> values in Lucene's type attribute.</summary>
public static class TokenTypes
{
    private static readonly string[] Names = Enum.GetNames<TokenType>();

    public static string Name(TokenType type) => Names[(int)type];

    public static TokenType Parse(string name) => Enum.TryParse<TokenType>(name, out var t) ? t : TokenType.Word;

    public static bool Is(ITypeAttribute type, TokenType expected) => ReferenceEquals(type.Type, Names[(int)expected]) || type.Type == Names[(int)expected];
}
