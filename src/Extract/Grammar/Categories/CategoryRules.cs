using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// Classifies a task by its main action with keyword rules (lĩnh vực): tham mưu → ThamMuu; tuyên truyền,
/// quán triệt → TuyenTruyen; ban hành, xây dựng kế hoạch, cụ thể hóa → BanHanhVanBan; phát động, phong trào,
/// đại hội → ToChucPhongTrao; khen thưởng → KhenThuong; kiểm tra, giám sát → KiemTraGiamSat; báo cáo,
/// sơ kết, tổng kết → BaoCao; kiện toàn, bồi dưỡng, tập huấn → ToChucBoMay; otherwise Khac.
/// </summary>
/// <remarks>
/// Each keyword found scores its category by where it stands: the first words weigh most (the main verb),
/// then the first clause, then the rest. "thi đua, khen thưởng" as the name of the field is not an award.
/// "tham mưu" as the first action verb wins outright.
/// </remarks>
public sealed class CategoryRules : ICategoryClassifier
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Anchors: the words each alternative of the pattern starts with, as written (null when one may start anywhere);
    // a space in an anchor stands for the pattern's \s+.
    private sealed record Keyword(Regex Pattern, Alternative[] Alternatives, TaskCategory Category, double Weight, string[]? Anchors);

    // One alternative of a keyword's pattern, tried at the scan's position only (\G, its lookbehinds still reading the
    // text before it), with the words it starts with.
    private sealed record Alternative(Regex AtStart, string[] Anchors);

    // Verbs name the action (weight 1); nouns name what it is about (weight 0.6), so "Tổng kết các phong trào" reports.
    private const double Verb = 1.0, Noun = 0.6, MainVerbBonus = 2;

    // Keywords after the first clause only add detail; alone they do not reach MinimumScore, so the task stays Khac.
    private const double TailWeight = 0.5, MinimumScore = 1.0;

    /// <summary>The keyword table (<c>category-keywords.json</c>), in its order: earlier verbs win a tie for the main verb.</summary>
    private static readonly Keyword[] Keywords = LoadKeywords();

    // Every keyword's anchors by their first two letters (after the table: static fields are set in the order written).
    private static readonly (int Keyword, string Anchor)[][] AnchorsByLetters = IndexAnchors();

    // An anchor's place is its first letter and its second (1–26), or 0 for a one-letter anchor, which stands in all 27
    // places of its first letter: a text's place is its two chars, 0 for the second when it is no such letter.
    private static int Place(char first, int second) => (first - 'a') * 27 + second;

    private static int Second(char c) => char.IsAsciiLetterLower(c) ? c - 'a' + 1 : 0;

    private static (int Keyword, string Anchor)[][] IndexAnchors()
    {
        var places = new List<(int, string)>[26 * 27];
        for (int k = 0; k < Keywords.Length; k++)
            foreach (var anchor in Keywords[k].Anchors ?? [])
            {
                if (anchor.Length > 1) (places[Place(anchor[0], Second(anchor[1]))] ??= []).Add((k, anchor));
                else for (int second = 0; second < 27; second++) (places[Place(anchor[0], second)] ??= []).Add((k, anchor));
            }
        return Array.ConvertAll(places, l => l?.ToArray() ?? []);
    }

    // This thread's anchored starts per keyword, refilled for each body.
    [ThreadStatic] private static List<int>[]? t_starts;

    /// <summary>
    /// Where each keyword with anchors may match in <paramref name="body"/>, ascending: the word starts (no letter
    /// before them, as every pattern's (?&lt;![\p{L}]) requires) where one of its anchors stands as written.
    /// </summary>
    /// <remarks>
    /// Every match starts with its alternative's anchor, so a keyword's matches are its alternatives tried at these starts (<see cref="MatchAt"/>),
    /// each from the end of the last match on. The body's word starts are read once for all keywords: searching the
    /// body for each anchor of each keyword in turn was most of the rules' time.
    /// </remarks>
    private static List<int>[] AnchoredStarts(string body)
    {
        var starts = t_starts ??= Array.ConvertAll(Keywords, _ => new List<int>());
        foreach (var list in starts) list.Clear();
        for (int at = 0; at < body.Length; at++)
        {
            char c = body[at];
            if (!char.IsAsciiLetterLower(c) || (at > 0 && char.IsLetter(body[at - 1]))) continue;
            foreach (var (k, anchor) in AnchorsByLetters[Place(c, at + 1 < body.Length ? Second(body[at + 1]) : 0)])
            {
                var list = starts[k];
                if ((list.Count == 0 || list[^1] != at) && AnchorAt(body, at, anchor)) list.Add(at);
            }
        }
        return starts;
    }

    // Whether the anchor stands at the body's index: its letters as written, each of its spaces a run of white space
    // (\s+ in the pattern). The letters run on after the space ("co ke hoach"): the first word alone ("co") stood at
    // every "có", "cơ", "công", and the alternation was tried there for nothing.
    private static bool AnchorAt(string body, int at, string anchor)
    {
        int i = at;
        foreach (char a in anchor)
        {
            if (i >= body.Length) return false;
            if (a != ' ')
            {
                if (body[i++] != a) return false;
                continue;
            }
            if (!char.IsWhiteSpace(body[i])) return false;
            while (i < body.Length && char.IsWhiteSpace(body[i])) i++;
        }
        return true;
    }

    private static Keyword[] LoadKeywords()
    {
        var raw = EmbeddedJson.Read<RawTable>(typeof(RawTable).Assembly, "DirectiveTracker.Extract.category-keywords.json");
        return raw.Keywords.Select(k => K(Enum.Parse<TaskCategory>(k.Category), k.Kind switch
        {
            "verb" => Verb,
            "noun" => Noun,
            _ => throw new InvalidOperationException($"category-keywords.json: kind '{k.Kind}' of {k.Category} is neither verb nor noun."),
        }, k.Patterns)).ToArray();
    }

    private sealed record RawTable(IReadOnlyList<RawKeyword> Keywords);

    private sealed record RawKeyword(string Category, string Kind, string[] Patterns);

    private static Keyword K(TaskCategory c, double w, params string[] words)
    {
        static string Spaced(string word) => word.Replace(" ", @"\s+");
        // Whole words: no letter just before the match or just after it.
        static string Bounded(string alternation) => @"(?<![\p{L}])(?:" + alternation + @")(?![\p{L}])";
        var anchors = words.SelectMany(Anchors).Distinct(StringComparer.Ordinal).ToArray();
        bool anchored = anchors.All(a => a.Length > 0);
        // Without anchors the whole pattern scans the body, and the alternatives are never tried one by one. An alternative
        // is tried about twice a task: interpreted, as compiling a hundred of them added 0.15 s to every start of dtrack.
        var alternatives = anchored
            ? words.Select(x => new Alternative(new Regex(@"\G" + Bounded(Spaced(x)), RegexOptions.CultureInvariant), Anchors(x).Distinct(StringComparer.Ordinal).ToArray())).ToArray()
            : [];
        return new(new Regex(Bounded(string.Join("|", words.Select(Spaced))), Opts), alternatives, c, w, anchored ? anchors : null);
    }

    /// <summary>
    /// The length of the keyword's match at an anchored start, or -1: its alternatives in order, each tried only where one
    /// of its own anchors stands; the first that matches is the one the whole alternation would match.
    /// </summary>
    /// <remarks>
    /// Tried as one alternation, the pattern ran every branch's lookbehinds and groups at each start: the drafting verbs'
    /// nineteen branches took about 2.5 µs a start, most of the rules' regex time.
    /// </remarks>
    private static int MatchAt(Keyword kw, string body, int at)
    {
        foreach (var alternative in kw.Alternatives)
        {
            if (!AnyAnchorAt(body, at, alternative.Anchors)) continue;
            foreach (var m in alternative.AtStart.EnumerateMatches(body, at)) return m.Length;
        }
        return -1;
    }

    // A loop, not Array.Exists: a closure per alternative tried would be garbage on every task.
    private static bool AnyAnchorAt(string body, int at, string[] anchors)
    {
        foreach (var anchor in anchors) if (AnchorAt(body, at, anchor)) return true;
        return false;
    }

    // The words an alternative must start with, as written: its lookbehinds skipped, letters and spaces up to the
    // first regex syntax, a letter or space a quantifier makes optional left out; a leading group "(?:a|b) …" gives
    // each branch's. An empty anchor (a class, an optional group) means it may start anywhere.
    private static IEnumerable<string> Anchors(string alternative)
    {
        int i = 0;
        while (alternative.AsSpan(i).StartsWith("(?<", StringComparison.Ordinal)) i = GroupEnd(alternative, i);
        if (alternative.AsSpan(i).StartsWith("(?:", StringComparison.Ordinal))
        {
            int end = GroupEnd(alternative, i);
            if (end < alternative.Length && alternative[end] is '?' or '*' or '{') return [""];
            return Branches(alternative[(i + 3)..(end - 1)]).SelectMany(Anchors);
        }
        int start = i;
        while (i < alternative.Length && (char.IsAsciiLetterLower(alternative[i]) || (alternative[i] == ' ' && i > start))) i++;
        if (i < alternative.Length && alternative[i] is '?' or '*' or '{' && i > start) i--;
        return [alternative[start..i]];
    }

    // The index after the group that opens at <paramref name="open"/>.
    private static int GroupEnd(string pattern, int open)
    {
        int depth = 0, i = open;
        do
        {
            if (pattern[i] == '(') depth++;
            else if (pattern[i] == ')') depth--;
            i++;
        } while (depth > 0);
        return i;
    }

    // A group's top-level branches.
    private static IEnumerable<string> Branches(string group)
    {
        int depth = 0, start = 0;
        for (int i = 0; i < group.Length; i++)
        {
            if (group[i] == '(') depth++;
            else if (group[i] == ')') depth--;
            else if (group[i] == '|' && depth == 0) { yield return group[start..i]; start = i + 1; }
        }
        yield return group[start..];
    }

    // "tham mưu" as a verb: not "cơ quan tham mưu" (a kind of body).
    private static readonly Regex AdviseVerb = new(@"(?<!co\s+quan\s)(?<![\p{L}])tham\s+muu(?![\p{L}])(?!,?\s+giup\s+viec)", Opts);

    private static readonly Regex DocumentNoun = new(@"^(?:du\s+thao\s+)?(?<n>ke\s+hoach|quyet\s+dinh|quy\s+che|quy\s+dinh|de\s+an|chuong\s+trinh|huong\s+dan|bao\s+cao)\s", Opts);

    /// <summary>Whether a verb keyword other than "tham mưu" matches in <paramref name="body"/> before <paramref name="index"/>.</summary>
    /// <remarks>
    /// A keyword with anchors is tried only at its anchored starts before there, as <see cref="Read"/> scores it: every
    /// match starts at one. Searching the body for each anchor and then running each pattern over it was a tenth of the
    /// rules' time, spent on every task whose first clause says "tham mưu".
    /// </remarks>
    private static bool VerbBefore(string body, List<int>[] anchored, int index)
    {
        for (int k = 0; k < Keywords.Length; k++)
        {
            var kw = Keywords[k];
            if (kw.Weight != Verb || kw.Category == TaskCategory.ThamMuu) continue;
            if (kw.Anchors is null)
            {
                if (kw.Pattern.Match(body) is { Success: true } m && m.Index < index) return true;
                continue;
            }
            foreach (int at in anchored[k])
            {
                if (at >= index) break;
                if (MatchAt(kw, body, at) >= 0) return true;
            }
        }
        return false;
    }

    /// <summary>The category of a task from its full text.</summary>
    public TaskCategory Classify(string taskText) => Read(ActionText.Of(taskText)).Category;

    /// <summary>The rules' reading of an analysed task text: the category and every category's keyword score.</summary>
    public CategoryReading Read(ActionText action)
    {
        var body = action.Body;
        var scores = new double[CategoryReading.Count];
        if (body.Length == 0) return new CategoryReading(TaskCategory.Khac, scores, CategoryReading.Rule.NoKeyword);

        // "tham mưu" as the main verb (no other action verb before it in the first clause) wins outright; after another
        // verb ("… phát hiện, báo cáo và tham mưu") it only scores like any verb.
        // The keywords' anchored starts are read once, when first needed: a document noun decides without them.
        List<int>[]? anchored = null;
        var advise = AdviseVerb.Match(body);
        if (advise.Success && advise.Index < action.FirstClause && !VerbBefore(body, anchored = AnchoredStarts(body), advise.Index))
            return new CategoryReading(TaskCategory.ThamMuu, scores, CategoryReading.Rule.AdviseVerb);

        // A task that only names a document to issue ("Kế hoạch công tác …", "Báo cáo đánh giá …").
        var noun = DocumentNoun.Match(body);
        if (noun.Success)
            return new CategoryReading(noun.Groups["n"].Value.StartsWith("bao", StringComparison.Ordinal) ? TaskCategory.BaoCao : TaskCategory.BanHanhVanBan,
                scores, CategoryReading.Rule.DocumentNoun);

        var first = new int[scores.Length];
        Array.Fill(first, int.MaxValue);
        int mainVerb = -1, mainAt = int.MaxValue;
        anchored ??= AnchoredStarts(body);
        for (int k = 0; k < Keywords.Length; k++)
        {
            var kw = Keywords[k];
            if (kw.Anchors is null)
            {
                // Only where each match stands is read: enumerating them allocates no Match objects.
                foreach (var m in kw.Pattern.EnumerateMatches(body)) Score(kw, m.Index);
                continue;
            }
            int from = 0;
            foreach (int at in anchored[k])
            {
                if (at < from) continue;
                from = at + 1;
                int length = MatchAt(kw, body, at);
                if (length < 0) continue;
                Score(kw, at);
                from = at + Math.Max(length, 1);
            }
        }
        void Score(Keyword kw, int at)
        {
            if (kw.Weight == Verb && at < action.Opening && at < mainAt) { mainAt = at; mainVerb = (int)kw.Category; }
            double w = at < action.Opening ? 5 : at < action.FirstClause ? 2 : TailWeight;
            scores[(int)kw.Category] += w * kw.Weight;
            first[(int)kw.Category] = Math.Min(first[(int)kw.Category], at);
        }
        // The main verb: the earliest verb of the opening counts once more.
        if (mainVerb >= 0) scores[mainVerb] += MainVerbBonus;
        int best = -1;
        for (int c = 0; c < scores.Length; c++)
        {
            if (scores[c] <= 0) continue;
            if (best < 0 || scores[c] > scores[best] || (scores[c] == scores[best] && first[c] < first[best])) best = c;
        }
        return best < 0 || scores[best] < MinimumScore
            ? new CategoryReading(TaskCategory.Khac, scores, CategoryReading.Rule.NoKeyword)
            : new CategoryReading((TaskCategory)best, scores, CategoryReading.Rule.Keywords);
    }
}

/// <summary>
/// What the keyword rules read in a task: the category they decide, each category's keyword score (all zero when
/// "tham mưu" or a document noun decided outright, before keywords were scored), and which rule decided.
/// </summary>
public sealed record CategoryReading(TaskCategory Category, IReadOnlyList<double> Scores, CategoryReading.Rule DecidedBy)
{
    /// <summary>The number of categories (the length of <see cref="Scores"/>).</summary>
    public static readonly int Count = Enum.GetValues<TaskCategory>().Length;

    /// <summary>The rule that decided the category.</summary>
    public enum Rule { NoKeyword, AdviseVerb, DocumentNoun, Keywords }
}
