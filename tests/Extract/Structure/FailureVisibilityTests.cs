using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;
using Microsoft.Extensions.Logging;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>A step that throws inside extraction costs only its own task, and is reported in warnings and the log.</summary>
public class FailureVisibilityTests
{
    /// <summary>The real keyword rules, except that one task's text makes them throw (the failing step).</summary>
    private sealed class FailingOnText(string marker) : ICategoryClassifier
    {
        private readonly CategoryRules _rules = new();

        public TaskCategory Classify(string taskText) =>
            taskText.Contains(marker, StringComparison.Ordinal) ? throw new InvalidOperationException("classifier broke") : _rules.Classify(taskText);
    }

    /// <summary>Collects what is logged (the logger a host would pass in).</summary>
    private sealed class CollectingLogger : ILogger<DocumentExtractor>
    {
        public List<(LogLevel Level, string Message, Exception? Error)> Entries { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
    }

    private static readonly string[] Plan =
    [
        "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH", "Số: 12/KH-UBND", "Thái Bình, ngày 3 tháng 2 năm 2025", "KẾ HOẠCH", "Công tác năm 2025",
        "II. NHIỆM VỤ", "1. Sở Nội vụ:", "- Tổ chức hội nghị tổng kết trước ngày 31/12/2025;", "- Xây dựng đề án sắp xếp bộ máy;",
        "2. Sở Tài chính:", "- Bố trí kinh phí thực hiện Kế hoạch;",
    ];

    [Fact]
    public void A_task_whose_classifier_throws_is_kept_bare_and_the_others_keep_their_attribution()
    {
        var log = new CollectingLogger();
        var healthy = new DocumentExtractor(new CategoryRules()).Extract(DocumentBuilder.FromLines(Plan));
        var result = new DocumentExtractor(new FailingOnText("đề án sắp xếp"), log).Extract(DocumentBuilder.FromLines(Plan));

        Assert.Equal(healthy.Tasks.Select(t => t.Path), result.Tasks.Select(t => t.Path));
        var broken = Assert.Single(result.Tasks, t => t.Text.Contains("đề án sắp xếp", StringComparison.Ordinal));
        Assert.Empty(broken.Lead);
        Assert.Null(broken.Deadline);
        foreach (var (h, r) in healthy.Tasks.Zip(result.Tasks).Where(p => p.First.Path != broken.Path))
            Assert.Equal(ContractJson.Serialize(new ExtractionResult(new DocumentInfo(), [h])), ContractJson.Serialize(new ExtractionResult(new DocumentInfo(), [r])));
        Assert.Contains(result.Tasks, t => t.Lead.Contains("Sở Nội vụ") && t.Deadline is not null);

        var warning = Assert.Single(result.Warnings);
        Assert.Contains(broken.Path, warning);
        var entry = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.IsType<InvalidOperationException>(entry.Error);
        Assert.Contains($"task {broken.Path}", entry.Message);
        Assert.Empty(healthy.Warnings);
    }

    [Fact]
    public void Warnings_are_part_of_the_contract_json()
    {
        var result = new DocumentExtractor(new FailingOnText("Bố trí kinh phí")).Extract(DocumentBuilder.FromLines(Plan));
        var json = ContractJson.Serialize(result);
        Assert.Contains("\"warnings\": [", json);
        Assert.Equal(result.Warnings, ContractJson.Deserialize(json)!.Warnings);
    }
}
