using DirectiveTracker.Index.Search;

namespace DirectiveTracker.Index.Tests;

public sealed class QueryParserTests : IDisposable
{
    private readonly TestStore _t = new();
    public void Dispose() => _t.Dispose();

    [Theory]
    [InlineData("\"unclosed", "ngoặc kép", 0)]
    [InlineData("tuyên \"thi đua", "ngoặc kép", 6)]
    [InlineData("AND NOT", "AND", 0)]
    [InlineData("agency:", "agency", 0)]
    [InlineData("thi đua agency:   ", "agency", 8)]
    [InlineData("-", "'-'", 0)]
    [InlineData("(thi đua", "')'", 0)]
    [InlineData("thi đua)", "')'", 7)]
    [InlineData("a OR", "OR", 2)]
    [InlineData("*", "'*'", 0)]
    [InlineData("tu*yen", "'*'", 2)]
    [InlineData("-báo -cáo", "ít nhất một từ khóa", 0)]
    [InlineData("kind:Foo", "KeHoach", 0)]
    [InlineData("due:tomorrow", "Ngày", 0)]
    [InlineData("year:20x5", "Năm", 0)]
    [InlineData("a OR agency:X", "OR", 2)]
    [InlineData("(a agency:X)", "ngoài cùng", 3)]
    [InlineData("()", "ngoặc", 0)]
    [InlineData("...", "từ khóa", 0)]
    public void Malformed_queries_get_a_vietnamese_message_with_the_position(string query, string messagePart, int position)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => _t.Store.Search(new SearchRequest(query)));
        Assert.Contains(messagePart, e.Message);
        Assert.Equal(position, e.Position);
        Assert.Contains("^", e.Describe(query));
    }

    [Fact]
    public void Ten_thousand_characters_are_refused_with_a_message()
    {
        var q = new string('a', 10_000);
        var e = Assert.Throws<QuerySyntaxException>(() => _t.Store.Search(new SearchRequest(q)));
        Assert.Contains("quá dài", e.Message);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var q = new string('(', 40) + "a" + new string(')', 40);
        Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(q));
    }

    [Theory]
    [InlineData("41-CT AND NOT")]
    [InlineData("\"a\" \"b\" OR OR")]
    [InlineData("NEAR(a b)")]
    [InlineData("col:thing title: x")]
    [InlineData("a:b:c \" ")]
    [InlineData("^a +b {c} [d] 'e'")]
    public void Fts5_syntax_in_input_never_reaches_match(string query)
    {
        try { _t.Store.Search(new SearchRequest(query)); }
        catch (QuerySyntaxException) { }
    }

    [Fact]
    public void Random_input_either_parses_or_gets_a_message()
    {
        var rng = new Random(7);
        const string alphabet = "aăđ ơ\"()-*:ANDORNT41/CT{}^+.,";
        for (int i = 0; i < 500; i++)
        {
            var chars = new char[rng.Next(1, 30)];
            for (int j = 0; j < chars.Length; j++) chars[j] = alphabet[rng.Next(alphabet.Length)];
            try { _t.Store.Search(new SearchRequest(new string(chars))); }
            catch (QuerySyntaxException e) { Assert.InRange(e.Position, 0, chars.Length); }
        }
    }

    [Fact]
    public void Parses_structure()
    {
        var p = QueryParser.Parse("tuyên truyền OR \"thi đua\" -báo agency:\"Sở Nội vụ\" due:<2025-06-30");
        Assert.Equal(2, p.Filters.Count);
        Assert.Equal("Sở Nội vụ", p.Filters[0].Value);
        var or = Assert.IsType<OrNode>(p.Text);
        Assert.IsType<AndNode>(or.Children[0]);
        var right = Assert.IsType<AndNode>(or.Children[1]);
        Assert.IsType<PhraseNode>(right.Children[0]);
        Assert.IsType<NotNode>(right.Children[1]);
    }

    [Fact]
    public void Colon_after_an_unknown_word_is_punctuation()
    {
        var p = QueryParser.Parse("Điều 5: thi hành");
        Assert.Empty(p.Filters);
        Assert.Equal(4, Assert.IsType<AndNode>(p.Text).Children.Count);
    }
}
