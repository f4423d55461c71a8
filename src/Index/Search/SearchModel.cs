using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Index.Search;

/// <summary>A search: the query in the query language, how many hits to return and the day statuses are computed for.</summary>
public sealed record SearchRequest(string Query, int Limit = 20, DateOnly? Today = null);

/// <summary>Whether a hit is a whole document or one of its tasks.</summary>
public enum HitKind { Document, Task }

/// <summary>An agency a task is given to, as written, with its key and role (lead / support).</summary>
public sealed record TaskOwner(string AgencyKey, string Name, string Role);

/// <summary>One result: a document or a task, with what a result list shows and a highlighted snippet.</summary>
public sealed record SearchHit
{
    public required HitKind Kind { get; init; }
    public required long DocumentId { get; init; }
    public long? TaskId { get; init; }
    public string? Number { get; init; }
    public DocumentKind DocumentKind { get; init; }
    public string? Title { get; init; }
    public string? Issuer { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public string? TaskPath { get; init; }
    public string? TaskText { get; init; }
    public IReadOnlyList<TaskOwner> Owners { get; init; } = [];
    public Deadline? Deadline { get; init; }
    public TaskCategory? Category { get; init; }
    public TaskStatus? Status { get; init; }
    /// <summary>BM25 score with field weights (higher is better); 0 for filter-only queries.</summary>
    public double Score { get; init; }
    public required Snippet Snippet { get; init; }
}

/// <summary>A piece of the original text with the matched words marked.</summary>
/// <param name="Text">The excerpt, exactly as in the original (with "…" when cut).</param>
/// <param name="Highlights">Ranges in <paramref name="Text"/> of the matched words.</param>
/// <param name="SourceOffset">Offset in the original text where the excerpt starts (after any leading "…").</param>
public sealed record Snippet(string Text, IReadOnlyList<Highlight> Highlights, int SourceOffset)
{
    public static readonly Snippet Empty = new("", [], 0);

    /// <summary>The snippet with each highlight wrapped in <paramref name="open"/> and <paramref name="close"/>.</summary>
    public string Mark(string open = "[", string close = "]")
    {
        var sb = new System.Text.StringBuilder();
        int at = 0;
        foreach (var h in Highlights)
        {
            sb.Append(Text, at, h.Start - at).Append(open).Append(Text, h.Start, h.Length).Append(close);
            at = h.Start + h.Length;
        }
        return sb.Append(Text, at, Text.Length - at).ToString();
    }
}

/// <summary>A highlighted range: start and length.</summary>
public sealed record Highlight(int Start, int Length);

/// <summary>One value of a facet with the number of hits that have it.</summary>
public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>What a search returns: the total, the top hits and facet counts over all hits.</summary>
/// <param name="Total">The number of hits: exact, or a lower bound when <see cref="SearchResults.TotalIsLowerBound"/>.</param>
/// <param name="Approximate">True when more hits matched than the store ranks or counts facets over: then only the most recently added ones were.</param>
public sealed record SearchResults(
    string Query,
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    bool Approximate)
{
    /// <summary>True when more hits matched than were counted: show the total as "hơn N" (more than N). The index counts matches newest first and stops once the facet window is full, so a broad query's total is a lower bound.</summary>
    public bool TotalIsLowerBound { get; init; }
}
