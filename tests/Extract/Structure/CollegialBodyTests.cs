using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// Decisions that set up a council or team, or delegate authority (corpus/EXTRACTION.md, "Decisions that issue plans"),
/// on examples made for it: the body, its head and its members lead the duties the articles give them; the make-up and
/// the seal state; a delegation hands its work to the head it names.
/// </summary>
public class CollegialBodyTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    private static readonly string[] Header =
        ["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "Số: 12/QĐ-UBND", "Hà Giang, ngày 3 tháng 2 năm 2026", "QUYẾT ĐỊNH",
         "Về việc thành lập Tổ công tác rà soát hồ sơ đất đai", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Căn cứ Luật Đất đai ngày 18/01/2024;", "QUYẾT ĐỊNH:"];

    [Fact]
    public void A_team_its_head_and_its_members_lead_their_duties_and_its_make_up_and_seal_give_none()
    {
        var r = Extract([.. Header,
            "Điều 1. Thành lập Tổ công tác rà soát hồ sơ đất đai, gồm các thành viên sau:",
            "1. Tổ công tác bao gồm: Tổ trưởng là Phó Giám đốc Sở Nông nghiệp và Môi trường; các thành viên là đại diện Sở Tài chính, Sở Xây dựng.",
            "2. Khi cần, Tổ trưởng Tổ công tác mời thêm chuyên gia tham gia.",
            "Điều 2. Nhiệm vụ của Tổ công tác:",
            "1. Tổ công tác giúp Chủ tịch Ủy ban nhân dân tỉnh rà soát hồ sơ giao đất, cho thuê đất trên địa bàn tỉnh.",
            "2. Tổ trưởng Tổ công tác phân công nhiệm vụ cho các thành viên, báo cáo kết quả hằng tháng.",
            "3. Thành viên Tổ công tác có trách nhiệm tham gia đầy đủ các cuộc họp, thực hiện nhiệm vụ được phân công.",
            "4. Tổ công tác được sử dụng con dấu của Sở Nông nghiệp và Môi trường.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
            "Chánh Văn phòng Ủy ban nhân dân tỉnh và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./."]);
        Assert.Equal(["2.1", "2.2", "2.3"], r.Tasks.Select(t => t.Path).Order(StringComparer.Ordinal));
        Assert.Equal(["Tổ công tác"], r.Tasks.Single(t => t.Path == "2.1").Lead);
        Assert.Equal(["Tổ trưởng Tổ công tác"], r.Tasks.Single(t => t.Path == "2.2").Lead);
        Assert.Equal(["Thành viên Tổ công tác"], r.Tasks.Single(t => t.Path == "2.3").Lead);
    }

    [Fact]
    public void A_delegation_to_a_head_of_department_is_a_task_that_head_leads()
    {
        var r = Extract([.. Header,
            "Điều 1. Ủy quyền cho Giám đốc Sở Y tế thành lập Đoàn kiểm tra an toàn thực phẩm trên địa bàn tỉnh theo quy định tại Nghị định số 15/2018/NĐ-CP.",
            "Điều 2. Thời hạn ủy quyền",
            "Kể từ ngày ký đến hết ngày 31 tháng 12 năm 2026.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."]);
        var task = Assert.Single(r.Tasks);
        Assert.Equal("1", task.Path);
        Assert.Equal(["Giám đốc Sở Y tế"], task.Lead);
        Assert.Equal(AssignmentMode.Assigned, task.Mode);
    }
}
