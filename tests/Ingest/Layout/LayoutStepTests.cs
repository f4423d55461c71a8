using DirectiveTracker.Ingest.Layout;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Tests.Layout;

internal static class Lines
{
    public static LayoutDocument Of(params string[] lines) => new(lines.Select(l => new LayoutLine(l, 1)));

    public static List<string> BodyTexts(this LayoutDocument d) => d.Lines.Where(l => l.IsBody).Select(l => l.Text.Trim()).ToList();

    public static List<string> Units(params string[] lines)
    {
        var d = Of(lines);
        new LineJoiner().Apply(d);
        return d.Units.Select(u => u.Text).ToList();
    }
}

public class ListMarkerTests
{
    [Theory]
    [InlineData("I. MỤC ĐÍCH", "I.")]
    [InlineData("IV. TỔ CHỨC THỰC HIỆN", "IV.")]
    [InlineData("Ii. một số công tác", "Ii.")]
    [InlineData("1. Mục đích", "1.")]
    [InlineData("1.2. Nhiệm vụ", "1.2.")]
    [InlineData("2.1 Nhiệm vụ", "2.1")]
    [InlineData("a) Chủ trì", "a)")]
    [InlineData("đ) Định kỳ", "đ)")]
    [InlineData("c. Doanh nghiệp phải báo cáo", "c.")]
    [InlineData("A. MỤC ĐÍCH", "A.")]
    [InlineData("- Sở Nội vụ", "-")]
    [InlineData("+ Sở Tài chính", "+")]
    [InlineData("* Ban Tuyên giáo", "*")]
    [InlineData("• Ý kiến", "•")]
    [InlineData("  - indented", "-")]
    [InlineData("-Phát huy", "-")]
    [InlineData("II- NHIỆM VỤ CHỦ YẾU", "II-")]
    [InlineData("1- MỤC ĐÍCH, YÊU CẦU", "1-")]
    [InlineData("HI- TỔ CHỨC THỰC HIỆN", "HI-")]
    public void Recognises_markers(string line, string marker) => Assert.Equal(marker, ListMarker.Match(line));

    [Theory]
    [InlineData("Chỉ thị số 41-CT/TW")]
    [InlineData("2025. Năm")]
    [InlineData("Hà Nội, ngày 20")]
    [InlineData("41-CT/TW của Bộ")]
    [InlineData("-5 độ")]
    [InlineData("1- Tăng cường công tác")]
    [InlineData("HI- tổ chức")]
    [InlineData("c. khoản 2 của Điều 5")]
    public void Ignores_what_is_not_a_marker(string line) => Assert.Null(ListMarker.Match(line));

    [Theory]
    [InlineData("1.", true)]
    [InlineData("a)", true)]
    [InlineData("-", true)]
    [InlineData("1. Mục đích", false)]
    public void Marker_only_lines(string line, bool expected) => Assert.Equal(expected, ListMarker.IsMarkerOnly(line));
}

public class DebrisCleanerTests
{
    private static List<LayoutLine> Clean(params string[] lines)
    {
        var d = Lines.Of(lines);
        new DebrisCleaner().Apply(d);
        return d.Lines;
    }

    [Theory]
    [InlineData("Chỉ thị số **41-CT/TW** ngày", "Chỉ thị số 41-CT/TW ngày")]
    [InlineData("Số: *MS* /KH-UBND", "Số: MS /KH-UBND")]
    [InlineData("- Lưu: VT, NCKS, ^{tưng}", "- Lưu: VT, NCKS, tưng")]
    [InlineData("* Ban Tuyên giáo hướng dẫn", "* Ban Tuyên giáo hướng dẫn")]
    [InlineData("*-* CT, các PCT", "- CT, các PCT")]
    [InlineData("**3. **Tuân thủ nguyên tắc", "3. Tuân thủ nguyên tắc")]
    public void Removes_emphasis_but_keeps_a_leading_bullet(string line, string expected) =>
        Assert.Equal(expected, Clean("Đầu", line).Last().Text);

    [Theory]
    [InlineData("¬ Thực hiện sự lãnh đạo", "- Thực hiện sự lãnh đạo")]
    [InlineData("  _ Xây dựng kịch bản", "  - Xây dựng kịch bản")]
    [InlineData("~ Tăng cường", "- Tăng cường")]
    [InlineData("_ 12 tháng", "_ 12 tháng")]
    [InlineData("a_b thường", "a_b thường")]
    public void Reads_a_bullet_misread_by_ocr_as_a_dash(string line, string expected) =>
        Assert.Equal(expected, Clean("Đầu", line).Last().Text);

    [Fact]
    public void Splits_a_marked_bold_heading_glued_to_the_previous_one() =>
        Assert.Equal(["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"], Clean("I. MỤC ĐÍCH, YÊU CẦU**1. Mục đích**").Select(l => l.Text));

    [Fact]
    public void Drops_stray_pipes_separator_rows_and_collection_headings()
    {
        var lines = Clean("# 773_2018_QĐ_TTg_preamble", "Nội dung", "|", "|---|---|", " [ ", "** **", "# 773_2018_QĐ_TTg_appendix", "Tiếp");
        Assert.Equal(["Nội dung", "Tiếp"], lines.Where(l => l.IsBody).Select(l => l.Text));
    }

    [Fact]
    public void Marks_table_rows_and_rules()
    {
        var lines = Clean("| Số: 252/KH | Hà Nội |", "--------", "Tiếp theo ______________");
        Assert.Equal(LineKind.TableRow, lines[0].Kind);
        Assert.Equal(LineKind.Rule, lines[1].Kind);
        Assert.Equal("Tiếp theo", lines[2].Text);
    }

    [Fact]
    public void Reads_a_pipe_table_written_without_its_outer_pipes()
    {
        var lines = Clean("Phụ lục", "TT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian", "| (1) | (2) | (3)",
                          "1 | Rà soát quy hoạch | Sở Công Thương | Quý II/2026 | ", "Nơi nhận: Lưu | VT | KT | TH");
        Assert.Equal(LineKind.Body, lines[0].Kind);
        Assert.Equal("| TT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian |", lines[1].Text);
        Assert.Equal(LineKind.TableRow, lines[1].Kind);
        Assert.Equal("| (1) | (2) | (3) |", lines[2].Text);
        Assert.Equal("| 1 | Rà soát quy hoạch | Sở Công Thương | Quý II/2026 |", lines[3].Text);
        Assert.Equal(LineKind.TableRow, lines[4].Kind); // a fourth piped line right below the rows is one of them
    }

    // A converter that writes a web page's table as one paragraph per row leaves a blank line between the rows: they are
    // still one table, and the blank lines between them go; a blank line after the last row stays.
    [Fact]
    public void Bare_rows_spaced_by_blank_lines_are_one_table()
    {
        var lines = Clean("TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian", "",
                          "I | Cải cách hành chính | Cải cách hành chính | Cải cách hành chính", "",
                          "1 | Rà soát thủ tục | Sở Nội vụ | 2026", "", "Ghi chú: số liệu tạm tính.");
        Assert.Equal(["| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |", "| I | Cải cách hành chính | Cải cách hành chính | Cải cách hành chính |",
                      "| 1 | Rà soát thủ tục | Sở Nội vụ | 2026 |", "", "Ghi chú: số liệu tạm tính."], lines.Select(l => l.Text));
        Assert.All(lines.Take(3), l => Assert.Equal(LineKind.TableRow, l.Kind));
    }

    [Fact]
    public void A_bare_row_that_starts_with_its_separator_has_an_empty_first_cell()
    {
        var lines = Clean("Thời gian | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp",
                          "Quý I/2027 | Khảo sát hồ sơ | Trung tâm Lưu trữ | Phòng Nội vụ",
                          " | Lập danh mục | Trung tâm Lưu trữ | Phòng Nội vụ");
        Assert.Equal("| | Lập danh mục | Trung tâm Lưu trữ | Phòng Nội vụ |", lines[2].Text);
    }

    [Fact]
    public void A_lone_line_with_pipes_is_no_table()
    {
        var lines = Clean("Lưu: VT | TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH", "", "Nguyễn Văn A");
        Assert.Equal(LineKind.Body, lines[0].Kind);
    }

    [Fact]
    public void Keeps_an_underscore_rule_that_opens_a_footnote_area()
    {
        var lines = Clean("văn bản", "_______________", "1", "Chú thích.");
        Assert.Equal("_______________", lines[1].Text);
        Assert.Equal(LineKind.Body, lines[1].Kind);
    }
}

public class WordSegmentationRepairTests
{
    [Fact]
    public void Splits_joined_syllables_and_glues_punctuation_back()
    {
        var d = Lines.Of("Báo_cáo tình_hình thực_hiện nhiệm_vụ tháng 02 , năm 2010 .", "I .", "Xây_dựng văn_bản ( dự_thảo ) \" Bảo_hiểm \" mới");
        new WordSegmentationRepair().Apply(d);
        Assert.Equal(["Báo cáo tình hình thực hiện nhiệm vụ tháng 02, năm 2010.", "I.", "Xây dựng văn bản (dự thảo) \"Bảo hiểm\" mới"], d.BodyTexts());
        Assert.Contains(d.Warnings, w => w.Code == "word-segmented");
    }

    [Fact]
    public void Leaves_ordinary_text_with_an_odd_underscore_alone()
    {
        var d = Lines.Of("Tệp ke_hoach_2025.docx đính kèm , gồm các nội dung sau đây của kế hoạch năm nay và năm tới");
        new WordSegmentationRepair().Apply(d);
        Assert.Equal("Tệp ke_hoach_2025.docx đính kèm , gồm các nội dung sau đây của kế hoạch năm nay và năm tới", d.Lines[0].Text);
    }
}

public class FurnitureFilterTests
{
    private static List<string> Page(int n, string header, params string[] body) => [header, $"{n}", "", .. body, "", "", ""];

    private static string[] Filler(string stem, int count) => Enumerable.Range(1, count).Select(i => $"{stem} dòng {i} của nội dung trang").ToArray();

    [Fact]
    public void Drops_a_repeated_gazette_header_and_the_page_numbers_beside_it()
    {
        var lines = new List<string>();
        for (int p = 0; p < 3; p++) lines.AddRange(Page(70 + p, "CÔNG BÁO/Số 302/Ngày 02-06-2026", Filler($"Trang {p}", 16)));
        var d = Lines.Of([.. lines]);
        new FurnitureFilter().Apply(d);
        Assert.DoesNotContain(d.BodyTexts(), t => t.StartsWith("CÔNG BÁO") || t.All(char.IsDigit));
        Assert.Equal(48, d.BodyTexts().Count);
        Assert.Equal(3, d.Lines.Count(l => l.Kind == LineKind.PageBreak));
    }

    [Fact]
    public void Drops_a_running_header_whose_page_number_counts_up()
    {
        var d = Lines.Of([.. Filler("a", 20), "BCSĐUBND-VPTU.KH.197.TU-05 4", .. Filler("b", 20), "BCSĐUBND-VPTU.KH.197.TU-05 5", .. Filler("c", 3)]);
        new FurnitureFilter().Apply(d);
        Assert.DoesNotContain(d.BodyTexts(), t => t.StartsWith("BCSĐUBND"));
        Assert.Equal(43, d.BodyTexts().Count);
    }

    [Fact]
    public void Keeps_two_prose_lines_alike_but_for_their_figures()
    {
        // Two targets worded alike, pages apart: their last year grows, but so does every other figure on the line.
        var d = Lines.Of([.. Filler("a", 20), "đến năm 2030 giảm 25% lượng nước thải so với năm 2020. Xây dựng và", .. Filler("b", 20),
                          "đến năm 2040 giảm 35% lượng nước thải so với năm 2030. Xây dựng và", .. Filler("c", 3)]);
        int before = d.BodyTexts().Count;
        new FurnitureFilter().Apply(d);
        Assert.Equal(before, d.BodyTexts().Count);
    }

    [Fact]
    public void Keeps_repeated_content_lines()
    {
        // A table flattened one cell per line repeats agency names; headings such as "Phụ lục 1"/"Phụ lục 2" count up.
        var d = Lines.Of([.. Filler("a", 16), "Bộ Y tế", .. Filler("b", 16), "Bộ Y tế", .. Filler("c", 16), "Bộ Y tế",
                          "Phụ lục 1", .. Filler("d", 16), "Phụ lục 2", "- Các cơ quan, đơn vị, địa phương:", "- Các cơ quan, đơn vị, địa phương:", "- Các cơ quan, đơn vị, địa phương:"]);
        int before = d.BodyTexts().Count;
        new FurnitureFilter().Apply(d);
        Assert.Equal(before, d.BodyTexts().Count);
    }

    [Fact]
    public void Drops_the_typists_file_name_footer_whatever_ocr_made_of_it()
    {
        var d = Lines.Of([.. Filler("a", 5), "18.CTRTW31.DOC 2", .. Filler("b", 5), "18.GTRTW31.DOC 1 0", .. Filler("c", 5), "4.KLTW7S.DOC. K)", "tiếp"]);
        new FurnitureFilter().Apply(d);
        Assert.DoesNotContain(d.BodyTexts(), t => t.Contains(".DOC", StringComparison.Ordinal));
        Assert.Equal(16, d.BodyTexts().Count);
    }

    [Fact]
    public void Keeps_a_single_line_naming_a_file()
    {
        var d = Lines.Of([.. Filler("a", 5), "BAOCAO.DOC", .. Filler("b", 5)]);
        new FurnitureFilter().Apply(d);
        Assert.Contains("BAOCAO.DOC", d.BodyTexts());
    }

    [Fact]
    public void Drops_an_e_signature_stamp()
    {
        var d = Lines.Of("nội dung.", "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cơ quan: VĂN PHÒNG CHÍNH PHỦ",
                         "Ngày ký: 2026-06-02 08:06:58 +07:00", "tiếp theo");
        new FurnitureFilter().Apply(d);
        Assert.Equal(["nội dung.", "tiếp theo"], d.BodyTexts());
    }

    [Fact]
    public void Keeps_a_footnote_label_after_its_separator()
    {
        var d = Lines.Of("văn bản1", new string(' ', 40), "1", " Chú thích.", "2", "3", "4");
        new FurnitureFilter().Apply(d);
        Assert.Contains("1", d.BodyTexts());
    }
}

public class FootnoteMoverTests
{
    [Fact]
    public void Moves_a_labelled_footnote_to_the_end_of_its_page_and_continues_it_on_the_next()
    {
        var d = Lines.Of("dám chịu trách nhiệm vì lợi ích chung1; trực tiếp", "", new string(' ', 48), "1",
                         " Gắn với việc thực hiện Nghị quyết số 57-NQ/TW của Bộ", "");
        d.Lines.Add(new LayoutLine("", 1, LineKind.PageBreak));
        d.Lines.AddRange(new[] { "công tác, lao động.", new string(' ', 80), "Chính trị và Nghị định số 73/2023/NĐ-CP." }
            .Select(t => new LayoutLine(t, 1)));
        new FootnoteMover().Apply(d);
        var note = Assert.Single(d.Footnotes);
        Assert.Equal("1", note.Label);
        Assert.Equal("Gắn với việc thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị và Nghị định số 73/2023/NĐ-CP.", note.Text);
        Assert.Equal(["dám chịu trách nhiệm vì lợi ích chung1; trực tiếp", "công tác, lao động."], d.BodyTexts());
    }

    [Fact]
    public void A_label_alone_without_a_separator_starts_a_footnote_when_the_page_cites_it()
    {
        // pdftotext -raw on a LibreOffice PDF: no rule line before the note; the reference "chung1;" is on the page.
        var d = Lines.Of("dám chịu trách nhiệm vì lợi ích chung1; trực tiếp công tác, lao động, chiến đấu,", "thực", "1",
                         "Gắn với việc thực hiện Nghị quyết số 57-NQ/TW, ngày 22-12-2024 của Bộ Chính trị.");
        d.Lines.Add(new LayoutLine("", 2, LineKind.PageBreak));
        d.Lines.Add(new LayoutLine("hiện các nhiệm vụ đặc biệt, bí mật.", 2));
        new FootnoteMover().Apply(d);
        var note = Assert.Single(d.Footnotes);
        Assert.Equal(("1", "Gắn với việc thực hiện Nghị quyết số 57-NQ/TW, ngày 22-12-2024 của Bộ Chính trị."), (note.Label, note.Text));
        Assert.Equal(["dám chịu trách nhiệm vì lợi ích chung1; trực tiếp công tác, lao động, chiến đấu,", "thực",
                      "hiện các nhiệm vụ đặc biệt, bí mật."], d.BodyTexts());
    }

    [Fact]
    public void A_number_alone_without_a_separator_or_a_reference_stays_in_the_body()
    {
        var uncited = Lines.Of("Các nội dung trọng tâm gồm:", "1", "Tuyên truyền sâu rộng trong cán bộ.");
        new FootnoteMover().Apply(uncited);
        Assert.Empty(uncited.Footnotes);
        Assert.Equal(3, uncited.BodyTexts().Count);
        // Cited, but what follows runs on for a page: running text, not a note.
        var tooLong = Lines.Of(["lợi ích chung1; trực tiếp", "1", .. Enumerable.Repeat("Dòng nội dung dài của văn bản", 13)]);
        new FootnoteMover().Apply(tooLong);
        Assert.Empty(tooLong.Footnotes);
    }

    [Fact]
    public void Several_labels_in_one_area_make_several_footnotes()
    {
        var d = Lines.Of("văn bản", "__________", "1 Chú thích thứ nhất.", "2 Chú thích thứ hai", "còn tiếp.");
        new FootnoteMover().Apply(d);
        Assert.Equal([("1", "Chú thích thứ nhất."), ("2", "Chú thích thứ hai còn tiếp.")], d.Footnotes.Select(f => (f.Label, f.Text)));
    }

    [Fact]
    public void A_rule_without_a_label_after_it_is_not_a_footnote_area()
    {
        var d = Lines.Of("THỦ TƯỚNG CHÍNH PHỦ", "__________", "Số: 21/CT-TTg", new string(' ', 30), "Tiếp theo");
        new FootnoteMover().Apply(d);
        Assert.Empty(d.Footnotes);
        Assert.Equal(["THỦ TƯỚNG CHÍNH PHỦ", "__________", "Số: 21/CT-TTg", "Tiếp theo"], d.BodyTexts());
    }
}

public class LineJoinerTests
{
    // An OCR'd header's number line in lower case stays its own line under the issuer's; in a sentence it wraps on.
    [Fact]
    public void A_lower_case_number_line_under_a_header_line_is_not_joined_to_it()
    {
        Assert.Equal(["CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc", "số: 815 /HQ -GSQL Hà Nội. ngày 3 tháng 2 năm 2024"],
            Lines.Units("CỤC HẢI QUAN Độc lập - Tự do - Hạnh phúc", "số: 815 /HQ -GSQL Hà Nội. ngày 3 tháng 2 năm 2024"));
        Assert.Single(Lines.Units("Thực hiện Quyết định", "số: 815/QĐ-UBND ngày 3 tháng 2 năm 2024 của tỉnh."));
    }

    private static readonly string Wrapped = new('x', 70);

    [Fact]
    public void Joins_soft_wrapped_lines_across_blank_lines()
    {
        var units = Lines.Units("- Tổ chức nghiên cứu, tuyên truyền, quán triệt sâu rộng tư tưởng Hồ Chí Minh", "",
                                "về thi đua yêu nước, chủ trương của Đảng. Qua đó, đưa việc thi đua thực sự trở", "",
                                "thành ý thức tự giác.", "", "- Phát huy vai trò của các cơ quan báo chí.");
        Assert.Equal(2, units.Count);
        Assert.Equal("- Tổ chức nghiên cứu, tuyên truyền, quán triệt sâu rộng tư tưởng Hồ Chí Minh về thi đua yêu nước, chủ trương của Đảng. Qua đó, đưa việc thi đua thực sự trở thành ý thức tự giác.", units[0]);
    }

    [Fact]
    public void A_list_marker_starts_a_new_unit_even_mid_sentence() =>
        Assert.Equal(2, Lines.Units("Nhiệm vụ gồm các việc sau", "1. Việc thứ nhất").Count);

    [Fact]
    public void A_number_broken_at_its_dash_is_glued() =>
        Assert.Equal(["Cụ thể hóa Chỉ thị số 41-CT/TW, bảo đảm"], Lines.Units("Cụ thể hóa Chỉ thị số 41-", "CT/TW, bảo đảm"));

    [Fact]
    public void A_lower_case_line_continues_even_after_a_semicolon() =>
        Assert.Single(Lines.Units("cứu người, cứu tài sản; thúc đẩy đổi mới sáng tạo;", "tập thể, cá nhân, doanh nghiệp."));

    [Fact]
    public void A_sentence_end_then_a_capital_starts_a_new_paragraph() =>
        Assert.Equal(2, Lines.Units(Wrapped + " xong.", "Tiếp theo là đoạn mới.").Count);

    [Fact]
    public void A_short_line_without_punctuation_ends_its_paragraph_but_a_full_one_does_not()
    {
        Assert.Equal(2, Lines.Units(Wrapped, Wrapped, "2. Yêu cầu", "Triển khai Chỉ thị số 41-CT/TW.").Count - 1);
        Assert.Single(Lines.Units(Wrapped + " của Ủy ban nhân dân", "Tỉnh ủy và các cơ quan."));
    }

    [Fact]
    public void Headings_in_capitals_stay_apart_from_the_lines_around_them()
    {
        var units = Lines.Units("KẾ HOẠCH", "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "thực hiện Chỉ thị số 41-CT/TW");
        Assert.Equal(["KẾ HOẠCH", "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "thực hiện Chỉ thị số 41-CT/TW"], units);
    }

    [Fact]
    public void A_word_left_alone_by_rewrapping_after_a_sentence_end_stays_in_its_paragraph()
    {
        // LibreOffice re-wrapping a TXT wrapped at 80 columns: "Trong" was the old line's last word.
        var units = Lines.Units(
            "- Tiếp tục đổi mới mạnh mẽ nội dung, hình thức, phương pháp, cách thức tổ",
            "chức phong trào thi đua theo hướng sâu rộng, bao quát các lĩnh vực của đời sống",
            "xã hội, các tầng lớp nhân dân, các thành phần kinh tế, các cơ quan, đơn vị.",
            "Trong",
            "đó, hướng mạnh thi đua, khen thưởng về cơ sở và người trực tiếp công tác, học",
            "tập, lao động, sản xuất, chiến đấu.",
            "- Việc xây dựng, tổ chức phong trào thi đua trong hệ thống chính trị.");
        Assert.Equal(2, units.Count);
        Assert.Contains("các cơ quan, đơn vị. Trong đó, hướng mạnh", units[0]);
    }

    [Fact]
    public void A_short_line_after_a_sentence_end_that_does_not_run_on_starts_a_paragraph()
    {
        Assert.Equal(2, Lines.Units(Wrapped + " xong.", "Kết luận", "- Mục một").Count - 1);
        Assert.Equal(2, Lines.Units(Wrapped + " xong.", "Tiếp theo là", "và chạy tiếp.").Count);
        Assert.Equal(2, Lines.Units("Ngắn.", "Trong", "đó, hướng mạnh thi đua").Count);
        // The author's own short first line (realdoc 07): a paragraph start, not a re-wrap tail.
        Assert.Equal(2, Lines.Units("vướng mắc, kịp thời báo cáo UBND tỉnh, Chủ tịch UBND tỉnh xem xét, giải quyết.", "",
            "Trên đây là Chỉ thị về", "nâng cao trách nhiệm, tăng cường phối hợp thẩm định giải quyết thủ tục đầu tư").Count);
    }

    [Fact]
    public void A_marker_alone_on_its_line_takes_the_next_line() =>
        Assert.Equal(["1. Các cơ quan quản lý nhà nước có trách nhiệm."], Lines.Units("1.", "Các cơ quan quản lý nhà nước có trách nhiệm."));

    [Fact]
    public void A_compound_wrapped_at_its_dash_before_a_lower_case_word_is_not_a_new_bullet()
    {
        var units = Lines.Units("b) Tổ chức tuyên truyền: Giao phòng chuyên môn phối hợp với các tổ chức chính trị",
                                "- xã hội ở cơ sở vận động người dân tham gia.", "c) Xây dựng Cổng học tập - nghiên cứu",
                                "- thực hành trực tuyến cho giáo viên.", "- Bố trí kinh phí.");
        Assert.Equal(["b) Tổ chức tuyên truyền: Giao phòng chuyên môn phối hợp với các tổ chức chính trị - xã hội ở cơ sở vận động người dân tham gia.",
                      "c) Xây dựng Cổng học tập - nghiên cứu - thực hành trực tuyến cho giáo viên.", "- Bố trí kinh phí."], units);
    }

    [Fact]
    public void A_lower_case_bullet_after_a_short_bullet_or_a_colon_stays_a_bullet()
    {
        Assert.Equal(3, Lines.Units("Các chỉ tiêu đo:", "- nhiệt độ", "- độ mặn").Count);
        Assert.Equal(2, Lines.Units(Wrapped + " gồm các loại sau:", "- giấy tờ tùy thân.").Count);
    }

    [Fact]
    public void A_title_at_a_short_line_s_end_takes_the_body_on_the_next_line()
    {
        Assert.Single(Lines.Units("- Tham mưu Giám đốc", "Sở Xây dựng phê duyệt danh sách hộ nghèo được hỗ trợ."));
        // A body's own sentence after a closed line, or a line that is no body, still starts anew.
        Assert.Equal(2, Lines.Units("- Báo cáo Chủ tịch.", "UBND xã tổng hợp danh sách.").Count);
        Assert.Equal(2, Lines.Units("Kính gửi Chủ tịch", "Tôi xin trình bày như sau").Count);
    }

    [Fact]
    public void An_article_heading_opens_its_article_after_a_line_ending_in_a_comma() =>
        Assert.Equal(["Thủ tướng Chính phủ ban hành Quyết định hỗ trợ hộ nghèo về nhà ở,", "Điều 1. Nguyên tắc hỗ trợ"],
                     Lines.Units("Thủ tướng Chính phủ ban hành Quyết định hỗ trợ hộ nghèo về nhà ở,", "Điều 1. Nguyên tắc hỗ trợ"));

    [Fact]
    public void A_name_wrapped_at_its_dash_is_not_a_new_bullet()
    {
        var units = Lines.Units("- Quyết định ban hành Quy chế tổ chức và hoạt động của Hội đồng Thi đua",
                                "- Khen thưởng tỉnh Thái Bình (thay thế Quyết định số 302/QĐ-UBND);", "- Kế hoạch tổ chức Đại hội;");
        Assert.Equal(2, units.Count);
        Assert.Contains("Hội đồng Thi đua - Khen thưởng tỉnh Thái Bình", units[0]);
    }

    [Fact]
    public void A_real_bullet_after_an_unpunctuated_item_stays_a_bullet() =>
        Assert.Equal(2, Lines.Units("- Sở Nội vụ", "- Khen thưởng cá nhân có thành tích").Count);

    [Fact]
    public void Rules_and_table_rows_end_paragraphs()
    {
        var d = new LayoutDocument([new("thực hiện Chỉ thị", 1), new("", 1, LineKind.Rule), new("Thực hiện chủ trương", 1),
                                    new("| a | b |", 1, LineKind.TableRow), new("tiếp", 1)]);
        new LineJoiner().Apply(d);
        Assert.Equal(4, d.Units.Count);
    }
}

public class BlockClassifierTests
{
    [Fact]
    public void Classifies_units_into_blocks_with_markers_tables_and_footnotes()
    {
        var d = new LayoutDocument([]);
        d.Units = [new("KẾ HOẠCH", 1), new("I. MỤC ĐÍCH, YÊU CẦU", 1), new("a) Chủ trì thực hiện.", 2), new("Đoạn văn thường.", 2),
                   new("| A | B |", 2, LineKind.TableRow), new("| 1 | 2 |", 2, LineKind.TableRow)];
        d.Footnotes.Add(new FootnoteText("1", "Chú thích.", 1));
        new BlockClassifier().Apply(d);
        Assert.Equal([BlockKind.Heading, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph, BlockKind.Table, BlockKind.Footnote],
                     d.Blocks.Select(b => b.Kind));
        Assert.Equal("I.", d.Blocks[1].Marker);
        Assert.Equal("a)", d.Blocks[2].Marker);
        Assert.Equal(2, d.Blocks[2].Page);
        Assert.Equal([["A", "B"], ["1", "2"]], d.Blocks[4].Rows!.Select(r => r.ToArray()));
        Assert.Equal("1", d.Blocks[5].Label);
    }
}

public class BlockLayoutTests
{
    [Fact]
    public void Lays_blocks_out_with_offsets_footnotes_last_and_normalised()
    {
        var (text, blocks) = BlockLayout.Compose([
            new StructuredBlock(BlockKind.Footnote, "Chú thích.", 1, Label: "1"),
            new StructuredBlock(BlockKind.Heading, "KẾ HOẠCH", 1),
            new StructuredBlock(BlockKind.Table, "", 1, Rows: [["A", "B"], ["1", "2"]]),
            new StructuredBlock(BlockKind.Paragraph, "Ho\u0300a   bi\u0300nh\u00A0nhé", 2),
            new StructuredBlock(BlockKind.Paragraph, "  ", 2),
        ]);
        Assert.Equal("KẾ HOẠCH\nA | B\n1 | 2\nHòa bình nhé\nChú thích.", text);
        Assert.Equal([BlockKind.Heading, BlockKind.Table, BlockKind.Paragraph, BlockKind.Footnote], blocks.Select(b => b.Kind));
        foreach (var b in blocks) Assert.Equal(b.Text, text.Substring(b.Start, b.Length));
    }
}

public class LineJoinerDanglingWordTests
{
    [Fact]
    public void A_short_line_ending_in_a_conjunction_continues() =>
        Assert.Equal(["7. Báo và Phát thanh, Truyền hình thành phố"], Lines.Units("7. Báo và", "Phát thanh, Truyền hình thành phố"));
}

public class FurnitureFilterPageTests
{
    [Fact]
    public void With_real_pages_headers_footers_and_page_numbers_at_the_edges_go()
    {
        var lines = new List<LayoutLine>();
        for (int p = 1; p <= 3; p++)
        {
            lines.Add(new LayoutLine($"Kế hoạch số 12/KH-UBND ngày {p}", p));
            lines.Add(new LayoutLine($"Nội dung riêng của trang {new string('x', p)} thứ nhất", p));
            lines.Add(new LayoutLine($"Nội dung riêng {new string('y', p)} thứ hai", p));
            lines.Add(new LayoutLine($"- {p} -", p));
        }
        var d = new LayoutDocument(lines);
        new FurnitureFilter().Apply(d);
        Assert.Equal(6, d.BodyTexts().Count);
        Assert.All(d.BodyTexts(), t => Assert.StartsWith("Nội dung", t));
    }
}

public class FurnitureFilterTableHeaderTests
{
    private static readonly string[] Header = ["TT", "Nội dung công việc", "Đơn vị", "thực hiện", "Đơn vị", "phối hợp", "Thời hạn"];

    // One page: the table's column names again, then rows of cells one per line (no digits but the row numbers).
    private static List<string> TablePage(int page) =>
        [.. Header, .. Enumerable.Range(1, 4).SelectMany(r => new[] { $"{page * 10 + r}.", $"Rà soát hồ sơ nhóm {(char)('A' + r)} của trang", "Sở Tư pháp", "Các sở, ngành", "Quý IV" })];

    [Fact]
    public void A_table_header_repeated_on_each_page_is_kept_though_a_page_number_fell_inside_it()
    {
        // Plain text: the second page's number fell inside the repeated header, where a form feed cut the table.
        var lines = new List<string>();
        for (int p = 1; p <= 3; p++)
        {
            var page = TablePage(p);
            if (p == 2) page.InsertRange(1, ["", "2", ""]);
            lines.AddRange(page);
        }
        var d = Lines.Of([.. lines]);
        new FurnitureFilter().Apply(d);
        Assert.Equal(3, d.BodyTexts().Count(t => t == "Nội dung công việc"));
        Assert.Equal(3, d.BodyTexts().Count(t => t == "phối hợp"));
        Assert.Equal(3, d.BodyTexts().Count(t => t == "TT"));
    }

    [Fact]
    public void With_real_pages_the_running_header_goes_and_the_table_header_under_it_stays()
    {
        var lines = new List<LayoutLine>();
        for (int p = 1; p <= 3; p++)
        {
            lines.Add(new LayoutLine("CÔNG BÁO/Số 15/Ngày 03-02-2027", p));
            lines.Add(new LayoutLine($"{p + 40}", p));
            lines.AddRange(TablePage(p).Select(t => new LayoutLine(t, p)));
        }
        var d = new LayoutDocument(lines);
        new FurnitureFilter().Apply(d);
        Assert.DoesNotContain(d.BodyTexts(), t => t.StartsWith("CÔNG BÁO", StringComparison.Ordinal));
        Assert.Equal(3 * TablePage(1).Count, d.BodyTexts().Count);
    }

    [Fact]
    public void A_cell_value_that_recurs_is_kept_though_one_page_number_falls_beside_it()
    {
        var lines = new List<string>();
        for (int r = 1; r <= 4; r++)
            lines.AddRange([$"{r}.", $"Kiểm tra việc thực hiện nhóm {(char)('A' + r)} tại cơ sở", "Sở Nội vụ", "Hằng quý",
                            .. Enumerable.Range(1, 14).Select(i => $"Ghi chú {(char)('a' + r)} dòng {i} của hàng")]);
        lines.Insert(lines.IndexOf("Hằng quý") + 1, "7");
        var d = Lines.Of([.. lines]);
        new FurnitureFilter().Apply(d);
        Assert.Equal(4, d.BodyTexts().Count(t => t == "Hằng quý"));
    }

    [Fact]
    public void A_running_header_beside_its_page_number_still_goes()
    {
        // One repeated line whose neighbours change from page to page is the page's, not a table's.
        var lines = new List<string>();
        for (int p = 1; p <= 3; p++)
            lines.AddRange([$"{p + 1}", "Kế hoạch cải cách hành chính", .. Enumerable.Range(1, 16).Select(i => $"Đoạn {(char)('a' + p)} dòng {i} nội dung")]);
        var d = Lines.Of([.. lines]);
        new FurnitureFilter().Apply(d);
        Assert.DoesNotContain("Kế hoạch cải cách hành chính", d.BodyTexts());
    }
}

public class LineJoinerRecurringPhraseTests
{
    [Fact]
    public void A_dash_phrase_that_recurs_unbroken_elsewhere_is_not_a_bullet()
    {
        var joiner = new LineJoiner { HyphenatedNames = [] }; // no list: the document itself shows the phrase
        var d = Lines.Of("- Quy chế của Ban Văn hóa", "- Xã hội tỉnh Thái Bình;", "- Kế hoạch năm 2025;",
                         "3. Ban Văn hóa - Xã hội tỉnh chủ trì.");
        joiner.Apply(d);
        Assert.Equal(["- Quy chế của Ban Văn hóa - Xã hội tỉnh Thái Bình;", "- Kế hoạch năm 2025;", "3. Ban Văn hóa - Xã hội tỉnh chủ trì."],
                     d.Units.Select(u => u.Text));
    }

    [Theory]
    [InlineData("| 1 | Ban Văn hóa - Xã hội tỉnh tổ chức hội nghị | Sở Nội vụ | Quý I/2027 |", 1)]
    [InlineData("| Nơi nhận: - Ban Văn hóa - Xã hội tỉnh; | TM. ỦY BAN NHÂN DÂN |", 2)]
    public void A_phrase_whole_in_a_cell_of_a_data_table_counts_and_one_in_a_signature_grid_does_not(string row, int units)
    {
        // Two cells side by side are a letterhead or a signature: their lists run together, so their word pairs prove nothing.
        var d = new LayoutDocument([new LayoutLine("- Quy chế của Ban Văn hóa", 1), new LayoutLine("- Xã hội tỉnh Thái Bình;", 1),
            new LayoutLine(row, 1, LineKind.TableRow)]);
        new LineJoiner { HyphenatedNames = [] }.Apply(d);
        Assert.Equal(units, d.Units.Count(u => u.Kind == LineKind.Body));
    }

    [Fact]
    public void Without_a_recurrence_a_dash_line_stays_a_bullet()
    {
        var d = Lines.Of("- Quy chế của Ban Văn hóa", "- Xã hội hóa nguồn lực;");
        new LineJoiner { HyphenatedNames = [] }.Apply(d);
        Assert.Equal(2, d.Units.Count);
    }
}

public class LayoutRepairSeedTests
{
    [Fact]
    public void Seed_004_name_break_is_mended_by_the_documents_own_usage_alone()
    {
        var text = File.ReadAllText(Corpus.Seed("004"));
        var steps = LayoutRepair.DefaultSteps().Select(s => s is LineJoiner ? new LineJoiner { HyphenatedNames = [] } : s);
        var (blocks, _) = new LayoutRepair(steps).Repair([new RawPage(1, text, false)]);
        Assert.DoesNotContain(blocks, b => b.Text.StartsWith("- Khen thưởng tỉnh Thái Bình"));
        Assert.Contains(blocks, b => b.Text.Contains("Hội đồng Thi đua - Khen thưởng tỉnh Thái Bình (thay thế"));
    }
}

public class LineJoinerBreakTests
{
    [Fact]
    public void A_year_range_broken_at_its_dash_continues() =>
        Assert.Equal(["4. Trong giai đoạn 2026 - 2030 phấn đấu có ít nhất 10%."], Lines.Units("4. Trong giai đoạn 2026", "- 2030 phấn đấu có ít nhất 10%."));

    [Fact]
    public void A_number_after_a_counted_noun_at_a_full_line_end_continues_the_sentence()
    {
        const string full = "- Giai đoạn đầu: huy động lực lượng, phương tiện tiếp cận các vùng bị cô lập, ưu tiên các xã thuộc nhóm";
        Assert.Equal([full + " 2. Phát gạo, nước uống cho các hộ dân bị ảnh hưởng."], Lines.Units(full, "2. Phát gạo, nước uống cho các hộ dân bị ảnh hưởng."));
        // A short line (a heading) ending on the noun keeps the item that follows.
        Assert.Equal([full + " 2. Phát gạo.", "a) Phân loại theo nhóm", "1. Nhóm hộ nghèo."],
            Lines.Units(full, "2. Phát gạo.", "a) Phân loại theo nhóm", "1. Nhóm hộ nghèo."));
    }

    [Fact]
    public void A_capitalised_dangling_word_continues() =>
        Assert.Equal(["Đơn vị chủ trì thực hiện: Các Sở, ngành, đơn vị."], Lines.Units("Đơn vị chủ trì thực hiện: Các", "Sở, ngành, đơn vị."));

    [Fact]
    public void A_sentence_closed_inside_brackets_ends_the_line() =>
        Assert.Equal(["[Bản trích chữ tự động từ tệp PDF của văn bản, ba trang; đối chiếu bản gốc khi trích.]", "ỦY BAN NHÂN DÂN", "TỈNH HÒA AN"],
            Lines.Units("[Bản trích chữ tự động từ tệp PDF của văn bản, ba trang; đối chiếu bản gốc khi trích.]", "ỦY BAN NHÂN DÂN", "TỈNH HÒA AN"));
}

public class LineJoinerNameTests
{
    [Fact]
    public void A_name_split_by_a_break_is_joined_when_the_document_uses_it_whole()
    {
        var units = Lines.Units("1. Phổ biến, giáo dục Luật", "Việc làm và các văn bản hướng dẫn.",
            "2. Triển khai Luật Việc làm đúng hạn, bảo đảm thống nhất, đồng bộ và hiệu quả trong toàn thành phố.");
        Assert.Equal("1. Phổ biến, giáo dục Luật Việc làm và các văn bản hướng dẫn.", units[0]);
    }

    [Fact]
    public void A_short_heading_line_before_a_capitalised_paragraph_still_ends() =>
        Assert.Equal(2, Lines.Units("2. Yêu cầu", "Triển khai Chỉ thị đúng hạn, bảo đảm thống nhất, đồng bộ và hiệu quả trong toàn thành phố.").Count);

    [Fact]
    public void A_title_broken_after_one_word_is_joined_but_a_kind_line_is_not()
    {
        Assert.Equal(["KẾ HOẠCH", "TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM"], Lines.Units("KẾ HOẠCH", "TRIỂN", "KHAI THI HÀNH LUẬT VIỆC LÀM"));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], Lines.Units("TM. ỦY BAN NHÂN", "DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"));
    }

    [Fact]
    public void The_national_motto_broken_anywhere_is_one_heading_and_stays_apart_from_the_issuer()
    {
        Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                     Lines.Units("ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "CỘNG HOÀ XÃ", "HỘI CHỦ NGHĨA VIỆT NAM"));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], Lines.Units("CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM"));
    }
}

public class PhraseIndexTests
{
    [Fact]
    public void Knows_pairs_and_dashed_phrases_within_lines_only()
    {
        var index = new PhraseIndex(["Hội đồng Thi đua - Khen thưởng tỉnh", "Thành phố Hồ Chí Minh, ngày 18", "cuối dòng", "đầu dòng"]);
        Assert.True(index.HasDashed("Thi", "đua", "Khen", "thưởng"));
        Assert.True(index.HasPair("Chí", "Minh"));
        Assert.False(index.HasPair("dòng", "đầu")); // across a line break
        Assert.False(index.HasDashed("Hội", "đồng", "Khen", "thưởng"));
    }
}

public class MarkdownStructureTests
{
    [Fact]
    public void Star_lists_and_atx_headings_of_a_markdown_text_become_bullets_and_headings()
    {
        var d = Lines.Of("## CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "### 1. Tuyên truyền", "",
            "*   Sở Văn hóa tổ chức tuyên truyền.", "", "*   Sở Tư pháp phổ biến pháp luật.",
            "    *   Đến cấp xã.", "*   Các huyện thực hiện.", "**2. Kiểm tra**", "*   Thanh tra tỉnh kiểm tra.");
        new MarkdownStructure().Apply(d);
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "1. Tuyên truyền", "- Sở Văn hóa tổ chức tuyên truyền.",
            "- Sở Tư pháp phổ biến pháp luật.", "+ Đến cấp xã.", "- Các huyện thực hiện.", "**2. Kiểm tra**", "- Thanh tra tỉnh kiểm tra."],
            d.Lines.Where(l => l.Kind == LineKind.Heading || l.IsBody).Select(l => l.Text.Trim()));
        Assert.Equal(LineKind.Heading, d.Lines[0].Kind);
        Assert.Equal(LineKind.Body, d.Lines[1].Kind); // a numbered heading is the numbered paragraph Word gives
        Assert.Contains(d.Warnings, w => w.Code == "markdown");
    }

    [Fact]
    public void A_lone_responsibility_line_after_dashes_stays_a_star_line()
    {
        // Plain text: "* …" closes a block of bullets and names who does it; it is not a Markdown list.
        var d = Lines.Of("1. Tuyên truyền", "- Tổ chức hội nghị.", "- Phát hành tài liệu.", "* Sở Văn hóa chủ trì thực hiện.",
            "2. Kiểm tra", "- Kiểm tra định kỳ.", "* Thanh tra tỉnh chủ trì.", "3. Báo cáo", "- Báo cáo quý.", "* Văn phòng tổng hợp.");
        new MarkdownStructure().Apply(d);
        Assert.Equal("* Sở Văn hóa chủ trì thực hiện.", d.Lines[3].Text);
        Assert.Empty(d.Warnings);
    }

    [Fact]
    public void Markdown_bullets_reach_the_blocks_as_list_items_under_their_heading()
    {
        var text = "I. NHIỆM VỤ\n\n**1. Tuyên truyền**\n\n*   Sở Văn hóa tổ chức tuyên truyền.\n*   Sở Tư pháp phổ biến pháp luật.\n*   Các huyện thực hiện.\n";
        var (blocks, _) = new LayoutRepair().Repair([new RawPage(1, text, false)]);
        Assert.Equal(["I.", "1.", "-", "-", "-"], blocks.Select(b => b.Marker));
    }
}

public class LayoutDocumentTests
{
    [Fact]
    public void Lines_lose_the_spaces_and_tabs_after_their_text_but_a_line_of_spaces_keeps_them()
    {
        var rule = new string(' ', 30);
        var d = LayoutDocument.FromPages([new RawPage(1, "Số: 12/KH-UBND \t\r\n*  \r\n" + rule + "\r\n1 Ghi chú.", false)]);
        Assert.Equal(["Số: 12/KH-UBND", "*", rule, "1 Ghi chú."], d.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_star_alone_with_a_space_after_it_is_debris_as_without()
    {
        // A lone "*" (an emblem or emphasis left by conversion) goes; with a space after it, it read as a bullet with its
        // text on the next line and glued itself to the number line.
        foreach (var star in new[] { "*", "* ", "*\t" })
        {
            var (blocks, _) = new LayoutRepair().Repair([new RawPage(1, $"TỈNH ỦY HÀ GIANG\n\n{star}\n\nSố 12-NQ/TU\n\nNGHỊ QUYẾT", false)]);
            Assert.Contains(blocks, b => b.Text == "Số 12-NQ/TU");
        }
    }
}

public class LineJoinerInlineNameListTests
{
    private const string Wide = "b) Sở Công Thương chủ trì, triển khai ngay việc kiểm tra thị trường, phối hợp với các Sở:";

    [Fact]
    public void A_full_line_wrapped_after_a_plural_kind_and_its_colon_goes_on_with_the_names()
    {
        var units = Lines.Units(Wide, "Tài chính, Nông nghiệp và Môi trường, Y tế báo cáo kết quả trước ngày 30/6.",
                                "c) Công an tỉnh theo dõi, bảo đảm an ninh trật tự trên địa bàn trong thời gian tổ chức.");
        Assert.Equal(2, units.Count);
        Assert.Equal(Wide + " Tài chính, Nông nghiệp và Môi trường, Y tế báo cáo kết quả trước ngày 30/6.", units[0]);
    }

    [Theory]
    [InlineData("Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ trong kế hoạch của tỉnh năm nay.")] // items name their body whole
    [InlineData("- Tài chính: bố trí kinh phí thực hiện các nhiệm vụ trong kế hoạch của tỉnh năm nay.")] // a marker opens an item
    public void Items_under_the_colon_stay_items(string next)
    {
        Assert.Equal(3, Lines.Units(Wide, next, "c) Công an tỉnh theo dõi, bảo đảm an ninh trật tự trên địa bàn trong thời gian tổ chức.").Count);
    }

    [Fact]
    public void An_intro_that_names_no_plural_kind_keeps_its_break()
    {
        var units = Lines.Units("b) Sở Công Thương chủ trì, triển khai ngay việc kiểm tra thị trường và thực hiện như sau:",
                                "Tài chính, Nông nghiệp và Môi trường, Y tế báo cáo kết quả trước ngày 30/6.",
                                "c) Công an tỉnh theo dõi, bảo đảm an ninh trật tự trên địa bàn trong thời gian tổ chức.");
        Assert.Equal(3, units.Count);
    }

    [Fact]
    public void Segmented_text_is_read_the_same()
    {
        var list = new InlineNameList();
        Assert.Equal("Tổng cục", list.KindOpenedAtEnd("phối_hợp với các Tổng_cục :"));
        Assert.Null(list.KindOpenedAtEnd("b) Các Sở:")); // an owner's heading, not a list inside a sentence
        Assert.Null(list.KindOpenedAtEnd("phối hợp với Vụ:"));
    }
}

public class LineJoinerSectionTitleTests
{
    private static readonly string Full = "Nội dung thứ nhất được trình bày đầy đủ trên dòng này và kéo dài gần hết bề rộng";

    [Fact]
    public void A_section_title_near_the_wrap_width_ends_before_a_capital()
    {
        var units = Lines.Units(Full, "cho tới hết câu.", "II. Tiến độ thực hiện kế hoạch bảo vệ môi trường giai đoạn 2026-2030",
                                "Căn cứ hướng dẫn của cấp trên, các đơn vị xây dựng kế hoạch chi tiết và gửi về", "trước ngày 15.");
        Assert.Equal("II. Tiến độ thực hiện kế hoạch bảo vệ môi trường giai đoạn 2026-2030", units[1]);
        Assert.Equal(3, units.Count);
    }

    [Fact]
    public void The_title_after_a_lone_letter_marker_ends_before_a_capital()
    {
        var units = Lines.Units(Full, "cho tới hết câu.", "B.", "Những yêu cầu chủ yếu trong việc lập kế hoạch phát triển giai đoạn mới",
                                "Kế hoạch phải được xây dựng trên cơ sở đánh giá kết quả thực hiện của giai đoạn", "trước.");
        Assert.Contains("Kế hoạch phải được xây dựng trên cơ sở đánh giá kết quả thực hiện của giai đoạn trước.", units);
    }

    [Fact]
    public void A_full_body_line_still_wraps_before_a_capital()
    {
        var units = Lines.Units(Full, "cho tới hết câu.", "Các đơn vị xây dựng kế hoạch chi tiết theo hướng dẫn của Ủy ban",
                                "Nhân dân tỉnh và gửi về trước ngày 15.", Full, "cho tới hết câu.");
        Assert.Equal(3, units.Count);
    }
}
