using DirectiveTracker.Extract.Grammar;

namespace DirectiveTracker.Extract.Tests.Grammar;

/// <summary>The folded text's way back: from an original index to the folded index where its key begins.</summary>
public class FoldedTextTests
{
    [Theory]
    [InlineData("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính")]
    [InlineData("UBND\u200Bcác huyện\u200B, thị xã")] // zero-width characters are dropped: the map is no identity
    [InlineData("Bộ Y te\u0301 chủ trì")] // a decomposed accent folds by segment
    [InlineData("")]
    public void Folded_index_is_the_first_folded_char_at_or_after_the_original_index(string text)
    {
        var folded = new FoldedText(text);
        for (int original = -1; original <= text.Length + 1; original++)
        {
            int expected = 0;
            while (expected < folded.Value.Length && folded.OriginalStart(expected) < original) expected++;
            Assert.Equal(expected, folded.FoldedIndex(original));
        }
    }
}
