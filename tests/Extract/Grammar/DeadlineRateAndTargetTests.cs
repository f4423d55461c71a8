using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Grammar;

/// <summary>
/// Time words a strategy's tasks use that bound no task (corpus/EXTRACTION.md "Deadlines"): a yearly rate, the annual
/// crops, a rent paid yearly, the year a target the task serves is to be reached; on examples made for it.
/// </summary>
public class DeadlineRateAndTargetTests
{
    private static readonly DeadlineContext Doc2024 = new(2024, new DateOnly(2024, 5, 6));
    private readonly DeadlineParser _parser = new();

    [Theory]
    [InlineData("Kiểm kê khí thải đối với các nhà máy xả thải hằng năm từ 5.000 tấn trở lên.")]
    [InlineData("Hỗ trợ nông dân chuyển sang trồng cây hằng năm có giá trị cao.")]
    [InlineData("Quyết định giảm tiền thuê mặt nước hằng năm cho hợp tác xã nuôi trồng thủy sản.")]
    [InlineData("Ban hành quy chuẩn kỹ thuật phù hợp với mục tiêu đạt mức trung hòa các-bon vào năm 2050.")]
    [InlineData("Xây dựng kế hoạch chuyển đổi năng lượng theo lộ trình đạt mức phát thải ròng bằng 0 vào năm 2050.")]
    public void Gives_no_deadline(string text) => Assert.Null(_parser.Parse(text, Doc2024));

    [Theory]
    [InlineData("Các nhà máy báo cáo lượng khí thải hằng năm 01 lần cho Sở.", DeadlineKind.Recurring)]
    [InlineData("Hoàn thành kiểm kê khí thải trong năm 2026 để đạt mục tiêu của ngành.", DeadlineKind.Period)]
    [InlineData("Đến năm 2030: xây dựng và thực hiện kế hoạch giảm khí thải của các nhà máy.", DeadlineKind.Period)]
    [InlineData("Xây dựng phương án và lộ trình di dời cụm công nghiệp, hoàn thành phê duyệt phương án trong năm 2026.", DeadlineKind.Period)]
    [InlineData("Bố trí vốn có mục tiêu cho các huyện trong dự toán ngân sách, trong năm 2026 và các năm tiếp theo.", DeadlineKind.Period)]
    public void Still_reads_the_tasks_own_time(string text, DeadlineKind kind) => Assert.Equal(kind, _parser.Parse(text, Doc2024)?.Kind);
}
