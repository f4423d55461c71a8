using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tests.Learning;

/// <summary>The sliced key: each part of a text keyed as folding that part on its own keys it.</summary>
public class SlicedKeyTests
{
    [Theory]
    [InlineData("Sở Tư pháp chủ trì, phối hợp với  Sở Nội vụ (Ban Thi đua - Khen thưởng) triển khai Quyết định số 12/QĐ-BTP;")]
    [InlineData("  - Đề nghị Ủy ban MTTQ Việt Nam tỉnh:\tphối hợp… “tuyên truyền” ./.  ")]
    [InlineData("UBND\u200Bcác huyện, thị xã,thành phố")]
    [InlineData("Bộ Y te\u0301 chủ trì (decomposed accent: not in the fold table)")]
    [InlineData("")]
    public void Every_slice_is_the_key_of_that_part(string text)
    {
        var key = SlicedKey.Of(text);
        for (int i = 0; i <= text.Length; i++)
        {
            Assert.Equal(BodyText.Key(text[..i]), key.Before(i).ToString());
            Assert.Equal(BodyText.Key(text[i..]), key.After(i).ToString());
        }
    }

    [Fact]
    public void A_key_read_after_its_thread_sliced_another_text_throws()
    {
        var first = SlicedKey.Of("Sở Nội vụ chủ trì");
        Assert.True(first.MayHold("noi vu"));
        var second = SlicedKey.Of("Bộ Tài chính phối hợp");
        Assert.Equal("bo tai chinh", second.Before(12).ToString());
        Assert.Throws<InvalidOperationException>(() => first.MayHold("noi vu"));
        Assert.Throws<InvalidOperationException>(() => first.After(3).ToString());
    }
}
