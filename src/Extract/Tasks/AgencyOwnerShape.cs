using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>Answers the locator's owner-shape questions with the agency recogniser, for one document.</summary>
public sealed partial class AgencyOwnerShape(DocumentMentions recognizer) : IOwnerShape
{
    // Trim's char sets, made once: a params array per call was a measurable share of extraction (InitializeArray).
    private static readonly char[] ClauseEnds = [':', '.', ';'];
    private static readonly char[] ListEnds = [',', ';', ' '];
    private static readonly char[] CommaOrSpace = [',', ' '];

    private static readonly IReadOnlyList<string> ModeWords = OwnerShapeWords.Embedded.ModeWords;

    // Each mode word as a key opens with it, made once: StripMode tests them all on every text it is given.
    private static readonly string[] ModeOpenings = ModeWords.Select(w => w + " ").ToArray();

    // Words that may stand between the agencies of an owner heading.
    private static readonly IReadOnlySet<string> Glue = OwnerShapeWords.Embedded.Glue;

    public bool IsOwnerHeading(string text)
    {
        var t = StripMode(text.Trim().TrimEnd(ClauseEnds).Trim());
        // "Đối với Sở Y tế (cơ quan thường trực):" over items names their owner like "Sở Y tế:" does; so does a heading
        // closed by its parenthesis without the colon ("Đối với các Bộ quản lý chuyên ngành (theo quy định tại …)").
        if ((text.TrimEnd().EndsWith(':') || text.TrimEnd().EndsWith(')')) && BodyText.Key(t).StartsWith(ConcerningWord, StringComparison.Ordinal))
            t = DropFirstWords(t, 2);
        if (t.Length == 0 || t.Length > 220) return false;
        // Most texts asked about are tasks, naming no body at their start: they are turned down before every word is recognised.
        if (recognizer.FirstUpTo(t, 4) is null) return false;
        var mentions = recognizer.FindAll(t);
        // What the mentions leave uncovered must be glue words and punctuation only.
        var uncovered = new System.Text.StringBuilder();
        int at = 0;
        foreach (var m in mentions)
        {
            if (m.Start > at) uncovered.Append(' ').Append(t, at, m.Start - at);
            at = Math.Max(at, m.Start + m.Length);
        }
        if (at < t.Length) uncovered.Append(' ').Append(t, at, t.Length - at);
        var rest = RemoveParentheses(uncovered.ToString());
        var words = BodyText.Key(rest).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(Glue.Contains);
    }

    // Heads of a body or person a heading may name that the recogniser may not know ("Báo …", "Giám đốc Sở",
    // "Các tổ chức, cá nhân …"). Single-syllable heads count only before a capitalised name ("Các Vụ Thị trường …").
    // Officials named by their title ("Trưởng phòng …", "Chuyên viên …") head a name like them.
    private static readonly IReadOnlyList<string> BodyHeads = [.. OwnerShapeWords.Embedded.BodyHeads, .. OwnerShapeWords.Embedded.OfficialTitles];

    private static readonly IReadOnlyList<string> NameHeads = OwnerShapeWords.Embedded.NameHeads;

    // Verbs that open a task; a heading holding one is a task title, not a list of owners.
    private static readonly IReadOnlyList<string> ActionVerbs = OwnerShapeWords.Embedded.ActionVerbs;

    private static readonly IReadOnlyList<string> ResponsibilityTails = OwnerShapeWords.Embedded.ResponsibilityTails;

    public IReadOnlyList<string>? BodyHeadingOwners(string text)
    {
        var t = StripMode(text.Trim().TrimEnd(ClauseEnds).Trim());
        var key = BodyText.Key(t);
        foreach (var tail in ResponsibilityTails)
            if (WholeWords.EndsWith(key, tail))
            {
                t = DropLastWords(t, VietnameseText.WordCount(tail));
                key = BodyText.Key(t);
            }
        if (t.Length is 0 or > 180 || !char.IsUpper(t[0]) || VietnameseText.WordCount(key) > 25) return null;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // After a name's head ("Ban", "Tổ"), the name goes on in capitals or joins another with "và".
        bool NameFollows(int n) => words.Length > n && (char.IsUpper(words[n][0]) || words[n] == "và");
        bool head = BodyHeads.Any(h => key == h || key.StartsWith(h + " ", StringComparison.Ordinal))
            || NameHeads.Any(h => key.StartsWith(h + " ", StringComparison.Ordinal) && NameFollows(VietnameseText.WordCount(h)));
        if (!head) return null;
        var padded = " " + key + " ";
        if (ActionVerbs.Any(v => padded.Contains(" " + v + " ", StringComparison.Ordinal))) return null;

        // A shared-determiner enumeration ("Các Vụ, Cục, Tập đoàn kinh tế, …", "Các tổ chức, cá nhân và hộ gia đình …") is one name.
        if (key.StartsWith("cac ", StringComparison.Ordinal)) return [t];
        // Else the recognised agencies, and the stretches between them, each a name.
        var names = new List<string>();
        int at = 0;
        foreach (var m in recognizer.FindAll(t).Where(m => m.Start >= 0 && m.Start + m.Length <= t.Length).OrderBy(m => m.Start))
        {
            if (m.Start < at) continue;
            var before = t[at..m.Start];
            var name = t.Substring(m.Start, m.Length).Trim();
            // Words glued to the agency after them ("Thủ trưởng, Lãnh đạo" + "các đơn vị") are part of its name.
            if (before.Trim().Length > 0 && !EndsWithSeparator(before)) { name = before.Trim() + " " + name; before = ""; }
            AddStretch(names, before, continues: false);
            // "… khoáng sản và Chuyên viên thuộc Phòng Quản lý công nghiệp": a title before "và" names another owner.
            names.AddRange(SplitBeforeHeads(name));
            at = m.Start + m.Length;
        }
        AddStretch(names, t[at..], continues: names.Count > 0);
        return names.Count > 0 ? names : null;
    }

    /// <inheritdoc/>
    public IReadOnlyList<string>? SubjectOwners(string text)
    {
        var t = StripMode(text.Trim());
        var match = SubjectEnd().Match(t);
        if (!match.Success || match.Index == 0) return null;
        var subject = t[..match.Index].Trim().TrimEnd(',');
        // "Lãnh đạo, chỉ đạo …" opens with the verbs lead and direct: "lãnh đạo" names leaders only with the body they lead.
        if (BodyText.Key(subject) == LeadVerb) return null;
        return VietnameseText.WordCount(subject) <= 15 ? BodyHeadingOwners(subject) : null;
    }

    private const string LeadVerb = "lanh dao";

    // Where a subject ends: its verb, or an adverb before it ("… nghiêm túc thực hiện", "… theo lĩnh vực …").
    [GeneratedRegex(@"\s(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|thực hiện|triển khai|chỉ đạo|tiếp tục|khẩn trương|chủ động|nghiêm túc|theo|đã|cần)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectEnd();

    private static void AddStretch(List<string> names, string stretch, bool continues)
    {
        // Words glued to the agency before them ("Các đơn vị cấp nước sạch" + " trên địa bàn thành phố") extend its name.
        if (continues && stretch.Length > 0 && char.IsWhiteSpace(stretch[0]) && stretch.Trim() is { Length: > 0 } tail
            && !tail.StartsWith(',') && !tail.StartsWith(';') && !BodyText.Key(tail).StartsWith("va ", StringComparison.Ordinal))
        {
            names[^1] = names[^1] + " " + tail.TrimEnd(ListEnds);
            return;
        }
        var s = stretch.Trim().Trim(ListEnds);
        if (BodyText.Key(s).StartsWith("va ", StringComparison.Ordinal)) s = s[2..].Trim();
        if (BodyText.Key(s).EndsWith(" va", StringComparison.Ordinal)) s = s[..^2].Trim().TrimEnd(CommaOrSpace);
        if (BodyText.Key(s).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(Glue.Contains)) return;
        names.AddRange(SplitBeforeHeads(s));
    }

    /// <summary>
    /// A stretch the recogniser does not know, split at each "và" that a capitalised head starts another name after
    /// ("Phó Trưởng phòng được phân công phụ trách lĩnh vực khoáng sản và Chuyên viên được giao nhiệm vụ": two officials,
    /// each named by a title); a "và" inside a name ("phụ trách an toàn và vệ sinh") joins lower-case words and stays.
    /// </summary>
    private static IEnumerable<string> SplitBeforeHeads(string stretch)
    {
        var words = stretch.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int start = 0;
        for (int i = 1; i < words.Length - 1; i++)
        {
            if (words[i] != "và" || !char.IsUpper(words[i + 1][0])) continue;
            var rest = BodyText.Key(string.Join(' ', words.Skip(i + 1)));
            if (!BodyHeads.Any(h => rest == h || rest.StartsWith(h + " ", StringComparison.Ordinal))) continue;
            yield return string.Join(' ', words[start..i]).TrimEnd(CommaOrSpace);
            start = i + 1;
        }
        yield return string.Join(' ', words[start..]);
    }

    private static bool EndsWithSeparator(string stretch)
    {
        var s = stretch.TrimEnd();
        return s.EndsWith(',') || s.EndsWith(';') || BodyText.Key(s).EndsWith(" va", StringComparison.Ordinal) || BodyText.Key(s) == "va";
    }

    private const string ConcerningWord = "doi voi ";

    private static string DropFirstWords(string text, int count) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(count));

    private static string DropLastWords(string text, int count)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(Math.Max(0, words.Length - count))).TrimEnd(CommaOrSpace);
    }

    public string? InlineOwner(string text)
    {
        int colon = text.IndexOf(':');
        if (colon <= 0 || colon > 200 || colon == text.Length - 1) return null;
        var prefix = text[..colon];
        if (!IsOwnerHeading(prefix)) return null;
        // "Giao các Bộ: Công an, Tài chính … có ý kiến …": the colon opens a plural head's list of names, inside one owner.
        return recognizer.FindAll(text).Any(m => m.Start < colon && m.Start + m.Length > colon + 1) ? null : prefix.Trim();
    }

    public bool HasOwnSubject(string text)
    {
        var t = StripMode(text.Trim());
        return recognizer.StartsWithAgency(t);
    }

    public string? DirectiveAddressee(string text)
    {
        // The last "yêu cầu / đề nghị / giao / chỉ thị" followed by an agency: "… Thủ tướng Chính phủ yêu cầu Chủ tịch …:".
        foreach (Match m in Verbs().Matches(text).Reverse())
        {
            var rest = text[(m.Index + m.Length)..].Trim().TrimEnd(':').Trim();
            // A short name given in passing ("… ở trung ương (sau đây gọi là Bộ, cơ quan trung ương) và …") names no body.
            rest = WithoutFormOfAddress(ShortNameAside().Replace(rest, ""));
            if (rest.Length > 0 && recognizer.StartsWithAgency(rest))
            {
                // "yêu cầu và đề nghị <bodies>" requires: the pair opens like "yêu cầu", not like a letter of requests.
                var verb = m.Groups["v"].Value.ToLowerInvariant();
                return (verb.StartsWith("chỉ", StringComparison.Ordinal) || verb.StartsWith("yêu", StringComparison.Ordinal)
                    ? "Yêu cầu" : char.ToUpperInvariant(verb[0]) + verb[1..]) + " " + rest;
            }
        }
        return null;
    }

    // "đồng chí Cục trưởng Cục Thuế …": the official after a form of address is the one asked.
    private static string WithoutFormOfAddress(string rest)
    {
        var key = BodyText.Key(rest);
        foreach (var form in OwnerShapeWords.Embedded.FormsOfAddress)
            if (WholeWords.StartsWith(key, form))
                return string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(VietnameseText.WordCount(form)));
        return rest;
    }

    [GeneratedRegex(@"\s*\((?:sau đây|dưới đây)(?: gọi| viết)?(?: tắt| chung)? là [^()]*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortNameAside();

    [GeneratedRegex(@"(?<![\p{L}])(?<v>yêu cầu(?:\s*(?:,|và)\s*đề nghị)?|đề nghị|giao|chỉ thị)(?![\p{L}])\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verbs();

    private static string StripMode(string text)
    {
        var key = BodyText.Key(text);
        for (int m = 0; m < ModeOpenings.Length; m++)
            if (key.StartsWith(ModeOpenings[m], StringComparison.Ordinal))
            {
                int words = VietnameseText.WordCount(ModeWords[m]), i = 0, seen = 0;
                while (i < text.Length && seen < words)
                {
                    while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                    while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
                    seen++;
                }
                return text[i..].Trim();
            }
        return text;
    }

    private static string RemoveParentheses(string s)
    {
        var sb = new System.Text.StringBuilder();
        int depth = 0;
        foreach (char c in s)
        {
            if (c == '(') { depth++; continue; }
            if (c == ')') { if (depth > 0) depth--; continue; }
            if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }
}
