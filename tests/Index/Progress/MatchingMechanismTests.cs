using DirectiveTracker.Extract.Reports;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Index.Tests.Progress;

/// <summary>The mechanisms of passage → task matching, each on a small report written here for it.</summary>
public sealed class MatchingMechanismTests
{
    private static readonly DateOnly ReportDate = new(2026, 11, 20);
    private const string Agency = "Sở Y tế";
    private const string AgencyKey = "so-y-te";

    /// <summary>A plan whose tasks share boilerplate ("triển khai", "thực hiện", "trên địa bàn tỉnh") and differ in a few rare words.</summary>
    private static readonly IReadOnlyList<TrackedTask> Plan =
    [
        Task(1, "II.1", "Tổ chức triển khai thực hiện tiêm chủng mở rộng cho trẻ em trên địa bàn tỉnh.", ["Sở Y tế"], [AgencyKey]),
        Task(2, "II.2", "Tổ chức triển khai thực hiện kiểm tra an toàn thực phẩm tại bếp ăn tập thể trên địa bàn tỉnh.", ["Sở Y tế"], [AgencyKey]),
        Task(3, "II.3", "Tổ chức triển khai thực hiện chuyển đổi số trong khám chữa bệnh trên địa bàn tỉnh.", ["Sở Y tế"], [AgencyKey]),
        Task(7, "II.4", "Tổ chức triển khai thực hiện khám sức khỏe định kỳ cho người cao tuổi trên địa bàn tỉnh.", ["Sở Y tế"], [AgencyKey]),
        Task(8, "II.5", "Tổ chức triển khai thực hiện phòng chống sốt xuất huyết trên địa bàn tỉnh.", ["Sở Y tế"], [AgencyKey]),
        Task(9, "II.6", "Tổ chức triển khai thực hiện đào tạo nhân lực y tế cơ sở trên địa bàn tỉnh.", ["Sở Y tế"], [AgencyKey]),
        Task(4, "III.1", "Tổ chức triển khai thực hiện nâng cấp đường giao thông nông thôn trên địa bàn tỉnh.", ["Sở Xây dựng"], ["so-xay-dung"]),
        Task(5, "III.2", "Triển khai thực hiện các nhiệm vụ của Kế hoạch trong phạm vi quản lý.", ["Các sở, ban, ngành tỉnh"], []),
        Task(6, "III.3", "Phối hợp tổ chức truyền thông về phòng chống dịch bệnh.", ["Sở Văn hóa"], ["so-van-hoa"], supports: [AgencyKey]),
    ];

    private static IReadOnlyList<PassageMatch> Check(params string[] lines)
    {
        var blocks = new List<Block>();
        int at = 0;
        foreach (var line in lines)
        {
            var kind = line.StartsWith("- ", StringComparison.Ordinal) ? BlockKind.ListItem : BlockKind.Paragraph;
            blocks.Add(new Block(kind, line, 1, at, line.Length));
            at += line.Length + 1;
        }
        var passages = new PassageSplitter(new ClaimReader()).Split(blocks, 0, ReportDate);
        return new ReportMatcher().Match(passages, Plan, Agency, AgencyKey);
    }

    private static PassageMatch Of(IReadOnlyList<PassageMatch> matches, string words) =>
        Assert.Single(matches, m => m.Passage.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void A_passage_about_unrelated_work_stays_unlinked_even_in_the_plans_boilerplate_words()
    {
        var m = Check(
            "I. KẾT QUẢ THỰC HIỆN",
            "Sở đã tổ chức triển khai thực hiện tiêm chủng mở rộng cho 98% trẻ em trong độ tuổi.",
            "Sở đã tổ chức triển khai thực hiện việc sửa chữa trụ sở làm việc và mua sắm bàn ghế trên địa bàn tỉnh.");
        Assert.Equal("II.1", Of(m, "tiêm chủng").Task?.Path);
        var other = Of(m, "trụ sở làm việc");
        Assert.Null(other.Task);
        Assert.Equal(PassageClaim.Done, other.Passage.Claim); // its claim is still read
    }

    [Fact]
    public void A_passage_matching_two_neighbouring_tasks_goes_to_the_one_with_the_rarer_shared_terms()
    {
        // Shares "tổ chức triển khai thực hiện … trên địa bàn tỉnh" with every task and only "bếp ăn tập thể" with II.2;
        // with II.1 it shares more words ("trẻ em"), but they are common in this plan's neighbourhood.
        var m = Check("Sở đã tổ chức triển khai thực hiện kiểm tra 40 bếp ăn tập thể của trường mầm non cho trẻ em trên địa bàn tỉnh.");
        Assert.Equal("II.2", Assert.Single(m).Task?.Path);
    }

    [Fact]
    public void Difficulties_requests_and_other_work_answer_no_task_though_they_use_a_tasks_words()
    {
        var m = Check(
            "I. KẾT QUẢ THỰC HIỆN",
            "Sở đã triển khai chuyển đổi số trong khám chữa bệnh tại 12 bệnh viện.",
            "II. CÁC NHIỆM VỤ KHÁC",
            "Sở đã kiểm tra an toàn thực phẩm tại 20 cơ sở kinh doanh ngoài kế hoạch được giao.",
            "III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ",
            "Kinh phí chuyển đổi số trong khám chữa bệnh chưa được bố trí.",
            "Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí tiêm chủng mở rộng cho trẻ em năm 2027.",
            "Sở Y tế trân trọng báo cáo./.");
        Assert.Equal("II.3", Of(m, "12 bệnh viện").Task?.Path);
        Assert.All(m.Where(x => !x.Passage.Text.Contains("12 bệnh viện", StringComparison.Ordinal)), x =>
        {
            Assert.True(x.Passage.Aside, x.Passage.Text);
            Assert.Null(x.Task);
        });
    }

    [Fact]
    public void A_request_opening_a_passage_is_aside_wherever_it_stands()
    {
        var m = Check("Đề nghị Sở Xây dựng sớm nâng cấp đường giao thông nông thôn trên địa bàn tỉnh.");
        Assert.True(Assert.Single(m).Passage.Aside);
        Assert.Null(m[0].Task);
    }

    [Fact]
    public void A_short_unnumbered_title_line_is_a_heading_not_a_passage()
    {
        var m = Check(
            "Tiêm chủng mở rộng",
            "Tỷ lệ bao phủ đạt 98% trẻ em trong độ tuổi, đã hoàn thành chỉ tiêu năm.");
        var only = Assert.Single(m);
        Assert.Equal("Tiêm chủng mở rộng", only.Passage.Heading);
        Assert.Equal("II.1", only.Task?.Path); // the heading's words lead it to its task
    }

    [Fact]
    public void The_agency_owes_reports_on_tasks_it_leads_and_on_its_groups_not_on_those_it_only_supports()
    {
        var owed = new ReportMatcher().AgencyTasks(Plan, Agency, AgencyKey).Select(t => t.Path).ToList();
        Assert.Equal(["II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III.2"], owed);
    }

    [Fact]
    public void Membership_of_a_group_naming_the_agencys_kind_is_told_from_membership_of_everyone()
    {
        var groups = new OwnerGroups();
        Assert.Equal(GroupMembership.Kind, groups.Membership("Ủy ban nhân dân phường Võ Cường", "UBND các xã, phường"));
        Assert.Equal(GroupMembership.Kind, groups.Membership("Sở Y tế", "Các sở, ban, ngành Thành phố"));
        Assert.Equal(GroupMembership.Any, groups.Membership("Sở Y tế", "Các cơ quan, đơn vị, địa phương"));
        Assert.Equal(GroupMembership.None, groups.Membership("Sở Y tế", "UBND các xã, phường"));
    }

    private static TrackedTask Task(long id, string path, string text, IReadOnlyList<string> leads, IReadOnlyList<string> leadKeys,
        IReadOnlyList<string>? supports = null) =>
        new(id, 1, "9/KH-UBND", path, text, leads, leadKeys, supports ?? [],
            new TaskState(TaskStatus.NoDeadline, null, false, null, [], null), null, null);
}
