using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Metadata;

/// <summary>
/// The Party's central bodies, whose names head Party documents. A scan's OCR can garble one letter of them
/// ("BAN CHẮÁP HÀNH TRUNG ƯƠNG"); an issuer line within one edit of a known name is read as that name. The names are
/// data (metadata-words.json).
/// </summary>
public static class CentralPartyBodies
{
    private static readonly IReadOnlyList<string> Names = MetadataWords.Embedded.CentralPartyBodies;

    // Short names are left alone: one edit turns too many short phrases into another.
    private const int MinLength = 10;

    /// <summary>The issuer line with a misread central body's name at its start put right; otherwise unchanged.</summary>
    public static string Repair(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in Names)
        {
            int n = VietnameseText.WordCount(name);
            if (words.Length < n || name.Length < MinLength) continue;
            var head = string.Join(' ', words.Take(n));
            var key = BodyText.Key(head);
            var nameKey = BodyText.Key(name);
            if (EditDistance(key, nameKey) <= 1)
                return string.Join(' ', new[] { name }.Concat(words.Skip(n)));
        }
        return line;
    }

    private static int EditDistance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
