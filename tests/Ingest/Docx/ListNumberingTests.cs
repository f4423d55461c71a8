using DirectiveTracker.Ingest.Docx;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveTracker.Ingest.Tests.Docx;

public class ListNumberingTests
{
    [Theory]
    [InlineData(1, "I"), InlineData(4, "IV"), InlineData(9, "IX"), InlineData(14, "XIV"), InlineData(1994, "MCMXCIV")]
    public void Upper_roman(int value, string expected) =>
        Assert.Equal(expected, ListNumbering.Format(value, NumberFormatValues.UpperRoman));

    [Theory]
    [InlineData(1, "a"), InlineData(26, "z"), InlineData(27, "aa"), InlineData(28, "bb")]
    public void Lower_letter_repeats_after_z(int value, string expected) =>
        Assert.Equal(expected, ListNumbering.Format(value, NumberFormatValues.LowerLetter));

    [Fact]
    public void Start_value_and_unknown_list()
    {
        var numbering = new Numbering(
            new AbstractNum(new Level(new StartNumberingValue { Val = 3 }, new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = "%1)" }) { LevelIndex = 0 }) { AbstractNumberId = 7 },
            new NumberingInstance(new AbstractNumId { Val = 7 }) { NumberID = 1 });
        var n = new ListNumbering(numbering);
        Assert.Equal("3)", n.Next(1, 0));
        Assert.Equal("4)", n.Next(1, 0));
        Assert.Null(n.Next(99, 0));
        Assert.Null(n.Next(0, 0));
    }

    [Fact]
    public void Symbol_font_bullet_becomes_a_plain_bullet()
    {
        var numbering = new Numbering(
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "\uF0B7" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 2 });
        Assert.Equal("•", new ListNumbering(numbering).Next(2, 0));
    }
}
