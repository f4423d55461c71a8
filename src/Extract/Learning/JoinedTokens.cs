namespace DirectiveTracker.Extract.Learning;

/// <summary>Feature names joined by single spaces, in the order they come: a model's pattern text.</summary>
public sealed class JoinedTokens : Grammar.IFeatureSink
{
    private readonly System.Text.StringBuilder _text = new();

    public void Add(ReadOnlySpan<char> name, double value) => (_text.Length == 0 ? _text : _text.Append(' ')).Append(name);

    public override string ToString() => _text.ToString();
}
