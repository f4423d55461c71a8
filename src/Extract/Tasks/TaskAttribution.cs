using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// Gives a located task its owners, mode, deadline and category by handing the right texts to the grammar:
/// an owner heading or "* …" line decides the lead over the task's own subject; an intro gives the lead only when
/// the task names none, and its support passes down; table columns and labelled fields come first of all.
/// </summary>
public sealed partial class TaskAttribution(OwnerParser parser, DocumentMentions recognizer, DeadlineParser deadlines, ICategoryClassifier categories, IOwnerShape shape)
{
    /// <summary>When set, owners, deadlines and categories are timed separately.</summary>
    public ExtractionClock? Clock { get; init; }

    /// <summary>Attributes the tasks of one document; owner texts shared by several tasks (headings, intros) are parsed once.</summary>
    /// <remarks>
    /// A task whose attribution throws is kept with its path and text only, and <paramref name="failed"/> hears of it:
    /// one bad task never costs the document its other tasks.
    /// </remarks>
    public IReadOnlyList<TaskItem> AttributeAll(IEnumerable<TaskDraft> drafts, DeadlineContext context, Action<TaskDraft, Exception>? failed = null)
    {
        var owners = new CachedOwners(parser, recognizer);
        var tasks = new List<TaskItem>();
        foreach (var draft in drafts)
        {
            TaskItem task;
            try { task = Attribute(draft, context, owners); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed?.Invoke(draft, e);
                if (draft.RequiresOwner) continue;
                task = new TaskItem { Path = draft.Path, Text = draft.Text };
            }
            if (!draft.RequiresOwner || task.Lead.Count > 0) tasks.Add(task);
        }
        return tasks;
    }

    private sealed class CachedOwners(OwnerParser parser, DocumentMentions recognizer)
    {
        private readonly Dictionary<string, OwnerAssignment> _parsed = new(StringComparer.Ordinal);

        public OwnerAssignment Parse(string text)
        {
            if (!_parsed.TryGetValue(text, out var result)) _parsed[text] = result = parser.Parse(text);
            return result;
        }

        public IReadOnlyList<AgencyMention> Mentions(string text) => recognizer.FindAll(text);
    }

    private TaskItem Attribute(TaskDraft draft, DeadlineContext context, CachedOwners owners)
    {
        long start = Clock?.Start() ?? 0;
        var text = draft.Text;
        // The owner model reads the bodies of every task's text after attribution: they are recognised here, for the
        // document (the owner parser and the category model, right after, find them among the recogniser's last answers).
        recognizer.FindAll(text);
        // The task's own reading is parsed only when needed: parsing is the costly part of attribution.
        OwnerAssignment? ownParsed = null;
        OwnerAssignment Own() => ownParsed ??= owners.Parse(text);
        var inline = shape.InlineOwner(text);

        var lead = new List<string>();
        var support = new List<string>();
        AssignmentMode? mode = null;

        if (draft.LeadColumn is not null)
        {
            lead.AddRange(CellNames(draft.LeadColumn, owners));
            if (draft.SupportColumn is not null) support.AddRange(CellNames(draft.SupportColumn, owners));
        }
        if (lead.Count == 0 && inline is not null)
        {
            var p = owners.Parse(inline);
            lead.AddRange(p.Lead.Count > 0 ? p.Lead : Names(inline, owners));
            mode = p.Mode;
        }
        // An item or sub-heading that itself gives the task away ("Giao Thanh tra thành phố …") overrides the heading above it.
        if (lead.Count == 0 && StartsWithGiao(text) && Own() is { Lead.Count: > 0 } given) { lead.AddRange(given.Lead); mode = given.Mode; }
        if (lead.Count == 0)
            foreach (var source in draft.Owners.Where(o => o.Kind is OwnerSourceKind.Heading or OwnerSourceKind.Responsibility
                                                              || (o.Kind == OwnerSourceKind.Intro && StartsWithGiao(o.Text))))
            {
                // The nearest heading decides; one the grammar cannot read is weighed below the task's own subject.
                if (source.Names is not null) break;
                var p = owners.Parse(source.Text);
                var names = p.Lead.Count > 0 ? p.Lead : source.Kind == OwnerSourceKind.Heading ? Names(source.Text, owners) : [];
                if (names.Count == 0) continue;
                lead.AddRange(names);
                mode ??= p.Mode ?? ModeOf(source.Text);
                // "- Tài sản kết cấu hạ tầng đô thị - Bộ Xây dựng.": an item that names its body at its end after a dash says
                // which of the bodies its heading groups ("Đối với các Bộ quản lý chuyên ngành") answers for it; the
                // heading still gives the mode.
                if (OwnerParser.MayNameOwnerAtEnd(text) && Own() is { NamedAtEnd: true } dashed)
                {
                    lead.Clear();
                    lead.AddRange(dashed.Lead);
                    break;
                }
                Add(support, p.Support);
                // "2. Sở Khoa học và Công nghệ, Sở Nội vụ" / "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ …":
                // a heading lists every body concerned, and the item's own sentence says which of them leads; the
                // heading's bodies it names after "phối hợp" support.
                if (source.Kind == OwnerSourceKind.Heading && lead.Count > 1 && MayAddModeOrSupport(text)
                    && Own() is { Lead.Count: > 0, Support.Count: > 0 } split
                    && split.Lead.All(l => lead.Any(h => Scoring.MatchText.NamesMatch(h, l))))
                    lead.RemoveAll(h => split.Support.Any(s => Scoring.MatchText.NamesMatch(h, s))
                                        && !split.Lead.Any(l => Scoring.MatchText.NamesMatch(h, l)));
                // "4. Các Bộ: Công an, Kế hoạch và Đầu tư" / "- Bộ Kế hoạch và Đầu tư chủ trì …": an item whose own subject
                // is some of the bodies its heading lists is theirs alone.
                if (source.Kind == OwnerSourceKind.Heading && lead.Count > 1 && Own() is { Lead.Count: > 0 } narrowed
                    && narrowed.Lead.Count < lead.Count && narrowed.Lead.All(l => lead.Any(h => Scoring.MatchText.NamesMatch(h, l))))
                {
                    lead.Clear();
                    lead.AddRange(narrowed.Lead);
                }
                // A "* …" line that also names the task's own subjects ("… lãnh đạo Mặt trận Tổ quốc … thực hiện") adds them.
                if (source.Kind == OwnerSourceKind.Responsibility)
                    foreach (var m in owners.Mentions(source.Text))
                        if (!lead.Any(l => Scoring.MatchText.NamesMatch(l, m.Name)) && Own().Lead.Any(o => Scoring.MatchText.NamesMatch(o, m.Name)))
                            lead.Add(m.Name);
                break;
            }
        if (lead.Count == 0 && Own() is { Lead.Count: > 0 } ownSubject) { lead.AddRange(ownSubject.Lead); mode = ownSubject.Mode; }
        // Intros, and headings of bodies the grammar does not know (weaker than the task's own subject), nearest first.
        if (lead.Count == 0)
            foreach (var source in draft.Owners.Where(o => o.Kind == OwnerSourceKind.Intro || o.Names is not null && o.Kind != OwnerSourceKind.Addressee))
            {
                var p = owners.Parse(source.Text);
                var names = p.Lead.Count > 0 ? p.Lead : source.Names ?? IntroAgencies(source.Text, owners);
                if (names.Count == 0) continue;
                lead.AddRange(names);
                mode ??= p.Mode ?? (source.Names is null ? null : ModeOf(source.Text));
                break;
            }
        // A subject the grammar does not know ("Vụ Kế hoạch chủ trì, …"), of the task or of the intro above it.
        if (lead.Count == 0)
            foreach (var subject in draft.Owners.Where(o => o.Kind == OwnerSourceKind.Intro).Select(o => o.Text).Prepend(text))
                if (shape.SubjectOwners(subject) is { } names) { lead.AddRange(names); mode ??= ModeOf(subject); break; }
        // The directive's general addressees come last: only where neither the item nor anything above it names an owner.
        if (lead.Count == 0)
            foreach (var source in draft.Owners.Where(o => o.Kind == OwnerSourceKind.Addressee))
            {
                var p = owners.Parse(source.Text);
                // A letter's single addressee, asked by a back-reference, is known by its full name (LetterAddressee).
                var names = source.Names ?? (p.Lead.Count > 0 ? p.Lead : IntroAgencies(source.Text, owners));
                if (names.Count == 0) continue;
                lead.AddRange(names);
                mode ??= p.Mode;
                break;
            }
        // The task's own "Đề nghị"/"Yêu cầu" decides; otherwise the source of the lead does. A text without those words
        // or "phối hợp" adds neither mode nor supports, so it need not be parsed when the lead came from elsewhere.
        if (ownParsed is not null || MayAddModeOrSupport(text))
        {
            var own = Own();
            if (own.Mode is AssignmentMode.Requested or AssignmentMode.Required && own.Lead.Count > 0) mode = own.Mode;
            Add(support, own.Support);
        }
        // A letter that asks bodies outside the issuer's authority ("Bộ … đề nghị <bodies> … sau:") can only ask: an item
        // whose owner comes from an owner heading or its own subject, with no "Giao" of its own, is requested too.
        if (mode is null or AssignmentMode.Assigned && lead.Count > 0 && !StartsWithGiao(text)
            && draft.Owners.Any(o => o.Kind == OwnerSourceKind.Addressee && o.Text.StartsWith("Đề nghị ", StringComparison.Ordinal)))
            mode = AssignmentMode.Requested;
        // The supports an intro names go with the lead it names: an item with a subject of its own has only its own.
        foreach (var source in draft.Owners.Where(o => o.Kind is OwnerSourceKind.Intro or OwnerSourceKind.Addressee))
            if (owners.Parse(source.Text).Support is { Count: > 0 } handed && Own().Lead.Count == 0) Add(support, handed);
        support.RemoveAll(s => lead.Contains(s, StringComparer.Ordinal));

        Clock?.Add(ExtractionClock.Owners, start);
        start = Clock?.Start() ?? 0;
        Deadline? deadline = null;
        // A time column's bare year or range ("2026", "2025 - 2030"), maybe before a note ("2022 - 2025 Các Bộ: … đã hoàn
        // thành"), is the year it ends in, as "năm 2026" is; a range of quarters or months ("Quý IV/2025- Quý II/2026") is
        // due when its end is. The column is the task's time as written, even a year gone by (DeadlineParser.ParseField).
        if (draft.DeadlineColumn is { } column)
        {
            if (TimeRangeEnd().Match(column) is { Success: true } end) column = end.Groups["end"].Value;
            if (MonthCell().IsMatch(column))
            {
                // A cell of months ("12/2019", "10-11/2019") reads as the grammar reads them after "tháng".
                deadline = deadlines.ParseField("tháng " + column.Trim(), context);
                if (deadline is not null) deadline = deadline with { Text = column.Trim() };
            }
            else if (BareYears().Match(column) is { Success: true } years) deadline = deadlines.ParseField("năm " + years.Groups["years"].Value, context);
            else deadline = deadlines.ParseField(column, context);
        }
        if (deadline is null && draft.Responsibility is not null) deadline = deadlines.Parse(draft.Responsibility, context);
        deadline ??= deadlines.Parse(text, context);

        Clock?.Add(ExtractionClock.Deadlines, start);
        // A plural head's list ("các Bộ: Công an, Quốc phòng") is one owner per body, whichever source named it; a body
        // of a support list that also leads is no support.
        var distinctLead = lead.Select(AgencyName.Expand).SelectMany(AgencyRecognizer.Members).Distinct(StringComparer.Ordinal).ToList();
        var distinctSupport = support.Select(AgencyName.Expand)
            .SelectMany(s => AgencyRecognizer.Members(s) is { Count: > 1 } bodies ? bodies.Where(b => !distinctLead.Contains(b, StringComparer.Ordinal)) : [s])
            .Distinct(StringComparer.Ordinal).ToList();
        start = Clock?.Start() ?? 0;
        var category = categories.Guess(text, draft.Heading);
        Clock?.Add(ExtractionClock.Category, start);
        return new TaskItem
        {
            Path = draft.Path,
            Text = text,
            Lead = distinctLead,
            Support = distinctSupport,
            Mode = distinctLead.Count == 0 ? null : mode ?? AssignmentMode.Assigned,
            Deadline = deadline,
            Category = category.Category,
            CategoryConfidence = category.Probability is { } probability ? Math.Round(probability, 3) : null,
            Heading = draft.Heading,
        };
    }

    // Workaround while the owner grammar misses subjects after long adverbials ("Nhằm …, bên cạnh …, các bộ, … cần …
    // thực hiện các nhiệm vụ sau đây:"): a real intro (ending "… sau (đây):") hands down the agencies of its last sentence.
    private static IReadOnlyList<string> IntroAgencies(string text, CachedOwners owners)
    {
        var t = text.TrimEnd();
        if (!t.EndsWith(':')) return [];
        var key = Structure.BodyText.Key(t);
        if (!key.EndsWith(" sau", StringComparison.Ordinal) && !key.EndsWith(" sau day", StringComparison.Ordinal)) return [];
        int sentence = t.LastIndexOf(". ", StringComparison.Ordinal);
        var last = sentence < 0 ? t : t[(sentence + 2)..];
        // Only a subject: a body at the sentence's start or after a comma; one after a preposition ("trong tất cả các
        // ngành, lĩnh vực …") is where the work happens, not who does it.
        return owners.Mentions(last).Where(m => IsSubjectPosition(last, m.Start)).Select(m => m.Name).ToList();
    }

    private static bool IsSubjectPosition(string text, int start)
    {
        int e = start;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        if (e == 0 || text[e - 1] is ',' or ':' or ';') return true;
        int s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        var word = Structure.BodyText.Key(text[s..e]);
        // "Giao Sở …", "Đề nghị các cơ quan …", "Yêu cầu …", "… và các tổ chức": the addressed bodies are the subject.
        return word is "giao" or "nghi" or "cau" or "va";
    }

    private static readonly char[] MarkerChars = [' ', '-', '+', '*', '•'];

    /// <summary>True when the text's first word is "Giao" (list markers aside): it assigns.</summary>
    internal static bool StartsWithGiao(string text)
    {
        var trimmed = text.TrimStart(MarkerChars);
        // Keying a whole task text to read its first word is costly. Keying is local to each syllable, and a space in
        // the key comes only from a character that keys to a space, so the key of the words before the first such
        // character is the key's first word (a single word, which VietnameseText remembers).
        int end = 0;
        while (end < trimmed.Length && !KeysToSpace(trimmed[end])) end++;
        return Ingest.Text.VietnameseText.ComparisonKey(trimmed[..end]) == "giao";
    }

    // The characters VietnameseText.Normalize writes as a space: spaces of every width and control characters other than tab and line ends.
    private static bool KeysToSpace(char c) =>
        c is ' ' or '\u00A0' or '\u2000' or '\u2001' or '\u2002' or '\u2003' or '\u2007' or '\u2009' or '\u200A' or '\u202F' or '\u3000' ||
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'));

    // A table's lead or support cell: each part between semicolons ("- Vụ Pháp chế; - Văn phòng Bộ.") names its own
    // bodies, so that a name the grammar reads as a clause cannot swallow the parts after it.
    private List<string> CellNames(string cell, CachedOwners owners)
    {
        // "Do Chủ tịch Hội đồng thẩm định quyết định (*)": the cell says who will choose the owner, and names none yet.
        if (DeferredOwnerCell().IsMatch(cell)) return [];
        var parts = CellParts(cell);
        bool namesKnownBody = owners.Mentions(cell).Count > 0;
        if (parts.Count < 2 || parts.Any(p => VietnameseText.WordCount(p) > CellPartWords))
            return WithParties(cell, Names(cell, owners), owners, namesKnownBody);
        var names = new List<string>();
        foreach (var name in parts.SelectMany(p => WithParties(p, Names(p, owners), owners, namesKnownBody)))
            if (!names.Any(n => Scoring.MatchText.Fold(n) == Scoring.MatchText.Fold(name))) names.Add(name);
        return names;
    }

    // A cell lists owners: the parties it names that the recogniser does not know ("chủ rừng", "các hiệp hội, doanh
    // nghiệp"), and its known bodies the grammar read as no owner, are owners beside the names read.
    private static List<string> WithParties(string cell, List<string> names, CachedOwners owners, bool namesKnownBody)
    {
        var parties = OwnerCellParties.Find(cell, owners.Mentions(cell), namesKnownBody);
        if (parties.Count == 0) return names;
        var result = new List<string>(names);
        foreach (var party in parties)
        {
            var fold = Scoring.MatchText.Fold(party);
            if (result.Any(n => Scoring.MatchText.Fold(n).Contains(fold, StringComparison.Ordinal) || fold.Contains(Scoring.MatchText.Fold(n), StringComparison.Ordinal))) continue;
            result.Add(party);
        }
        return result;
    }

    // A part of a cell longer than this is text that a flattened table ran into the cell, not a list of names.
    private const int CellPartWords = 12;

    // The parts of a cell between semicolons outside parentheses, their bullets and end punctuation trimmed. A slash
    // between two names ("Sở Tài chính/Sở Nội vụ", "Công an tỉnh / Bộ Chỉ huy Quân sự tỉnh") separates them as a
    // semicolon does: task tables write either; a slash after a digit belongs to a number ("12/QĐ-UBND").
    private static List<string> CellParts(string cell)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i <= cell.Length; i++)
        {
            if (i < cell.Length && cell[i] == '(') depth++;
            else if (i < cell.Length && cell[i] == ')') depth = Math.Max(0, depth - 1);
            else if (i == cell.Length || (cell[i] == ';' || cell[i] == '/' && SlashSeparatesNames(cell, i)) && depth == 0)
            {
                var part = cell[start..i].Trim().TrimStart(Bullets).Trim().TrimEnd(PartEnds).Trim();
                if (part.Length > 0) parts.Add(part);
                start = i + 1;
            }
        }
        return parts;
    }

    // The trimmed marks, made once: a params array per part was allocated for every cell read.
    private static readonly char[] Bullets = ['-', '+', '•'], PartEnds = ['.', ','];

    private static bool SlashSeparatesNames(string cell, int at)
    {
        int b = at - 1, a = at + 1;
        while (b >= 0 && cell[b] == ' ') b--;
        while (a < cell.Length && cell[a] == ' ') a++;
        return b >= 0 && a < cell.Length && char.IsLetter(cell[b]) && char.IsUpper(cell[a]);
    }

    // A bare list of agencies (a table cell, an owner heading): every agency named.
    private List<string> Names(string text, CachedOwners owners)
    {
        // A bare list of names ("Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Tài chính."): every agency it names.
        if (shape.IsOwnerHeading(text)) { var all = owners.Mentions(text).Select(m => m.Name).ToList(); if (all.Count > 0) return all; }
        var p = owners.Parse(text);
        if (p.Lead.Count > 0) return p.Lead.Concat(p.Support).ToList();
        return owners.Mentions(text).Select(m => m.Name).ToList();
    }

    private static readonly string[] ModeOrSupportWords = ["phoi hop", "de nghi", "yeu cau"];

    private static bool MayAddModeOrSupport(string text)
    {
        var key = Structure.BodyText.Key(text);
        return ModeOrSupportWords.Any(w => key.Contains(w, StringComparison.Ordinal));
    }

    private static AssignmentMode? ModeOf(string text)
    {
        var key = Structure.BodyText.Key(text);
        if (key.StartsWith("de nghi ", StringComparison.Ordinal)) return AssignmentMode.Requested;
        if (key.StartsWith("yeu cau ", StringComparison.Ordinal)) return AssignmentMode.Required;
        return null;
    }

    private static void Add(List<string> list, IEnumerable<string> names)
    {
        foreach (var n in names) if (!list.Contains(n, StringComparer.Ordinal)) list.Add(n);
    }

    // A note may follow in the cell as a sentence of its own, from a capital ("2022 - 2025 Các Bộ: … đã hoàn thành").
    [GeneratedRegex(@"^\s*(?<years>(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)(?:\.?\s*$|\s+(?=\p{Lu}))", RegexOptions.CultureInvariant)]
    private static partial Regex BareYears();

    // A time cell of months only: "12/2019", "10-11/2019", "01-4/2021".
    [GeneratedRegex(@"^\s*(?:(?<a>\d{1,2})\s*[-–]\s*)?(?<m>\d{1,2})\s*/\s*(?<y>(?:19|20)\d\d)\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthCell();

    [GeneratedRegex(@"^\s*(?:[Qq]u[ýí]|[Tt]háng)\s+\S+\s*[-–]\s*(?<end>(?:[Qq]u[ýí]|[Tt]háng)\s+\S+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRangeEnd();

    [GeneratedRegex(@"^\s*Do\s[^;.]{3,120}?\squyết định(?:\s*\([^)]*\))?\s*[.;]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DeferredOwnerCell();
}
