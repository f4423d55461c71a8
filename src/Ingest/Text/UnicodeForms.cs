using System.Globalization;
using System.Text;

namespace DirectiveTracker.Ingest.Text;

/// <summary>NFC and NFD that give the same answer with or without ICU (globalization-invariant mode).</summary>
/// <remarks>
/// In invariant mode (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1, or a machine without libicu) string.Normalize
/// leaves text as it is, so folding kept every diacritic and extraction found a different set of tasks.
/// Where the runtime normalises, it is used; otherwise Latin letters (all Vietnamese letters among them) are
/// decomposed and composed from a fixed table, and other characters pass through.
/// </remarks>
public static class UnicodeForms
{
    private static readonly bool Native = "\u00E9".Normalize(NormalizationForm.FormD).Length == 2;

    /// <summary>Canonical composition (NFC).</summary>
    public static string ToNfc(string text)
    {
        if (Native) return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return Compose(ToNfd(text));
    }

    /// <summary>Canonical decomposition (NFD).</summary>
    public static string ToNfd(string text)
    {
        if (Native) return text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (LatinDecompositions.Table.TryGetValue(c, out var d)) sb.Append(d);
            else sb.Append(c);
        }
        // Canonical order: a stable sort of each run of marks by combining class.
        for (int i = 1; i < sb.Length; i++)
        {
            int cls = CombiningClass(sb[i]);
            if (cls == 0) continue;
            for (int j = i; j > 0 && CombiningClass(sb[j - 1]) > cls; j--) (sb[j - 1], sb[j]) = (sb[j], sb[j - 1]);
        }
        return sb.ToString();
    }

    private static string Compose(string nfd)
    {
        var sb = new StringBuilder(nfd.Length);
        var skipped = new StringBuilder();
        int i = 0;
        while (i < nfd.Length)
        {
            char current = nfd[i++];
            skipped.Clear();
            int lastSkippedClass = 0;
            while (i < nfd.Length && CombiningClass(nfd[i]) != 0)
            {
                char mark = nfd[i++];
                int cls = CombiningClass(mark);
                bool blocked = skipped.Length > 0 && lastSkippedClass >= cls;
                if (!blocked && LatinDecompositions.Pairs.TryGetValue((current, mark), out var composed)) current = composed;
                else { skipped.Append(mark); lastSkippedClass = cls; }
            }
            sb.Append(current).Append(skipped);
        }
        return sb.ToString();
    }

    // The classes of the marks the table uses (Unicode's canonical combining classes); other non-spacing marks 230.
    private static int CombiningClass(char c) => c switch
    {
        '\u031B' => 216,
        '\u0327' or '\u0328' => 202,
        '\u0323' or '\u0324' or '\u0325' or '\u0326' or '\u032D' or '\u032E' or '\u0330' or '\u0331' => 220,
        _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark => 230,
        _ => 0,
    };
}
