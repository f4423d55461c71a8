namespace DirectiveTracker.Index.Search;

/// <summary>
/// Parses the query language: words, <c>"phrases"</c>, <c>AND</c>/<c>OR</c>/<c>NOT</c>/<c>-</c>, prefix <c>tuyen*</c>,
/// parentheses and <c>name:value</c> filters (<see cref="FilterCompiler.Names"/>; another name glued to a value is an error listing them). Words side by side are ANDed; AND binds tighter than OR.
/// Filters apply to the whole query wherever they stand outside parentheses (they may not sit in parentheses or under NOT).
/// </summary>
public sealed class QueryParser
{
    /// <summary>Longest query accepted; longer input is refused with a message, not parsed.</summary>
    public const int MaxLength = 1000;

    /// <summary>Deepest nesting of parentheses accepted.</summary>
    public const int MaxDepth = 16;

    public static readonly IReadOnlySet<string> FilterNames = new HashSet<string>(FilterCompiler.Names, StringComparer.OrdinalIgnoreCase);

    private enum Kind { Word, Phrase, And, Or, Not, Minus, Open, Close, Filter, End }

    private sealed record Lexeme(Kind Kind, string Text, int Position, bool Prefix = false, string? FilterName = null, bool FilterQuoted = false);

    private List<Lexeme> _lexemes = [];
    private int _next;
    private readonly List<FilterNode> _filters = [];

    public static ParsedQuery Parse(string query) => new QueryParser().Run(query ?? "");

    private ParsedQuery Run(string query)
    {
        if (query.Length > MaxLength)
            throw new QuerySyntaxException($"Truy vấn quá dài ({query.Length} ký tự); tối đa {MaxLength} ký tự.", MaxLength);
        _lexemes = Lex(query);
        if (_lexemes.Count == 1) throw new QuerySyntaxException("Truy vấn trống: hãy nhập từ khóa hoặc bộ lọc.", 0);
        var node = ParseOr(0, topLevel: true);
        if (Peek.Kind == Kind.Close) throw new QuerySyntaxException("Dấu ')' không có '(' tương ứng.", Peek.Position);
        if (Peek.Kind != Kind.End) throw new QuerySyntaxException($"Không hiểu '{Peek.Text}' ở đây.", Peek.Position);
        return new ParsedQuery(node, _filters);
    }

    private Lexeme Peek => _lexemes[_next];

    private QueryNode? ParseOr(int depth, bool topLevel)
    {
        var first = ParseAnd(depth, topLevel);
        if (Peek.Kind != Kind.Or) return first;
        var children = new List<QueryNode?> { first };
        while (Peek.Kind == Kind.Or)
        {
            var or = _lexemes[_next++];
            if (first is null) throw new QuerySyntaxException("OR cần một từ khóa ở bên trái.", or.Position);
            var right = ParseAnd(depth, topLevel);
            if (right is null) throw new QuerySyntaxException("OR cần một từ khóa ở bên phải.", or.Position);
            children.Add(right);
        }
        return new OrNode(children.Select(c => c!).ToList(), first!.Position);
    }

    private QueryNode? ParseAnd(int depth, bool topLevel)
    {
        var children = new List<QueryNode>();
        while (true)
        {
            var t = Peek;
            if (t.Kind is Kind.End or Kind.Close or Kind.Or) break;
            if (t.Kind == Kind.And)
            {
                _next++;
                if (children.Count == 0 && _filters.Count == 0) throw new QuerySyntaxException("AND cần một từ khóa ở bên trái.", t.Position);
                if (Peek.Kind is Kind.End or Kind.Close or Kind.Or or Kind.And)
                    throw new QuerySyntaxException("AND cần một từ khóa ở bên phải.", t.Position);
                continue;
            }
            if (t.Kind == Kind.Filter)
            {
                _next++;
                if (!topLevel) throw new QuerySyntaxException($"Bộ lọc '{t.FilterName}:' chỉ dùng ở ngoài cùng, không đặt trong ngoặc.", t.Position);
                _filters.Add(new FilterNode(t.FilterName!, t.Text, t.Position));
                continue;
            }
            var node = ParseUnary(depth);
            if (node is not null) children.Add(node);
        }
        return children.Count switch { 0 => null, 1 => children[0], _ => new AndNode(children, children[0].Position) };
    }

    private QueryNode? ParseUnary(int depth)
    {
        var t = _lexemes[_next++];
        switch (t.Kind)
        {
            case Kind.Not:
            case Kind.Minus:
                if (Peek.Kind is Kind.End or Kind.Close or Kind.Or or Kind.And or Kind.Not or Kind.Minus)
                    throw new QuerySyntaxException(t.Kind == Kind.Not ? "NOT cần một từ khóa ở sau." : "Dấu '-' cần một từ khóa ở sau (ví dụ: -báo cáo).", t.Position);
                if (Peek.Kind == Kind.Filter)
                    throw new QuerySyntaxException("Không thể loại trừ một bộ lọc.", Peek.Position);
                var child = ParseUnary(depth);
                return child is null ? null : new NotNode(child, t.Position);
            case Kind.Open:
                if (depth >= MaxDepth) throw new QuerySyntaxException($"Quá nhiều ngoặc lồng nhau (tối đa {MaxDepth}).", t.Position);
                var inner = ParseOr(depth + 1, topLevel: false);
                if (Peek.Kind != Kind.Close) throw new QuerySyntaxException("Thiếu dấu ')' cho dấu '(' này.", t.Position);
                _next++;
                if (inner is null) throw new QuerySyntaxException("Cặp ngoặc trống.", t.Position);
                return inner;
            case Kind.Word:
                return new TermNode(t.Text, t.Prefix, t.Position);
            case Kind.Phrase:
                return new PhraseNode(t.Text, t.Position);
            case Kind.Close:
                throw new QuerySyntaxException("Dấu ')' không có '(' tương ứng.", t.Position);
            default:
                throw new QuerySyntaxException($"Không hiểu '{t.Text}' ở đây.", t.Position);
        }
    }

    private static List<Lexeme> Lex(string q)
    {
        var list = new List<Lexeme>();
        int i = 0;
        while (i < q.Length)
        {
            char c = q[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (c == '(') { list.Add(new(Kind.Open, "(", i++)); continue; }
            if (c == ')') { list.Add(new(Kind.Close, ")", i++)); continue; }
            if (c is '"' or '“' or '”')
            {
                var (text, end) = Quoted(q, i);
                list.Add(new(Kind.Phrase, text, start));
                i = end;
                continue;
            }
            if (c == '-' && (i + 1 >= q.Length || !char.IsWhiteSpace(q[i + 1])) && (list.Count == 0 || i == 0 || char.IsWhiteSpace(q[i - 1]) || q[i - 1] == '('))
            {
                list.Add(new(Kind.Minus, "-", i++));
                continue;
            }
            while (i < q.Length && !char.IsWhiteSpace(q[i]) && q[i] is not ('(' or ')' or '"' or '“' or '”') && q[i] != ':') i++;
            var word = q[start..i];
            if (i < q.Length && q[i] == ':')
            {
                if (!FilterNames.Contains(word))
                {
                    // A name of letters glued to a value ("owner:X") was meant as a filter: say which filters exist.
                    if (word.Length > 0 && char.IsAsciiLetter(word[0]) && word.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && i + 1 < q.Length && !char.IsWhiteSpace(q[i + 1]))
                        throw FilterCompiler.Unknown(word.ToLowerInvariant(), start);
                    // Otherwise the colon is punctuation ("Điều 5: ...").
                    i++;
                    if (word.Length > 0) list.Add(Word(word, start));
                    continue;
                }
                i++;
                if (i >= q.Length || char.IsWhiteSpace(q[i]))
                    throw new QuerySyntaxException($"Bộ lọc '{word}:' thiếu giá trị (ví dụ: {Example(word)}).", start);
                string value;
                if (q[i] is '"' or '“' or '”') (value, i) = Quoted(q, i);
                else
                {
                    int vs = i;
                    while (i < q.Length && !char.IsWhiteSpace(q[i]) && q[i] != ')') i++;
                    value = q[vs..i];
                }
                if (value.Trim().Length == 0) throw new QuerySyntaxException($"Bộ lọc '{word}:' thiếu giá trị (ví dụ: {Example(word)}).", start);
                list.Add(new(Kind.Filter, value.Trim(), start, FilterName: word.ToLowerInvariant()));
                continue;
            }
            if (word.Length == 0) { i++; continue; }
            list.Add(word switch
            {
                "AND" or "&&" => new(Kind.And, word, start),
                "OR" or "||" => new(Kind.Or, word, start),
                "NOT" => new(Kind.Not, word, start),
                _ => Word(word, start),
            });
        }
        list.Add(new(Kind.End, "", q.Length));
        return list;
    }

    private static Lexeme Word(string word, int start)
    {
        bool prefix = word.EndsWith('*');
        var text = word.TrimEnd('*');
        if (text.Contains('*')) throw new QuerySyntaxException("Dấu '*' chỉ đặt ở cuối từ (ví dụ: tuyen*).", start + text.IndexOf('*'));
        if (prefix && text.Length == 0) throw new QuerySyntaxException("Dấu '*' cần đứng sau vài chữ cái (ví dụ: tuyen*).", start);
        return new(Kind.Word, text, start, Prefix: prefix);
    }

    private static (string Text, int End) Quoted(string q, int open)
    {
        int i = open + 1;
        while (i < q.Length && q[i] is not ('"' or '“' or '”')) i++;
        if (i >= q.Length) throw new QuerySyntaxException("Thiếu dấu ngoặc kép đóng cho cụm từ bắt đầu ở đây.", open);
        return (q[(open + 1)..i], i + 1);
    }

    internal static string Example(string filter) => filter.ToLowerInvariant() switch
    {
        "agency" => "agency:\"Sở Nội vụ\"",
        "lead" => "lead:\"Sở Nội vụ\"",
        "support" => "support:\"Sở Tư pháp\"",
        "issuer" => "issuer:\"UBND tỉnh Thái Bình\"",
        "place" => "place:\"Thái Bình\"",
        "kind" => "kind:KeHoach",
        "number" => "number:29/KH-UBND",
        "implements" => "implements:41-CT/TW",
        "year" => "year:2025",
        "due" => "due:<2025-06-30 hoặc due:2025-01-01..2025-03-31",
        "category" => "category:TuyenTruyen",
        "status" => "status:\"quá hạn\" hoặc status:overdue",
        _ => filter + ":…",
    };
}
