using System.Globalization;
using System.Text;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Index.Search;

/// <summary>
/// A SQL condition over <c>search_entries e</c> with its bound parameters. Its subqueries over entries are bounded by
/// <c>@lo</c> and <c>@hi</c> (an entry id range the caller binds), so that hits can be collected newest range first.
/// </summary>
public sealed record SqlCondition(string Sql, IReadOnlyDictionary<string, object> Parameters)
{
    public bool IsEmpty => Sql.Length == 0;
}

/// <summary>
/// Compiles the query's filters into one SQL condition with bound parameters. Different filters are ANDed;
/// the same filter given twice is ORed (<c>kind:KeHoach kind:ChiThi</c>). Values are checked and a wrong one
/// gets a Vietnamese message at its position.
/// </summary>
public sealed class FilterCompiler(IAgencyKeys agencyKeys)
{
    private readonly Dictionary<string, object> _parameters = [];

    public SqlCondition Compile(IReadOnlyList<FilterNode> filters)
    {
        var groups = filters.GroupBy(f => f.Name).Select(g => "(" + string.Join(" OR ", g.Select(One)) + ")").ToList();
        return new SqlCondition(string.Join(" AND ", groups), _parameters);
    }

    private string Param(object value)
    {
        var name = "@f" + _parameters.Count;
        _parameters[name] = value;
        return name;
    }

    private string One(FilterNode f) => f.Name switch
    {
        "agency" => Agency(f),
        "kind" => $"e.kind = {Param(ParseEnum<DocumentKind>(f).ToString())}",
        "number" => $"e.document_id IN (SELECT id FROM documents WHERE number_key = {Param(DocumentNumberKey.Of(f.Value))})",
        "implements" => $"e.document_id IN (SELECT document_id FROM document_references WHERE number_key = {Param(DocumentNumberKey.Of(f.Value))} AND relation = 'implements')",
        "year" => Year(f),
        "due" => Due(f),
        "category" => $"e.category = {Param(ParseEnum<TaskCategory>(f).ToString())}",
        "status" => $"({TaskStatusRule.Sql}) = {Param(ParseEnum<TaskStatus>(f).ToString())}",
        _ => throw new QuerySyntaxException($"Không có bộ lọc '{f.Name}'.", f.Position),
    };

    private string Agency(FilterNode f)
    {
        var key = agencyKeys.Key(f.Value);
        if (key.Length == 0) throw new QuerySyntaxException("Tên cơ quan trong bộ lọc agency: không có chữ nào.", f.Position);
        // The key itself, or a longer key that starts with it as whole words ("Sở Nội vụ" finds "Sở Nội vụ tỉnh Thái Bình").
        var k = Param(key);
        var from = Param(key + " ");
        var to = Param(key + "!"); // '!' sorts right after ' '
        // Two arms, not an OR: each can then use the (agency_key, entry_id) key with the id range.
        return $"e.id IN (SELECT entry_id FROM entry_agencies WHERE agency_key = {k} AND entry_id BETWEEN @lo AND @hi " +
               $"UNION ALL SELECT entry_id FROM entry_agencies WHERE agency_key >= {from} AND agency_key < {to} AND +entry_id BETWEEN @lo AND @hi)";
    }

    private string Year(FilterNode f)
    {
        var parts = f.Value.Split("..");
        if (parts.Length is 1 or 2 && parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200))
        {
            return parts.Length == 1
                ? $"e.year = {Param(int.Parse(parts[0], CultureInfo.InvariantCulture))}"
                : $"e.year BETWEEN {Param(int.Parse(parts[0], CultureInfo.InvariantCulture))} AND {Param(int.Parse(parts[1], CultureInfo.InvariantCulture))}";
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
        if (Analysis.DateText.TryParse(s.Trim(), out var d)) return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
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
