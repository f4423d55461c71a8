using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;

namespace DirectiveTracker.Index.Storage;

/// <summary>Options of the Lucene index that follows a store, whatever the backend (SQLite or PostgreSQL).</summary>
public abstract class SearchIndexOptions
{
    /// <summary>Keys agency names (the grammar's AgencyName.Key by default).</summary>
    public IAgencyKeys AgencyKeys { get; set; } = new GrammarAgencyKeys();

    public AnalyzerOptions Analyzer { get; set; } = new();

    /// <summary>When more hits match than this, only the most recently added ones are scored (results say <see cref="SearchResults.Approximate"/>).</summary>
    public int RankWindow { get; set; } = 1000;

    /// <summary>Facets count at most this many hits, the most recently added, and hits are counted until this many are found (results say <see cref="SearchResults.Approximate"/> beyond it, and the total is a lower bound).</summary>
    public int FacetWindow { get; set; } = 2000;

    /// <summary>
    /// Hits are looked for in the newest this many entries first, then in ranges twice as large, until the facet window
    /// is full: a broad query reads only its newest entries' postings.
    /// </summary>
    public int NewestRange { get; set; } = 16_384;

    /// <summary>Weights of the text fields in the BM25 score.</summary>
    public FieldWeights Weights { get; set; } = new();

    /// <summary>Status settings (due-soon days) of every task list and of the <c>status:</c> filter and facet.</summary>
    public Progress.StatusOptions Status { get; set; } = new();

    /// <summary>How long a write waits for another process that holds the index's writer.</summary>
    public TimeSpan IndexLockWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The search options the executor runs with.</summary>
    internal SearchOptions Search => new() { RankWindow = RankWindow, FacetWindow = FacetWindow, NewestRange = NewestRange, Weights = Weights };
}
