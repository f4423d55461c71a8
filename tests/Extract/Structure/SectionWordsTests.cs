using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Extract.Tasks;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>section-words.json is written with diacritics and read folded, so headings match it whatever their accents.</summary>
public class SectionWordsTests
{
    private static readonly SectionWords Words = SectionWords.Embedded;

    [Fact]
    public void Every_list_is_folded_on_load()
    {
        IReadOnlyList<string>[] lists =
        [
            Words.NonTaskSections, Words.OwnedOnlySections, Words.StatementTopics, Words.TaskWords, Words.StatementSections,
            Words.StatingVerbs, Words.DraftedPlanTopics, Words.DraftedPlanNouns, Words.AssignmentWords, Words.ForwardTitles, Words.DutyTitles,
        ];
        Assert.All(lists, l => Assert.NotEmpty(l));
        Assert.All(lists.SelectMany(l => l), w => Assert.Equal(BodyText.Key(w), w));
        Assert.Contains("xac dinh", Words.StatingVerbs);
        Assert.Contains("de cuong", Words.DraftedPlanTopics);
        Assert.Contains("to chuc thuc hien", Words.AssignmentWords);
        Assert.Contains("phuong huong", Words.ForwardTitles);
    }
}
