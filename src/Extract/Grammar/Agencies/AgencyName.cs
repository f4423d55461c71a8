using System.Text;
using System.Text.RegularExpressions;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>Agency name forms: abbreviations expanded to full words, and the canonical key two spellings of one body share.</summary>
public static class AgencyName
{
    // Written abbreviation → full words (agency-abbreviations.json). Longest first so "LĐ-TB&XH" wins over "XH"-like pieces.
    private static readonly (string Abbr, string Full)[] Abbreviations = Sorted(AgencyAbbreviations.Embedded.Abbreviations);

    // Short abbreviations that are only names right after "Sở"/"Bộ" ("Sở TC" = Sở Tài chính).
    private static readonly (string Abbr, string Full)[] AfterDepartment = Sorted(AgencyAbbreviations.Embedded.AfterDepartment);

    private static (string, string)[] Sorted(IReadOnlyDictionary<string, string> list) =>
        list.Select(p => (p.Key, p.Value)).OrderByDescending(p => p.Key.Length).ToArray();

    /// <summary>The text with agency abbreviations written out ("Sở TT&amp;TT" → "Sở Thông tin và Truyền thông").</summary>
    public static string Expand(string text) => ExpandMapped(text).Text;

    /// <summary>
    /// Expanded text with, for each of its characters, the index in the original it came from; no map (null) when the
    /// text holds no abbreviation and is its own expansion.
    /// </summary>
    internal static (string Text, int[]? Map) ExpandMapped(string text)
    {
        text ??= string.Empty;
        // Most texts (every task's is recognised) hold no abbreviation: found so, they are neither copied nor mapped.
        if (!HoldsAbbreviation(text)) return (text, null);
        var sb = new StringBuilder(text.Length + 16);
        var map = new int[text.Length + 1];
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            // The chars before the next one an abbreviation can start with are copied as they are, each from its own index.
            int next = text.AsSpan(i).IndexOfAny(AbbreviationStartChars);
            int copied = next < 0 ? text.Length - i : next;
            sb.Append(text, i, copied);
            EnsureRoom(ref map, count + copied);
            for (int k = 0; k < copied; k++) map[count++] = i + k;
            i += copied;
            if (i == text.Length) break;
            if (IsBoundaryBefore(text, i) && TryAbbreviation(text, i, out var abbrLength, out var full))
            {
                sb.Append(full);
                EnsureRoom(ref map, count + full.Length);
                for (int k = 0; k < full.Length; k++) map[count++] = i;
                i += abbrLength;
                continue;
            }
            sb.Append(text[i]);
            EnsureRoom(ref map, count + 1);
            map[count++] = i++;
        }
        EnsureRoom(ref map, count + 1);
        map[count++] = text.Length;
        return (sb.ToString(), count == map.Length ? map : map[..count]);
    }

    // Doubles the map until it holds <paramref name="length"/> entries.
    private static void EnsureRoom(ref int[] map, int length)
    {
        int size = map.Length;
        while (size < length) size *= 2;
        if (size > map.Length) Array.Resize(ref map, size);
    }

    // Every task text is asked: only where a capital that can start an abbreviation stands (found by a vectorised search,
    // not a test per character) are the boundary and the abbreviations tried; elsewhere TryAbbreviation is false at once.
    private static bool HoldsAbbreviation(string text)
    {
        var span = text.AsSpan();
        for (int i = span.IndexOfAny(AbbreviationStartChars); i >= 0;)
        {
            if (IsBoundaryBefore(text, i) && TryAbbreviation(text, i, out _, out _)) return true;
            int next = span[(i + 1)..].IndexOfAny(AbbreviationStartChars);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    // The letters an abbreviation can start with: most positions of a text are ruled out by one look-up.
    private static readonly string AbbreviationStarts = new(Abbreviations.Concat(AfterDepartment).Select(a => a.Abbr[0]).Distinct().ToArray());

    // The same letters with Ð (U+00D0), which TryAbbreviation reads as Đ.
    private static readonly System.Buffers.SearchValues<char> AbbreviationStartChars =
        System.Buffers.SearchValues.Create(AbbreviationStarts.Contains('Đ') ? AbbreviationStarts + "\u00D0" : AbbreviationStarts);

    private static bool TryAbbreviation(string text, int at, out int length, out string full)
    {
        if (!AbbreviationStarts.Contains(text[at] == '\u00D0' ? 'Đ' : text[at])) { length = 0; full = ""; return false; }
        foreach (var (abbr, f) in Abbreviations)
            if (MatchesAt(text, at, abbr)) { length = abbr.Length; full = f; return true; }
        if (AfterDepartmentWord(text, at))
            foreach (var (abbr, f) in AfterDepartment)
                if (MatchesAt(text, at, abbr)) { length = abbr.Length; full = f; return true; }
        length = 0; full = "";
        return false;
    }

    private static bool MatchesAt(string text, int at, string abbr)
    {
        if (at + abbr.Length > text.Length) return false;
        for (int k = 0; k < abbr.Length; k++)
        {
            char c = text[at + k] == '\u00D0' ? 'Đ' : text[at + k];
            if (c != abbr[k]) return false;
        }
        return IsBoundaryAfter(text, at + abbr.Length);
    }

    private static bool AfterDepartmentWord(string text, int at)
    {
        int end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        if (end == at) return false;
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text[start..end];
        return word is "Sở" or "Bộ";
    }

    // Inside a document number ("29/KH-UBND", "41-CT/TW") an abbreviation is part of the symbol, not a name.
    private static bool IsBoundaryBefore(string text, int i) =>
        i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '/' or '-' or '&' or '_');

    private static bool IsBoundaryAfter(string text, int i) =>
        i >= text.Length || !(char.IsLetterOrDigit(text[i]) || text[i] is '/' or '-' or '&' or '_');

    private static readonly Regex TrailingPlace = new(@"\s+(?:tinh|thanh pho|tp\.?)(?!\s+(?:uy|doan)(?:\s|$))(?:\s+[\p{L}\-]+){0,3}$", RegexOptions.CultureInvariant);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant);
    private static readonly Regex DashSpaces = new(@"\s*[-–—]\s*", RegexOptions.CultureInvariant);

    /// <summary>
    /// Canonical key of an agency name: abbreviations expanded, folded, lower case, leading "các" and a trailing
    /// place ("tỉnh Thái Bình", "thành phố …") dropped, spaces collapsed. "Sở TT&amp;TT" and
    /// "Sở Thông tin và Truyền thông tỉnh Thái Bình" share one key.
    /// </summary>
    public static string Key(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return string.Empty;
        // Every mention and owner is keyed, and a document names the same few bodies over and over.
        if (Keys.TryGetValue(name, out var known)) return known;
        var key = ComputeKey(name);
        if (Keys.Count >= KeysLimit) Keys.Clear();
        Keys[name] = key;
        return key;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);
    private const int KeysLimit = 20_000;

    private static string ComputeKey(string name)
    {
        var k = VietnameseText.Fold(VietnameseText.ComparisonKey(Expand(name))).ToLowerInvariant();
        k = DashSpaces.Replace(k, " - ");
        k = Spaces.Replace(k, " ").Trim(' ', ',', ';', '.', ':');
        if (k.StartsWith("cac ", StringComparison.Ordinal)) k = k[4..];
        var stripped = TrailingPlace.Replace(k, "");
        if (stripped.Length > 0) k = stripped;
        return k.Trim();
    }
}
