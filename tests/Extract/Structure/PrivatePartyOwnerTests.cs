using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// Private parties as owners (corpus/EXTRACTION.md "Owners"): a determined group given something to do ("Các hộ gia
/// đình … tự tổ chức xây dựng") leads its item, even under a heading over requirements, whose items are tasks only with
/// an owner; the same group that only may do something, or is only who the task is for, leads nothing. Examples made
/// for the rule.
/// </summary>
public class PrivatePartyOwnerTests
{
    private static ExtractionResult Plan(params string[] body) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(
        [
            "ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "Số: 77/KH-UBND", "Ninh Bình, ngày 5 tháng 5 năm 2026", "KẾ HOẠCH",
            "Hỗ trợ sửa chữa nhà ở cho hộ nghèo năm 2026", .. body,
        ]));

    [Fact]
    public void A_household_group_given_work_under_a_requirements_heading_is_a_task()
    {
        var r = Plan("II. NỘI DUNG", "3. Yêu cầu về tổ chức sửa chữa nhà ở:",
            "3.a. Các hộ gia đình sau khi nhận tiền hỗ trợ thì tự tổ chức sửa chữa nhà ở trước ngày 30/11/2026.",
            "3.b. Nhà ở sau khi sửa chữa phải bảo đảm diện tích tối thiểu 30m2.",
            "3.c. Các hộ gia đình có thể tham khảo mẫu nhà do Sở Xây dựng cung cấp.");
        var task = Assert.Single(r.Tasks);
        Assert.Equal("II.3.a", task.Path);
        Assert.Equal(["Các hộ gia đình"], task.Lead);
        Assert.Equal(new DateOnly(2026, 11, 30), task.Deadline?.Due);
    }

    [Fact]
    public void Households_who_receive_the_support_own_nothing()
    {
        var r = Plan("II. NỘI DUNG", "1. Ủy ban nhân dân cấp xã giúp đỡ các hộ gia đình sửa chữa nhà ở.");
        Assert.Equal(["Ủy ban nhân dân cấp xã"], Assert.Single(r.Tasks).Lead);
    }
}
