using DirectiveTracker.Ingest.Pdf;
using DirectiveTracker.Ingest.Tests.Fixtures;
using UglyToad.PdfPig;

namespace DirectiveTracker.Ingest.Tests.Pdf;

/// <summary>
/// The lightweight page reader gives, glyph for glyph and rule for rule, what PdfPig's own pages give the text layer:
/// the same text, boxes, baselines, sizes and fonts, and the same paths.
/// </summary>
[Collection(OfficeCollection.Name)]
public class GlyphPageTests(OfficeFixtures office)
{
    [Theory]
    [InlineData(OfficeFixtures.Seed003)]
    [InlineData(OfficeFixtures.Realdoc16)]
    [InlineData("header")]
    [InlineData("appendix")]
    [InlineData("aligned")]
    [InlineData("aligned-pages")]
    [InlineData("vntime")]
    [InlineData("tcvn3")]
    [InlineData("restricted")]
    public void Glyphs_and_paths_are_PdfPig_s_letters_and_paths(string name)
    {
        using var document = PdfDocument.Open(office.Pdf(name), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        document.AddPageFactory<GlyphPage, GlyphPageFactory>();
        var glyphCount = 0;
        for (var n = 1; n <= document.NumberOfPages; n++)
        {
            var page = document.GetPage(n);
            var mine = document.GetPage<GlyphPage>(n);
            Assert.Equal((page.Width, page.Height), (mine.Width, mine.Height));
            Assert.Equal(page.Letters.Count, mine.Glyphs.Count);
            for (var i = 0; i < page.Letters.Count; i++)
            {
                var (letter, glyph) = (page.Letters[i], mine.Glyphs[i]);
                Assert.Equal(letter.Value, glyph.Value);
                Assert.Equal(letter.BoundingBox, glyph.BoundingBox);
                Assert.Equal(letter.StartBaseLine, glyph.StartBaseLine);
                Assert.Equal(letter.EndBaseLine, glyph.EndBaseLine);
                Assert.Equal(letter.PointSize, glyph.PointSize);
                Assert.Equal(letter.FontName, glyph.FontName);
                Assert.Equal(letter.FontDetails?.IsBold == true, glyph.BoldFont);
            }
            glyphCount += mine.Glyphs.Count;
            Assert.Equal(page.Paths.Count, mine.Paths.Count);
            for (var i = 0; i < page.Paths.Count; i++)
            {
                var (theirs, ours) = (page.Paths[i], mine.Paths[i]);
                Assert.Equal((theirs.IsClipping, theirs.IsStroked, theirs.IsFilled), (ours.IsClipping, ours.IsStroked, ours.IsFilled));
                Assert.Equal(theirs.Select(s => s.GetBoundingRectangle()), ours.Select(s => s.GetBoundingRectangle()));
            }
        }
        Assert.True(glyphCount > 100, $"{name}: the fixture must have a text layer ({glyphCount} glyphs)");
    }
}
