using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Grammar;

public sealed partial class AgencyRecognizer
{
    // Names a plural head lists, as comparison-key words (agency-words.json): they tell "Kế hoạch và Đầu tư" from
    // "Công an và Quốc phòng".
    private static readonly string[][] ListedNames = AgencyWords.Embedded.ListedNames.Select(Words).ToArray();

    /// <summary>
    /// The bodies an owner name stands for: one per name a plural head lists, each with the head word ("các Sở: Nội vụ,
    /// Tài chính" → "Sở Nội vụ", "Sở Tài chính"; "các Bộ Công an, Quốc phòng" → "Bộ Công an", "Bộ Quốc phòng"); any other
    /// name, a generic group ("các sở, ban, ngành", "các Bộ, ngành") included, is itself.
    /// </summary>
    /// <remarks>
    /// The names are split at their commas, but not inside an official name with a comma ("Văn hóa, Thể thao và Du lịch").
    /// A name with "và" inside is one name unless it is two listed names ("Tài chính và Xây dựng") and not one
    /// ("Nông nghiệp và Môi trường"): the other bodies of a list are as often named with "và" as joined by it. When a
    /// piece would not be a body of its own, the name stays as written.
    /// </remarks>
    public static IReadOnlyList<string> Members(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return [name];
        // Only a name that opens with a determiner can be a plural head's list: most names ask no more than this.
        var trimmed = name.AsSpan().TrimStart();
        if (!trimmed.StartsWith("các ", StringComparison.Ordinal) && !trimmed.StartsWith("Các ", StringComparison.Ordinal)) return [name];
        var t = Tokenize(name);
        int first = 0;
        while (first < t.Count && !t[first].IsWord) first++;
        var items = new List<(int Start, int End)>();
        if (SharedHeadList(t, first, items) != t.Count || items.Count == 0) return [name];

        var head = t[first + 1].Text;
        var members = new List<string>();
        foreach (var (start, end) in items)
        {
            int and = AndBetweenListedNames(t, start, end);
            if (and < 0) members.Add(Member(name, t, head, start, end));
            else { members.Add(Member(name, t, head, start, and)); members.Add(Member(name, t, head, and + 1, end)); }
        }
        // Each piece must be a body as the recogniser reads it alone, whole; else the list is kept as written.
        if (members.Count < 2 || !members.All(IsOneBody)) return [name];
        return members;
    }

    private static string Member(string name, List<Token> t, string head, int start, int end) =>
        head + " " + FoldedText.CollapseSpaces(name[t[start].Start..t[end - 1].End].Replace('_', ' '));

    private static bool IsOneBody(string member)
    {
        var t = Tokenize(member);
        return TryMention(t, 0) == t.Count;
    }

    /// <summary>
    /// The "và" in items [start, end) that joins two listed names, where the item is no listed name itself; else -1.
    /// </summary>
    private static int AndBetweenListedNames(List<Token> t, int start, int end)
    {
        if (IsListedName(t, start, end)) return -1;
        for (int v = start + 1; v < end - 1; v++)
            if (t[v].IsWord && t[v].Fold == "va" && IsListedName(t, start, v) && IsListedName(t, v + 1, end)) return v;
        return -1;
    }

    /// <summary>A listed name starts at i and the item ends after it (at a comma, "và", a mark, a verb or the end).</summary>
    private static bool ListedItemAt(List<Token> t, int i)
    {
        foreach (var words in ListedNames)
        {
            int end = i + words.Length;
            if (end <= t.Count && (end == t.Count || !t[end].IsWord || t[end].Fold == "va" || IsStop(t, end)) && IsListedName(t, i, end)) return true;
        }
        return false;
    }

    private static bool IsListedName(List<Token> t, int start, int end)
    {
        foreach (var words in ListedNames)
        {
            if (words.Length != end - start) continue;
            bool same = true;
            for (int k = 0; k < words.Length && same; k++)
            {
                var token = t[start + k];
                same = token.IsWord ? Same(token, words[k]) : token.Fold == words[k];
            }
            if (same) return true;
        }
        return false;
    }
}
