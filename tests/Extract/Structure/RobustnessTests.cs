namespace DirectiveTracker.Extract.Tests.Structure;

public class RobustnessTests
{
    private static readonly string[] Fragments =
    [
        "I.", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN", "1.", "2.1.", "a)", "-", "+", "*", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
        "KẾ HOẠCH", "PHỤ LỤC", "STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Số: /KH-UBND", ", ngày tháng năm",
        "Sở Nội vụ:", "Đề nghị", "Yêu cầu", "chủ trì, phối hợp với", "trước ngày 31/12", "hằng năm", "Trên đây là Kế hoạch", "./.",
        "Ủy ban nhân dân tỉnh", "Chỉ thị số 41-CT/TW", ":", "", "   ", "(", ")", "“", "Quý IV/2026", "Nguyễn Văn A",
    ];

    [Fact]
    public void Random_documents_of_structural_fragments_never_throw_and_give_clean_tasks()
    {
        var random = new Random(20251122);
        var extractor = new DocumentExtractor();
        for (int n = 0; n < 300; n++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => string.Join(" ", Enumerable.Range(0, random.Next(1, 5)).Select(_ => Fragments[random.Next(Fragments.Length)])))
                .ToArray();
            var result = extractor.Extract(DocumentBuilder.FromLines(lines));
            Assert.NotNull(result.Document);
            Assert.All(result.Tasks, t =>
            {
                Assert.False(string.IsNullOrWhiteSpace(t.Text));
                Assert.Equal(t.Lead.Count == 0, t.Mode is null);
            });
        }
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        var doc = DocumentBuilder.FromLines(
            "KẾ HOẠCH", "Công tác năm 2025", "II. NỘI DUNG", "1. Sở Nội vụ:", "- Tổ chức hội nghị tổng kết hằng năm;",
            "- Phối hợp với Sở Tài chính bố trí kinh phí.", "* Sở Nội vụ thực hiện thường xuyên.");
        var extractor = new DocumentExtractor();
        var first = Model.ContractJson.Serialize(extractor.Extract(doc));
        Assert.Equal(first, Model.ContractJson.Serialize(new DocumentExtractor().Extract(doc)));
        Assert.Equal(first, Model.ContractJson.Serialize(extractor.Extract(doc)));
    }
}
