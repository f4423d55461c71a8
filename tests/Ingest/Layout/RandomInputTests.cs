using System.Text;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Tests.Layout;

/// <summary>Random documents built from awkward pieces never break ingest, and blocks always match the text.</summary>
public class RandomInputTests
{
    private static readonly string[] Pieces =
    [
        "KẾ HOẠCH", "I. MỤC ĐÍCH", "1.", "a)", "- ", "* ", "+ ", "**", "*", "^{x}", "|", "| a | b |", "|---|---|", "# tiêu đề",
        "________", new string(' ', 40), "1", "CÔNG BÁO/Số 1/Ngày 1", "Ký bởi: X", "Ngày ký: 2026-01-01 00:00:00", "\f", "",
        "Thi đua", "- Khen thưởng", "41-", "CT/TW", "văn bản thường", "Câu kết thúc.", "và", "Báo_cáo ,", "đ)", "ĐẢNG",
        "Ho\u0300a", "\u00A0", "\t", "“trích dẫn”", "2026", "- 2030", "TM.", "KT. CHỦ TỊCH", "–", ";", ":",
    ];

    [Fact]
    public async Task Random_documents_ingest_without_surprises()
    {
        var ingestor = IngestServices.CreateDefault();
        var random = new Random(20261122);
        for (int n = 0; n < 300; n++)
        {
            var sb = new StringBuilder();
            int lines = random.Next(1, 40);
            for (int l = 0; l < lines; l++)
            {
                int parts = random.Next(1, 5);
                for (int p = 0; p < parts; p++) sb.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
                sb.Append('\n');
            }
            var text = sb.ToString();
            IngestedDocument doc;
            try { doc = await ingestor.IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "ngau-nhien.txt"); }
            catch (IngestException e) when (e.Code == IngestErrorCode.Empty) { continue; }
            foreach (var b in doc.Blocks)
            {
                Assert.Equal(b.Text, doc.Text.Substring(b.Start, b.Length));
                Assert.NotEqual("", b.Text);
                Assert.InRange(b.Page, 1, doc.Pages.Count);
            }
            Assert.True(doc.Text.IsNormalized(NormalizationForm.FormC));
        }
    }
}
