using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Metadata;

/// <summary>
/// A known name at the start of a header line as a scan's OCR may have read it: marks lost or changed ("TỎNG CỤC
/// THUÊ") and one letter misread ("TONG CYC THUE", "BAN CHẮÁP HÀNH TRUNG ƯƠNG"). The line's leading words, folded, are
/// within one edit of the name's folded key.
/// </summary>
public static class MisreadName
{
    // Short names are left alone: one edit turns too many short phrases into another.
    private const int MinLength = 10;

    /// <summary>The known name the line starts with and how many of the line's words it takes; null when none.</summary>
    public static (string Name, int Words)? AtStart(string line, IEnumerable<string> names)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in names)
        {
            int n = VietnameseText.WordCount(name);
            if (words.Length < n || name.Length < MinLength) continue;
            if (EditDistance(BodyText.Key(string.Join(' ', words.Take(n))), BodyText.Key(name)) <= 1) return (name, n);
        }
        return null;
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
