// The FTS5 store as it was before search moved to Lucene (issue 9), kept to compare the two in one run.
using DirectiveTracker.Index;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using System.Text;

namespace DirectiveTracker.Bench.Fts5;

/// <summary>
/// The terms an index entry's filter attributes are written as in FTS5's <c>attrs</c> column, so that a filter is one
/// more term of the MATCH and FTS5 intersects it with the words by skipping through doclists, as Lucene filters are
/// terms. Free-form values (agency keys, document numbers) are hex-encoded: one token each, never confused with another.
/// </summary>
public static class AttributeTerms
{
    public const string Column = "attrs";

    public static string Kind(string kind) => "kind_" + Hex(kind.ToLowerInvariant());

    public static string Year(int year) => "year_" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Category(string category) => "category_" + Hex(category.ToLowerInvariant());

    public static string Number(string numberKey) => "number_" + Hex(numberKey);

    public static string Implements(string numberKey) => "implements_" + Hex(numberKey);

    /// <summary>The filter term of an agency key: it matches the key itself and longer keys that start with it as whole words.</summary>
    public static string Agency(string key) => "agency_" + Hex(key);

    /// <summary>The terms an entry owned by <paramref name="key"/> carries: the key and each of its leading whole-word parts.</summary>
    public static IEnumerable<string> AgencyAndLeadingWords(string key)
    {
        for (int i = key.IndexOf(' '); i >= 0; i = key.IndexOf(' ', i + 1)) yield return Agency(key[..i]);
        yield return Agency(key);
    }

    /// <summary>A MATCH expression for one of <paramref name="terms"/> in the attrs column; a term no entry has when there are none.</summary>
    public static string AnyOf(IReadOnlyCollection<string> terms) =>
        $"{{{Column}}} : ({(terms.Count == 0 ? "\"none_\"" : string.Join(" OR ", terms.Select(t => "\"" + t + "\"")))})";

    private static string Hex(string value) => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(value));
}
