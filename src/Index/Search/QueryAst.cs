namespace DirectiveTracker.Index.Search;

/// <summary>A node of a parsed search query.</summary>
public abstract record QueryNode(int Position);

/// <summary>A word as typed; <see cref="Prefix"/> when it ended in '*'.</summary>
public sealed record TermNode(string Text, bool Prefix, int Position) : QueryNode(Position);

/// <summary>A quoted phrase: its words in order.</summary>
public sealed record PhraseNode(string Text, int Position) : QueryNode(Position);

/// <summary>All children must match (explicit AND or words side by side).</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Children, int Position) : QueryNode(Position);

/// <summary>Any child may match.</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Children, int Position) : QueryNode(Position);

/// <summary>The child must not match (NOT x, -x).</summary>
public sealed record NotNode(QueryNode Child, int Position) : QueryNode(Position);

/// <summary>A filter <c>name:value</c>, e.g. <c>agency:"Sở Nội vụ"</c>.</summary>
public sealed record FilterNode(string Name, string Value, int Position) : QueryNode(Position);

/// <summary>A parsed query: the text part (null when the query is only filters) and the filters.</summary>
public sealed record ParsedQuery(QueryNode? Text, IReadOnlyList<FilterNode> Filters);

/// <summary>A query the parser cannot read: a Vietnamese message for the user and the 0-based position of the problem.</summary>
public sealed class QuerySyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;

    /// <summary>The message followed by the query with a caret under the problem, for a terminal.</summary>
    public string Describe(string query)
    {
        var shown = query.Length > 120 ? query[..120] + "…" : query;
        return $"{Message} (vị trí {Position + 1})" + (Position <= 120 ? $"\n  {shown}\n  {new string(' ', Position)}^" : "");
    }
}
