using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Tasks;

namespace DirectiveTracker.Extract.Tests.Learning;

/// <summary>The owner-role model: the bodies near a task with the rules' roles, and the shipped model's confidence in them.</summary>
public class OwnerRoleModelTests
{
    private static readonly TaskItem Task = new()
    {
        Path = "II.1",
        Text = "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ triển khai Quyết định số 12/QĐ-BTP của Bộ Tư pháp về phổ biến Bộ luật Hình sự;",
        Lead = ["Sở Tư pháp"],
        Support = ["Sở Nội vụ"],
        Mode = AssignmentMode.Assigned,
    };

    [Fact]
    public void Candidates_are_the_rules_owners_then_the_other_bodies_of_the_text()
    {
        var candidates = OwnerRoleModel.Candidates(Task, new AgencyRecognizer().FindAll(Task.Text));
        Assert.Equal(OwnerRoleModel.Lead, candidates[0].RulesRole);
        Assert.Equal(0, candidates[0].Start);
        Assert.Equal(OwnerRoleModel.Support, candidates[1].RulesRole);
        var author = Assert.Single(candidates, c => c.Name.Contains("Bộ Tư pháp", StringComparison.Ordinal));
        Assert.Equal(OwnerRoleModel.Neither, author.RulesRole);
        Assert.Contains("right-after:cua", OwnerRoleModel.Pattern(Task, author));
        var support = OwnerRoleModel.Pattern(Task, candidates[1]).Split(' ');
        Assert.Contains("right-after:voi", support);
        Assert.Contains("after:phoi_hop", support);
        var fromAbove = OwnerRoleModel.Candidates(Task with { Lead = ["Ủy ban nhân dân các huyện"] }, []);
        Assert.Equal(-1, fromAbove[0].Start);
        Assert.Contains("from:above", OwnerRoleModel.Pattern(Task, fromAbove[0]));
    }

    [Fact]
    public void The_shipped_model_gives_every_task_with_bodies_an_owner_confidence_and_keeps_the_rules_roles_unless_it_beat_them()
    {
        var model = OwnerRoleModel.Embedded;
        Assert.NotNull(model);
        Assert.Equal(model.Provenance!.HeldOutAccuracy > model.Provenance.RulesAccuracy, model.Overrides);
        var judged = model.Judge(Task, new AgencyRecognizer().FindAll(Task.Text));
        Assert.InRange(judged.OwnerConfidence!.Value, 0.0, 1.0);
        if (!model.Overrides)
        {
            Assert.Equal(Task.Lead, judged.Lead);
            Assert.Equal(Task.Support, judged.Support);
        }
        Assert.Null(model.Judge(Task with { Text = "Tổ chức tập huấn;", Lead = [], Support = [] }, []).OwnerConfidence);
    }

    [Fact]
    public void The_extractor_writes_the_owner_confidence_into_the_contract()
    {
        string[] plan =
        [
            "ỦY BAN NHÂN DÂN TỈNH BẾN TRE", "Số: 7/KH-UBND", "Bến Tre, ngày 3 tháng 2 năm 2025", "KẾ HOẠCH", "Phòng chống thiên tai năm 2025",
            "II. NHIỆM VỤ", "1. Sở Nông nghiệp và Môi trường:", "- Chủ trì, phối hợp với Sở Tài chính tổ chức diễn tập phòng chống thiên tai trước ngày 30/6/2025;",
        ];
        var result = new DocumentExtractor().Extract(DocumentBuilder.FromLines(plan));
        var task = Assert.Single(result.Tasks);
        Assert.InRange(task.OwnerConfidence!.Value, 0.0, 1.0);
        Assert.Contains("\"ownerConfidence\": ", ContractJson.Serialize(result));
        Assert.Null(new DocumentExtractor { OwnerRoles = null }.Extract(DocumentBuilder.FromLines(plan)).Tasks[0].OwnerConfidence);
    }
}
