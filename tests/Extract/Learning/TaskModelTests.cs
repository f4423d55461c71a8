using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Tasks;

namespace DirectiveTracker.Extract.Tests.Learning;

/// <summary>The shipped task-or-not model: every task carries its probability, and boilerplate weighs less than work.</summary>
public class TaskModelTests
{
    private static readonly string[] Plan =
    [
        "ỦY BAN NHÂN DÂN TỈNH BẾN TRE", "Số: 7/KH-UBND", "Bến Tre, ngày 3 tháng 2 năm 2025", "KẾ HOẠCH", "Phòng chống thiên tai năm 2025",
        "II. NHIỆM VỤ", "1. Sở Nông nghiệp và Môi trường:", "- Chủ trì, phối hợp với các sở, ngành tổ chức diễn tập phòng chống thiên tai trước ngày 30/6/2025;",
        "- Kinh phí thực hiện: Do ngân sách nhà nước đảm bảo theo phân cấp hiện hành;",
        "2. Sở Tài chính:", "- Tham mưu bố trí kinh phí thực hiện Kế hoạch;",
    ];

    [Fact]
    public void Every_task_carries_the_models_probability_in_the_contract()
    {
        Assert.NotNull(TaskModel.Embedded);
        var result = new DocumentExtractor().Extract(DocumentBuilder.FromLines(Plan));
        Assert.NotEmpty(result.Tasks);
        Assert.All(result.Tasks, t => Assert.InRange(t.Confidence!.Value, 0.0, 1.0));
        Assert.All(result.Tasks, t => Assert.InRange(t.CategoryConfidence!.Value, 0.0, 1.0));
        Assert.Contains("\"confidence\": ", ContractJson.Serialize(result));
        var none = new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()) { TaskFilter = null }.Extract(DocumentBuilder.FromLines(Plan));
        Assert.All(none.Tasks, t => { Assert.Null(t.Confidence); Assert.Null(t.CategoryConfidence); });
        Assert.Equal(none.Tasks.Select(t => t.Path), result.Tasks.Select(t => t.Path));
    }

    [Fact]
    public void Closing_boilerplate_is_less_likely_a_task_than_an_assignment()
    {
        var model = TaskModel.Embedded!;
        var work = new TaskItem { Path = "II.1.1", Text = "Chủ trì, phối hợp với các sở, ngành tổ chức diễn tập phòng chống thiên tai trước ngày 30/6/2025;", Lead = ["Sở Nông nghiệp và Môi trường"], Mode = AssignmentMode.Assigned };
        var boilerplate = new TaskItem { Path = "III.4", Text = "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./." };
        Assert.True(model.Probability(work) > model.Probability(boilerplate), $"{model.Probability(work)} vs {model.Probability(boilerplate)}");
    }

    [Fact]
    public void Items_the_rules_drop_for_their_shape_are_the_task_models_not_examples()
    {
        string[] plan =
        [
            "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", "Số: 12/KH-UBND", "Trà Vinh, ngày 5 tháng 3 năm 2025", "KẾ HOẠCH", "Chuyển đổi số năm 2025",
            "II. NHIỆM VỤ", "1. Sở Khoa học và Công nghệ chủ trì xây dựng kho dữ liệu dùng chung của tỉnh trong quý III/2025.",
            "2. Trong quá trình triển khai, nếu có vướng mắc, các đơn vị kịp thời báo cáo về Sở Khoa học và Công nghệ để tổng hợp, trình Ủy ban nhân dân tỉnh./.",
        ];
        var dropped = new List<TaskDraft>();
        var located = new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()) { TaskFilter = null, OwnerRoles = null, Dropped = dropped.Add }
            .Extract(DocumentBuilder.FromLines(plan));
        var closing = Assert.Single(dropped);
        Assert.StartsWith("Trong quá trình triển khai", closing.Text);
        Assert.DoesNotContain(located.Tasks, t => t.Text.StartsWith("Trong quá trình", StringComparison.Ordinal));
        var gold = DirectiveTracker.Extract.Scoring.GoldFile.Parse("""
            { "file": "p.txt", "document": { "kind": "KeHoach", "number": "12/KH-UBND", "references": [] },
              "tasks": [ { "path": "II.1", "anchor": "xây dựng kho dữ liệu dùng chung", "lead": ["Sở Khoa học và Công nghệ"], "support": [],
                           "mode": "assigned", "deadline": null, "category": "Khac" } ] }
            """, "p.json");
        var rows = DirectiveTracker.Extract.Learning.TrainingExamples.TaskRows(gold, located, dropped).ToList();
        Assert.Equal([TaskModel.Task, TaskModel.NotTask], rows.Select(r => r.Row.Label));
        Assert.Equal([TaskModel.Task, TaskModel.NotTask], rows.Select(r => r.RulesLabel));
    }

    [Theory]
    [InlineData("PL2.1.a", "depth:3", "head:appendix")]
    [InlineData("II..3.", "depth:2", "head:roman")]
    [InlineData(".4", "depth:1", "head:number")]
    [InlineData("1.2.3.4.5.6.7", "depth:5", "head:number")]
    [InlineData("", "depth:0", "head:other")]
    [InlineData("a.b", "depth:2", "head:other")]
    public void A_paths_tokens_are_its_depth_in_non_empty_segments_and_the_kind_of_its_first(string path, string depth, string head)
    {
        Assert.Equal([depth, head], TaskModel.PathTokens(path));
        Assert.Contains($"rule:task {depth} {head} ", TaskModel.Pattern(new TaskItem { Path = path, Text = "Tổ chức tập huấn" }));
    }
}
