using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Reports;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Index.Tests.Progress;

/// <summary>Which documents a report answers, read from its title and opening.</summary>
public sealed class AnsweredPlanTests
{
    private static IReadOnlyList<string> Answered(params string[] lines)
    {
        var blocks = new List<Block>();
        int at = 0;
        foreach (var line in lines) { blocks.Add(new Block(BlockKind.Paragraph, line, 1, at, line.Length)); at += line.Length + 1; }
        var text = string.Join("\n", lines);
        var document = new IngestedDocument("bc.txt", new string('0', 64), SourceFormat.Txt, [new PageInfo(1, false)], blocks, text, []);
        var extraction = new ExtractionResult(new DocumentInfo { Kind = DocumentKind.BaoCao }, []);
        return new ReportReader().Read(document, extraction)!.Plans.Select(p => p.Number).ToList();
    }

    [Fact]
    public void A_report_on_a_decision_approving_a_programme_answers_that_decision()
    {
        Assert.Equal(["2629/QĐ-TTg"], Answered("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "BÁO CÁO",
            "Kết quả thực hiện Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ, theo Nghị quyết số 57-NQ/TW",
            "Ủy ban nhân dân tỉnh đã ban hành kế hoạch triển khai."));
    }

    [Fact]
    public void A_cited_plan_is_preferred_to_the_directive_it_implements()
    {
        Assert.Equal(["29/KH-UBND"], Answered("SỞ NỘI VỤ", "BÁO CÁO",
            "Kết quả thực hiện Kế hoạch số 29/KH-UBND ngày 17/02/2025 thực hiện Chỉ thị số 41-CT/TW",
            "Sở đã hoàn thành việc tuyên truyền."));
        Assert.Equal(["29/KH-UBND"], Answered("SỞ NỘI VỤ", "BÁO_CÁO", "Kết_quả thực_hiện Kế_hoạch số 29/KH-UBND", "Sở đã hoàn_thành."));
    }
}
