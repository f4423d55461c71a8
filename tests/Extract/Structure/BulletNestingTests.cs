using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>Bullets nest in the order they open under their item, whichever symbol comes first.</summary>
public class BulletNestingTests
{
    private static string[] Plan(char outer, char inner) =>
    [
        "III. TỔ CHỨC THỰC HIỆN", "1. Trách nhiệm của các sở",
        $"{outer} Sở Xây dựng:", $"{inner} Rà soát các công trình nhà ở xuống cấp của hộ nghèo.",
        $"{inner} Hướng dẫn các xã lập hồ sơ sửa chữa nhà ở.",
        $"{outer} Sở Tài chính:", $"{inner} Bố trí kinh phí sửa chữa nhà ở cho hộ nghèo.",
        "2. Chế độ báo cáo",
    ];

    [Theory]
    [InlineData('-', '+')]
    [InlineData('+', '-')]
    [InlineData('•', '+')]
    public void The_first_bullet_under_an_item_holds_the_other(char outer, char inner)
    {
        var item = OutlineBuilder.Build(DocumentBuilder.FromLines(Plan(outer, inner))).Roots[0].Children[0];
        Assert.Equal([2, 1], item.Children.Select(c => c.Children.Count));
        Assert.Equal(["Sở Xây dựng:", "Sở Tài chính:"], item.Children.Select(c => c.Text));
    }

    [Theory]
    [InlineData('-', '+')]
    [InlineData('+', '-')]
    public void Tasks_under_an_owner_bullet_take_its_owner_whichever_symbol_it_has(char outer, char inner)
    {
        var tasks = DocumentBuilder.ExtractTasks(Plan(outer, inner));
        var funding = Assert.Single(tasks, t => t.Text.StartsWith("Bố trí kinh phí", StringComparison.Ordinal));
        Assert.Equal(["Sở Tài chính"], funding.Lead);
    }

    [Fact]
    public void A_bullet_of_an_open_kind_closes_the_bullets_under_it()
    {
        var item = OutlineBuilder.Build(DocumentBuilder.FromLines("1. Nhiệm vụ", "+ Tuyên truyền:", "- Phát tờ rơi.", "+ Kiểm tra:",
            "- Kiểm tra định kỳ.", "- Kiểm tra đột xuất.")).Roots[0];
        Assert.Equal(["Tuyên truyền:", "Kiểm tra:"], item.Children.Select(c => c.Text));
        Assert.Equal(2, item.Children[1].Children.Count);
    }
}
