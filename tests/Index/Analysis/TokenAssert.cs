using DirectiveTracker.Index.Analysis;

namespace DirectiveTracker.Index.Tests.Analysis;

/// <summary>Checks an analysis result and the invariants every token stream keeps (Lucene's AssertAnalyzesTo).</summary>
internal static class TokenAssert
{
    /// <summary>Asserts the terms (and optionally start offsets) and the stream invariants.</summary>
    public static void AnalyzesTo(IReadOnlyList<Token> tokens, string input, string[] terms, int[]? starts = null, int[]? ends = null)
    {
        CheckInvariants(tokens, input);
        Assert.Equal(terms, tokens.Select(t => t.Text).ToArray());
        if (starts is not null) Assert.Equal(starts, tokens.Select(t => t.Start).ToArray());
        if (ends is not null) Assert.Equal(ends, tokens.Select(t => t.End).ToArray());
    }

    public static void AnalyzesTo(Func<string, IEnumerable<Token>> chain, string input, params string[] terms) =>
        AnalyzesTo(chain(input).ToList(), input, terms);

    /// <summary>Starts never go backwards, every token lies inside the input and is not empty.</summary>
    public static void CheckInvariants(IReadOnlyList<Token> tokens, string input)
    {
        int lastStart = 0;
        foreach (var t in tokens)
        {
            Assert.False(string.IsNullOrEmpty(t.Text), "empty term");
            Assert.True(t.Start >= lastStart, $"offset went backwards at '{t.Text}' ({t.Start} < {lastStart})");
            Assert.True(t.Start < t.End, $"empty span at '{t.Text}'");
            Assert.True(t.End <= input.Length, $"'{t.Text}' ends at {t.End} past the input ({input.Length})");
            lastStart = t.Start;
        }
    }
}
