// The FTS5 store as it was before search moved to Lucene (issue 9), kept to compare the two in one run.
using DirectiveTracker.Index;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
namespace DirectiveTracker.Bench.Fts5;

/// <summary>How terms are written into FTS5 columns: one FTS5 token each, punctuation inside a compound becomes '_'.</summary>
public static class IndexTerms
{
    /// <summary>The FTS5 tokenizer over our own terms: no folding of its own, '_' kept inside tokens.</summary>
    public const string Fts5Tokenizer = "unicode61 remove_diacritics 0 tokenchars '_'";

    public static string Encode(string term)
    {
        foreach (char c in term)
            if (!char.IsLetterOrDigit(c) && c != SyllableBigramFilter.Joiner) return Rewrite(term);
        return term;
    }

    private static string Rewrite(string term)
    {
        var chars = term.ToCharArray();
        for (int i = 0; i < chars.Length; i++) if (!char.IsLetterOrDigit(chars[i])) chars[i] = '_';
        return new string(chars);
    }

    public static string Join(IReadOnlyList<Token> tokens)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var t in tokens)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(Encode(t.Text));
        }
        return sb.ToString();
    }
}
