using DirectiveTracker.Extract.Grammar;

namespace DirectiveTracker.Extract.Metadata;

/// <summary>
/// Rejoins the letters a conversion split off by stray spaces in an upper-case header line ("ỦY B AN NHÂN D Â N" →
/// "ỦY BAN NHÂN DÂN", "T HÀNH PHỐ ĐÀ N ẴNG" → "THÀNH PHỐ ĐÀ NẴNG").
/// </summary>
/// <remarks>
/// A lone consonant is never a Vietnamese syllable: it opens the next word when the two can start a syllable (a vowel
/// follows, or a cluster such as TH, NH, NG), else it closes the word before it when that word ends in a vowel and
/// the consonant can end a syllable (C, M, N, P, T). A lone vowel is joined only through a consonant next to it.
/// </remarks>
internal static class StrayLetters
{
    private const string Vowels = "AEIOUY";
    private const string Finals = "CMNPT";
    private static readonly string[] Clusters = ["CH", "GH", "GI", "KH", "NG", "NH", "PH", "QU", "TH", "TR"];

    /// <summary>The line with its split letters rejoined; the line itself when no lone consonant stands in it.</summary>
    public static string Join(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!words.Any(IsLoneConsonant)) return line;
        for (int i = 0; i < words.Count; i++)
        {
            if (!IsLoneConsonant(words[i])) continue;
            if (i + 1 < words.Count && Opens(words[i], words[i + 1]))
            {
                words[i] += words[i + 1];
                words.RemoveAt(i + 1);
            }
            else if (i > 0 && Finals.Contains(Base(words[i][0])) && Vowels.Contains(Base(words[i - 1][^1])))
            {
                words[i - 1] += words[i];
                words.RemoveAt(i--);
            }
        }
        return string.Join(' ', words);
    }

    private static bool IsLoneConsonant(string word) => word.Length == 1 && char.IsUpper(word[0]) && !Vowels.Contains(Base(word[0]));

    private static bool Opens(string consonant, string next)
    {
        if (!char.IsUpper(next[0])) return false;
        char first = Base(next[0]);
        if (Vowels.Contains(first)) return true;
        var pair = string.Concat(Base(consonant[0]), first);
        return Clusters.Contains(pair, StringComparer.Ordinal) && next.Length > 1;
    }

    // The letter without diacritics, upper case ("Ẵ" → 'A', "Đ" → 'D').
    private static char Base(char c) => char.ToUpperInvariant(FoldTable.Fold(c));
}
