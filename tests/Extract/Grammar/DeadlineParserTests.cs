using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Grammar;

public class DeadlineParserTests
{
    private static readonly DeadlineContext Doc2025 = new(2025, new DateOnly(2025, 2, 17));
    private readonly DeadlineParser _parser = new();

    [Theory]
    [InlineData("Các đơn vị hoàn thành trước ngày 30-3-2025.", "2025-03-30", "hoàn thành trước ngày 30-3-2025")]
    [InlineData("Nộp hồ sơ trước ngày 30/3/2025", "2025-03-30", "trước ngày 30/3/2025")]
    [InlineData("báo cáo chậm nhất ngày 30.3.2025", "2025-03-30", "chậm nhất ngày 30.3.2025")]
    [InlineData("xong trước ngày 05 tháng 4 năm 2025", "2025-04-05", "xong trước ngày 05 tháng 4 năm 2025")]
    [InlineData("gửi về Sở trước ngày 15/4", "2025-04-15", "trước ngày 15/4")]
    [InlineData("hoàn thành trong tháng 3/2025", "2025-03-31", "hoàn thành trong tháng 3/2025")]
    [InlineData("tổ chức từ ngày 01/5/2025 đến ngày 15/6/2025", "2025-06-15", "từ ngày 01/5/2025 đến ngày 15/6/2025")]
    [InlineData("hoan thanh truoc ngay 30-3-2025", "2025-03-30", "hoan thanh truoc ngay 30-3-2025")]
    [InlineData("gửi về Sở chậm nhất *ngày 17 tháng 12 năm 2025.*", "2025-12-17", "chậm nhất ngày 17 tháng 12 năm 2025")]
    [InlineData("trình trong tháng 0 6 năm 2025", "2025-06-30", "trong tháng 0 6 năm 2025")]
    [InlineData("gửi về Sở trước ngày\n  15/4", "2025-04-15", "trước ngày 15/4")]
    [InlineData("hoàn thành trong tháng\t3/2025", "2025-03-31", "hoàn thành trong tháng 3/2025")]
    public void Reads_dates(string text, string due, string phrase)
    {
        var d = _parser.Parse(text, Doc2025);
        Assert.NotNull(d);
        Assert.Equal(DeadlineKind.Date, d!.Kind);
        Assert.Equal(DateOnly.Parse(due), d.Due);
        Assert.Equal(phrase, d.Text);
    }

    // The rules with a date or a day before "hằng/mỗi" skip texts their digit-first core does not match: a core with split
    // digits, a worded month or spaces around its marks still lets the rule read the text.
    [Theory]
    [InlineData("Các phòng hoàn thành trước ngày 1 5 tháng 0 4 năm 2025.", DeadlineKind.Date, "2025-04-15")]
    [InlineData("Tổ chức đợt kiểm tra 01 / 5 / 2025 - 15 / 6 / 2025", DeadlineKind.Date, "2025-06-15")]
    [InlineData("nộp số liệu trước ngày 2 0 , của mỗi tháng", DeadlineKind.Recurring, "2025-02-20")]
    [InlineData("gửi kết quả trước ngày 15 tháng 12 hằng năm", DeadlineKind.Recurring, "2025-12-15")]
    public void Reads_phrases_whose_core_is_spread(string text, DeadlineKind kind, string due)
    {
        var d = _parser.Parse(text, Doc2025);
        Assert.NotNull(d);
        Assert.Equal(kind, d!.Kind);
        Assert.Equal(DateOnly.Parse(due), d.Due);
    }

    // A list of quarters is due when the last quarter listed ends; a later year after the list is due when that year ends.
    [Theory]
    [InlineData("Tổ chức tập huấn trong Quý III, IV/2025.", "2025-12-31", "trong Quý III, IV/2025")]
    [InlineData("Hoàn thành trong Quý II và III/2025", "2025-09-30", "trong Quý II và III/2025")]
    [InlineData("Quý III-IV/2025", "2025-12-31", "Quý III-IV/2025")]
    [InlineData("kiểm tra trong quý I và quý II năm 2025", "2025-06-30", "trong quý I và quý II năm 2025")]
    [InlineData("Quý IV/2025, 2026", "2026-12-31", "Quý IV/2025, 2026")]
    [InlineData("Quý II, III", "2025-09-30", "Quý II, III")]
    public void Reads_a_list_of_quarters_as_due_at_the_end_of_the_last(string text, string due, string phrase)
    {
        var d = _parser.Parse(text, Doc2025);
        Assert.NotNull(d);
        Assert.Equal(DeadlineKind.Period, d!.Kind);
        Assert.Equal(DateOnly.Parse(due), d.Due);
        Assert.Equal(phrase, d.Text);
    }

    [Theory]
    [InlineData("Hoàn thành thẩm định tháng 10-11/2025", "2025-11-30", "tháng 10-11/2025")]
    [InlineData("tổ chức hội nghị trong tháng 7 – 8 năm 2026", "2026-08-31", "tháng 7 – 8 năm 2026")]
    public void Reads_a_period_of_months_as_due_when_its_last_month_ends(string text, string due, string phrase)
    {
        var d = _parser.Parse(text, Doc2025);
        Assert.NotNull(d);
        Assert.Equal(DeadlineKind.Period, d!.Kind);
        Assert.Equal(DateOnly.Parse(due), d.Due);
        Assert.Equal(phrase, d.Text);
    }

    [Fact]
    public void Months_out_of_order_are_no_period()
    {
        Assert.NotEqual(DeadlineKind.Period, _parser.Parse("tháng 11-10/2025", Doc2025)?.Kind);
    }

    [Fact]
    public void A_single_quarter_and_a_quarter_then_the_following_years_are_read_as_before()
    {
        Assert.Equal(new DateOnly(2025, 9, 30), _parser.Parse("Quý III/2025", Doc2025)?.Due);
        Assert.Equal(DeadlineKind.Recurring, _parser.Parse("triển khai Quý IV năm 2025 và các năm tiếp theo", Doc2025)?.Kind);
    }

    [Theory]
    [InlineData("Trình UBND tỉnh trong Quý II/2025", "2025-06-30")]
    [InlineData("hoàn thành trong Quí III/2025", "2025-09-30")]
    [InlineData("Báo cáo 6 tháng đầu năm", "2025-06-30")]
    [InlineData("phương hướng 6 tháng cuối năm 2025", "2025-12-31")]
    [InlineData("Triển khai công tác thi đua năm 2025", "2025-12-31")]
    [InlineData("Đại hội lần thứ VIII (năm 2025);", "2025-12-31")]
    [InlineData("tổng kết vào cuối năm", "2025-12-31")]
    [InlineData("thực hiện giai đoạn 2021-2025", "2025-12-31")]
    [InlineData("hoàn thành đến năm 2030 các chỉ tiêu", "2030-12-31")]
    [InlineData("Giai đoạn sau năm 2030 cho đến năm 2045, nâng cao năng lực thích ứng", "2045-12-31")]
    public void Reads_periods(string text, string due)
    {
        var d = _parser.Parse(text, Doc2025);
        Assert.NotNull(d);
        Assert.Equal(DeadlineKind.Period, d!.Kind);
        Assert.Equal(DateOnly.Parse(due), d.Due);
    }

    [Theory]
    [InlineData("định kỳ hằng năm báo cáo kết quả", Recurrence.Year, null)]
    [InlineData("tổ chức Hội nghị tổng kết hàng năm", Recurrence.Year, null)]
    [InlineData("báo cáo định kỳ 6 tháng", Recurrence.HalfYear, null)]
    [InlineData("báo cáo hằng quý", Recurrence.Quarter, null)]
    [InlineData("cập nhật hằng tháng", Recurrence.Month, null)]
    [InlineData("giao ban hằng tuần", Recurrence.Week, null)]
    [InlineData("gửi báo cáo trước ngày 20 hằng tháng", Recurrence.Month, "2025-02-20")]
    [InlineData("gửi báo cáo trước ngày 15/12 hằng năm", Recurrence.Year, "2025-12-15")]
    [InlineData("báo cáo trước ngày 20 tháng cuối quý", Recurrence.Quarter, "2025-03-20")]
    [InlineData("báo cáo hàng quí", Recurrence.Quarter, null)]
    [InlineData("gửi trước 15/12 hằng năm", Recurrence.Year, "2025-12-15")]
    [InlineData("gửi báo cáo trước ngày 20 mỗi  \n tháng", Recurrence.Month, "2025-02-20")]
    [InlineData("báo cáo định  kỳ\tquý", Recurrence.Quarter, null)]
    [InlineData("báo cáo 6 tháng\n một lần", Recurrence.HalfYear, null)]
    public void Reads_recurrences(string text, Recurrence every, string? due)
    {
        var d = _parser.Parse(text, Doc2025);
        Assert.NotNull(d);
        Assert.Equal(DeadlineKind.Recurring, d!.Kind);
        Assert.Equal(every, d.Every);
        Assert.Equal(due is null ? null : DateOnly.Parse(due), d.Due);
    }

    [Theory]
    [InlineData("hoàn thành quý 1/2019", "2019-03-31")]
    [InlineData("thực hiện trong quý I năm 2010", "2010-03-31")]
    [InlineData("Trình trong quý III", null)]
    [InlineData("hoàn thành trong quý  \n 2/2019", "2019-06-30")]
    public void Reads_quarters_without_document_year(string text, string? due)
    {
        var d = _parser.Parse(text, DeadlineContext.None);
        Assert.Equal(DeadlineKind.Period, d!.Kind);
        Assert.Equal(due is null ? null : DateOnly.Parse(due), d.Due);
    }

    [Fact]
    public void Periods_that_ended_before_the_document_year_are_not_deadlines()
    {
        Assert.Null(_parser.Parse("thực hiện trong quý I năm 2010", Doc2025));
        Assert.Null(_parser.Parse("phấn đấu xây dựng tỉnh đến năm 2025 trở thành tỉnh phát triển", Doc2025));
    }

    private static readonly DeadlineContext IssuedNovember2025 = new(2025, new DateOnly(2025, 11, 19));

    [Theory]
    [InlineData("báo cáo kết quả 3 tháng một lần", Recurrence.Quarter)]
    [InlineData("định kỳ 3 tháng báo cáo Ủy ban nhân dân tỉnh", Recurrence.Quarter)]
    [InlineData("kiểm tra ba tháng 1 lần", Recurrence.Quarter)]
    [InlineData("sơ kết 6 tháng một lần", Recurrence.HalfYear)]
    public void Reads_every_so_many_months(string text, Recurrence every)
    {
        var d = _parser.Parse(text, Doc2025);
        Assert.Equal(DeadlineKind.Recurring, d!.Kind);
        Assert.Equal(every, d.Every);
    }

    [Theory]
    [InlineData("xây dựng cơ sở dữ liệu trong năm 2026 - 2027", "2027-12-31")]
    [InlineData("triển khai năm 2026-2028", "2028-12-31")]
    public void A_span_of_years_after_nam_ends_with_its_last_year(string text, string due)
    {
        var d = _parser.Parse(text, IssuedNovember2025);
        Assert.Equal(DeadlineKind.Period, d!.Kind);
        Assert.Equal(DateOnly.Parse(due), d.Due);
    }

    [Fact]
    public void A_plan_named_by_its_span_of_years_gives_no_deadline() =>
        Assert.Null(_parser.Parse("lồng ghép vào Kế hoạch 5 năm 2021-2025 của tỉnh", Doc2025));

    [Theory]
    [InlineData("tổ chức hội nghị sơ kết vào tháng 4 năm 2026", "2026-04-30")]
    [InlineData("tổ chức hội nghị vào tháng 4 và tổng kết vào cuối năm 2026", "2026-04-30")]
    [InlineData("tổ chức hội nghị sơ kết vào tháng 4", "2026-04-30")]
    [InlineData("gửi báo cáo về Sở trước ngày 15/4", "2026-04-15")]
    [InlineData("hoàn thành trong tháng 12", "2025-12-31")]
    public void A_month_without_its_year_is_the_coming_one_after_the_issue_date(string text, string due)
    {
        var d = _parser.Parse(text, IssuedNovember2025);
        Assert.Equal(DateOnly.Parse(due), d!.Due);
    }

    [Fact]
    public void Next_monthly_due_is_after_the_document_date()
    {
        var d = _parser.Parse("trước ngày 10 hằng tháng", Doc2025);
        Assert.Equal(new DateOnly(2025, 3, 10), d!.Due);
    }

    [Theory]
    [InlineData("thường xuyên kiểm tra, đôn đốc")]
    [InlineData("các huyện ủy lãnh đạo triển khai thực hiện thường xuyên.")]
    public void Reads_ongoing(string text)
    {
        var d = _parser.Parse(text, Doc2025);
        Assert.Equal(DeadlineKind.Ongoing, d!.Kind);
        Assert.Null(d.Due);
        Assert.Equal("thường xuyên", d.Text);
    }

    [Theory]
    [InlineData("Quán triệt Chỉ thị số 41-CT/TW, ngày 26-12-2024 của Bộ Chính trị")]
    [InlineData("theo Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ")]
    [InlineData("chuẩn bị Đại hội Đảng bộ nhiệm kỳ 2025 - 2030")]
    [InlineData("nhân dịp kỷ niệm 77 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2025)")]
    [InlineData("khiến thi đua trở thành ý thức tự giác, trách nhiệm và thường xuyên của mỗi người")]
    [InlineData("là hoạt động thường xuyên của cả hệ thống chính trị")]
    [InlineData("gắn với xếp loại chất lượng hàng năm của cấp ủy")]
    [InlineData("định kỳ báo cáo kết quả thực hiện")]
    [InlineData("nhiệm vụ phát triển kinh tế - xã hội hàng năm và Kế hoạch 5 năm (2021-2025)")]
    [InlineData("(tỉnh không tổ chức Hội nghị tổng kết năm 2025)")]
    [InlineData("Luật Thi đua, Khen thưởng năm 2013")]
    [InlineData("đưa chỉ tiêu vào đề án, kế hoạch 5 năm và hàng năm về đào tạo nghề")]
    [InlineData("ngày 31/2/2025")]
    [InlineData("bố trí kinh phí trong dự toán ngân sách nhà nước hằng năm của đơn vị")]
    [InlineData("")]
    public void Ignores_non_deadlines(string text)
    {
        Assert.Null(_parser.Parse(text, Doc2025));
    }

    [Fact]
    public void Prefers_the_date_bound_to_the_action_over_ongoing_and_year()
    {
        var d = _parser.Parse("Ban Tuyên giáo hướng dẫn, hoàn thành trước ngày 30-3-2025; các cơ quan thực hiện thường xuyên trong năm 2025.", Doc2025);
        Assert.Equal(DeadlineKind.Date, d!.Kind);
        Assert.Equal("hoàn thành trước ngày 30-3-2025", d.Text);
    }

    [Fact]
    public void Find_all_reports_offsets_in_the_original_text()
    {
        const string text = "Báo cáo 6 tháng đầu năm 2025 và trước ngày 15/12/2025 gửi Sở; thực hiện thường xuyên.";
        var all = _parser.FindAll(text, Doc2025);
        Assert.Equal(3, all.Count);
        foreach (var m in all) Assert.Equal(m.Deadline.Text, text.Substring(m.Start, m.Length));
        Assert.True(all[0].Start < all[1].Start && all[1].Start < all[2].Start);
    }

    [Theory]
    [InlineData("Thực hiện Quyết định số 12/QĐ-UBND ngày 5/1/2025 của UBND tỉnh về Kế hoạch chuyển đổi số năm 2025, bảo đảm tiến độ.")]
    [InlineData("Triển khai theo Chương trình phát triển nhà ở năm 2025 và 2026 của tỉnh.")]
    public void A_year_in_a_cited_title_is_not_a_deadline(string text) => Assert.Null(_parser.Parse(text, Doc2025));

    [Fact]
    public void A_bound_year_after_a_citation_is_still_a_deadline()
    {
        var d = _parser.Parse("Triển khai Kế hoạch số 12/KH-UBND về chuyển đổi số, hoàn thành trong năm 2025.", Doc2025);
        Assert.Equal(new DateOnly(2025, 12, 31), d?.Due);
        Assert.Equal(DeadlineKind.Period, d!.Kind);
    }

    [Fact]
    public void A_vision_horizon_is_not_a_deadline()
    {
        // Both the period and its longer view name the strategy ("… đến năm 2030, tầm nhìn đến năm 2045").
        Assert.Empty(_parser.FindAll("phát triển kinh tế biển đến năm 2030, tầm nhìn đến năm 2045", Doc2025));
    }

    [Fact]
    public void Yearly_that_qualifies_medium_term_plans_is_not_a_deadline()
    {
        Assert.Null(_parser.Parse("Xây dựng phương án phân bổ kế hoạch đầu tư công trung hạn, hằng năm từ nguồn vốn ngân sách.", Doc2025));
        Assert.Equal(DeadlineKind.Recurring, _parser.Parse("Báo cáo kết quả thực hiện hằng năm về Sở Tài chính.", Doc2025)?.Kind);
    }

    [Theory]
    [InlineData("Tổ chức triển khai lập điều chỉnh Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 phù hợp quy hoạch quốc gia.")]
    [InlineData("Thực hiện Chiến lược phát triển bền vững kinh tế biển thời kỳ 2021-2030.")]
    public void The_period_that_names_a_master_plan_is_not_a_deadline(string text) => Assert.Null(_parser.Parse(text, Doc2025));

    [Fact]
    public void A_period_of_years_without_a_plan_name_is_still_a_deadline() =>
        Assert.Equal(new DateOnly(2030, 12, 31), _parser.Parse("Thực hiện các nhiệm vụ trong thời kỳ 2026 - 2030.", Doc2025)?.Due);

    [Fact]
    public void Dates_without_year_need_a_document_year()
    {
        Assert.Null(_parser.Parse("trước ngày 15/4", DeadlineContext.None));
        Assert.Equal(new DateOnly(2024, 4, 15), _parser.Parse("trước ngày 15/4", new DeadlineContext(2024, null))!.Due);
    }

    [Fact]
    public void Quarter_and_following_years_is_yearly_from_that_quarter()
    {
        var d = _parser.Parse("triển khai từ Quý IV năm 2025 và các năm tiếp theo", Doc2025);
        Assert.Equal(DeadlineKind.Recurring, d!.Kind);
        Assert.Equal(Recurrence.Year, d.Every);
        Assert.Equal(new DateOnly(2025, 12, 31), d.Due);
    }

    // The rules' prefilters read a space as any run of white space and '#' as a digit, as the patterns do: a phrase
    // broken by tabs, line breaks or double spaces is still read (or consumed) by the rule it belongs to.
    [Theory]
    [InlineData("tổ chức từ\tngày 01/5/2025 đến ngày 15/6/2025", "2025-06-15")]
    [InlineData("tổ chức từ  03/5/2025 đến 20/6/2025", "2025-06-20")]
    [InlineData("nộp hồ sơ\n15.4.2025 tại Sở", "2025-04-15")]
    [InlineData("xong ngày 05 tháng\t4 năm 2025", "2025-04-05")]
    [InlineData("thực hiện giai đoạn\n2021 - 2026", "2026-12-31")]
    [InlineData("thực hiện trong thời kỳ\t2026  -  2030", "2030-12-31")]
    [InlineData("hoàn thành đến hết năm\t2027", "2027-12-31")]
    [InlineData("Triển khai công tác năm\n2026", "2026-12-31")]
    public void Reads_phrases_broken_by_white_space(string text, string due) =>
        Assert.Equal(DateOnly.Parse(due), _parser.Parse(text, Doc2025)?.Due);

    [Theory]
    [InlineData("chuẩn bị Đại hội nhiệm  kỳ\n2025 - 2030")]
    [InlineData("Kế hoạch 5 năm (2021\t-\t2025)")]
    public void Consumes_non_deadlines_broken_by_white_space(string text) => Assert.Null(_parser.Parse(text, Doc2025));
}

public class DeadlineParserDocumentShapeTests
{
    private readonly DeadlineParser _parser = new();
    private static readonly DeadlineContext Doc = new(2026, new DateOnly(2026, 5, 20));

    [Theory]
    [InlineData("Hà Nội, ngày 20 tháng 5 năm 2026")]
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2026;")]
    public void Place_date_lines_and_cited_law_dates_are_not_deadlines(string text) =>
        Assert.Null(_parser.Parse(text, Doc));

    [Fact]
    public void A_yearless_date_in_a_yearly_clause_recurs_every_year()
    {
        var d = _parser.Parse("Hằng năm, các bộ báo cáo kết quả thực hiện về Bộ Y tế trước ngày 31 tháng 12.", Doc);
        Assert.Equal(DeadlineKind.Recurring, d!.Kind);
        Assert.Equal(Recurrence.Year, d.Every);
        Assert.Equal(new DateOnly(2026, 12, 31), d.Due);
    }
}

public class DeadlineParserFieldTests
{
    private readonly DeadlineParser _parser = new();
    private static readonly DeadlineContext Doc = new(2013, new DateOnly(2013, 10, 1));

    [Fact]
    public void A_start_is_not_a_due_date()
    {
        Assert.Null(_parser.Parse("Thời gian thực hiện: Từ tháng 11/2013 trở đi.", Doc));
        var d = _parser.Parse("triển khai từ quý IV/2013 đến quý II/2014", Doc);
        Assert.Equal(new DateOnly(2014, 6, 30), d!.Due);
    }

    [Fact]
    public void A_labelled_time_field_wins_over_other_phrases()
    {
        var d = _parser.Parse("thường xuyên rà soát. Thời gian thực hiện: Quý IV năm 2014", Doc);
        Assert.Equal(DeadlineKind.Period, d!.Kind);
        Assert.Equal(new DateOnly(2014, 12, 31), d.Due);
    }

    [Fact]
    public void Month_and_ongoing_in_one_field_gives_the_month()
    {
        var d = _parser.Parse("Thời gian thực hiện: Tháng 12/2013 và thường xuyên.", Doc);
        Assert.Equal(DeadlineKind.Date, d!.Kind);
        Assert.Equal(new DateOnly(2013, 12, 31), d.Due);
        Assert.Equal(2, _parser.FindAll("Tháng 12/2013 và thường xuyên.", Doc).Count);
    }

}

/// <summary>Time phrases that qualify a noun, name a document or time another action than the task's.</summary>
public class DeadlineParserNonDeadlineUseTests
{
    private static readonly DeadlineContext Doc2025 = new(2025, new DateOnly(2025, 2, 17));
    private readonly DeadlineParser _parser = new();

    // "thường xuyên" that qualifies a noun, tells how often a place suffers something, or qualifies a later sentence's
    // action is not the task's time; an owner heading joined before the text is no sentence, a labelled time still is.
    [Theory]
    [InlineData("Tổ chức lớp bồi dưỡng thường xuyên cho giáo viên tiểu học của huyện.")]
    [InlineData("Bố trí nguồn ngân sách (chi thường xuyên) cho việc vận hành hệ thống.")]
    [InlineData("Nâng mức trợ cấp xã hội thường xuyên cho người cao tuổi neo đơn.")]
    [InlineData("Di dời các hộ dân ở những vùng thường xuyên bị ngập lụt đến nơi an toàn.")]
    [InlineData("Lắp biển cảnh báo tại các khu vực thường xuyên xảy ra tai nạn giao thông.")]
    [InlineData("Nâng cao năng lực quản lý đất đai của cán bộ cấp xã trên địa bàn. Thường xuyên kiểm tra việc sử dụng đất.")]
    public void Thuong_xuyen_that_does_not_time_the_task_gives_no_deadline(string text)
    {
        Assert.Null(_parser.Parse(text, Doc2025));
    }

    [Theory]
    [InlineData("Sở Tư pháp. Thường xuyên kiểm tra việc thi hành pháp luật tại các xã.")]
    [InlineData("Kiểm tra việc thi hành pháp luật tại các địa phương trong tỉnh. Thời gian thực hiện: thường xuyên.")]
    [InlineData("Thường xuyên kiểm tra việc thi hành pháp luật; kịp thời xử lý vi phạm.")]
    public void Thuong_xuyen_of_the_task_s_own_action_is_ongoing(string text)
    {
        Assert.Equal(DeadlineKind.Ongoing, _parser.Parse(text, Doc2025)?.Kind);
    }

    // "hằng năm" a few words after a noun it qualifies, with no punctuation between, is the noun's kind.
    [Theory]
    [InlineData("Bố trí kinh phí ngân sách địa phương hằng năm cho công tác phòng cháy.")]
    [InlineData("Lập kế hoạch sử dụng đất hằng năm cấp xã.")]
    [InlineData("Phân bổ nguồn lực hằng năm cho sự nghiệp môi trường.")]
    public void A_recurrence_closing_a_noun_phrase_gives_no_deadline(string text)
    {
        Assert.Null(_parser.Parse(text, Doc2025));
    }

    // A period closing a plan's, programme's or scheme's name, or followed by its longer view, names the document.
    [Theory]
    [InlineData("Triển khai Đề án phát triển du lịch nông thôn đến năm 2030.")]
    [InlineData("Theo dõi việc thực hiện kế hoạch đầu tư công năm 2026 của các huyện.")]
    [InlineData("Xây dựng Chương trình hỗ trợ doanh nghiệp nhỏ giai đoạn 2026-2030.")]
    [InlineData("Phát triển vùng đồng bằng ven biển đến năm 2030, tầm nhìn đến năm 2050.")]
    [InlineData("Giám sát việc thực hiện Chiến lược hạ tầng số đến năm 2027 và định hướng đến năm 2030.")]
    [InlineData("Hoàn thiện cơ chế quản lý phù hợp với tình hình mới sau năm 2026.")]
    public void A_period_that_names_a_document_or_starts_a_time_gives_no_deadline(string text)
    {
        Assert.Null(_parser.Parse(text, Doc2025));
    }

    [Theory]
    [InlineData("Hoàn thành Đề án chuyển đổi số trong năm 2026.", "2026-12-31")]
    [InlineData("Số hóa cơ sở dữ liệu đất đai và tích hợp vào hệ thống chung (2026 - 2028).", "2028-12-31")]
    [InlineData("Điều chỉnh quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050, quy hoạch chung các xã trong tháng 01/2026.", "2026-01-31")]
    public void A_period_bound_to_the_action_or_closing_the_item_is_its_deadline(string text, string due)
    {
        Assert.Equal(DateOnly.Parse(due), _parser.Parse(text, Doc2025)?.Due);
    }

    [Fact]
    public void A_date_in_an_annual_report_s_item_recurs_every_year()
    {
        var d = _parser.Parse("Báo cáo năm: các phòng gửi Văn phòng trước ngày 10/12; Văn phòng tổng hợp báo cáo trước ngày 20/12.", Doc2025);
        Assert.Equal(DeadlineKind.Recurring, d?.Kind);
        Assert.Equal(Recurrence.Year, d?.Every);
        Assert.Equal(new DateOnly(2025, 12, 10), d?.Due);
        Assert.Equal(DeadlineKind.Date, _parser.Parse("Báo cáo kết quả về Văn phòng trước ngày 10/12.", Doc2025)?.Kind);
    }

    [Fact]
    public void A_time_field_keeps_a_year_gone_by_that_running_text_does_not()
    {
        Assert.Null(_parser.Parse("Báo cáo tổng kết năm 2023.", Doc2025));
        var d = _parser.ParseField("năm 2023", Doc2025);
        Assert.Equal(DeadlineKind.Period, d?.Kind);
        Assert.Equal(new DateOnly(2023, 12, 31), d?.Due);
    }
}
