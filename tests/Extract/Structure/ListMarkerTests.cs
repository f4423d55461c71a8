using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// A sub-item's number written without its closing dot ("2.1 Ban Chỉ đạo …") is a list marker, while numbers that
/// open a line of prose (a decimal, a version, an amount, a date) stay text. Examples made for the rule.
/// </summary>
public class ListMarkerTests
{
    private static readonly string[] PlanHeader = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM", "Số: 18/KH-UBND", "Hà Nam, ngày 2 tháng 4 năm 2026", "KẾ HOẠCH", "Phòng chống thiên tai năm 2026"];

    // Points counted with a slash ("1/ Rà soát …") are numbered items; a number wrapped at its slash or a date is text.
    [Theory]
    [InlineData("1/ Rà soát các hồ sơ khai thuế quá hạn.", true)]
    [InlineData("12/ Báo cáo kết quả về Tổng cục.", true)]
    [InlineData("20/ CT-TTg ngày 17/5/2017 của Thủ tướng.", false)]
    [InlineData("3/2026 các đơn vị báo cáo.", false)]
    public void A_number_with_a_slash_before_a_sentence_is_a_numbered_item(string line, bool item)
    {
        var (marker, _) = ListMarker.Read(line);
        Assert.Equal(item ? MarkerKind.Number : MarkerKind.None, marker.Kind);
        if (item) Assert.Equal(line[..line.IndexOf('/')], marker.Label);
    }

    [Theory]
    [InlineData("2.1 Ban Chỉ huy phòng chống thiên tai tỉnh rà soát phương án", "2.1", 2)]
    [InlineData("3.4 Sở Xây dựng kiểm tra các công trình", "3.4", 2)]
    [InlineData("1.2.3 Đài Phát thanh tỉnh đưa tin", "1.2.3", 3)]
    [InlineData("12.10  Ủy ban nhân dân cấp xã báo cáo", "12.10", 2)]
    public void A_sub_item_s_number_without_its_dot_is_a_numbered_item(string line, string label, int depth)
    {
        var (marker, body) = ListMarker.Read(line);
        Assert.Equal(MarkerKind.Number, marker.Kind);
        Assert.Equal(label, marker.Label);
        Assert.Equal(depth, marker.Depth);
        Assert.True(char.IsUpper(body[0]));
    }

    [Theory]
    [InlineData("2.5 tỷ đồng từ ngân sách tỉnh")]       // an amount: lower case after it
    [InlineData("4.0 Công nghiệp và chuyển đổi số")]     // a version: a group of 0 is no item number
    [InlineData("2 Ban Chỉ đạo họp định kỳ")]             // one group only: a count, not a sub-item
    [InlineData("1.500 hộ dân được hỗ trợ")]              // thousands
    public void A_number_opening_prose_is_no_marker(string line)
    {
        var (marker, _) = ListMarker.Read(line);
        Assert.NotEqual(MarkerKind.Number, marker.Kind);
    }

    [Fact]
    public void Undotted_sub_items_are_tasks_under_their_item()
    {
        var r = new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(
        [
            .. PlanHeader, "II. NHIỆM VỤ", "2. Công tác chuẩn bị",
            "2.1 Ban Chỉ huy Quân sự tỉnh rà soát phương án ứng phó trước ngày 30/5/2026.",
            "2.2 Sở Xây dựng kiểm tra các công trình xung yếu trong tháng 6/2026.",
        ]));
        Assert.Equal(["II.2.1", "II.2.2"], r.Tasks.Select(t => t.Path).ToArray());
        Assert.Equal(["Ban Chỉ huy Quân sự tỉnh"], r.Tasks[0].Lead);
        Assert.Equal(["Sở Xây dựng"], r.Tasks[1].Lead);
    }

    [Theory]
    [InlineData("(i). Chỉ đạo Cục Hàng hải ban hành hướng dẫn", "i")]
    [InlineData("(ii).  Sớm sửa đổi quy chuẩn kỹ thuật", "ii")]
    [InlineData("(iv). Bố trí kinh phí cho các xã", "iv")]
    public void A_small_roman_numeral_in_parentheses_is_a_lettered_item_labelled_as_written(string line, string label)
    {
        var (marker, body) = ListMarker.Read(line);
        Assert.Equal(MarkerKind.Letter, marker.Kind);
        Assert.Equal(label, marker.Label);
        Assert.True(char.IsUpper(body[0]));
    }

    [Theory]
    [InlineData("(iii)")]                                  // the numeral alone, nothing after it
    [InlineData("(ix)2025 kinh phí")]                       // not followed by a word
    [InlineData("(ii) Tổ chức đào tạo cán bộ; (iii) Thu hút")]  // no dot: a count inside a paragraph, wrapped onto this line
    public void A_parenthesised_numeral_without_its_dot_or_a_word_after_it_is_no_marker(string line) =>
        Assert.Equal(MarkerKind.None, ListMarker.Read(line).Marker.Kind);

    [Theory]
    [InlineData("b. Doanh nghiệp phải đăng ký tài khoản", MarkerKind.Letter, "b")]
    [InlineData("đ. Thực hiện đúng cam kết", MarkerKind.Letter, "đ")]
    [InlineData("b. khoản 3 Điều 7 của Luật", MarkerKind.None, "")]   // a lone letter before lower case: prose wrapped there
    public void A_letter_with_a_dot_before_a_sentence_is_a_lettered_item(string line, MarkerKind kind, string label)
    {
        var marker = ListMarker.Read(line).Marker;
        Assert.Equal(kind, marker.Kind);
        Assert.Equal(label, marker.Label);
    }
}
