using System.Globalization;
using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// Reads Vietnamese deadline phrases (thời hạn): dates, months, quarters, half-years, years and periods,
/// recurrences (hằng năm, định kỳ 6 tháng, trước ngày 20 hằng tháng) and "thường xuyên".
/// </summary>
/// <remarks>
/// Matching runs on the folded form (no diacritics, lower case), so odd tone placement or missing accents
/// do not matter; offsets and <see cref="Deadline.Text"/> are taken from the original.
/// Phrases that are not deadlines are recognised and consumed first: dates of cited documents, congress terms
/// (nhiệm kỳ), anniversaries "(11/6/1948-11/6/2025)", echoed titles "5 năm (2021-2025)", adjective uses of
/// "thường xuyên"/"hàng năm", occasions (chào mừng, kỷ niệm, tiến tới …), negated parentheticals and periods
/// that ended before the document's year.
/// When several phrases qualify, <see cref="Parse"/> prefers, in this order (earliest wins within a rank):
/// 1. a date bound to the action (trước ngày / chậm nhất / hoàn thành … / hạn);
/// 2. a recurrence with a day (trước ngày 15/12 hằng năm);
/// 3. any other date, month or date range;
/// 4. a quarter or half-year;
/// 5. a recurrence without a day (định kỳ hằng năm, hằng quý);
/// 6. a year or multi-year period (năm 2025, giai đoạn 2021-2025, đến năm 2030, cuối năm);
/// 7. ongoing (thường xuyên).
/// </remarks>
public sealed class DeadlineParser
{
    // Trim's char sets, made once: a params array per call was a measurable share of extraction (InitializeArray).
    private static readonly char[] PhraseEdges = [' ', '(', ')', ',', ';', '.'];
    private static readonly char[] SpaceOrParen = [' ', '('];

    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Pieces of the folded grammar. Day and month may arrive with their digits split by a space ("0 6").
    private const string Num2 = @"\d(?:\s?\d)?";
    private static string NumDate(string n) => @"\d{1,2}\s?(?<" + n + @">[-/.])\s?\d{1,2}\s?\k<" + n + @">\s?(?:19|20)\d\d";
    private const string WordDate = @"" + Num2 + @"\s+thang\s+" + Num2 + @"\s*,?\s*nam\s+(?:19|20)\d\d";
    private static string FullDate(string n) => "(?:" + NumDate(n) + "|" + WordDate + ")";
    private const string ShortDate = @"(?:\d{1,2}\s?[-/]\s?\d{1,2}(?!\s?[-/.]\s?\d|\d)|" + Num2 + @"\s+thang\s+" + Num2 + @"(?!\s*,?\s*nam\s+\d|\s?\d))";
    private static string AnyDate(string n) => "(?:" + FullDate(n) + "|" + ShortDate + ")";
    private const string Bind = @"(?:(?:(?:phai\s+)?hoan\s+thanh(?:\s+xong)?|xong|han\s+chot(?:\s+la)?|thoi\s+han(?:\s+hoan\s+thanh)?(?:\s+la)?)\s+(?:(?:truoc|cham\s+nhat(?:\s+la)?|trong|vao)\s+)?|(?:truoc|cham\s+nhat(?:\s+la)?|trong|vao|den|toi)\s+)";
    private const string Y = @"(?<y>(?:19|20)\d\d)";
    private const string B = @"(?<![\p{L}\d])";
    private const string E = @"(?![\p{L}\d])";

    private delegate Candidate? Build(Match m, Scan s);

    /// <summary>What a text holds at least, in order: a year ((?:19|20)\d\d) holds a digit.</summary>
    private enum Holds { Anything, Digit, Year }

    /// <param name="Needs">Every match holds a digit, or a year: a text holding less is not scanned (most task texts have no digit).</param>
    /// <param name="NeedsSubstring">
    /// A prefilter: every match contains one of these folded strings, tested as substrings, not words ("hang" for hàng
    /// and thàng), a space standing for a run of white space as the pattern's \s+ does ("quy 1" for "quý  1/2026") and,
    /// after the first word, '#' for a digit as \d does ("ngay #" for "ngày 15/3", not "ngày càng"): a
    /// text without any is not scanned. It may let through texts the pattern does not match, never the reverse.
    /// </param>
    // Needs, NeedsSubstring: what every match of the rule holds, so a text without it skips the rule's scan
    // (a rule with optional leading words tries a match at almost every position of the text).
    /// <param name="NeedsCore">
    /// A part every match holds, as a pattern that opens with a digit (a date, "20 hằng tháng"): a text it does not match
    /// is not scanned. The rule's optional leading words make its search try every position of the text; the core's
    /// search skips from digit to digit.
    /// </param>
    private sealed record Rule(Regex Pattern, Build Make, Holds Needs = Holds.Anything, string[]? NeedsSubstring = null, Regex? NeedsCore = null);

    /// <summary>A phrase the grammar read: a deadline with its rank, or a consumed non-deadline (Deadline null).</summary>
    private sealed record Candidate(Deadline? Deadline, int Rank, int Start, int Length);

    private sealed class Scan(FoldedText text, DeadlineContext context, bool field)
    {
        public FoldedText Text { get; } = text;
        public DeadlineContext Context { get; } = context;
        // A time field's value: the task's time as written, kept even when it ended before the document's year.
        public bool Field { get; } = field;
        // Markdown emphasis and word-segmentation underscores ("chậm nhất *ngày 17 tháng 12*", "ban_hành") are spaces
        // to the grammar; the replacement keeps offsets.
        public string Key { get; } = text.Value.Replace('*', ' ').Replace('_', ' ');
    }

    // What the quarter rules' "qu[yi]\s+(?<q>iv|i{1,3}|[1-4])" and the recurrences' "(?:hang|moi)\s+(?:thang|qu[yi]|nam|tuan)"
    // hold: "qu" and "hang" alone let through "quy định", "quan", "hàng hóa", "thành", most task texts.
    // A digit for the quarter's number: one scan for "quy 1" to "quy 4" (a stray "quy 5" only lets the text through).
    private static readonly string[] Quarters = ["quy i", "qui i", "quy #", "qui #"];
    // What a full date holds: a numbered date's separator ("15/3/2026", "15-3-2026", "15.3.2026") or a worded date's
    // "tháng" before its month ("15 tháng 3 năm 2026").
    private static readonly string[] NumberedOrWordDate = ["/", "-", ".", "thang #"];
    // "hằng <unit>" and "mỗi <unit>": the recurrences with a day take either, those without a day only "hằng".
    private static readonly string[] EveryUnit = ["hang thang", "hang quy", "hang qui", "hang nam", "hang tuan"];
    private static readonly string[] RecurrenceUnits = [.. EveryUnit, "moi thang", "moi quy", "moi qui", "moi nam", "moi tuan"];

    // The cores of the rules with a full date, and of the recurrences with a day (from the day to the unit).
    private static readonly Regex FullDateCore = R(FullDate("s"));
    private const string DayEvery = @"(?<d>" + Num2 + @")(?:\s?[-/]\s?(?<m>\d{1,2})|\s+thang\s+(?<m>" + Num2 + @"))?\s*(?:,\s*)?(?:cua\s+)?(?:hang|moi)\s+(?<u>thang|qu[yi]|nam|tuan)";
    private static readonly Regex DayEveryCore = R(DayEvery);

    // After the prefilters above: static fields are set in the order written.
    private static readonly Rule[] Rules = BuildRules();

    /// <summary>The deadline that bounds the task's action, or null when the text states none.</summary>
    public Deadline? Parse(string taskText, DeadlineContext context) => Best(Candidates(taskText, context, field: false));

    /// <summary>
    /// The deadline a time field states (a task table's time cell: "2022", "Quý IV/2026"): read as in a task's text, but
    /// a period that ended before the document's year is still the task's time (a programme issued in 2023 lists what
    /// was due in 2022), where in running text it names a past period under review.
    /// </summary>
    public Deadline? ParseField(string value, DeadlineContext context) => Best(Candidates(value, context, field: true));

    private static Deadline? Best(List<Candidate> all)
    {
        Candidate? best = null;
        foreach (var c in all)
        {
            if (c.Deadline is null) continue;
            if (best is null || c.Rank < best.Rank) best = c;
        }
        return best?.Deadline;
    }

    /// <summary>Every deadline phrase in the text, in text order (non-deadline uses of time phrases excluded).</summary>
    public IReadOnlyList<DeadlineMatch> FindAll(string text, DeadlineContext context)
    {
        var folded = FoldedText.Of(text ?? string.Empty);
        var result = new List<DeadlineMatch>();
        foreach (var c in Candidates(text, context, field: false))
        {
            if (c.Deadline is null) continue;
            int s = folded.OriginalStart(c.Start), e = folded.OriginalEnd(c.Start + c.Length);
            result.Add(new DeadlineMatch(c.Deadline, s, e - s));
        }
        return result;
    }

    private static List<Candidate> Candidates(string? text, DeadlineContext? context, bool field)
    {
        var found = new List<Candidate>();
        if (string.IsNullOrWhiteSpace(text)) return found;
        var scan = new Scan(FoldedText.Of(text), context ?? DeadlineContext.None, field);
        // Made at the first match: most texts match no rule.
        bool[]? taken = null;
        var holds = !HoldsDigit(scan.Key) ? Holds.Anything
            : HoldsYear(scan.Key) ? Holds.Year : Holds.Digit;
        // The quarter rules share one prefilter: the text is searched for it once.
        (string[]? Parts, bool Found) lastTest = (null, false);
        foreach (var rule in Rules)
        {
            if (rule.Needs > holds) continue;
            if (rule.NeedsSubstring is { } parts)
            {
                if (!ReferenceEquals(parts, lastTest.Parts)) lastTest = (parts, ContainsAny(scan.Key, parts));
                if (!lastTest.Found) continue;
            }
            if (rule.NeedsCore is { } core && !core.IsMatch(scan.Key)) continue;
            foreach (Match m in rule.Pattern.Matches(scan.Key))
            {
                taken ??= new bool[scan.Key.Length + 1];
                if (Overlaps(taken, m.Index, m.Length)) continue;
                Candidate? c;
                try { c = rule.Make(m, scan); }
                catch (ArgumentOutOfRangeException) { c = null; } // an impossible date is not a deadline
                if (c is null) continue;
                for (int i = c.Start; i < c.Start + c.Length && i < taken.Length; i++) taken[i] = true;
                found.Add(c);
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    // Whether \d matches anywhere (any Unicode digit), asked of every text: a vectorised search for an ASCII digit, then
    // char by char only from the first non-ASCII char (the folded text is mostly ASCII), where other scripts' digits stand.
    private static bool HoldsDigit(string key)
    {
        var span = key.AsSpan();
        if (span.ContainsAnyInRange('0', '9')) return true;
        for (int i = span.IndexOfAnyExceptInRange('\0', '\u007f'); i >= 0 && i < span.Length; i++)
            if (char.IsDigit(span[i])) return true;
        return false;
    }

    // Whether (?:19|20)\d\d matches anywhere in the key: half the rules need a year, and many task texts with a digit
    // (an item number, a count) have none.
    private static bool HoldsYear(string key)
    {
        for (int i = key.IndexOfAny(YearStarts); i >= 0 && i + 3 < key.Length; i = key.IndexOfAny(YearStarts, i + 1))
            if ((key[i] == '1' ? key[i + 1] == '9' : key[i + 1] == '0') && char.IsDigit(key[i + 2]) && char.IsDigit(key[i + 3])) return true;
        return false;
    }

    private static readonly char[] YearStarts = ['1', '2'];

    private static bool ContainsAny(string key, string[] parts)
    {
        foreach (var p in parts) if (ContainsPhrase(key, p)) return true;
        return false;
    }

    // The phrase stands in the key, each of its spaces standing for a run of white space (\s+, char.IsWhiteSpace's set)
    // and, after its first word, each '#' for a digit (\d, char.IsDigit's set).
    private static bool ContainsPhrase(string key, string phrase)
    {
        int space = phrase.IndexOf(' ');
        if (space < 0) return key.Contains(phrase, StringComparison.Ordinal);
        // The first word as a span: a substring per phrase per task was this parser's largest allocation after its candidates.
        var first = phrase.AsSpan(0, space);
        for (int from = 0, found; (found = key.AsSpan(from).IndexOf(first, StringComparison.Ordinal)) >= 0; from += found + 1)
            if (PhraseAt(key, from + found + first.Length, phrase.AsSpan(space))) return true;
        return false;
    }

    private static bool PhraseAt(string key, int k, ReadOnlySpan<char> rest)
    {
        foreach (char c in rest)
        {
            if (c == ' ')
            {
                if (k >= key.Length || !char.IsWhiteSpace(key[k])) return false;
                while (k < key.Length && char.IsWhiteSpace(key[k])) k++;
            }
            else if (k < key.Length && (c == '#' ? char.IsDigit(key[k]) : key[k] == c)) k++;
            else return false;
        }
        return true;
    }

    private static bool Overlaps(bool[] taken, int start, int length)
    {
        for (int i = start; i < start + length && i < taken.Length; i++) if (taken[i]) return true;
        return false;
    }

    // ---- rules, most specific first ----

    private static Rule[] BuildRules() =>
    [
        // Not deadlines, consumed so that their numbers are not read again.
        new(R(B + @"nhiem\s+ky\s+(?:19|20)\d\d\s*-\s*(?:19|20)\d\d(?:\s*(?:,|va)\s*(?:19|20)\d\d\s*-\s*(?:19|20)\d\d)*"), Consume, Needs: Holds.Year, NeedsSubstring: ["nhiem ky #"]),
        new(R(@"\d+\s?[-/]\s?[a-z\d&]*[a-z&][a-z\d&]*(?:\s?[-/]\s?[a-z\d&]+)*\s*,?\s*(?:ban\s+hanh\s+)?(?:ngay\s+)?" + FullDate("s")), Consume, Needs: Holds.Year, NeedsSubstring: ["-", "/"]),
        new(R(@"\(?\s*(?:ngay\s+)?(?<a>" + FullDate("s1") + @")\s*-\s*(?:ngay\s+)?(?<b>" + FullDate("s2") + @")\s*\)?"), DateRange, Needs: Holds.Year, NeedsSubstring: ["-"], NeedsCore: FullDateCore),
        new(R(B + @"tu\s+(?:ngay\s+)?(?<a>" + AnyDate("s1") + @")\s+(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?(?<b>" + AnyDate("s2") + ")"), FromTo, Needs: Holds.Digit, NeedsSubstring: ["tu #", "tu ngay #"]),

        // Recurrences with a day: trước ngày 20 hằng tháng, trước ngày 15/12 hằng năm, trước ngày 20 tháng cuối quý.
        new(R(B + @"(?:(?:" + Bind + @")?ngay\s+|" + Bind + @")" + DayEvery + E), RecurringDay, Needs: Holds.Digit, NeedsSubstring: RecurrenceUnits, NeedsCore: DayEveryCore),
        new(R(B + @"(?:" + Bind + @")?ngay\s+(?<d>" + Num2 + @")\s+(?:cua\s+)?thang\s+cuoi\s+(?:cua\s+)?(?:moi\s+|hang\s+)?qu[yi]" + E), QuarterEndDay, Needs: Holds.Digit, NeedsSubstring: ["cuoi"]),

        // A period of months ("tháng 10-11/2019", a plan's time cell): before the dates, which would read "10-11/2019" as a day.
        new(R(B + @"thang\s+(?<a>" + Num2 + @")\s*[-–]\s*(?<m>" + Num2 + @")\s*(?:/\s*" + Y + @"|,?\s*nam\s+" + Y + ")" + E), MonthRange, Needs: Holds.Year, NeedsSubstring: ["thang #"]),

        // Dates.
        new(R(B + @"(?<bind>" + Bind + @")?(?:ngay\s+)?(?<date>" + FullDate("s") + ")" + @"(?!\s?[-/.]?\s?\d)"), OneDate, Needs: Holds.Year, NeedsSubstring: NumberedOrWordDate, NeedsCore: FullDateCore),
        new(R(B + @"(?<bind>" + Bind + @")?ngay\s+(?<date>" + ShortDate + ")"), OneDate, Needs: Holds.Digit, NeedsSubstring: ["ngay #"]),
        new(R(B + @"(?<bind>(?:(?:phai\s+)?hoan\s+thanh\s+|xong\s+)?(?:trong|truoc|vao|den\s+het|het|cuoi)\s+)thang\s+(?<m>" + Num2 + @")(?:\s*[/-]\s*" + Y + @"|\s*,?\s*nam\s+" + Y + ")?" + E), Month, Needs: Holds.Digit, NeedsSubstring: ["thang #"]),
        new(R(B + @"thang\s+(?<m>" + Num2 + @")\s*[/-]\s*" + Y + E), Month, Needs: Holds.Year, NeedsSubstring: ["thang #"]),

        // Quarters and half-years. A list of quarters ("Quý III, IV/2026", "Quý II và III/2026", "Quý III-IV/2026"), maybe
        // with a later year after it ("Quý IV/2026, 2027"), is due when the last of them ends; a single quarter is read below.
        new(R(B + @"(?:trong\s+|cuoi\s+)?qu[yi]\s+(?<q>iv|i{1,3}|[1-4])(?:\s*(?:,|va|-|–|den)\s*(?:qu[yi]\s+)?(?<q>iv|i{1,3}|[1-4]))*(?:\s*[/-]\s*" + Y + @"|\s*,?\s*(?:cua\s+)?nam\s+" + Y + @")?(?:\s*,\s*(?:nam\s+)?(?<y2>(?:19|20)\d\d))?" + E), QuarterList, NeedsSubstring: Quarters),
        new(R(B + @"(?:trong\s+|cuoi\s+)?qu[yi]\s+(?<q>iv|i{1,3}|[1-4])(?:\s*[/-]\s*" + Y + @"|\s*,?\s*(?:cua\s+)?nam\s+" + Y + @")?(?<next>\s+va\s+(?:cac|nhung)\s+nam\s+tiep\s+theo)?" + E), Quarter, NeedsSubstring: Quarters),

        // Recurrences without a day.
        new(R(B + @"(?:dinh\s+ky\s+)?(?:(?:3|ba|6|sau)\s+thang\s+(?:mot|1)\s+lan|dinh\s+ky\s+(?:3|ba)\s+thang|dinh\s+ky\s+(?:6|sau)\s+thang|dinh\s+ky\s+nua\s+nam|hang\s+(?:nam|qu[yi]|thang|tuan)|dinh\s+ky\s+(?:moi\s+)?(?:nam|qu[yi]|thang|tuan))" + E), Recurring, NeedsSubstring: [.. EveryUnit, "dinh ky", "thang mot lan", "thang 1 lan"]),

        new(R(B + @"(?<n>6|sau)\s+thang\s+(?<h>dau|cuoi)\s+nam(?:\s+" + Y + ")?" + E), HalfYear, NeedsSubstring: ["thang dau nam", "thang cuoi nam"]),

        // Years and periods.
        new(R(B + @"(?<p>giai\s+doan|thoi\s+ky|tu\s+nam|nam)\s+(?<a>(?:19|20)\d\d)\s*(?:-|den(?:\s+nam)?)\s*(?<b>(?:19|20)\d\d)" + E), YearRange, Needs: Holds.Year, NeedsSubstring: ["nam #", "doan #", "ky #"]),
        // "Thu thập, số hóa cơ sở dữ liệu … (2025 - 2030)." a span of years in parentheses closing the item is its time frame.
        new(R(@"\(\s*(?<a>(?:19|20)\d\d)\s*[-–]\s*(?<b>(?:19|20)\d\d)\s*\)(?=\s*[.;]?\s*$)"), ClosingYears, Needs: Holds.Year, NeedsSubstring: ["("]),
        new(R(@"(?<![\d/])(?:19|20)\d\d\s*-\s*(?:19|20)\d\d(?![\d/])"), Consume, Needs: Holds.Year, NeedsSubstring: ["-"]), // bare ranges: titles, terms
        new(R(B + @"(?:den|toi|truoc)\s+(?:het\s+)?nam\s+" + Y + E), Year, Needs: Holds.Year, NeedsSubstring: ["nam #"]),
        new(R(B + @"cuoi\s+nam(?:\s+" + Y + ")?" + E), YearEnd, NeedsSubstring: ["cuoi"]),
        new(R(B + @"nam\s+" + Y + @"(?![\d/-])"), Year, Needs: Holds.Year, NeedsSubstring: ["nam #"]),

        new(R(B + @"thuong\s+xuyen" + E), Ongoing, NeedsSubstring: ["xuyen"]),
    ];

    private static Regex R(string pattern) => new(pattern, Opts);

    private static Candidate? Consume(Match m, Scan s) => new(null, int.MaxValue, m.Index, m.Length);

    // "sau năm 2030" bounds a period from below like "từ": "Giai đoạn sau năm 2030 cho đến năm 2050" is due in 2050, and
    // "tình hình mới sau năm 2012" is no deadline.
    private static readonly Regex StartsFrom = R(@"(?:^|[^\p{L}])(?:tu|bat\s+dau\s+tu|ke\s+tu|giai\s+doan\s+sau|sau)\s+(?:ngay\s+)?$");
    private static readonly Regex LabelledTime = R(@"(?:thoi\s+gian(?:\s+thuc\s+hien|\s+hoan\s+thanh)?|thoi\s+han(?:\s+hoan\s+thanh)?|tien\s+do)\s*:\s*$");

    private static Candidate Make(Scan s, Match m, DeadlineKind kind, DateOnly? due, Recurrence? every, int rank, int start = -1, int length = -1)
    {
        if (start < 0) { start = m.Index; length = m.Length; }
        var before = s.Key[Math.Max(0, start - 40)..start];
        // "Từ tháng 5/2026", "Từ quý III/2026 …": when a thing starts, not when it is due.
        if (kind is DeadlineKind.Date or DeadlineKind.Period && StartsFrom.IsMatch(before)) return new Candidate(null, int.MaxValue, start, length);
        // "Thời gian thực hiện: Quý II/2026": a labelled time field is the task's own deadline.
        if (LabelledTime.IsMatch(before)) rank = Math.Min(rank, 0);
        var phrase = FoldedText.CollapseSpaces(s.Text.OriginalPhrase(start, length).Replace("*", " ").Replace('_', ' ')).Trim(PhraseEdges);
        return new Candidate(new Deadline(kind, due, every, phrase), rank, start, length);
    }

    private static Candidate? Excluded(Match m) => new(null, int.MaxValue, m.Index, m.Length);

    private static Candidate? DateRange(Match m, Scan s)
    {
        var a = ParseDate(m.Groups["a"].Value, s.Context);
        var b = ParseDate(m.Groups["b"].Value, s.Context);
        if (a is null || b is null) return null;
        // Same day and month in different years: an anniversary "(11/6/1948-11/6/2025)".
        if (a.Value.Day == b.Value.Day && a.Value.Month == b.Value.Month && a.Value.Year != b.Value.Year) return Excluded(m);
        if (b < a || IsPast(b.Value, s) || InOccasion(m.Index, s)) return Excluded(m);
        return Make(s, m, DeadlineKind.Date, b, null, 2);
    }

    private static Candidate? FromTo(Match m, Scan s)
    {
        var b = ParseDate(m.Groups["b"].Value, s.Context);
        if (b is null) return null;
        if (IsPast(b.Value, s)) return Excluded(m);
        return Make(s, m, DeadlineKind.Date, b, null, 2);
    }

    private static Candidate? RecurringDay(Match m, Scan s)
    {
        int day = Digits(m.Groups["d"].Value);
        var unit = m.Groups["u"].Value;
        int? month = m.Groups["m"].Success ? Digits(m.Groups["m"].Value) : null;
        Recurrence every = unit switch { "thang" => Recurrence.Month, "quy" or "qui" => Recurrence.Quarter, "tuan" => Recurrence.Week, _ => Recurrence.Year };
        if (day is < 1 or > 31 || month is < 1 or > 12) return null;
        DateOnly? due = every switch
        {
            Recurrence.Year when month is not null => NextYearly(day, month.Value, s.Context),
            Recurrence.Month => NextMonthly(day, s.Context),
            Recurrence.Quarter => NextQuarterly(day, s.Context),
            _ => null,
        };
        return Make(s, m, DeadlineKind.Recurring, due, every, 1);
    }

    private static Candidate? QuarterEndDay(Match m, Scan s)
    {
        int day = Digits(m.Groups["d"].Value);
        if (day is < 1 or > 31) return null;
        return Make(s, m, DeadlineKind.Recurring, NextQuarterly(day, s.Context), Recurrence.Quarter, 1);
    }

    private static Candidate? OneDate(Match m, Scan s)
    {
        var date = ParseDate(m.Groups["date"].Value, s.Context);
        if (date is null) return null;
        bool bound = m.Groups["bind"].Success && !IsLooseBind(m.Groups["bind"].Value);
        if (!bound && (IsPlaceDateLine(m.Index, s) || InCitation(m.Index, s))) return Excluded(m);
        // "Hằng năm, … báo cáo trước ngày 31 tháng 12": a date without a year in a yearly clause recurs; so does one in the
        // item of a reporting regime's annual report ("Báo cáo năm: Các cơ quan gửi Sở Tài chính trước ngày 15/12; …").
        if (!HasYear(m.Groups["date"].Value) && (ClauseAround(m.Index, s).Contains("hang nam", StringComparison.Ordinal) || AnnualReport.IsMatch(s.Key)))
            return Make(s, m, DeadlineKind.Recurring, NextYearly(date.Value.Day, date.Value.Month, s.Context), Recurrence.Year, 1);
        // "trước ngày 15/4" in a plan issued in November: the coming 15 April.
        if (!HasYear(m.Groups["date"].Value) && s.Context.DocumentDate is { } issued && date < issued) date = date.Value.AddYears(1);
        if (IsPast(date.Value, s) || InOccasion(m.Index, s) || InNegatedParenthesis(m.Index, s)) return Excluded(m);
        return Make(s, m, DeadlineKind.Date, date, null, bound ? 0 : 2);
    }

    private static readonly Regex AnnualReport = R(@"^[\s\-+*•]*bao\s+cao\s+(?:hang\s+)?nam\s*:");

    private static bool IsLooseBind(string bind) => bind.Trim() is "trong" or "vao" or "den" or "toi";

    private static Candidate? Month(Match m, Scan s)
    {
        int month = Digits(m.Groups["m"].Value);
        bool ownYear = m.Groups["y"].Success;
        int? year = ownYear ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : YearLaterInClause(m, s) ?? s.Context.Year;
        if (month is < 1 or > 12 || year is null) return null;
        var bind = m.Groups["bind"].Success ? m.Groups["bind"].Value : "";
        DateOnly End(int y) => bind.Contains("truoc") ? new DateOnly(y, month, 1).AddDays(-1) : new DateOnly(y, month, DateTime.DaysInMonth(y, month));
        var due = End(year.Value);
        // "vào tháng 4" in a plan issued in November: the coming April, not the one gone by.
        if (!ownYear && YearLaterInClause(m, s) is null && s.Context.DocumentDate is { } issued && due < issued) due = End(year.Value + 1);
        if (IsPast(due, s) || InOccasion(m.Index, s)) return Excluded(m);
        bool bound = bind.Contains("truoc") || bind.Contains("hoan thanh") || bind.Contains("xong");
        return Make(s, m, DeadlineKind.Date, due, null, bound ? 0 : 2);
    }

    // "tháng 10-11/2019": a period due when its last month ends.
    private static Candidate? MonthRange(Match m, Scan s)
    {
        int first = Digits(m.Groups["a"].Value), last = Digits(m.Groups["m"].Value);
        if (first is < 1 or > 12 || last is < 1 or > 12 || first >= last) return null;
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var due = new DateOnly(year, last, DateTime.DaysInMonth(year, last));
        if (IsPast(due, s) || InOccasion(m.Index, s)) return Excluded(m);
        return Make(s, m, DeadlineKind.Period, due, null, 2);
    }

    // "vào tháng 4 và tháng 5 năm 2026", "tháng 4 (đợt 1) năm 2026": the year written later in the same clause.
    private static readonly Regex LaterYear = R(@"^[^.;:\n]{0,40}?(?<![\p{L}\d])nam\s+(?<y>(?:19|20)\d\d)(?![\d/-])");

    private static int? YearLaterInClause(Match m, Scan s)
    {
        var after = s.Key.AsSpan(m.Index + m.Length, Math.Min(60, s.Key.Length - m.Index - m.Length)).ToString();
        var y = LaterYear.Match(after);
        return y.Success ? int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static Candidate? Quarter(Match m, Scan s)
    {
        int q = QuarterNumber(m.Groups["q"].Value);
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : s.Context.Year;
        DateOnly? due = year is null ? null : QuarterEnd(year.Value, q);
        if (due is not null && IsPast(due.Value, s)) return Excluded(m);
        // "Quý IV năm 2025 và các năm tiếp theo": every year from that quarter on.
        if (m.Groups["next"].Success) return Make(s, m, DeadlineKind.Recurring, due, Recurrence.Year, 3);
        return Make(s, m, DeadlineKind.Period, due, null, 3);
    }

    private static Candidate? QuarterList(Match m, Scan s)
    {
        var quarters = m.Groups["q"].Captures;
        bool laterYear = m.Groups["y2"].Success;
        if (quarters.Count < 2 && !laterYear) return null;
        int q = quarters.Max(c => QuarterNumber(c.Value));
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : s.Context.Year;
        if (year is null) return null;
        DateOnly due = QuarterEnd(year.Value, q);
        if (laterYear && int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture) is var y2 && y2 > year) due = new DateOnly(y2, 12, 31);
        if (IsPast(due, s)) return Excluded(m);
        return Make(s, m, DeadlineKind.Period, due, null, 3);
    }

    private static int QuarterNumber(string q) => q switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, _ => 4 };

    private static Candidate? HalfYear(Match m, Scan s)
    {
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : s.Context.Year;
        bool first = m.Groups["h"].Value == "dau";
        DateOnly? due = year is null ? null : first ? new DateOnly(year.Value, 6, 30) : new DateOnly(year.Value, 12, 31);
        if (due is not null && IsPast(due.Value, s)) return Excluded(m);
        return Make(s, m, DeadlineKind.Period, due, null, 3);
    }

    private static Candidate? Recurring(Match m, Scan s)
    {
        var v = m.Value;
        Recurrence every =
            ThreeMonths.IsMatch(v) ? Recurrence.Quarter : // "3 tháng một lần", "định kỳ 3 tháng"
            v.Contains("6") || v.Contains("sau") || v.Contains("nua") ? Recurrence.HalfYear :
            v.EndsWith("quy", StringComparison.Ordinal) || v.EndsWith("qui", StringComparison.Ordinal) ? Recurrence.Quarter :
            v.EndsWith("thang", StringComparison.Ordinal) ? Recurrence.Month :
            v.EndsWith("tuan", StringComparison.Ordinal) ? Recurrence.Week : Recurrence.Year;
        if (!v.StartsWith("dinh", StringComparison.Ordinal) && IsAdjectiveRecurrence(m, s)) return Excluded(m);
        return Make(s, m, DeadlineKind.Recurring, null, every, 4);
    }

    private static readonly Regex ThreeMonths = R(@"(?:^|\s)(?:3|ba)\s+thang");

    // Looks behind and inside a match, asked once per candidate: compiled once like the rules (the static Regex
    // methods look each pattern up in a shared cache of 15 on every call).
    private static readonly Regex YearSpanAndBefore = R(@"(?:\d+\s+nam|trung\s+han|dai\s+han)\s*(?:va|,)$");
    private static readonly Regex NumberBefore = R(@"\d\s*$");
    private static readonly Regex EndsWithYear = R(@"(?:19|20)\d\d\s*$");
    private static readonly Regex YearsBefore = R(@"\d+\s+nam$");

    private static readonly DeadlineWords Words = DeadlineWords.Embedded;

    // Words between a listed noun and the recurrence that qualifies it: "kế hoạch sử dụng đất hằng năm".
    private const int WordsAfterAdjectiveNoun = 3;

    // "xếp loại chất lượng hằng năm", "nhiệm vụ trọng tâm hàng năm", "kinh tế - xã hội hàng năm và Kế hoạch 5 năm":
    // the recurrence qualifies a noun, not the task's action; so it does a few words after that noun, with no
    // punctuation between ("xếp loại cán bộ hằng năm", "kinh phí ngân sách địa phương hằng năm").
    private static bool IsAdjectiveRecurrence(Match m, Scan s)
    {
        var before = s.Key[..m.Index].TrimEnd();
        foreach (var noun in Words.NounsBeforeAdjectiveRecurrence) if (before.EndsWith(noun, StringComparison.Ordinal)) return true;
        var phrase = before;
        for (int k = 0; k < WordsAfterAdjectiveNoun; k++)
        {
            int space = phrase.LastIndexOf(' ');
            if (space < 0 || !IsWord(phrase.AsSpan(space + 1))) break;
            phrase = phrase[..space].TrimEnd();
            foreach (var noun in Words.NounsBeforeAdjectiveRecurrence) if (WholeWords.EndsWith(phrase, noun)) return true;
        }
        // "kế hoạch 5 năm và hàng năm", "kế hoạch đầu tư công trung hạn, hằng năm": paired with a span of years, it qualifies the plans.
        if (YearSpanAndBefore.IsMatch(before)) return true;
        var after = s.Key[(m.Index + m.Length)..].TrimStart();
        // "cơ sở phát thải hằng năm từ 3.000 tấn": followed by a quantity, it gives a rate per year, not how often to act.
        if (RateAfter.IsMatch(after)) return true;
        return after.StartsWith("va ke hoach", StringComparison.Ordinal) || after.StartsWith("cua ", StringComparison.Ordinal);
    }

    // A quantity after a recurrence ("từ 3.000 tấn", "trên 200 tấn", "50%"), not a count of times ("01 lần").
    private static readonly Regex RateAfter = R(@"^(?:(?:tu|tren|duoi|khoang)\s+)?\d[\d.,]*\s*(?:%|(?!lan(?![\p{L}]))\p{L})");

    // "… phù hợp với mục tiêu đạt mức phát thải ròng bằng “0” vào năm 2050", "theo lộ trình đạt … vào năm 2050": a year in
    // the clause of a target the task serves says when the target is to be reached, not when the task is due.
    // The target's words run to the year with no punctuation between ("vốn có mục tiêu cho …, trong năm 2014" and "lộ trình
    // di dời …, hoàn thành … trong năm 2026" bound the task).
    private static readonly Regex TargetBefore = R(@"(?<![\p{L}])(?:muc\s+tieu|lo\s+trinh)\s[^.,;:\n]{0,120}$");

    private static bool InTarget(Match m, Scan s) => TargetBefore.IsMatch(s.Key[Math.Max(0, m.Index - 160)..m.Index]);

    private static Candidate? YearRange(Match m, Scan s)
    {
        int a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        if (b < a) return Excluded(m);
        // "Kế hoạch 5 năm 2021-2025": a span of years names a plan, it does not bound the task.
        if (m.Groups["p"].Value == "nam" && NumberBefore.IsMatch(s.Key[..m.Index])) return Excluded(m);
        var due = new DateOnly(b, 12, 31);
        if (IsPast(due, s) || InOccasion(m.Index, s) || IsEchoedTitle(m, s) || InPlanName(m, s)) return Excluded(m);
        return Make(s, m, DeadlineKind.Period, due, null, 5);
    }

    private static Candidate? ClosingYears(Match m, Scan s)
    {
        int a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        var due = new DateOnly(b, 12, 31);
        if (b < a || IsPast(due, s) || IsEchoedTitle(m, s)) return Excluded(m);
        return Make(s, m, DeadlineKind.Period, due, null, 5);
    }

    private static Candidate? Year(Match m, Scan s)
    {
        int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var due = new DateOnly(y, 12, 31);
        if (IsPast(due, s) || InOccasion(m.Index, s) || InNegatedParenthesis(m.Index, s) || IsEchoedTitle(m, s) || InCitedTitle(m.Index, s) || InPlanName(m, s)
            || InTarget(m, s)) return Excluded(m);
        return Make(s, m, DeadlineKind.Period, due, null, 5);
    }

    private static Candidate? YearEnd(Match m, Scan s)
    {
        int? y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : s.Context.Year;
        DateOnly? due = y is null ? null : new DateOnly(y.Value, 12, 31);
        if (due is not null && IsPast(due.Value, s)) return Excluded(m);
        return Make(s, m, DeadlineKind.Period, due, null, 5);
    }

    private static bool IsWord(ReadOnlySpan<char> token)
    {
        foreach (char c in token) if (!char.IsLetterOrDigit(c)) return false;
        return token.Length > 0;
    }

    private static Candidate? Ongoing(Match m, Scan s)
    {
        var before = s.Key[..m.Index].TrimEnd();
        // A noun before it makes it an adjective ("hoạt động thường xuyên", "(chi thường xuyên"); "một cách" an adverb.
        foreach (var w in Words.NounsBeforeAdjectiveOngoing)
            if (WholeWords.EndsWith(before, w))
                return w == "mot cach" ? Make(s, m, DeadlineKind.Ongoing, null, null, 6) : Excluded(m);
        var after = s.Key[(m.Index + m.Length)..].TrimStart();
        if (after.StartsWith("cua ", StringComparison.Ordinal)) return Excluded(m);
        // "khu vực thường xuyên xảy ra sạt lở": how often a place suffers something, not how often the task is done.
        foreach (var w in Words.StatesAfterOngoing) if (WholeWords.StartsWith(after, w)) return Excluded(m);
        // "… chưa khai thác. Thường xuyên tăng cường kiểm tra …": a later sentence's manner, not the task's own time,
        // unless labelled ("Thời gian: thường xuyên").
        if (InLaterSentence(m.Index, s) && !LabelledTime.IsMatch(s.Key.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index)).ToString()))
            return Excluded(m);
        return Make(s, m, DeadlineKind.Ongoing, null, null, 6);
    }

    // An owner heading joined before the item's text ("Bộ Tài chính. Chủ trì …") is no sentence of the task's own.
    private const int HeadingWords = 6;

    // A sentence of the task has ended before it: a full stop before a space (not "v.v" nor a number's dot) after
    // more words than a heading.
    private static bool InLaterSentence(int index, Scan s)
    {
        for (int i = index - 1; i > 0; i--)
            if (s.Key[i - 1] == '.' && char.IsWhiteSpace(s.Key[i]) && VietnameseText.WordCount(s.Key.AsSpan(0, i - 1)) > HeadingWords) return true;
        return false;
    }

    // ---- exclusions ----

    private static bool HasYear(string foldedDate) => EndsWithYear.IsMatch(foldedDate);

    private static readonly Regex PlaceBeforeDate = R(@"(?:^|\n)[\s*_|]*\p{L}[^\n,;.:]{1,40},\s*(?:ngay\s+)?$");
    private static readonly Regex CitationBefore = R(@"(?:can\s+cu|luat|nghi\s+dinh|nghi\s+quyet|quyet\s+dinh|chi\s+thi|thong\s+tu|cong\s+van|ket\s+luan|phap\s+lenh)[^.;:\n]{0,100}$");

    /// <summary>"Hà Nội, ngày 20 tháng 5 năm 2026": the document's own place-and-date line.</summary>
    private static bool IsPlaceDateLine(int index, Scan s)
    {
        int from = Math.Max(0, index - 60);
        return PlaceBeforeDate.IsMatch(s.Key.AsSpan(from, index - from).ToString());
    }

    /// <summary>A date that follows a cited law or document ("Căn cứ Luật … ngày 16 tháng 6 năm 2025") dates that document.</summary>
    private static bool InCitation(int index, Scan s)
    {
        int from = Math.Max(0, index - 110);
        return CitationBefore.IsMatch(s.Key.AsSpan(from, index - from).ToString());
    }

    private static string ClauseAround(int index, Scan s)
    {
        int start = s.Key.LastIndexOfAny(['.', ';', '\n'], Math.Max(0, index - 1)) + 1;
        int end = s.Key.IndexOfAny(['.', ';', '\n'], index);
        return s.Key[start..(end < 0 ? s.Key.Length : end)];
    }

    private static bool IsPast(DateOnly due, Scan s) => !s.Field && s.Context.Year is int y && due.Year < y;

    private static readonly Regex OccasionWords = R(@"(?:ky\s+niem|chao\s+mung|huong\s+toi|tien\s+toi|nhan\s+dip|thanh\s+lap|phan\s+dau|dat\s+muc\s+tieu)[^.;:]{0,200}$");

    /// <summary>A time phrase that dates an occasion (kỷ niệm, chào mừng, tiến tới …) or a goal horizon, not the task.</summary>
    private static bool InOccasion(int index, Scan s)
    {
        int from = Math.Max(0, index - 220);
        return OccasionWords.IsMatch(s.Key.AsSpan(from, index - from).ToString());
    }

    // "Kế hoạch 5 năm (2021-2025)": the period is part of a title echoed from the implemented document.
    private static bool IsEchoedTitle(Match m, Scan s)
    {
        var before = s.Key[..m.Index].TrimEnd(SpaceOrParen);
        return YearsBefore.IsMatch(before);
    }

    // A master plan or strategy is named by its period and vision ("Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến
    // năm 2050"): those years name the plan, not when the task is due.
    private static readonly Regex PlanPeriodBefore = R(@"(?:quy\s+hoach|chien\s+luoc)[^.;:\n]{0,120}\s$");
    private static readonly Regex VisionBefore = R(@"(?:" + Alternation(DeadlineWords.Embedded.Horizons) + @")\s*(?:den|toi)?\s*(?:nam)?\s*$");
    // "Chiến lược … đến năm 2030, tầm nhìn đến năm 2045", "… đến năm 2025 và định hướng đến năm 2030": the period before a
    // longer view is a named document's too.
    private static readonly Regex HorizonAfter = R(@"^\s*(?:,|va)?\s*(?:" + Alternation(DeadlineWords.Embedded.Horizons) + ")" + E);
    // "Kế hoạch đầu tư công năm 2020", "Chương trình cắt giảm … giai đoạn 2021-2025", "Đề án … đến năm 2030": a period
    // closing a document's name (no clause mark between) names that document.
    private static readonly Regex NamedPlanBefore = R(B + "(?:" + Alternation(DeadlineWords.Embedded.NamedPlans) + @")\s[^.;:\n]{0,100}$");
    // "… trong năm 2025", "… hoàn thành trước năm 2026", "… dự toán đầu năm 2026": bound to the action, not to the name before it.
    private static readonly Regex BoundToAction = R(@"(?:trong|vao|truoc|het|dau|cuoi|hoan\s+thanh|xong)\s*$");

    // Folded words as a regex alternation, each space standing for a run of white space.
    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Select(w => string.Join(@"\s+", w.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))));

    private static bool InPlanName(Match m, Scan s)
    {
        var before = s.Key[Math.Max(0, m.Index - 160)..m.Index];
        if (VisionBefore.IsMatch(before)) return true;
        if (m.Groups["p"].Success && m.Groups["p"].Value.StartsWith("thoi", StringComparison.Ordinal) && PlanPeriodBefore.IsMatch(before)) return true;
        var after = s.Key.AsSpan(m.Index + m.Length, Math.Min(30, s.Key.Length - m.Index - m.Length)).ToString();
        if (HorizonAfter.IsMatch(after)) return true;
        if (NamedPlanBefore.IsMatch(before) && !BoundToAction.IsMatch(before)) return true;
        // "đến năm 2030" matched with its words: look before them.
        int words = m.Value.IndexOf("20", StringComparison.Ordinal);
        return words > 0 && VisionBefore.IsMatch(s.Key[Math.Max(0, m.Index - 160)..(m.Index + words)]);
    }

    // A cited document's title: "Nghị quyết số 66/NQ-CP ngày … về Chương trình …", "theo Kế hoạch cải cách … ".
    private static readonly Regex CitedTitleBefore = R(
        @"(?:\d+\s?[-/]\s?[a-z\d&]*[a-z&][a-z\d&/-]*[^.;:\n]{0,120}?\s(?:ve|ban\s+hanh)|(?:^|[^\p{L}])theo\s+(?:chuong\s+trinh|ke\s+hoach|de\s+an))\s[^.;:\n]{0,160}$");
    private static readonly Regex BoundBefore = R(@"(?:trong|vao|den|toi|truoc|het|cuoi|ca)\s*$");

    /// <summary>
    /// "… năm 2025" that ends the title of a cited document ("Nghị quyết số 66/NQ-CP … về Chương trình cắt giảm …
    /// năm 2025 và 2026") names that document, not when the task is due; "trong năm 2025" still bounds the task.
    /// </summary>
    private static bool InCitedTitle(int index, Scan s)
    {
        var before = s.Key[Math.Max(0, index - 300)..index];
        return !BoundBefore.IsMatch(before) && CitedTitleBefore.IsMatch(before);
    }

    // "(tỉnh không tổ chức Hội nghị … năm 2025 …)": a phrase in a parenthesis that says what will not happen.
    private static bool InNegatedParenthesis(int index, Scan s)
    {
        int open = s.Key.LastIndexOf('(', index);
        if (open < 0) return false;
        int close = s.Key.IndexOf(')', open);
        if (close >= 0 && close < index) return false;
        var inside = s.Key.AsSpan(open, index - open);
        return inside.Contains(" khong ", StringComparison.Ordinal) || inside.StartsWith("(khong");
    }

    // ---- date arithmetic ----

    private static readonly Regex DateParts = R(@"^(?<d>\d(?:\s?\d)?)\s*(?:[-/.]|thang)\s*(?<m>\d(?:\s?\d)?)(?:\s*(?:[-/.]|,?\s*nam)\s*(?<y>\d{4}))?$");

    /// <summary>Reads "30-3-2025", "30/3/2025", "30.3.2025", "30 thang 3 nam 2025" (folded) or a date without year.</summary>
    internal static DateOnly? ParseDate(string folded, DeadlineContext context)
    {
        var m = DateParts.Match(folded.Trim());
        if (!m.Success) return null;
        int d = Digits(m.Groups["d"].Value), mo = Digits(m.Groups["m"].Value);
        int? y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : context.Year;
        if (y is null || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y.Value, mo)) return null;
        return new DateOnly(y.Value, mo, d);
    }

    private static int Digits(string s)
    {
        int v = 0;
        foreach (char c in s) if (c is >= '0' and <= '9') v = v * 10 + (c - '0');
        return v;
    }

    internal static DateOnly QuarterEnd(int year, int quarter) =>
        new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);

    private static DateOnly? Reference(DeadlineContext c) =>
        c.DocumentDate ?? (c.Year is int y ? new DateOnly(y, 1, 1).AddDays(-1) : null);

    private static DateOnly Clamp(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    private static DateOnly? NextYearly(int day, int month, DeadlineContext c)
    {
        if (Reference(c) is not DateOnly r) return null;
        var d = Clamp(r.Year, month, day);
        return d > r ? d : Clamp(r.Year + 1, month, day);
    }

    private static DateOnly? NextMonthly(int day, DeadlineContext c)
    {
        if (Reference(c) is not DateOnly r) return null;
        var d = Clamp(r.Year, r.Month, day);
        if (d > r) return d;
        var n = r.AddMonths(1);
        return Clamp(n.Year, n.Month, day);
    }

    private static DateOnly? NextQuarterly(int day, DeadlineContext c)
    {
        if (Reference(c) is not DateOnly r) return null;
        for (int i = 0; i < 6; i++)
        {
            var m = new DateOnly(r.Year, 1, 1).AddMonths(2 + 3 * i); // Mar, Jun, Sep, Dec, …
            var d = Clamp(m.Year, m.Month, day);
            if (d > r) return d;
        }
        return null;
    }
}
