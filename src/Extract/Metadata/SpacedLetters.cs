using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Metadata;

/// <summary>
/// Rejoins the words of a header or signature line whose letters a conversion spread with stray spaces, in any case:
/// "T hành phố Hồ Chí M inh" → "Thành phố Hồ Chí Minh", "Ngu y ễn Hữu Tín" → "Nguyễn Hữu Tín",
/// "HỒ C H Í M I NH" → "HỒ CHÍ MINH", "QĐ - U B ND" → "QĐ - UBND".
/// </summary>
/// <remarks>
/// Only a line with two or more lone letters is read so: ordinary text ("Điểm a Khoản 2") keeps its spaces. Around each
/// suspicious piece (a lone letter, or a piece that is no Vietnamese syllable) the spaces kept are those that cut the
/// run into the fewest syllables, a syllable without an initial consonant or closed by a lone consonant counting a
/// little more ("HỒ CHÍ", not "HỒCH Í" or "HỒC HÍ"); a run that is no syllables at all but capitals only is an acronym and is joined ("U B ND" → "UBND").
/// Issuer lines, upper case, are read once more for a single split-off letter (<see cref="JoinLoneConsonants"/>).
/// </remarks>
public static partial class SpacedLetters
{
    // Trim's char sets, made once: a params array per call was a measurable share of extraction (InitializeArray).
    private static readonly char[] StopMarks = [',', '.', ';', ':'];

    /// <summary>The line with its spread words rejoined; the line itself when it is not letter-spaced.</summary>
    public static string Rejoin(string line)
    {
        if (line.Length < 3 || CountLoneLetters(line) < 2) return line;
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>(tokens.Length);
        // Each token is asked about as the right and as the left of a pair: read once (a syllable test is a regex run).
        var suspicious = new bool?[tokens.Length];
        bool IsSuspicious(int k) => suspicious[k] ??= Suspicious(tokens[k]);
        int i = 0;
        while (i < tokens.Length)
        {
            // The run: tokens joined to their neighbour because one of the two is suspicious.
            int j = i;
            while (j + 1 < tokens.Length && Joinable(tokens[j], tokens[j + 1]) && (IsSuspicious(j) || IsSuspicious(j + 1))) j++;
            if (j == i) { result.Add(tokens[i++]); continue; }
            result.AddRange(Segment(tokens[i..(j + 1)]));
            i = j + 1;
        }
        return string.Join(' ', result);
    }

    private static int CountLoneLetters(string line)
    {
        int count = 0;
        // The spaces around first: every line of the document is counted, and a letter's class costs a table look-up.
        for (int k = 0; k < line.Length; k++)
            if ((k == 0 || line[k - 1] == ' ') && (k + 1 == line.Length || line[k + 1] == ' ') && char.IsLetter(line[k])) count++;
        return count;
    }

    // Letters only, or letters with closing punctuation when it ends the run ("M inh,").
    private static bool Joinable(string left, string right) => IsLetters(left) && (IsLetters(right) || IsLetters(right.TrimEnd(StopMarks)));

    private static bool IsLetters(string token)
    {
        foreach (char c in token) if (!char.IsLetter(c)) return false;
        return token.Length > 0;
    }

    private static bool Suspicious(string token) => IsLetters(token) && (token.Length == 1 || !IsSyllable(token));

    private static IEnumerable<string> Segment(string[] run)
    {
        int n = run.Length;
        var cost = new double[n + 1];
        var from = new int[n + 1];
        Array.Fill(cost, double.MaxValue);
        cost[0] = 0;
        for (int end = 1; end <= n; end++)
            for (int start = end - 1; start >= 0 && end - start <= 6; start--)
            {
                if (cost[start] == double.MaxValue) continue;
                // A span, not run[start..end]: that copied a sub-array for every candidate word of every run.
                var word = string.Concat(run.AsSpan(start, end - start));
                if (!IsSyllable(word.TrimEnd(StopMarks))) continue;
                // A lone consonant more often opens the next syllable than closes the one before ("HỒ C H Í" → "HỒ CHÍ").
                bool closedByLone = end - start > 1 && run[end - 1].Length == 1 && !IsVowel(run[end - 1][0]);
                double c = cost[start] + 1 + (HasOnset(word) ? 0 : 0.5) + (closedByLone ? 0.25 : 0);
                if (c < cost[end]) { cost[end] = c; from[end] = start; }
            }
        if (cost[n] == double.MaxValue)
            return run.All(t => t.TrimEnd(StopMarks).All(char.IsUpper)) && run.Sum(t => t.Length) <= 8 ? [string.Concat(run)] : run;
        var words = new List<string>();
        for (int end = n; end > 0; end = from[end]) words.Add(string.Concat(run.AsSpan(from[end], end - from[end])));
        words.Reverse();
        return words;
    }

    private const string Finals = "CMNPT";
    private static readonly string[] Clusters = ["CH", "GH", "GI", "KH", "NG", "NH", "PH", "QU", "TH", "TR"];

    /// <summary>
    /// An upper-case issuer line with a single letter split off ("ỦY B AN NHÂN D Â N" → "ỦY BAN NHÂN DÂN",
    /// "T HÀNH PHỐ ĐÀ N ẴNG" → "THÀNH PHỐ ĐÀ NẴNG"), which <see cref="Rejoin"/> leaves alone for want of a second lone letter;
    /// the line itself when no lone consonant stands in it.
    /// </summary>
    /// <remarks>
    /// A lone consonant is never a Vietnamese syllable: it opens the next word when the two can start a syllable (a vowel
    /// follows, or a cluster such as TH, NH, NG), else it closes the word before it when that word ends in a vowel and
    /// the consonant can end a syllable (C, M, N, P, T). A lone vowel is joined only through a consonant next to it.
    /// </remarks>
    public static string JoinLoneConsonants(string line)
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
            else if (i > 0 && Finals.Contains(Base(words[i][0])) && IsVowel(words[i - 1][^1]))
            {
                words[i - 1] += words[i];
                words.RemoveAt(i--);
            }
        }
        return string.Join(' ', words);
    }

    private static bool IsLoneConsonant(string word) => word.Length == 1 && char.IsUpper(word[0]) && !IsVowel(word[0]);

    private static bool Opens(string consonant, string next)
    {
        if (!char.IsUpper(next[0])) return false;
        if (IsVowel(next[0])) return true;
        var pair = string.Concat(Base(consonant[0]), Base(next[0]));
        return Clusters.Contains(pair, StringComparer.Ordinal) && next.Length > 1;
    }

    // The letter without diacritics, upper case ("Ẵ" → 'A', "Đ" → 'D').
    private static char Base(char c) => char.ToUpperInvariant(FoldTable.Fold(c));

    /// <summary>The piece is one Vietnamese syllable: initial consonants, one to three vowels, a final; no capital after a small letter.</summary>
    public static bool IsSyllable(string word)
    {
        if (word.Length == 0 || word.Length > 7) return false;
        for (int k = 1; k < word.Length; k++) if (char.IsUpper(word[k]) && char.IsLower(word[k - 1])) return false;
        // Segmenting a run asks about many pieces: precomposed letters fold char for char from the table (the same
        // answer as folding the piece), without normalising and without a string per piece.
        Span<char> folded = stackalloc char[7];
        int n = 0;
        foreach (char c in word)
        {
            if (!FoldTable.TryFold(c, out char f)) return Syllable().IsMatch(VietnameseText.Fold(word).ToLowerInvariant());
            if (f != FoldTable.Dropped) folded[n++] = f;
        }
        return Syllable().IsMatch(folded[..n]);
    }

    private static bool HasOnset(string word) => !IsVowel(word[0]);

    // The one vowel test of this class, on the letter folded as VietnameseText.Fold does (FoldTable): "Ẵ", "ă", "A" are vowels.
    private static bool IsVowel(char c) => "aeiouy".Contains(FoldTable.Fold(c));

    [GeneratedRegex(@"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Syllable();
}
