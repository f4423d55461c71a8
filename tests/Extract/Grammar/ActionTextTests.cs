using DirectiveTracker.Extract.Grammar;
using Xunit;

namespace DirectiveTracker.Extract.Tests.Grammar;

/// <summary>The text the category classifiers read: the first sentence, folded, its agencies and quoted titles blanked.</summary>
public class ActionTextTests
{
    [Theory]
    // The agency that leads is blanked; the second sentence, with its own agency, is not read.
    [InlineData("Sở Giáo dục và Đào tạo chủ trì tổ chức tập huấn cho giáo viên. Sở Y tế phối hợp.", "chu tri to chuc tap huan cho giao vien", 25, 38)]
    // A quoted title in the first sentence is blanked, one in the second is not read.
    [InlineData("Phát động phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” trong toàn tỉnh. Báo cáo “kết quả” trước 30/6.", "phat dong phong trao trong toan tinh", 32, 36)]
    // The marker and an owner heading before a colon are skipped; whitespace runs are one space.
    [InlineData("2.   Ủy ban nhân dân các huyện:   kiện toàn   Ban Chỉ đạo; báo cáo Sở Nội vụ.   Sở Tài chính thẩm định.", "kien toan ; bao cao ", 20, 10)]
    public void Reads_the_first_sentence_with_agencies_and_titles_blanked(string task, string body, int opening, int firstClause)
    {
        var action = ActionText.Of(task);
        Assert.Equal(body, action.Body);
        Assert.Equal(opening, action.Opening);
        Assert.Equal(firstClause, action.FirstClause);
    }

    [Fact]
    public void Reads_the_same_whether_or_not_the_whole_text_was_folded_and_recognised_before()
    {
        const string task = "Công an tỉnh chủ trì kiểm tra an ninh trật tự tại các chợ. Bộ Công an hướng dẫn.";
        var cold = ActionText.Of(task);
        new AgencyRecognizer().FindAll(task);
        Assert.Equal(cold, ActionText.Of(task));
        Assert.Equal(cold, ActionText.Of(new string(task.AsSpan())));
    }

    [Fact]
    public void Blanks_every_agency_and_title_of_a_sentence_naming_many_wherever_they_stand()
    {
        // Four bodies and a title, the last ones far from the start; a decomposed accent ("Sở Y te\u0301") makes the fold
        // map its chars back (its key is no longer the original char for char).
        const string task = "Phối hợp với Sở Tài chính, Sở Nội vụ, Sở Y te\u0301 và Công an tỉnh tổ chức hội thi “Tìm hiểu pháp luật” cho học sinh. Sở Tư pháp hướng dẫn.";
        var body = ActionText.Of(task).Body;
        Assert.StartsWith("phoi hop voi", body);
        Assert.EndsWith("to chuc hoi thi cho hoc sinh", body);
        foreach (var gone in new[] { "tai chinh", "noi vu", "y te", "cong an", "tim hieu", "tu phap" })
            Assert.DoesNotContain(gone, body);
    }
}
