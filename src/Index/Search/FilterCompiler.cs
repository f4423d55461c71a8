using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DirectiveTracker.Index.Search;

/// <summary>
/// Compiles the query's filters to one Lucene query over keyword, numeric and date fields. Different filters are
/// ANDed; the same filter given twice is ORed (<c>kind:KeHoach kind:ChiThi</c>). Values are checked and a wrong one
/// gets a Vietnamese message at its position.
/// </summary>
/// <param name="directory">The agency keys a named agency covers by the directory (<see cref="ISearchRows.AgencyKeysCovered"/>); none: the name's own rules.</param>
public sealed partial class FilterCompiler(IAgencyKeys agencyKeys, DateOnly today, Func<string, IReadOnlyList<string>>? directory = null,
    Progress.TaskStateCalculator? statusRule = null)
{
    /// <summary>The filters that exist, in the order the help lists them.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["agency", "lead", "support", "issuer", "place", "kind", "number", "implements", "year", "due", "category", "status"];

    /// <summary>The filters as one query; null when there are none.</summary>
    public Query? Compile(IReadOnlyList<FilterNode> filters)
    {
        if (filters.Count == 0) return null;
        var all = new BooleanQuery(disableCoord: true);
        foreach (var group in filters.GroupBy(f => f.Name))
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var f in group) any.Add(One(f), Occur.SHOULD);
            all.Add(any.Clauses.Count == 1 ? any.Clauses[0].Query : any, Occur.MUST);
        }
        return all;
    }

    private Query One(FilterNode f) => f.Name switch
    {
        "agency" => Agency(f, Fields.Agency),
        "lead" => Agency(f, Fields.Lead),
        "support" => Agency(f, Fields.Support),
        "issuer" => Agency(f, Fields.Issuer),
        "place" => Term(Fields.Place, EntryDocuments.PlaceKey(PlaceName(f.Value))),
        "kind" => Term(Fields.Kind, ParseEnum<DocumentKind>(f, DocumentKindNames).ToString()),
        "category" => Term(Fields.Category, ParseEnum<TaskCategory>(f, CategoryNames).ToString()),
        "number" => Term(Fields.Number, DocumentNumberKey.Of(f.Value)),
        "implements" => Term(Fields.Implements, DocumentNumberKey.Of(f.Value)),
        "year" => Years(f),
        "due" => Due(f),
        "status" => Status(StatusNames.TryParse(f.Value, out var status) ? status : ParseEnum<TaskStatus>(f, StatusLabels)),
        _ => throw Unknown(f),
    };

    /// <summary>The error for a filter that does not exist, listing those that do.</summary>
    public static QuerySyntaxException Unknown(FilterNode f) => Unknown(f.Name, f.Position);

    public static QuerySyntaxException Unknown(string name, int position) =>
        new($"Không có bộ lọc '{name}:'. Các bộ lọc có: {string.Join(", ", Names.Select(n => n + ":"))}.", position);

    private static TermQuery Term(string field, string value) => new(new Term(field, value));

    /// <summary>
    /// An agency: its key matches the same body under longer names (whole words). A name of the agency directory (an
    /// entry or one of its aliases) matches the entry and the entries below it, wherever they stand. Otherwise a place
    /// named after the body (<c>UBND tỉnh Đắk Lắk</c>) must be the document's place too; a level (<c>UBND cấp tỉnh</c>)
    /// matches that key only, not the longer keys of other levels.
    /// </summary>
    private Query Agency(FilterNode f, string field)
    {
        var key = agencyKeys.Key(f.Value);
        if (key.Length == 0) throw new QuerySyntaxException($"Tên cơ quan trong bộ lọc {f.Name}: không có chữ nào.", f.Position);
        if (directory?.Invoke(key) is { Count: > 0 } covered)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var k in covered) any.Add(Term(field, k), Occur.SHOULD);
            return any;
        }
        var folded = VietnameseText.Fold(VietnameseText.Canonical(f.Value)).ToLowerInvariant();
        if (LevelAtEnd().IsMatch(folded))
        {
            var exact = new BooleanQuery(disableCoord: true) { { Term(field, key), Occur.MUST } };
            // A key is indexed with its leading words: exclude keys that go on past this one.
            exact.Add(new PrefixQuery(new Term(Fields.AgencyExact, key + " ")), Occur.MUST_NOT);
            return exact;
        }
        if (EntryDocuments.PlaceOf(f.Value) is not { } place) return Term(field, key);
        return new BooleanQuery(disableCoord: true)
        {
            { Term(field, key), Occur.MUST },
            { Term(Fields.Place, EntryDocuments.PlaceKey(place)), Occur.MUST },
        };
    }

    /// <summary>A province's name without "tỉnh"/"thành phố" before it.</summary>
    private static string PlaceName(string value)
    {
        var folded = VietnameseText.Fold(VietnameseText.Canonical(value)).ToLowerInvariant().Trim();
        var m = PlaceWord().Match(folded);
        return m.Success ? folded[m.Length..] : folded;
    }

    [GeneratedRegex(@"^(?:tinh|thanh pho|tp\.?)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceWord();

    [GeneratedRegex(@"\scap\s+(?:tinh|huyen|xa|trung uong|co so)$", RegexOptions.CultureInvariant)]
    private static partial Regex LevelAtEnd();

    /// <summary>Spans of at most this many years are found by their year terms, longer ones by the issue date's range.</summary>
    private const int MostYearTerms = 16;

    /// <summary>
    /// The years of <c>year:2025</c> or <c>year:2024..2025</c>. Every entry carries its document's issue year as a
    /// keyword (<see cref="EntryBuilder"/>), the year of the date the range reads, so a span's year terms match the
    /// same entries as the range of its dates: a year is one posting list, advanced to the rest of the query's
    /// candidates like a word's, where the date range is some 300 date terms whose postings are gathered over the whole
    /// index before the first match (13 ms of a 15 ms search on 100,000 documents for <c>đào tạo nghề year:2020..2022</c>).
    /// </summary>
    private static Query Years(FilterNode f)
    {
        var parts = f.Value.Split("..");
        if (parts.Length is 1 or 2 && parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200))
        {
            int from = int.Parse(parts[0], CultureInfo.InvariantCulture);
            int to = parts.Length == 1 ? from : int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (from == to) return Term(Fields.Year, from.ToString(CultureInfo.InvariantCulture));
            if (to - from >= MostYearTerms)
                return NumericRangeQuery.NewInt32Range(Fields.Issued, EntryDocuments.DatePrecisionStep, from * 10000 + 101, to * 10000 + 1231, true, true);
            var any = new BooleanQuery(disableCoord: true); // none when the span is backwards: nothing matches, as the range would
            for (int year = from; year <= to; year++) any.Add(Term(Fields.Year, year.ToString(CultureInfo.InvariantCulture)), Occur.SHOULD);
            return any;
        }
        throw new QuerySyntaxException($"Năm không hợp lệ '{f.Value}' (ví dụ: year:2025 hoặc year:2024..2025).", f.Position);
    }

    private static Query Due(FilterNode f)
    {
        var v = f.Value;
        foreach (var op in new[] { "<=", ">=", "<", ">", "=" })
        {
            if (!v.StartsWith(op, StringComparison.Ordinal)) continue;
            int d = Date(f, v[op.Length..]);
            return op switch
            {
                "<=" => DueRange(null, d), "<" => DueRange(null, Before(d)),
                ">=" => DueRange(d, null), ">" => DueRange(After(d), null), _ => DueRange(d, d),
            };
        }
        var range = v.Split("..");
        if (range.Length == 2) return DueRange(Date(f, range[0]), Date(f, range[1]));
        int day = Date(f, v);
        return DueRange(day, day);
    }

    private static int Before(int yyyymmdd) => EntryDocuments.DateNumber(FromNumber(yyyymmdd).AddDays(-1));
    private static int After(int yyyymmdd) => EntryDocuments.DateNumber(FromNumber(yyyymmdd).AddDays(1));
    private static DateOnly FromNumber(int n) => new(n / 10000, n / 100 % 100, n % 100);

    /// <summary>Tasks due in a range of days (bounds included); a task without a date has no due value and never matches.</summary>
    private static Query DueRange(int? from, int? to) => NumericRangeQuery.NewInt32Range(Fields.Due, EntryDocuments.DatePrecisionStep, from ?? 1, to ?? int.MaxValue, true, true);

    private static int Date(FilterNode f, string s)
    {
        if (Analysis.DateText.TryParse(s.Trim(), out var d)) return EntryDocuments.DateNumber(d);
        throw new QuerySyntaxException($"Ngày không hợp lệ '{s}' trong bộ lọc due: (ví dụ: {QueryParser.Example("due")}).", f.Position);
    }

    /// <summary>
    /// The task entries with a status today, computed from their indexed timelines by the task lists' own rule
    /// (<see cref="IndexedStatus"/>), so search and lists agree and statuses move as dates pass.
    /// </summary>
    private Query Status(TaskStatus status) => new BooleanQuery(disableCoord: true)
    {
        { Term(Fields.Type, Fields.TaskType), Occur.MUST },
        { new ConstantScoreQuery(new StatusFilter(status, today, _statusRule)), Occur.MUST },
    };

    private readonly Progress.TaskStateCalculator _statusRule = statusRule ?? new();

    // Values by the Vietnamese names users see (FacetLabels), simplified, besides the English names.
    private static readonly Dictionary<string, string> DocumentKindNames = Labels<DocumentKind>("kind");
    private static readonly Dictionary<string, string> CategoryNames = Labels<TaskCategory>("category");
    private static readonly Dictionary<string, string> StatusLabels = Labels<TaskStatus>("status");

    private static Dictionary<string, string> Labels<T>(string facet) where T : struct, Enum
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in Enum.GetNames<T>()) labels.TryAdd(Simplify(TrackerLabels.Of(facet, n)), n);
        return labels;
    }

    /// <summary>An enum value by name, ignoring case, accents, spaces, '-' and '_' ("ke hoach", "KeHoach", "due-soon", "quá hạn").</summary>
    private static T ParseEnum<T>(FilterNode f, Dictionary<string, string> vietnamese) where T : struct, Enum
    {
        var wanted = Simplify(f.Value);
        foreach (var name in Enum.GetNames<T>())
            if (Simplify(name) == wanted) return Enum.Parse<T>(name);
        if (vietnamese.TryGetValue(wanted, out var byLabel)) return Enum.Parse<T>(byLabel);
        var choices = Enum.GetNames<T>().Select(n => $"{n} ({TrackerLabels.Of(f.Name, n)})");
        throw new QuerySyntaxException(
            $"Giá trị '{f.Value}' không hợp lệ cho bộ lọc {f.Name}:; chọn một trong: {string.Join(", ", choices)}.", f.Position);
    }

    private static string Simplify(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in VietnameseText.Fold(s)) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
