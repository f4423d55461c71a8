using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;
using Xunit;

namespace DirectiveTracker.Extract.Tests.Grammar;

/// <summary>Where the category rules read a keyword: at word starts only, every time it stands in the text.</summary>
public class CategoryKeywordPlaceTests
{
    private static double Score(string text, TaskCategory category) =>
        new CategoryRules().Read(ActionText.Of(text)).Scores[(int)category];

    [Fact]
    public void KeywordGluedToTheWordBeforeIsNotRead()
    {
        Assert.True(Score("Hướng dẫn, kiểm tra việc thực hiện chế độ", TaskCategory.KiemTraGiamSat) > 0);
        Assert.Equal(0, Score("Hướng dẫnkiểm tra việc thực hiện chế độ", TaskCategory.KiemTraGiamSat));
    }

    [Fact]
    public void EveryMentionOfAKeywordScores()
    {
        double once = Score("Chỉ đạo rà soát; tổ chức tuyên truyền trong toàn ngành", TaskCategory.TuyenTruyen);
        double twice = Score("Chỉ đạo rà soát; tổ chức tuyên truyền, tuyên truyền trong toàn ngành", TaskCategory.TuyenTruyen);
        Assert.True(once > 0);
        Assert.True(twice > once);
    }

    [Fact]
    public void KeywordsStartingAlikeAreEachRead()
    {
        // "tổ chức" and "tổng kết" share their first letters; each keyword finds its own.
        var scores = new CategoryRules().Read(ActionText.Of("Tổng kết công tác năm; kiện toàn tổ chức bộ máy")).Scores;
        Assert.True(scores[(int)TaskCategory.BaoCao] > 0);
        Assert.True(scores[(int)TaskCategory.ToChucBoMay] > 0);
    }

    [Fact]
    public void KeywordOfSeveralWordsIsReadAcrossAnyRunOfSpaces()
    {
        // A keyword's words are joined by any white space in its pattern: the words it starts with must be too.
        static TaskCategory Read(string body) => new CategoryRules().Read(new ActionText(body, body.Length, body.Length)).Category;
        Assert.Equal(TaskCategory.BanHanhVanBan, Read("co ke hoach trien khai"));
        Assert.Equal(TaskCategory.BanHanhVanBan, Read("co  ke\thoach trien khai"));
        Assert.Equal(TaskCategory.Khac, Read("cong ke hoach trien khai"));
    }

    [Fact]
    public void LaterAlternativeOfAKeywordMatchesWhereAnEarlierOneStartsAlike()
    {
        // "hoàn thiện văn bản" and "hoàn thiện cơ chế" are two alternatives of one keyword with the same first words:
        // the first failing where both could start must leave the second to match.
        static TaskCategory Read(string body) => new CategoryRules().Read(new ActionText(body, body.Length, body.Length)).Category;
        Assert.Equal(TaskCategory.BanHanhVanBan, Read("hoan thien van ban huong dan"));
        Assert.Equal(TaskCategory.BanHanhVanBan, Read("hoan thien co che quan ly dat dai"));
    }

    [Theory]
    // "Tham mưu" as the first action decides outright; another verb before it in the first clause, even far into it,
    // makes it one verb among others.
    [InlineData("Tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch kiểm tra", CategoryReading.Rule.AdviseVerb)]
    [InlineData("Chủ động theo dõi, nắm tình hình địa bàn, phát hiện vướng mắc và tham mưu xử lý kịp thời", CategoryReading.Rule.Keywords)]
    [InlineData("Tổng hợp ý kiến của các sở, ngành và tham mưu Ủy ban nhân dân tỉnh", CategoryReading.Rule.Keywords)]
    public void AdviseWinsOnlyAsTheFirstVerbOfItsClause(string text, CategoryReading.Rule decidedBy)
    {
        var reading = new CategoryRules().Read(ActionText.Of(text));
        Assert.Equal(decidedBy, reading.DecidedBy);
        if (decidedBy == CategoryReading.Rule.AdviseVerb) Assert.Equal(TaskCategory.ThamMuu, reading.Category);
    }
}
