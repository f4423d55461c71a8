// The FTS5 store as it was before search moved to Lucene (issue 9), kept to compare the two in one run.
using DirectiveTracker.Index;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using System.Globalization;
using System.Text;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Bench.Fts5;

/// <summary>A SQL condition over <c>search_entries e</c> with its bound parameters.</summary>
public sealed record SqlCondition(string Sql, IReadOnlyDictionary<string, object> Parameters)
{
    public bool IsEmpty => Sql.Length == 0;
}

/// <summary>
/// The compiled filters: those that are attributes of an entry as an FTS5 expression over its attrs column
/// (<see cref="AttributeTerms"/>), the others (dates compared with a range or with today) as a SQL condition.
/// </summary>
public sealed record CompiledFilters(string? Match, SqlCondition Residual);

/// <summary>
/// Compiles the query's filters. Different filters are ANDed; the same filter given twice is ORed
/// (<c>kind:KeHoach kind:ChiThi</c>). Values are checked and a wrong one gets a Vietnamese message at its position.
/// </summary>
public sealed class Fts5FilterCompiler(IAgencyKeys agencyKeys)
{
    private readonly Dictionary<string, object> _parameters = [];

    /// <summary>Filters that <see cref="AttributeTerms"/> index as terms.</summary>
    private static readonly HashSet<string> AttributeFilters = ["agency", "kind", "number", "implements", "year", "category"];

    /// <summary>Attribute filters as FTS5 terms, the rest as SQL.</summary>
    public CompiledFilters Compile(IReadOnlyList<FilterNode> filters)
    {
        foreach (var f in filters)
            if (!AttributeFilters.Contains(f.Name) && f.Name is not ("due" or "status"))
                throw new QuerySyntaxException($"Không có bộ lọc '{f.Name}'.", f.Position);
        var groups = filters.GroupBy(f => f.Name).ToList();
        var match = groups.Where(g => AttributeFilters.Contains(g.Key))
            .Select(g => AttributeTerms.AnyOf(g.SelectMany(Terms).Distinct().ToList())).ToList();
        var sql = groups.Where(g => !AttributeFilters.Contains(g.Key))
            .Select(g => "(" + string.Join(" OR ", g.Select(One)) + ")").ToList();
        return new CompiledFilters(match.Count == 0 ? null : string.Join(" AND ", match), new SqlCondition(string.Join(" AND ", sql), _parameters));
    }

    private IEnumerable<string> Terms(FilterNode f)
    {
        switch (f.Name)
        {
            case "agency": return [AttributeTerms.Agency(AgencyKey(f))];
            case "kind": return [AttributeTerms.Kind(ParseEnum<DocumentKind>(f).ToString())];
            case "category": return [AttributeTerms.Category(ParseEnum<TaskCategory>(f).ToString())];
            case "number": return [AttributeTerms.Number(DocumentNumberKey.Of(f.Value))];
            case "implements": return [AttributeTerms.Implements(DocumentNumberKey.Of(f.Value))];
            case "year":
                var (from, to) = Years(f);
                return Enumerable.Range(from, Math.Max(0, to - from + 1)).Select(AttributeTerms.Year);
            default: throw new InvalidOperationException(f.Name);
        }
    }

    private string Param(object value)
    {
        var name = "@f" + _parameters.Count;
        _parameters[name] = value;
        return name;
    }

    private string One(FilterNode f) => f.Name switch
    {
        "due" => Due(f),
        "status" => $"({Fts5StatusSql.Sql}) = {Param(ParseEnum<DirectiveTracker.Index.TaskStatus>(f).ToString())}",
        _ => throw new QuerySyntaxException($"Không có bộ lọc '{f.Name}'.", f.Position),
    };

    private string AgencyKey(FilterNode f)
    {
        var key = agencyKeys.Key(f.Value);
        if (key.Length == 0) throw new QuerySyntaxException("Tên cơ quan trong bộ lọc agency: không có chữ nào.", f.Position);
        return key;
    }

    /// <summary>The years of <c>year:2025</c> or <c>year:2024..2025</c>, first and last.</summary>
    private static (int From, int To) Years(FilterNode f)
    {
        var parts = f.Value.Split("..");
        if (parts.Length is 1 or 2 && parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200))
        {
            int from = int.Parse(parts[0], CultureInfo.InvariantCulture);
            return (from, parts.Length == 1 ? from : int.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        throw new QuerySyntaxException($"Năm không hợp lệ '{f.Value}' (ví dụ: year:2025 hoặc year:2024..2025).", f.Position);
    }

    private string Due(FilterNode f)
    {
        var v = f.Value;
        foreach (var op in new[] { "<=", ">=", "<", ">", "=" })
        {
            if (v.StartsWith(op, StringComparison.Ordinal))
                return $"e.due {op} {Param(Date(f, v[op.Length..]))}";
        }
        var range = v.Split("..");
        if (range.Length == 2)
            return $"e.due BETWEEN {Param(Date(f, range[0]))} AND {Param(Date(f, range[1]))}";
        return $"e.due = {Param(Date(f, v))}";
    }

    private static string Date(FilterNode f, string s)
    {
        if (DateText.TryParse(s.Trim(), out var d)) return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        throw new QuerySyntaxException($"Ngày không hợp lệ '{s}' trong bộ lọc due: (ví dụ: {QueryParser.Example("due")}).", f.Position);
    }

    /// <summary>An enum value by name, ignoring case, accents, spaces, '-' and '_' ("ke hoach", "KeHoach", "due-soon").</summary>
    private static T ParseEnum<T>(FilterNode f) where T : struct, Enum
    {
        var wanted = Simplify(f.Value);
        foreach (var name in Enum.GetNames<T>())
            if (Simplify(name) == wanted) return Enum.Parse<T>(name);
        throw new QuerySyntaxException(
            $"Giá trị '{f.Value}' không hợp lệ cho bộ lọc {f.Name}:; chọn một trong: {string.Join(", ", Enum.GetNames<T>())}.", f.Position);
    }

    private static string Simplify(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in VietnameseText.Fold(s)) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
