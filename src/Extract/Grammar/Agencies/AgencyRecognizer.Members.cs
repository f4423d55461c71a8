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
        if (LocalUnitMembers(name) is { } units) return units;
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
        bool bodies = true;
        foreach (var (start, end) in items)
        {
            int and = AndBetweenListedNames(t, start, end);
            if (and < 0) Add(start, end);
            else { Add(start, and); Add(and + 1, end); }
        }
        // Each piece must be a body as the recogniser reads it alone, whole, or the head with a listed name ("Bộ Thông
        // tin và truyền thông", whose case the recogniser would not trust); else the list is kept as written.
        if (members.Count < 2 || !bodies) return [name];
        return members;

        void Add(int start, int end)
        {
            var member = Member(name, t, head, start, end);
            members.Add(member);
            bodies &= IsListedName(t, start, end) || IsOneBody(member);
        }
    }

    // Levels of local government a committee's name is made plural over (agency-words.json).
    private static readonly string[][] LocalLevels = AgencyWords.Embedded.LocalLevels.Select(Words).ToArray();

    /// <summary>
    /// "Ủy ban nhân dân các xã: Gia Phú, Bảo Thắng" → "Ủy ban nhân dân xã Gia Phú", "Ủy ban nhân dân xã Bảo Thắng": a body
    /// of a level of government made plural by "các" over named places after a colon is one body per place, like a plural
    /// head over names (EXTRACTION.md, plural heads). Null when the name has no such list, what comes before "các" is no
    /// body, or a place is not a capitalised name.
    /// </summary>
    private static List<string>? LocalUnitMembers(string name)
    {
        if (!name.Contains(':', StringComparison.Ordinal)) return null;
        var t = Tokenize(name);
        for (int c = 1; c + 2 < t.Count; c++)
        {
            if (!t[c].IsWord || t[c].Fold != "cac") continue;
            foreach (var level in LocalLevels)
            {
                int colon = c + 1 + level.Length;
                if (colon >= t.Count || t[colon].Fold != ":" || !WordsAt(t, c + 1, level)) continue;
                var prefix = FoldedText.CollapseSpaces(name[..t[c].Start].Replace('_', ' ')).TrimEnd();
                var levelText = name[t[c + 1].Start..t[colon - 1].End];
                var members = new List<string>();
                int start = colon + 1;
                for (int k = start; k <= t.Count; k++)
                {
                    bool cut = k == t.Count || t[k].Fold == "," || (t[k].IsWord && t[k].Fold == "va");
                    if (!cut) continue;
                    // Each place is a name, all capitalised words: a place name's syllables may be verbs ("Tân Lập").
                    if (k == start) return null;
                    for (int w = start; w < k; w++) if (!t[w].IsWord || !t[w].IsCapital) return null;
                    members.Add(prefix + " " + levelText + " " + FoldedText.CollapseSpaces(name[t[start].Start..t[k - 1].End].Replace('_', ' ')));
                    start = k + 1;
                }
                return members.Count >= 2 && IsOneBody(prefix) ? members : null;
            }
        }
        return null;
    }

    /// <summary>
    /// The index after the named places that follow "các" + a level and the colon at <paramref name="colon"/> ("các xã: Gia
    /// Phú, Bảo Thắng"), or -1. A place is a run of capitalised words that is no body; the places are two or more, joined
    /// by commas or "và".
    /// </summary>
    private static int PlaceListEnd(List<Token> t, int colon)
    {
        bool afterLevel = false;
        foreach (var level in LocalLevels)
        {
            int c = colon - level.Length - 1;
            if (c >= 0 && t[c].IsWord && t[c].Fold == "cac" && WordsAt(t, c + 1, level)) { afterLevel = true; break; }
        }
        if (!afterLevel) return -1;
        int j = colon + 1, end = -1, count = 0;
        while (j < t.Count && IsPlaceWord(t, j))
        {
            while (j < t.Count && IsPlaceWord(t, j)) j++;
            end = j; count++;
            if (j + 1 < t.Count && (t[j].Fold == "," || (t[j].IsWord && t[j].Fold == "va")) && IsPlaceWord(t, j + 1)) j++;
            else break;
        }
        return count >= 2 ? end : -1;
    }

    // A place's syllables may be verbs ("Tân Lập"), so a capitalised verb is a place word too, except on a new line,
    // where it opens the next cell or item.
    private static bool IsPlaceWord(List<Token> t, int i) =>
        t[i].IsWord && t[i].IsCapital && !t[i].IsShout && !t[i].NewlineBefore && HeadAt(t, i, out _, out _) is null;

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
    private static bool ListedItemAt(List<Token> t, int i) => ListedItemEnd(t, i) >= 0;

    /// <summary>The index after the longest listed name that starts at i and ends its item, or -1.</summary>
    private static int ListedItemEnd(List<Token> t, int i)
    {
        int best = -1;
        foreach (var words in ListedNames)
        {
            int end = i + words.Length;
            if (end > best && end <= t.Count && (end == t.Count || !t[end].IsWord || t[end].Fold == "va" || IsStop(t, end)) && IsListedName(t, i, end)) best = end;
        }
        return best;
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
