using System.Text;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using Lucene.Net.Search;
using Fields = DirectiveTracker.Index.Search.Fields;
using Term = Lucene.Net.Index.Term;

namespace DirectiveTracker.Index.Tests;

/// <summary>
/// Phrases of words are found by their syllable pairs (<see cref="SyllablePairFilter"/>), not by the syllables'
/// positions: the entries found must be exactly those the folded field's phrase finds, whatever lies between the words.
/// </summary>
public sealed class PhrasePairTests : IDisposable
{
    private readonly TestStore _t = new();
    public void Dispose() => _t.Dispose();

    private static readonly string[] Texts =
    [
        "Đẩy mạnh công tác thi đua, khen thưởng trong toàn tỉnh.",
        "Thi đua khen thưởng là động lực; thi đua - khen thưởng kịp thời.",
        "Khen thưởng thi đua hằng năm (thi đua) khen thưởng đột xuất.",
        "Thực hiện Nghị định 98/2023/NĐ-CP ngày 31/12/2023 về thi đua, khen thưởng.",
        "Báo cáo kết quả cải cách hành chính năm 2024 gửi Sở Nội vụ.",
        "Sở Nội vụ chủ trì, phối hợp Sở Tư pháp rà soát thủ tục hành chính.",
        "Tăng cường kỷ luật, kỷ cương hành chính; nâng cao trách nhiệm người đứng đầu.",
        "Nâng cao trách nhiệm của người đứng đầu cơ quan, đơn vị.",
        "Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo định kỳ.",
        "Chế độ báo cáo   định kỳ hằng quý, báo cáo đột xuất.",
    ];

    public PhrasePairTests()
    {
        // Each text as a task's text (head) and, joined, as documents' bodies; one title in decomposed Unicode.
        int n = 0;
        foreach (var text in Texts)
            Docs.Add(_t.Store, Docs.Extraction($"Kế hoạch số {++n}", tasks: [Docs.Task("1", text, ["Sở Nội vụ"])]));
        Docs.Add(_t.Store, Docs.Extraction("Kế hoạch thi đua, khen thưởng năm 2025".Normalize(NormalizationForm.FormD),
            tasks: [Docs.Task("1", "Tổng kết công tác thi đua khen thưởng.", ["Sở Nội vụ"])]));
    }

    [Theory]
    [InlineData("thi đua")]                                  // two syllables: one pair
    [InlineData("thi đua, khen thưởng")]                     // punctuation in the query
    [InlineData("thi đua khen thưởng")]                      // punctuation or a dash in the text
    [InlineData("khen thưởng thi đua")]
    [InlineData("trách nhiệm người đứng đầu")]               // five syllables
    [InlineData("nâng cao trách nhiệm người đứng đầu")]
    [InlineData("báo cáo định kỳ")]                          // several spaces between words
    [InlineData("thủ tục hành chính")]
    [InlineData("nd cp")]                                    // letter parts of a document number
    [InlineData("huyện thị xã thành phố")]
    [InlineData("khen thưởng năm")]
    [InlineData("THI ĐUA, KHEN THƯỞNG")]
    [InlineData("thi dua khen thuong")]
    [InlineData("chủ trì phối hợp")]
    public void A_phrase_finds_the_entries_of_the_folded_phrase(string phrase)
    {
        AssertSameAsFoldedPhrase(phrase);
        AssertSameAsFoldedPhrase(phrase.Normalize(NormalizationForm.FormD));
    }

    [Fact]
    public void Phrases_find_across_punctuation_and_decomposed_text_in_order_only()
    {
        // Tasks 1, 2 (twice), 4, 11's title and task, and a document body per matching task.
        Assert.True(Find("\"thi đua, khen thưởng\"") > 0);
        Assert.Equal(Find("\"thi đua, khen thưởng\""), Find("\"thi đua khen thưởng\""));
        Assert.Equal(Find("\"thi dua khen thuong\""), Find("\"THI ĐUA – KHEN THƯỞNG\"".Normalize(NormalizationForm.FormD)));
        // "Khen thưởng thi đua hằng năm (thi đua) khen thưởng": both orders once in that task.
        Assert.True(Find("\"khen thưởng thi đua\"") > 0);
        Assert.Equal(0, Find("\"thưởng khen\""));
        Assert.Equal(0, Find("\"đứng đầu trách nhiệm người\""));
    }

    private int Find(string q) => _t.Store.Search(new SearchRequest(q, 50, new DateOnly(2025, 5, 1))).Total;

    /// <summary>The search's phrase (by pairs) and the folded field's own phrase query find the same entries, and some.</summary>
    private void AssertSameAsFoldedPhrase(string phrase)
    {
        int total = Find($"\"{phrase}\"");
        var analyzer = VietnameseAnalyzer.Default;
        var compiled = new LuceneQueryBuilder(analyzer, new FieldWeights()).Build(new PhraseNode(phrase, 0))!;
        Assert.DoesNotContain(Fields.Folded, compiled.Find.ToString(), StringComparison.Ordinal); // found by pairs, not positions
        var folded = new PhraseQuery();
        var tokens = analyzer.Folded(phrase);
        for (int i = 0; i < tokens.Count; i++) folded.Add(new Term(Fields.Folded, tokens[i].Text), i);
        var (byPairs, byPositions) = _t.Store.Index.Search(s => (Ids(s!, compiled.Find), Ids(s!, folded)));
        Assert.NotEmpty(byPositions);
        Assert.Equal(byPositions, byPairs);
        Assert.Equal(byPositions.Count, total);
    }

    private static List<int> Ids(IndexSearcher searcher, Query query)
    {
        var collector = new MatchIdCollector();
        searcher.Search(query, collector);
        return collector.Ids;
    }
}
