using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>The owners a task text names: leads (chủ trì, sentence subjects), supports (phối hợp với) and how the task is given.</summary>
public sealed record OwnerAssignment(IReadOnlyList<string> Lead, IReadOnlyList<string> Support, AssignmentMode? Mode)
{
    /// <summary>No owner named.</summary>
    public static readonly OwnerAssignment None = new([], [], null);

    /// <summary>The lead is named at the text's end after a dash ("… - Bộ Xây dựng."): the item's own answer to whose it is.</summary>
    public bool NamedAtEnd { get; init; }
}

/// <summary>
/// Reads who must do a task: the agencies that start a sentence or clause (after an optional Giao / Đề nghị /
/// Yêu cầu) or stand before "chủ trì" lead; those after "phối hợp (với)" support. Agencies that are only objects
/// or possessors ("chỉ đạo các đơn vị …", "… của các cơ quan") are not owners.
/// </summary>
public sealed class OwnerParser
{
    // The ends trimmed off a name, made once: a params array per call was a measurable share of extraction.
    private static readonly char[] NameEnds = [':', ',', ' '];

    private static readonly AgencyRecognizer Recognizer = new();

    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Clause openers before the subject; folded.
    private static readonly Regex LeadIn = new(@"^(?:(?:[-+*•]|[ivxlc]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\))\s+)?(?<mode>giao|de\s+nghi|yeu\s+cau)?\s*(?:cho\s+)?", Opts);
    private static readonly Regex Adverbial = new(@"^(?:can\s+cu|tren\s+co\s+so|de|sau\s+khi|dong\s+thoi|ngoai\s+ra|truoc\s+tinh\s+hinh)\b", Opts);
    // "Hằng năm, các địa phương lập …", "Trong năm 2026, các sở …": a time opening the task's first clause, before its subject.
    // So is the time by which it is due ("Kết thúc năm 2027, Chính phủ báo cáo …", "Trước ngày 30/6/2026, các sở gửi …").
    private static readonly Regex TimeAdverbial = new(@"^(?:hang\s+(?:nam|quy|thang)|dinh\s+ky|trong\s+nam\s+(?:19|20)\d\d\s*,|(?:ket\s+thuc|cuoi|truoc|den\s+het)\s+(?:nam|quy|thang|ngay)\s+[0-9ivx][0-9ivx/.\-]*(?:\s+nam\s+(?:19|20)\d\d)?\s*,)", Opts);
    // "phối hợp với", "phối hợp chặt chẽ với", "phối hợp chặt chẽ, quyết liệt với" (two manners of one or two words, a
    // comma between them: a body's name is longer), "phối hợp cùng", or "phối hợp" right before the bodies; not
    // "phối hợp giữa A với B".
    private const string MannerThenWith = @"phoi\s+hop(?!\s+giua\b)(?:(?:(?:\s+\p{L}+){0,2}?|(?:\s+\p{L}+){1,2},\s+\p{L}+(?:\s+\p{L}+)?)\s+(?:voi|cung))?";
    private static readonly Regex Support = new(@"(?<![\p{L}])(?:chu\s+tri,?\s+)?" + MannerThenWith + @"\s+", Opts);
    private static readonly Regex Label = new(@"^[\s*\-+•]*(?:(?:co\s+quan|don\s+vi)\s+)?(?<role>chu\s+tri|phoi\s+hop|(?<=(?:co\s+quan|don\s+vi)\s+)thuc\s+hien)(?:\s+thuc\s+hien)?\s*:\s*", Opts);
    // A body named as itself ("Hội đồng nhân dân tỉnh", "Đảng ủy Chính phủ"), not a group ("các đơn vị", "cơ quan thuế").
    private static bool IsNamedBody(AgencyMention m) =>
        m.Name.Length > 0 && char.IsUpper(m.Name[0]) && !m.Name.StartsWith("Các ", StringComparison.Ordinal);

    // "chỉ đạo", "lãnh đạo", "lãnh đạo, chỉ đạo" right after the subject, before the body it directs.
    private static readonly Regex Directs = new(@"^\s*(?:lanh\s+dao,?\s+)?(?:chi\s+dao|lanh\s+dao)\s+", Opts);
    private static readonly Regex Chair = new(@"^\s*(?:,\s*)?chu\s+tri", Opts);

    /// <summary>Leads, supports and mode of one task text; names are expanded and keep the document's words and case.</summary>
    public OwnerAssignment Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return OwnerAssignment.None;
        var mentions = WithoutPredicates(text, Recognizer.FindAll(text));
        if (mentions.Count == 0) return OwnerAssignment.None;
        var folded = FoldedText.Of(text); // only texts that name an agency are folded

        var lead = new List<AgencyMention>();
        var support = new List<AgencyMention>();
        var listed = new List<AgencyMention>(); // bodies of a clause that only lists them, an owner heading in the text
        bool subjectSeen = false;
        AssignmentMode? mode = null;

        int firstClause = -1;
        // "Trên cơ sở các nhiệm vụ trong Nghị quyết … của Chính phủ; các nhiệm vụ và giải pháp trong Chiến lược này, căn cứ
        // …, Bộ trưởng, … có trách nhiệm …": a ";" between the objects of an opening adverbial; its subject comes after them.
        bool adverbialGoesOn = false;
        foreach (var clause in Clauses(text, folded, mentions))
        {
            // The next object opens like a noun phrase ("các nhiệm vụ …", "Kế hoạch số …"); a verb ("…; huy động các nguồn …")
            // opens a clause of its own, of the same subject.
            bool afterAdverbial = adverbialGoesOn && OpensObject(text, clause.Start);
            adverbialGoesOn = false;
            var (start, end) = clause;
            if (firstClause < 0) firstClause = start;
            var inClause = InClause(mentions, start, end);
            if (inClause is null)
            {
                adverbialGoesOn = end < text.Length && text[end] == ';' && OpensAdverbialList(text, Key(folded, start, end), end, afterAdverbial);
                continue;
            }
            var clauseKey = Key(folded, start, end);

            // Labelled fields: "Cơ quan chủ trì: Sở Y tế", "Đơn vị phối hợp: Sở Tài chính, …".
            var label = Label.Match(clauseKey);
            if (label.Success)
            {
                int at = start + OriginalLength(folded, start, label.Length);
                // A field's value is a list of owners: every body named after the label.
                var named = inClause.Where(m => m.Start >= at).ToList();
                if (!label.Groups["role"].Value.StartsWith("phoi", StringComparison.Ordinal)) lead.AddRange(named);
                else support.AddRange(named);
                continue;
            }

            // "Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp …": a topic before a colon that names no body opens the clause;
            // its opening verb, adverbial and subject come after the colon. A verb before the colon ("Đề nghị: …") keeps its mode.
            Match? topic = null;
            if (AfterTopic(text, folded, inClause, start, end) is int afterTopic)
            {
                topic = LeadIn.Match(Key(folded, start, afterTopic));
                start = afterTopic;
                clauseKey = Key(folded, start, end);
            }

            // Subject: the chain of agencies at the start of the clause. A verb of handing in lower case after ";" ("…; yêu cầu
            // các đơn vị lắp đặt …") goes on the sentence of the item's own subject, which hands that work on; only a new
            // sentence opens with it ("… triển khai. Đề nghị Ủy ban …").
            var open = LeadIn.Match(clauseKey);
            if (open.Groups["mode"].Success && clause.Start != firstClause && char.IsLower(text[clause.Start])) open = LeadIn.Match(string.Empty);
            int subjectAt = start + OriginalLength(folded, start, open.Length);
            var subject = ChainAt(text, inClause, subjectAt);
            bool adverbial = afterAdverbial && !open.Groups["mode"].Success || Adverbial.IsMatch(clauseKey.AsSpan(open.Length));
            if (subject.Count == 0 && (adverbial || start == firstClause && TimeAdverbial.IsMatch(clauseKey.AsSpan(open.Length))))
            {
                // "Căn cứ Kế hoạch này, Hội đồng … tham mưu": the subject follows an opening adverbial, and is the
                // clause's first agency (an earlier one would be an object inside the adverbial).
                var m = inClause[0];
                int before = PrevNonSpace(text, m.Start, start);
                if (before >= 0 && text[before] == ',') subject = ChainAt(text, inClause, m.Start);
                else if (AdverbialWithObject.IsMatch(clauseKey.AsSpan(open.Length)) && SubjectAfterAdverbialAt(text, folded, inClause, start) is { } at
                         && ChainAt(text, inClause, at) is { Count: > 0 } after && HasPredicate(text, after[^1], end))
                    subject = after;
            }
            if (subject.Count == 0) adverbialGoesOn = OpensAdverbialList(text, clauseKey.AsSpan(open.Length), end, afterAdverbial);
            AssignmentMode? handedMode = null;
            if (subject.Count == 0 && Conditional.IsMatch(clauseKey.AsSpan(open.Length)))
            {
                // "Trường hợp hộ gia đình … không có khả năng tự xây dựng thì Ủy ban nhân dân xã … có trách nhiệm …": the
                // body right after "thì" is the subject of the condition's main clause. The main clause may ask instead
                // ("Trường hợp … thì đề nghị Sở Công Thương hướng dẫn …", "Trường hợp …, đề nghị chủ đầu tư thực hiện …"):
                // the body asked leads, given the work the way the verb gives it.
                foreach (var m in inClause)
                    if (OpensMainClause(text, start, m.Start, out var mainMode))
                    {
                        subject = ChainAt(text, inClause, m.Start);
                        handedMode = mainMode;
                        break;
                    }
            }
            // "Một số căn cứ … đã được thay thế, do vậy đề nghị Chủ đầu tư cập nhật …": a finding, then the request it leads
            // to; the body asked leads, given the work the way the verb gives it.
            if (subject.Count == 0)
                foreach (var m in inClause)
                    if (m.Start > start && ConsequenceRequest.Match(text, start, m.Start - start) is { Success: true } asked)
                    {
                        subject = ChainAt(text, inClause, m.Start);
                        handedMode = asked.Groups["verb"].Value[0] is 'y' or 'Y' ? AssignmentMode.Required : AssignmentMode.Requested;
                        break;
                    }
            // "Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì …", "Bộ Tài chính đề nghị các Bộ rà soát …": a subject that hands
            // the work to the bodies after "giao" / "đề nghị" / "yêu cầu" is the assigning authority, not an owner; the
            // bodies it names lead, given the way the verb gives them the work.
            if (subject.Count > 0 && HandedTo(text, folded, inClause, subject[^1], end) is { } handed)
                (subject, handedMode) = handed;
            // "Các hộ gia đình có thể sử dụng các mẫu thiết kế …": a subject that only may do something is given nothing to do.
            if (subject.Count > 0 && MayOnly(folded, subject[^1], end)) subject = [];
            if (subject.Count > 0)
            {
                if (!HasPredicate(text, subject[^1], end)) listed.AddRange(subject);
                lead.AddRange(subject);
                // "Đảng ủy … lãnh đạo Hội đồng nhân dân tỉnh xem xét …": a body the subject directs by its name leads the
                // work with it; a generic group directed ("chỉ đạo các đơn vị …") is who carries it out, no owner.
                int afterSubject = subject[^1].Start + subject[^1].Length;
                if (afterSubject < end && Directs.Match(Key(folded, afterSubject, end)) is { Success: true } directs)
                    foreach (var c in ChainAt(text, inClause, afterSubject + OriginalLength(folded, afterSubject, directs.Length)))
                        if (IsNamedBody(c) && !lead.Contains(c)) lead.Add(c);
                mode ??= handedMode;
                // The first sentence that names a subject tells how the task is given: "Các bộ … khẩn trương hoàn thiện …
                // . Yêu cầu các Bộ, ngành … thường xuyên kiểm tra …" stays assigned.
                var verb = open.Groups["mode"].Success ? open.Groups["mode"] : topic?.Groups["mode"];
                if (mode is null && !subjectSeen && verb is { Success: true })
                    mode = verb.Value.StartsWith('d') ? AssignmentMode.Requested :
                           verb.Value.StartsWith('y') ? AssignmentMode.Required : null;
                subjectSeen = true;
            }

            // "Sở Giao dịch chứng khoán xây dựng sàn … theo các tiêu chuẩn do Bộ Tài nguyên và Môi trường chủ trì, phối hợp
            // với Bộ Tài chính xây dựng": after the subject, "do <body> …" is a relative clause naming who made or makes a
            // thing the work refers to (agent of a passive); its "chủ trì" and "phối hợp" are that thing's, not the task's.
            int relativeAt = subject.Count > 0 ? RelativeAgentAt(text, inClause, subject[^1].Start + subject[^1].Length) : end;

            // "X chủ trì" anywhere in the clause.
            foreach (var m in inClause)
            {
                if (m.Start >= relativeAt) break;
                int after = m.Start + m.Length;
                if (after < folded.Original.Length && Chair.IsMatch(KeySlice(folded, after, end)))
                {
                    foreach (var c in ChainEndingAt(text, inClause, m)) if (!lead.Contains(c)) lead.Add(c);
                }
            }

            // Supports after "phối hợp (với)", not "phối hợp giữa A với B".
            foreach (Match p in Support.Matches(clauseKey))
            {
                int at = start + OriginalLength(folded, start, p.Index + p.Length);
                if (at > relativeAt) break;
                var chain = ChainAt(text, inClause, at);
                foreach (var c in chain) if (!support.Contains(c)) support.Add(c);
            }
        }

        // "Sở Khoa học và Công nghệ, Sở Nội vụ. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ …": a body an owner
        // heading lists that the item's own sentence names after "phối hợp" supports the item (EXTRACTION.md "Owners").
        if (listed.Count > 0 && support.Count > 0)
        {
            var supportKeys = support.Select(m => m.Key).ToHashSet();
            bool Supports(AgencyMention m) => listed.Contains(m) && supportKeys.Contains(m.Key);
            if (lead.Any(m => !Supports(m))) lead.RemoveAll(Supports);
        }

        bool namedAtEnd = false;
        if (lead.Count == 0 && OwnerAfterDash(text, mentions) is { Count: > 0 } dashed)
        {
            lead.AddRange(dashed);
            namedAtEnd = true;
        }

        var leadKeys = new HashSet<string>(lead.Select(m => m.Key));
        var leadNames = Distinct(lead, leadKeys);
        var supportNames = Distinct(support.Where(m => !leadKeys.Contains(m.Key)), exclude: leadKeys);
        if (leadNames.Count == 0) return new OwnerAssignment([], supportNames, null);
        return new OwnerAssignment(leadNames, supportNames, mode ?? AssignmentMode.Assigned) { NamedAtEnd = namedAtEnd };
    }

    /// <summary>
    /// Where the clause proper starts after a topic written before a colon ("Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp
    /// …", "Thực hiện chi trả …: Sau khi …, Ủy ban nhân dân xã …"), or null: the topic names no body, and after the colon
    /// come a subject with its predicate or an opening adverbial. A list after a colon ("Thành phần gồm: Sở A, Sở B.") is
    /// no clause of its own.
    /// </summary>
    private static int? AfterTopic(string text, FoldedText folded, List<AgencyMention> inClause, int start, int end)
    {
        int colon = text.IndexOf(':', start, inClause[0].Start - start);
        if (colon < 0 && TopicThenRequest.Match(text, start, inClause[0].Start - start) is { Success: true } request) return request.Groups["verb"].Index;
        if (colon < 0 || colon + 1 >= end || !char.IsWhiteSpace(text[colon + 1])) return null;
        int after = WordsStart(text, colon + 1, end);
        var rest = Key(folded, after, end);
        var chain = ChainAt(text, inClause, after + OriginalLength(folded, after, LeadIn.Match(rest).Length));
        if (chain.Count > 0) return HasPredicate(text, chain[^1], end) ? after : null;
        return Adverbial.IsMatch(rest) || Conditional.IsMatch(rest) ? after : null;
    }

    // "Về chi phí bồi thường, hỗ trợ Đề nghị Chủ đầu tư …": an opinion's topic line joined to its paragraph without the
    // colon; the capitalised request after the topic's last word opens the clause proper, as after a colon.
    private static readonly Regex TopicThenRequest = new(@"^Về\s[^:;.]*?\p{Ll}\s+(?<verb>Đề\s+nghị|Yêu\s+cầu)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // The verbs by which a subject hands work to other bodies, right after it: "giao (cho)", "giao nhiệm vụ cho",
    // "(kính) đề nghị", "yêu cầu", also after "tiếp tục" / "đã".
    private static readonly Regex Hands = new(@"^\s*(?:(?:tiep\s+tuc|da)\s+)?(?<verb>giao|(?:kinh\s+)?de\s+nghi|yeu\s+cau)(?:\s+(?:nhiem\s+vu\s+)?cho)?\s+", Opts);

    /// <summary>
    /// The bodies a subject hands its clause's work to ("<subject> giao <bodies> …") and the mode the verb gives them,
    /// or null when no verb of handing follows the subject or no body follows the verb.
    /// </summary>
    private static (List<AgencyMention> Bodies, AssignmentMode Mode)? HandedTo(string text, FoldedText folded, List<AgencyMention> inClause, AgencyMention subjectEnd, int clauseEnd)
    {
        int after = subjectEnd.Start + subjectEnd.Length;
        if (after >= clauseEnd || Hands.Match(Key(folded, after, clauseEnd)) is not { Success: true } hands) return null;
        var bodies = ChainAt(text, inClause, after + OriginalLength(folded, after, hands.Length));
        if (bodies.Count == 0) return null;
        var verb = hands.Groups["verb"].Value;
        var mode = verb.EndsWith("nghi", StringComparison.Ordinal) ? AssignmentMode.Requested : verb.StartsWith('y') ? AssignmentMode.Required : AssignmentMode.Assigned;
        return (bodies, mode);
    }

    /// <summary>A dash among the text's last characters: only then may an owner be named at its end (<see cref="OwnerAssignment.NamedAtEnd"/>).</summary>
    public static bool MayNameOwnerAtEnd(string text)
    {
        int from = Math.Max(0, text.Length - DashedOwnerReach);
        return text.AsSpan(from).IndexOfAny('-', '–', '—') >= 0;
    }

    // The longest body name read after a dash at an item's end ("- Bộ Văn hóa, Thể thao và Du lịch."), in characters.
    private const int DashedOwnerReach = 120;

    /// <summary>
    /// Where a relative clause "do &lt;body&gt; …" starts after <paramref name="from"/> (the subject's end), or int.MaxValue:
    /// a body right after the preposition "do" (by) is the agent of something the sentence mentions ("tiêu chuẩn do Bộ …
    /// ban hành", "dự toán do Công an tỉnh lập"), not a second owner of the subject's work.
    /// </summary>
    private static int RelativeAgentAt(string text, List<AgencyMention> inClause, int from)
    {
        foreach (var m in inClause)
            if (m.Start >= from && IsAfterWord(text, m.Start, "do")) return m.Start;
        return int.MaxValue;
    }

    /// <summary>
    /// The bodies named at an item's end after a dash ("- Tài sản kết cấu hạ tầng đô thị - Bộ Xây dựng.", "Rà soát danh
    /// mục … – Sở Tài chính;"): a list that pairs each matter with the body answerable for it writes the body last, after
    /// a dash, as a table would in its owner column. The dash must follow the matter's words, not another body's name
    /// ("Tổng cục Chính trị - Bộ Quốc phòng" is a unit before its parent), and nothing but the end's punctuation may follow.
    /// </summary>
    private static List<AgencyMention> OwnerAfterDash(string text, IReadOnlyList<AgencyMention> mentions)
    {
        var last = mentions[^1];
        int end = last.Start + last.Length;
        for (int k = end; k < text.Length; k++)
            if (!char.IsWhiteSpace(text[k]) && text[k] is not ('.' or ';' or ',' or ':' or '/')) return [];
        var chain = ChainEndingAt(text, mentions, last);
        int dash = PrevNonSpace(text, chain[0].Start, 0);
        if (dash < 1 || text[dash] is not ('-' or '–' or '—') || !char.IsWhiteSpace(text[dash - 1])) return [];
        int before = PrevNonSpace(text, dash, 0);
        if (before < 0 || !(char.IsLetterOrDigit(text[before]) || text[before] == ')')) return [];
        if (mentions.Any(m => m.Start + m.Length > before && m.Start <= before)) return [];
        // The matter before the dash has words of its own: a line that is only a dash and a body is a list of names.
        return HasTwoWords(text.AsSpan(0, dash)) ? chain : [];
    }

    /// <summary>The word right before <paramref name="start"/> is <paramref name="word"/> (lower case).</summary>
    private static bool IsAfterWord(string text, int start, string word)
    {
        int e = start;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return e - s == word.Length && text.AsSpan(s, e - s).SequenceEqual(word);
    }

    // A clause that opens with a condition ("Trường hợp …", "Nếu …", or the course of the work in which it may arise:
    // "Trong quá trình triển khai …, đề nghị Chủ đầu tư: …") and names its subject after "thì" or a request.
    private static readonly Regex Conditional = new(@"^(?:truong\s+hop|neu|trong\s+qua\s+trinh)\b", Opts);

    // A request a finding leads to, right before the body asked: "…, do vậy đề nghị <body>", "Do đó, yêu cầu <body>".
    private static readonly Regex ConsequenceRequest = new(
        @"(?<![\p{L}])(?:do\s+vậy|do\s+đó|vì\s+vậy|vì\s+thế|bởi\s+vậy)\s*,?\s+(?<verb>đề\s+nghị|yêu\s+cầu)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // How a condition's main clause opens before its subject: "thì <body>", a request or charge after "thì" ("thì đề nghị
    // <body>", "thì giao cho <body>"), or a request right after the condition's comma (", đề nghị <body>"). Not any verb
    // after a comma: "nếu … không đạt, phải hướng dẫn, yêu cầu các đơn vị …" lists the subject's own verbs.
    private static readonly Regex MainClauseOpening = new(
        @"(?<![\p{L}])thì\s+(?<verb>đề\s+nghị|yêu\s+cầu|giao)(?:\s+cho)?\s*$|,\s+(?<verb>đề\s+nghị)\s*$|(?<![\p{L}])thì\s*$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// Whether the body at <paramref name="at"/> opens the main clause of a condition that began at <paramref name="floor"/>;
    /// <paramref name="mode"/> is the mode its verb gives (null after a bare "thì", where the body is the clause's own subject).
    /// </summary>
    private static bool OpensMainClause(string text, int floor, int at, out AssignmentMode? mode)
    {
        mode = null;
        var m = MainClauseOpening.Match(text, floor, at - floor);
        if (!m.Success) return false;
        if (m.Groups["verb"].Success)
        {
            var verb = m.Groups["verb"].Value;
            mode = verb[0] == 'đ' ? AssignmentMode.Requested : verb[0] == 'y' ? AssignmentMode.Required : AssignmentMode.Assigned;
        }
        return true;
    }

    private static readonly Regex Permission = new(@"^\s*(?:cung\s+|van\s+)?co\s+the\b", Opts);

    /// <summary>"có thể" (may) right after the subject: a permission, not an assignment.</summary>
    private static bool MayOnly(FoldedText folded, AgencyMention subject, int clauseEnd)
    {
        int after = subject.Start + subject.Length;
        return after < clauseEnd && Permission.IsMatch(KeySlice(folded, after, clauseEnd));
    }

    /// <summary>
    /// Drops bodies named after "là" ("Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì …", "là cơ quan đầu
    /// mối"): they say what the subject is, they are not other owners; and bodies counted by "một" ("một cơ quan").
    /// </summary>
    private static IReadOnlyList<AgencyMention> WithoutPredicates(string text, IReadOnlyList<AgencyMention> mentions)
    {
        List<AgencyMention>? kept = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            bool predicate = IsAfterCopula(text, mentions[i].Start) || IsAfterOne(text, mentions[i].Start);
            if (predicate && kept is null) kept = mentions.Take(i).ToList();
            if (!predicate) kept?.Add(mentions[i]);
        }
        return kept ?? mentions;
    }

    /// <summary>
    /// "một" right before a body: "nguyên tắc một việc chỉ giao một cơ quan chủ trì" counts bodies in a principle, it names
    /// none, so "một cơ quan" is no owner even before "chủ trì".
    /// </summary>
    private static bool IsAfterOne(string text, int start)
    {
        int e = start;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return e - s == 3 && text.AsSpan(s, 3) is "một" or "Một";
    }

    private static bool IsAfterCopula(string text, int start)
    {
        int e = start;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return e - s == 2 && text.AsSpan(s, 2) is "là" or "Là";
    }

    /// <summary>
    /// The names of the mentions, each once, a plural head's list as one name per body ("các Bộ: Công an, Quốc phòng");
    /// the keys of those bodies go into <paramref name="keys"/>, and a body whose key is in <paramref name="exclude"/>
    /// (a lead named again among the supports) is left out.
    /// </summary>
    private static List<string> Distinct(IEnumerable<AgencyMention> mentions, HashSet<string>? keys = null, HashSet<string>? exclude = null)
    {
        var seen = new HashSet<string>();
        var names = new List<string>();
        foreach (var m in mentions)
        {
            var name = m.Name.TrimEnd(NameEnds);
            var members = AgencyRecognizer.Members(name);
            if (members.Count == 1) { if (seen.Add(m.Key)) names.Add(name); continue; }
            foreach (var member in members)
            {
                var key = AgencyName.Key(member);
                if (exclude?.Contains(key) != true && seen.Add(key)) names.Add(member);
                keys?.Add(key);
            }
        }
        return names;
    }

    /// <summary>
    /// Clause spans: sentences split at . ; ! ? and line breaks, but not at a line break inside an agency name ("Giám
    /// đốc\nSở, …") nor at a ";" between two bodies of one list of owners.
    /// </summary>
    private static IEnumerable<(int Start, int End)> Clauses(string text, FoldedText folded, IReadOnlyList<AgencyMention> mentions)
    {
        int s = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            // "..." and a list marker's "1." do not end a clause.
            bool cut = c is '!' or '?' || c == ';' && !JoinsOwnerList(text, folded, mentions, s, i) || (c == '\n' && NewLineStartsClause(text, i + 1) && !mentions.Any(m => m.Start < i && i < m.Start + m.Length)) ||
                       (c == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !(i > 0 && text[i - 1] == '.') &&
                        !(i > 0 && char.IsDigit(text[i - 1]) && i - s < 6));
            if (!cut) continue;
            int from = WordsStart(text, s, i);
            if (i > from) yield return (from, i);
            s = i + 1;
        }
        int last = WordsStart(text, s, text.Length);
        if (last < text.Length) yield return (last, text.Length);
    }

    // A clause starts at its first word, not at the space after the previous sentence's ".": the opening verb of a
    // second sentence ("… triển khai. Đề nghị Ủy ban …") is read like a first sentence's.
    private static int WordsStart(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from])) from++;
        return from;
    }

    /// <summary>
    /// A ";" at <paramref name="at"/> that separates two bodies of one list of owners: "Sở Tài chính; Sở Nội vụ bố trí …",
    /// "phối hợp với Sở Tài chính; Sở Nội vụ …", "Cơ quan thực hiện: Sở Y tế; Sở Tài chính". Writers list owners with
    /// semicolons as often as with commas; cutting there would make the body after it the subject of a clause of its
    /// own. The bodies before it must make up the whole list so far (at the clause's start, after its opening word, after
    /// "phối hợp (với)" or a field label), and the text after it must not open a field of its own ("…; Cơ quan phối hợp: …").
    /// </summary>
    private static bool JoinsOwnerList(string text, FoldedText folded, IReadOnlyList<AgencyMention> mentions, int clauseStart, int at)
    {
        int prev = -1, next = -1;
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Start >= clauseStart && m.Start + m.Length <= at && IsJoiner(text.AsSpan((m.Start + m.Length)..at))) prev = k;
            if (m.Start > at && next < 0) next = k;
        }
        if (prev < 0 || next < 0 || !IsMarkedJoiner(text.AsSpan((at + 1)..mentions[next].Start))) return false;
        // Walk back through the list to its first body.
        int first = prev;
        while (first > 0 && mentions[first - 1].Start >= clauseStart && IsJoiner(text.AsSpan((mentions[first - 1].Start + mentions[first - 1].Length)..mentions[first].Start)))
            first--;
        var before = Key(folded, clauseStart, mentions[first].Start);
        bool listStarts = LeadIn.Match(before).Length == before.Length || ListAfterSupport.IsMatch(before) || Label.Match(before).Length == before.Length;
        if (!listStarts) return false;
        int nextEnd = mentions[next].Start + mentions[next].Length;
        int lineEnd = text.IndexOf('\n', nextEnd);
        return !Label.IsMatch(KeySlice(folded, mentions[next].Start, lineEnd < 0 ? text.Length : lineEnd));
    }

    // The end of a clause's text before a list of supports: "… phối hợp với", "… phối hợp chặt chẽ với".
    private static readonly Regex ListAfterSupport = new(@"(?<![\p{L}])" + MannerThenWith + @"\s*$", Opts);

    // A wrapped line goes on in lower case; a line that opens with a capital or a list marker starts a new clause.
    private static bool NewLineStartsClause(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length) return true;
        char c = text[i];
        return char.IsUpper(c) || char.IsDigit(c) || c is '-' or '+' or '*' or '•';
    }

    /// <summary>Agencies that start at <paramref name="at"/> and follow each other joined only by "," / "và".</summary>
    private static List<AgencyMention> ChainAt(string text, List<AgencyMention> mentions, int at)
    {
        var chain = new List<AgencyMention>();
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        int idx = 0;
        while (idx < mentions.Count && mentions[idx].Start != at) idx++;
        if (idx == mentions.Count) return chain;
        chain.Add(mentions[idx]);
        for (int k = idx + 1; k < mentions.Count; k++)
        {
            var prev = chain[^1];
            if (!IsJoiner(text.AsSpan((prev.Start + prev.Length)..mentions[k].Start))) break;
            chain.Add(mentions[k]);
        }
        return chain;
    }

    private static List<AgencyMention> ChainEndingAt(string text, IReadOnlyList<AgencyMention> mentions, AgencyMention last)
    {
        var chain = new List<AgencyMention> { last };
        int idx = IndexOf(mentions, last);
        for (int k = idx - 1; k >= 0; k--)
        {
            var next = chain[0];
            if (!IsJoiner(text.AsSpan((mentions[k].Start + mentions[k].Length)..next.Start))) break;
            chain.Insert(0, mentions[k]);
        }
        return chain;
    }

    // As List.IndexOf: the first mention equal to the one sought (mentions are records).
    private static int IndexOf(IReadOnlyList<AgencyMention> mentions, AgencyMention m)
    {
        for (int k = 0; k < mentions.Count; k++) if (mentions[k].Equals(m)) return k;
        return -1;
    }

    /// <summary>
    /// The mentions that start in [<paramref name="start"/>, <paramref name="end"/>), in text order, or null when none
    /// does: most clauses name no body, and an empty list and a LINQ pipeline for each of them were garbage.
    /// </summary>
    private static List<AgencyMention>? InClause(IReadOnlyList<AgencyMention> mentions, int start, int end)
    {
        List<AgencyMention>? inClause = null;
        foreach (var m in mentions)
            if (m.Start >= start && m.Start < end) (inClause ??= []).Add(m);
        return inClause;
    }

    private static readonly Regex Joiner = new(@"^\s*(?:,|;)?\s*(?:(?:và|cùng|với)\s+)?$", RegexOptions.CultureInvariant);

    // A gap is measured before it is matched: most gaps between two mentions are whole phrases, far longer than a joiner.
    private static bool IsJoiner(ReadOnlySpan<char> gap) => gap.Length < 12 && Joiner.IsMatch(gap);

    // A joiner after list markers ("; - Sở …", "; + Sở …"): the marks read as spaces.
    private static bool IsMarkedJoiner(ReadOnlySpan<char> gap) =>
        gap.Length < 12 && Joiner.IsMatch(gap.ToString().Replace('-', ' ').Replace('+', ' '));

    // At least two words with a letter in them among the whitespace-separated words of the text.
    private static bool HasTwoWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false, letter = false;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is ' ' or '\n' or '\t')
            {
                if (inWord && letter && ++words >= 2) return true;
                inWord = letter = false;
            }
            else
            {
                inWord = true;
                letter |= char.IsLetter(text[i]);
            }
        }
        return false;
    }

    /// <summary>
    /// The clause ending at <paramref name="end"/> opens an adverbial (or goes on with one) and its objects go on after the
    /// ";" there, the subject still to come.
    /// </summary>
    private static bool OpensAdverbialList(string text, ReadOnlySpan<char> clauseKey, int end, bool afterAdverbial) =>
        end < text.Length && text[end] == ';' && (afterAdverbial || AdverbialWithObject.IsMatch(clauseKey));

    // An adverbial's next object opens like a noun phrase: a determiner or a capitalised name ("Kế hoạch số …").
    private static bool OpensObject(string text, int at) =>
        at < text.Length && (char.IsUpper(text[at]) || text.AsSpan(at).StartsWith("các ", StringComparison.Ordinal) || text.AsSpan(at).StartsWith("những ", StringComparison.Ordinal));

    // Adverbials that take an object which may name bodies ("Căn cứ đề nghị của Sở …", "Sau khi Ủy ban nhân dân tỉnh phê
    // duyệt …"); "Đồng thời", "Ngoài ra" take none.
    private static readonly Regex AdverbialWithObject = new(@"^(?:can\s+cu|tren\s+co\s+so|de|sau\s+khi)\b", Opts);

    // A subject is followed by what it does: a body that ends its clause closes a list, it is no subject.
    private static bool HasPredicate(string text, AgencyMention last, int end)
    {
        int after = last.Start + last.Length;
        return after < end && text.AsSpan(after, end - after).Trim(" .;,:\t\r\n".AsSpan()).Length > 0;
    }

    // "Trên cơ sở đề nghị của Sở Xây dựng và Sở Lao động …, Sở Tài chính thẩm định …", "Sau khi Ủy ban nhân dân Thành phố
    // phê duyệt …, Sở Tài chính lập thủ tục …": the bodies inside the adverbial are its objects; the subject is the first
    // body after the comma that closes it. A comma between two bodies parts a list ("của Sở A, Sở B, Sở C"), unless the
    // body before it closed its list with "và": then the comma closes the adverbial.
    private static int? SubjectAfterAdverbialAt(string text, FoldedText folded, List<AgencyMention> inClause, int start)
    {
        for (int i = 1; i < inClause.Count; i++)
        {
            var m = inClause[i];
            int comma = PrevNonSpace(text, m.Start, start);
            if (comma < 0 || text[comma] != ',') continue;
            var prev = inClause[i - 1];
            if (PrevNonSpace(text, comma, start) != prev.Start + prev.Length - 1) return m.Start;
            int prevFrom = i >= 2 ? inClause[i - 2].Start + inClause[i - 2].Length : start;
            if (prevFrom >= prev.Start) continue;
            var joiner = Key(folded, prevFrom, prev.Start).Trim();
            if (joiner == "va" || joiner.EndsWith(" va", StringComparison.Ordinal)) return m.Start;
        }
        return null;
    }

    private static int PrevNonSpace(string text, int i, int floor)
    {
        for (int k = i - 1; k >= floor; k--) if (!char.IsWhiteSpace(text[k])) return k;
        return -1;
    }

    private static string Key(FoldedText f, int start, int end)
    {
        var (ks, ke) = KeySpan(f, start, end);
        return f.Value[ks..ke];
    }

    // The key of the original [start, end) without copying it, for the patterns only tested there.
    private static ReadOnlySpan<char> KeySlice(FoldedText f, int start, int end)
    {
        var (ks, ke) = KeySpan(f, start, end);
        return f.Value.AsSpan(ks, ke - ks);
    }

    private static (int, int) KeySpan(FoldedText f, int start, int end)
    {
        int ks = f.FoldedIndex(start);
        return (ks, Math.Max(ks, f.FoldedIndex(end)));
    }

    /// <summary>Original length covered by the first <paramref name="keyLength"/> folded chars from original <paramref name="start"/>.</summary>
    private static int OriginalLength(FoldedText f, int start, int keyLength)
    {
        var (ks, _) = KeySpan(f, start, f.Original.Length);
        return f.OriginalStart(ks + keyLength) - start;
    }
}
