using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tests.Structure;

/// <summary>
/// A letter's "Kính gửi:" list names who receives it (corpus/EXTRACTION.md, "Recipients of a letter"): its bullets are
/// no tasks; the numbered items below are, with the owner the opening names.
/// </summary>
public class RecipientListTests
{
    private static ExtractionResult Extract(params string[] lines) =>
        new DocumentExtractor(new DirectiveTracker.Extract.Grammar.CategoryRules()).Extract(DocumentBuilder.FromLines(lines));

    private static readonly string[] Letter =
    [
        "ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "Số: 215/UBND-KT", "V/v triển khai Luật Địa chất và khoáng sản",
        "Kính gửi:",
        "- Các sở, ban, ngành thuộc UBND tỉnh;",
        "- Các hội, đoàn thể cấp tỉnh;",
        "- Ủy ban nhân dân các xã, phường.",
        "Để triển khai Luật Địa chất và khoáng sản, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, địa phương thực hiện các nội dung sau:",
        "1. Tổ chức phổ biến nội dung Luật đến cán bộ, công chức thuộc phạm vi quản lý.",
        "2. Sở Nông nghiệp và Môi trường rà soát các giấy phép khai thác khoáng sản trước ngày 30/9/2026.",
    ];

    [Fact]
    public void The_bullets_under_kinh_gui_are_recipients_not_tasks()
    {
        var r = Extract(Letter);
        Assert.Equal(["1", "2"], r.Tasks.Select(t => t.Path));
        Assert.StartsWith("Tổ chức phổ biến", r.Tasks[0].Text);
        Assert.Equal(["Sở Nông nghiệp và Môi trường"], r.Tasks[1].Lead);
    }

    [Fact]
    public void The_outline_keeps_the_recipients_apart()
    {
        var outline = OutlineBuilder.Build(DocumentBuilder.FromLines(Letter));
        Assert.Equal(["Các sở, ban, ngành thuộc UBND tỉnh", "Các hội, đoàn thể cấp tỉnh", "Ủy ban nhân dân các xã, phường"], outline.Addressees);
        Assert.DoesNotContain(outline.Roots, r => r.Marker.Kind == MarkerKind.Dash);
    }

    [Fact]
    public void Bullets_after_other_text_stay_items()
    {
        // Without "Kính gửi:" above them, bullets before the numbered items are items as before.
        var outline = OutlineBuilder.Build(DocumentBuilder.FromLines("Ủy ban nhân dân tỉnh yêu cầu:", "- Các sở rà soát các giấy phép khai thác khoáng sản đã cấp;"));
        Assert.Single(outline.Roots);
        Assert.Empty(outline.Addressees);
    }

    [Fact]
    public void A_closing_call_on_those_listed_with_semicolons_is_no_task()
    {
        var r = Extract([.. Letter,
            "Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường; Thủ trưởng các cơ quan, đơn vị, doanh nghiệp nghiêm túc tổ chức triển khai thực hiện./."]);
        Assert.Equal(["1", "2"], r.Tasks.Select(t => t.Path));
    }
}
