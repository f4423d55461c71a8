using System.Text;

namespace DirectiveTracker.Ingest.Tests.Fixtures;

/// <summary>Accuracy of a read-back text against its source: 1 − edit distance / source length, after collapsing whitespace.</summary>
internal static class TextAccuracy
{
    public static double Characters(string expected, string actual)
    {
        var a = Collapse(expected);
        var b = Collapse(actual);
        return a.Length == 0 ? (b.Length == 0 ? 1 : 0) : 1.0 - (double)Distance(a.AsSpan(), b.AsSpan()) / a.Length;
    }

    public static double Words(string expected, string actual)
    {
        var a = Collapse(expected).Split(' ');
        var b = Collapse(actual).Split(' ');
        return 1.0 - (double)Distance<string>(a, b) / a.Length;
    }

    public static string Collapse(string s) =>
        string.Join(' ', s.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int Distance<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : IEquatable<T>
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1].Equals(b[j - 1]) ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
