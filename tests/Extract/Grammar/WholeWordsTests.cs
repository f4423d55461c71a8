using DirectiveTracker.Extract.Grammar;

namespace DirectiveTracker.Extract.Tests.Grammar;

public class WholeWordsTests
{
    [Theory]
    [InlineData("gui bao cao ve so", "bao cao", true)]
    [InlineData("bao cao", "bao cao", true)]
    [InlineData("đã báo cáo.", "báo cáo", true)]
    [InlineData("(bao cao)", "bao cao", true)]
    [InlineData("gui bao caox", "bao cao", false)]
    [InlineData("xbao cao", "bao cao", false)]
    [InlineData("bao caox bao cao", "bao cao", true)] // a later occurrence at word boundaries counts
    [InlineData("gom", "gom", true)]
    [InlineData("tong hop", "gom", false)]
    public void Contains_matches_only_at_word_boundaries(string text, string phrase, bool expected) =>
        Assert.Equal(expected, WholeWords.Contains(text, phrase));

    [Theory]
    [InlineData("kinh phi thuc hien", "kinh phi", true)]
    [InlineData("kinh phi", "kinh phi", true)]
    [InlineData("kinh phix", "kinh phi", false)]
    [InlineData("nguon kinh phi", "kinh phi", false)]
    public void StartsWith_needs_the_phrase_whole_at_the_start(string text, string phrase, bool expected) =>
        Assert.Equal(expected, WholeWords.StartsWith(text, phrase));

    [Theory]
    [InlineData("tam nhin den nam", "den nam", true)]
    [InlineData("den nam", "den nam", true)]
    [InlineData("tam nhin xden nam", "den nam", false)]
    [InlineData("den nam 2030", "den nam", false)]
    public void EndsWith_needs_the_phrase_whole_at_the_end(string text, string phrase, bool expected) =>
        Assert.Equal(expected, WholeWords.EndsWith(text, phrase));
}
