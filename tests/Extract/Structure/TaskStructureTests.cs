using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Structure;

public class TaskStructureTests
{
    private static readonly DocumentExtractor Extractor = new();

    private static IReadOnlyList<TaskItem> Tasks(params string[] lines) => Extractor.Extract(DocumentBuilder.FromLines(lines)).Tasks;

    [Fact]
    public void An_item_whose_own_closed_sentence_gives_its_subject_work_is_a_task_besides_its_bullets()
    {
        var tasks = Tasks(
            "KẾ HOẠCH", "Sửa chữa nhà ở cho hộ nghèo năm 2026",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Sở Xây dựng chủ trì, phối hợp với các sở, ngành tổ chức thực hiện Kế hoạch; kiểm tra chất lượng nhà ở sau sửa chữa.",
            "- Hướng dẫn các xã lập hồ sơ sửa chữa nhà ở.", "- Tổng hợp, báo cáo kết quả trước ngày 15/12/2026.",
            "2. Sở Tài chính có trách nhiệm thực hiện các nội dung sau:",
            "- Bố trí kinh phí sửa chữa nhà ở.", "- Hướng dẫn thanh quyết toán kinh phí.",
            "3. Công tác tuyên truyền.", "- Ủy ban nhân dân các xã tuyên truyền chính sách hỗ trợ nhà ở.");
        Assert.Equal(["III.1", "III.1.1", "III.1.2", "III.2.1", "III.2.2", "III.3.1"], tasks.Select(t => t.Path));
        Assert.Equal(["Sở Xây dựng"], tasks[0].Lead);
        Assert.Equal(["Sở Xây dựng"], tasks[1].Lead);
    }

    [Fact]
    public void Purpose_section_is_not_tasks_and_numbered_items_without_bullets_are()
    {
        var tasks = Tasks(
            "KẾ HOẠCH", "Công tác năm 2025",
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức của cán bộ.",
            "II. NỘI DUNG", "1. Tổ chức tuyên truyền Luật Thi đua, khen thưởng.", "2. Phát động phong trào thi đua yêu nước.");
        Assert.Equal(["II.1", "II.2"], tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_work_list_inside_a_section_that_states_gives_its_items_as_tasks()
    {
        var tasks = Tasks(
            "KẾ HOẠCH", "Tổ chức Tuần lễ an toàn giao thông năm 2026",
            "I. MỤC TIÊU", "1. Giảm số vụ tai nạn giao thông so với năm trước.",
            "2. Tuần lễ an toàn giao thông", "a) Chủ đề", "“An toàn giao thông cho trẻ em”.",
            "b) Các hoạt động chính", "Các cơ quan, đơn vị phối hợp thực hiện các hoạt động sau:",
            "- Tổ chức lễ ra quân bảo đảm trật tự an toàn giao thông.", "- Tuyên truyền Luật Giao thông đường bộ trong trường học.",
            "c) Các hoạt động đã triển khai năm trước", "- Tổ chức diễn đàn an toàn giao thông.",
            "II. PHẠM VI, ĐỐI TƯỢNG, PHƯƠNG ÁN HỖ TRỢ", "1. Đối tượng", "- Học sinh các trường tiểu học.",
            "2. Phương án tặng mũ bảo hiểm", "- Tổ chức trao mũ bảo hiểm tại các trường tiểu học.",
            "III. TỔ CHỨC THỰC HIỆN", "1. Sở Giáo dục và Đào tạo tổ chức tuyên truyền trong trường học.");
        Assert.Equal(["I.2.b.1", "I.2.b.2", "II.2.1", "III.1"], tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_first_section_whose_numeral_was_scanned_as_1_is_section_I()
    {
        var tasks = Tasks(
            "CHỈ THỊ", "Về tăng cường phòng chống hạn hán",
            "1. CHỦ ĐỘNG ỨNG PHÓ", "1. Các bộ, ngành chủ động rà soát phương án phòng chống hạn hán.",
            "2. Ủy ban nhân dân các tỉnh bố trí nguồn nước cho sản xuất.",
            "II. NHIỆM VỤ CỤ THỂ", "1. Bộ Nông nghiệp và Môi trường hướng dẫn lịch thời vụ.");
        Assert.Equal(["I.1", "I.2", "II.1"], tasks.Select(t => t.Path));
        // A "1." in lower case is an item, its numbering not restarted: no section is made of it.
        var items = Tasks(
            "CHỈ THỊ", "Về tăng cường phòng chống hạn hán",
            "1. Tổ chức rà soát phương án", "1. Các bộ, ngành chủ động rà soát phương án phòng chống hạn hán.",
            "II. NHIỆM VỤ CỤ THỂ", "1. Bộ Nông nghiệp và Môi trường hướng dẫn lịch thời vụ.");
        Assert.DoesNotContain("I.1", items.Select(t => t.Path));
    }

    [Fact]
    public void Parts_of_a_long_plan_hold_sections_or_items_and_an_aims_part_holds_no_tasks()
    {
        var tasks = Tasks(
            "KẾ HOẠCH", "Triển khai Đề án",
            "A. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH", "1. Cụ thể hóa nội dung của Đề án.",
            "B. NỘI DUNG, NHIỆM VỤ", "I. CÔNG TÁC QUÁN TRIỆT", "1. Tổ chức quán triệt nội dung Đề án đến các cơ quan.",
            "C. MỘT SỐ GIẢI PHÁP TRỌNG TÂM ĐẾN NĂM 2015", "1. Hoàn thành việc xây dựng các văn bản hướng dẫn.",
            "D. TỔ CHỨC THỰC HIỆN", "1. Bộ Quốc phòng", "Chủ trì hướng dẫn các địa phương thực hiện Kế hoạch.");
        Assert.Equal(["B.I.1", "C.1", "D.1"], tasks.Select(t => t.Path));
        Assert.Equal("Bộ Quốc phòng", Assert.Single(tasks[2].Lead));
    }

    [Fact]
    public void Part_A_after_a_decisions_signature_opens_the_plan_it_issues()
    {
        var tasks = Tasks(
            "QUYẾT ĐỊNH", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Đề án.",
            "Nơi nhận:", "- Như Điều 3;",
            "A. MỤC ĐÍCH, YÊU CẦU", "1. Cụ thể hóa nội dung của Đề án.",
            "B. NHIỆM VỤ", "1. Tổ chức tuyên truyền nội dung Đề án đến các cơ quan, đơn vị.");
        Assert.Equal(["B.1"], tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_closing_exhortation_is_not_a_task()
    {
        var tasks = Tasks(
            "IV. TỔ CHỨC THỰC HIỆN",
            "1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.",
            "2. Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện.",
            "Yêu cầu các sở, ban, ngành, đơn vị, địa phương nghiêm túc triển khai thực hiện./.");
        Assert.Equal(["IV.1", "IV.2"], tasks.Select(t => t.Path));
        Assert.DoesNotContain("nghiêm túc", tasks[1].Text);
    }

    [Fact]
    public void A_reports_tasks_are_those_of_its_part_about_the_coming_period()
    {
        var tasks = Tasks(
            "BÁO CÁO", "Tình hình thực hiện nhiệm vụ tháng 02 và kế hoạch công tác tháng 03 năm 2010",
            "A. Thực hiện nhiệm vụ công tác tháng 02 năm 2010",
            "I. Xây dựng văn bản", "1. Bộ đã trình Chính phủ dự thảo Nghị định về mức lương tối thiểu.",
            "B. Nhiệm vụ công tác trọng tâm tháng 3 năm 2010",
            "I. Xây dựng văn bản", "1. Trình Chính phủ dự thảo Nghị định quy định mức trợ cấp ưu đãi.",
            "II. Chỉ đạo công tác chuyên môn", "1. Tổ chức thanh tra việc thực hiện chính sách ưu đãi người có công.");
        Assert.Equal(["B.I.1", "B.II.1"], tasks.Select(t => t.Path));
    }

    [Fact]
    public void A_report_without_a_part_about_the_coming_period_has_no_tasks()
    {
        var tasks = Tasks(
            "BÁO CÁO", "Kết quả thực hiện Kế hoạch năm 2024",
            "I. KẾT QUẢ THỰC HIỆN", "1. Đã tổ chức tuyên truyền Luật Thi đua, khen thưởng đến các cơ quan.",
            "II. ĐÁNH GIÁ CHUNG", "1. Công tác tuyên truyền được triển khai kịp thời.");
        Assert.Empty(tasks);
    }

    [Fact]
    public void A_sentence_starting_with_a_capital_letter_and_a_dot_is_not_a_part()
    {
        var tasks = Tasks(
            "II. NHIỆM VỤ",
            "1. Tổ chức tuyên truyền về phòng chống dịch bệnh.",
            "A. Nguyễn Văn phụ trách tổng hợp báo cáo kết quả.");
        Assert.Equal(["II.1"], tasks.Select(t => t.Path));
    }

    [Fact]
    public void An_executing_bodies_field_over_lead_and_support_fields_gives_both_roles()
    {
        var tasks = Tasks(
            "IV. KIỆN TOÀN TỔ CHỨC",
            "1. Nội dung, biện pháp",
            "a) Thành lập Ban Chỉ đạo ở các quân khu;",
            "b) Kiện toàn cơ quan chuyên môn ở các cấp.",
            "2. Cơ quan thực hiện",
            "a) Cơ quan chủ trì",
            "- Bộ Quốc phòng.",
            "b) Cơ quan phối hợp",
            "- Bộ Nội vụ.",
            "3. Thời gian thực hiện: Tháng 12/2013.");
        Assert.Equal(["IV.1.a", "IV.1.b"], tasks.Select(t => t.Path));
        Assert.All(tasks, t => Assert.Equal(["Bộ Quốc phòng"], t.Lead));
        Assert.All(tasks, t => Assert.Equal(["Bộ Nội vụ"], t.Support));
        Assert.All(tasks, t => Assert.Equal(new DateOnly(2013, 12, 31), t.Deadline?.Due));
    }

    [Fact]
    public void An_executing_bodies_field_naming_who_chairs_and_who_helps_gives_both_roles()
    {
        var tasks = Tasks(
            "KẾ HOẠCH", "Tổ chức Tháng hành động vì trẻ em năm 2026",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Hoạt động 1. Tổ chức lễ phát động Tháng hành động vì trẻ em",
            "- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân các xã, phường.",
            "- Thời gian thực hiện: Tháng 6/2026.",
            "2. Hoạt động 2. Kiểm tra các cơ sở bảo trợ trẻ em",
            "- Cơ quan thực hiện: Thanh tra tỉnh chủ trì phối hợp Công an tỉnh.",
            "- Thời gian thực hiện: Quý III/2026.");
        Assert.Equal(["III.1", "III.2"], tasks.Select(t => t.Path));
        Assert.Equal(["Sở Y tế"], tasks[0].Lead);
        Assert.Equal(["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân các xã, phường"], tasks[0].Support);
        Assert.Equal(["Thanh tra tỉnh"], tasks[1].Lead);
        Assert.Equal(["Công an tỉnh"], tasks[1].Support);
    }

    [Fact]
    public void A_lead_field_named_chu_tri_thuc_hien_gives_the_lead()
    {
        var tasks = Tasks(
            "IV. KIỆN TOÀN TỔ CHỨC",
            "1. Nội dung, biện pháp",
            "a) Thành lập Ban Chỉ đạo ở các quân khu;",
            "2. Chủ trì thực hiện",
            "- Bộ Quốc phòng.",
            "3. Thời gian thực hiện: Tháng 12/2013.");
        Assert.Equal("Bộ Quốc phòng", Assert.Single(Assert.Single(tasks).Lead));
    }

    [Fact]
    public void Owner_heading_passes_its_owner_to_bullets_and_is_not_a_task()
    {
        var tasks = Tasks(
            "III. TỔ CHỨC THỰC HIỆN",
            "2. Sở Nội vụ (Ban Thi đua - Khen thưởng):",
            "- Tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch tổ chức phong trào thi đua;",
            "- Phối hợp với Sở Tài chính làm tốt công tác tuyên truyền.");
        Assert.Equal(["III.2.1", "III.2.2"], tasks.Select(t => t.Path));
        Assert.All(tasks, t => Assert.Equal(["Sở Nội vụ (Ban Thi đua - Khen thưởng)"], t.Lead));
        Assert.Contains("Sở Tài chính", tasks[1].Support);
        Assert.All(tasks, t => Assert.Equal(AssignmentMode.Assigned, t.Mode));
    }

    [Fact]
    public void Responsibility_line_applies_to_bullets_since_the_previous_one()
    {
        var tasks = Tasks(
            "II. NHIỆM VỤ, GIẢI PHÁP",
            "2. Tăng cường công tác lãnh đạo",
            "- Xây dựng kế hoạch cụ thể về thi đua.",
            "- Đổi mới hoạt động của hội đồng thi đua.",
            "* Sở Nội vụ chủ trì triển khai, hoàn thành trước ngày 30-3-2025.",
            "- Củng cố tổ chức bộ máy làm công tác thi đua.",
            "* Sở Tài chính thực hiện thường xuyên.");
        Assert.Equal(["II.2.1", "II.2.2", "II.2.3"], tasks.Select(t => t.Path));
        Assert.Equal("Sở Nội vụ", Assert.Single(tasks[0].Lead));
        Assert.Equal("Sở Nội vụ", Assert.Single(tasks[1].Lead));
        Assert.Equal(new DateOnly(2025, 3, 30), tasks[1].Deadline?.Due);
        Assert.Equal("Sở Tài chính", Assert.Single(tasks[2].Lead));
        Assert.Equal(DeadlineKind.Ongoing, tasks[2].Deadline?.Kind);
    }

    [Fact]
    public void Plus_bullets_under_an_owner_only_bullet_get_four_level_paths()
    {
        var tasks = Tasks(
            "II. NỘI DUNG",
            "2. Tuyên truyền, phổ biến pháp luật",
            "- Các cơ quan, đơn vị, địa phương:",
            "+ Tiếp tục tuyên truyền tư tưởng thi đua yêu nước;",
            "+ Lựa chọn các tập thể tiêu biểu để tuyên truyền.",
            "- Cơ quan truyền thông của tỉnh: Xây dựng chuyên trang, chuyên mục.");
        Assert.Equal(["II.2.1.1", "II.2.1.2", "II.2.2"], tasks.Select(t => t.Path));
        Assert.Equal("Các cơ quan, đơn vị, địa phương", Assert.Single(tasks[0].Lead));
        Assert.Equal("Cơ quan truyền thông của tỉnh", Assert.Single(tasks[2].Lead));
    }

    [Fact]
    public void Continuation_joins_its_item_standalone_paragraph_at_the_end_of_III_is_a_task_and_boilerplate_is_not()
    {
        var tasks = Tasks(
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Sở Nội vụ tổ chức quán triệt kế hoạch.",
            "Chỉ đạo tổ chức phát động các phong trào thi đua.",
            "2. Sở Tài chính bảo đảm kinh phí thực hiện.",
            "Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan theo dõi, kiểm tra việc thực hiện Kế hoạch này.",
            "Trên đây là Kế hoạch thi đua của tỉnh; nếu có khó khăn, vướng mắc phản ánh về Sở Nội vụ.",
            "Nơi nhận:", "- Như trên;", "- Lưu VT.");
        Assert.Equal(["III.1", "III.2", "III"], tasks.Select(t => t.Path));
        Assert.Contains("phát động các phong trào", tasks[0].Text);
        Assert.Equal("Sở Tư pháp", Assert.Single(tasks[2].Lead));
        Assert.Contains("các cơ quan liên quan", tasks[2].Support);
        Assert.DoesNotContain(tasks, t => t.Text.Contains("Trên đây"));
    }

    [Fact]
    public void Directive_items_after_a_requirement_intro_take_the_addressee()
    {
        var result = Extractor.Extract(DocumentBuilder.FromLines(
            "CHỈ THỊ", "Về việc đào tạo nghề",
            "Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:",
            "1. Chỉ đạo các cấp đưa nội dung đào tạo nghề vào kế hoạch hàng năm.",
            "2. Sở Lao động - Thương binh và Xã hội có trách nhiệm thống kê nhu cầu đào tạo."));
        Assert.Equal(DocumentKind.ChiThi, result.Document.Kind);
        Assert.Equal(["1", "2"], result.Tasks.Select(t => t.Path));
        Assert.Equal(AssignmentMode.Required, result.Tasks[0].Mode);
        Assert.Contains(result.Tasks[0].Lead, l => l.StartsWith("Chủ tịch Ủy ban nhân dân", StringComparison.Ordinal));
        Assert.Contains(result.Tasks[1].Lead, l => l.StartsWith("Sở Lao động", StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_with_a_subject_of_its_own_takes_no_supports_from_the_intro()
    {
        var tasks = Tasks(
            "KẾ HOẠCH", "Rà soát phí, lệ phí", "II. NHIỆM VỤ",
            "1. Sở Tài chính chủ trì, phối hợp với Sở Tư pháp thực hiện các nội dung sau:",
            "a) Sở Tài chính rà soát các khoản phí đang thu trên địa bàn.",
            "b) Xây dựng dự thảo quy định mức thu lệ phí.");
        Assert.Equal(["II.1.a", "II.1.b"], tasks.Select(t => t.Path));
        Assert.Empty(tasks[0].Support);
        Assert.Equal(["Sở Tư pháp"], tasks[1].Support);
    }

    [Fact]
    public void Notes_under_a_ghi_chu_label_are_no_tasks_of_the_item_above()
    {
        var tasks = Tasks(
            "KẾ HOẠCH", "Số hóa hồ sơ lưu trữ", "II. TỔ CHỨC THỰC HIỆN",
            "1. Trung tâm Lưu trữ có trách nhiệm tổ chức số hóa hồ sơ.", "2. Phòng Tài chính bố trí kinh phí.",
            "Ghi chú:", "- Tiến độ có thể điều chỉnh theo thực tế.", "- (*) Hồ sơ mật không số hóa.",
            "III. KINH PHÍ", "1. Phòng Tài chính thẩm định dự toán.");
        Assert.Equal(["II.1", "II.2", "III.1"], tasks.Select(t => t.Path));
    }

    [Fact]
    public void Task_table_rows_are_tasks_with_column_owners_and_deadlines()
    {
        var doc = DocumentBuilder.WithTable(
            ["KẾ HOẠCH", "Chuyển đổi số năm 2025", "PHỤ LỤC"],
            [
                ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"],
                ["I", "Hoàn thiện thể chế", "", "", "", ""],
                ["1", "Xây dựng quy chế quản lý dữ liệu", "Sở Khoa học và Công nghệ", "Sở Tư pháp", "Quý II/2025", "Quyết định"],
                ["2", "Tổ chức tập huấn chuyển đổi số", "Sở Nội vụ", "", "Thường xuyên", "Lớp tập huấn"],
            ]);
        var tasks = Extractor.Extract(doc).Tasks;
        Assert.Equal(["PL1.1", "PL1.2"], tasks.Select(t => t.Path));
        Assert.Equal("Sở Khoa học và Công nghệ", Assert.Single(tasks[0].Lead));
        Assert.Equal("Sở Tư pháp", Assert.Single(tasks[0].Support));
        Assert.Equal(new DateOnly(2025, 6, 30), tasks[0].Deadline?.Due);
        Assert.Equal(DeadlineKind.Ongoing, tasks[1].Deadline?.Kind);
    }

    [Fact]
    public void A_group_column_beside_the_task_column_names_the_group_and_each_row_under_it_is_a_task()
    {
        // "Nhóm hoạt động | Hoạt động": the group's cell is written once, on its first row; the rows below it leave the
        // number and group cells empty and carry their own activity, owners and time.
        var doc = DocumentBuilder.WithTable(
            ["KẾ HOẠCH", "Phát triển rừng bền vững", "PHỤ LỤC"],
            [
                ["TT", "Nhóm hoạt động", "Hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
                ["a)", "Nhóm hoạt động bảo vệ rừng"],
                ["-", "Quản lý rừng bền vững.", "+ Rà soát quy hoạch ba loại rừng.", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "2026 - 2027"],
                ["", "", "+ Tập huấn cho chủ rừng về chứng chỉ rừng.", "Ủy ban nhân dân các xã", "Hội Nông dân", "2027"],
            ]);
        var tasks = Extractor.Extract(doc).Tasks;
        Assert.Equal(2, tasks.Count);
        Assert.Contains("Rà soát quy hoạch ba loại rừng", tasks[0].Text);
        Assert.DoesNotContain("Quản lý rừng bền vững", tasks[0].Text);
        Assert.Equal("Sở Nông nghiệp và Môi trường", Assert.Single(tasks[0].Lead));
        Assert.Contains("Tập huấn cho chủ rừng", tasks[1].Text);
        Assert.Equal("Ủy ban nhân dân các xã", Assert.Single(tasks[1].Lead));
    }

    [Fact]
    public void Appendix_table_flattened_to_lines_is_read_as_rows()
    {
        var tasks = Tasks(
            "KẾ HOẠCH", "Bảo hiểm y tế toàn dân", "PHỤ LỤC", "DANH MỤC CÁC NHIỆM VỤ",
            "STT", "Tên nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành",
            "I. Đổi mới tư duy và hành động",
            "1. Xây dựng Đề án truyền thông về bảo hiểm y tế",
            "Bộ Tài chính", "Bộ Y tế, cơ quan, đơn vị liên quan", "Đề án", "Quý I/2027",
            "STT", "Tên nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành",
            "2. Tăng cường kiểm tra việc thực hiện chính sách",
            "Các bộ ở", "Trung ương, Ủy ban nhân dân cấp tỉnh", "Các cơ quan liên quan.", "Báo cáo", "Thường xuyên");
        Assert.Equal(["PL1.1", "PL1.2"], tasks.Select(t => t.Path));
        Assert.Equal("Bộ Tài chính", Assert.Single(tasks[0].Lead));
        Assert.Contains("Bộ Y tế", tasks[0].Support);
        Assert.Equal(new DateOnly(2027, 3, 31), tasks[0].Deadline?.Due);
        Assert.Equal(DeadlineKind.Ongoing, tasks[1].Deadline?.Kind);
        Assert.DoesNotContain(tasks[1].Support, s => s.Contains("Ủy ban", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a) ", "b) ", "", "II.1.a")]
    [InlineData("- ", "- ", "", "II.1.1")]
    [InlineData("+ ", "+ ", "- ", "II.1.1.1")]
    public void An_attribute_line_after_the_content_lines_gives_its_owners_to_the_items_sub_items(string first, string second, string attribute, string firstPath)
    {
        var tasks = Tasks(
            "II. NHIỆM VỤ",
            "1. Phát triển hạ tầng số",
            "Nâng cấp hạ tầng mạng của các cơ quan nhà nước trên địa bàn tỉnh.",
            attribute + "Cơ quan thực hiện: Sở Khoa học và Công nghệ; phối hợp: Sở Tài chính",
            first + "Nâng cấp mạng diện rộng của tỉnh trước ngày 30/6/2025;",
            second + "Xây dựng trung tâm dữ liệu của tỉnh trong năm 2025.",
            "2. Phát triển nhân lực số",
            "Đào tạo, bồi dưỡng kỹ năng số cho đội ngũ cán bộ, công chức.",
            attribute + "Cơ quan thực hiện: Sở Nội vụ",
            first + "Tập huấn kỹ năng số cho cán bộ, công chức;",
            second + "Đánh giá kỹ năng số của công chức.");
        Assert.Equal(4, tasks.Count);
        Assert.Equal(firstPath, tasks[0].Path);
        Assert.All(tasks.Take(2), t => Assert.Equal(["Sở Khoa học và Công nghệ"], t.Lead));
        Assert.All(tasks.Take(2), t => Assert.Equal(["Sở Tài chính"], t.Support));
        Assert.All(tasks.Skip(2), t => Assert.Equal(["Sở Nội vụ"], t.Lead));
        Assert.All(tasks.Skip(2), t => Assert.Empty(t.Support));
    }

    [Fact]
    public void Labelled_fields_make_one_task()
    {
        var tasks = Tasks(
            "II. NỘI DUNG",
            "1. Phổ biến, giáo dục Luật Việc làm",
            "- Nội dung thực hiện: Tổ chức phổ biến Luật Việc làm bằng nhiều hình thức.",
            "- Cơ quan thực hiện: Sở Nội vụ.",
            "- Thời gian thực hiện: Năm 2025.");
        var task = Assert.Single(tasks);
        Assert.Equal("II.1", task.Path);
        Assert.Equal("Sở Nội vụ", Assert.Single(task.Lead));
        Assert.Equal(new DateOnly(2025, 12, 31), task.Deadline?.Due);
    }

    [Fact]
    public void Section_of_labelled_fields_makes_each_content_item_a_task_with_the_shared_owners()
    {
        var tasks = Tasks(
            "I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN",
            "1. Nội dung, biện pháp",
            "a) Tổ chức hội nghị quán triệt Chỉ thị.",
            "b) Ban hành kế hoạch triển khai thực hiện.",
            "2. Cơ quan chủ trì, phối hợp",
            "a) Cơ quan chủ trì",
            "- Bộ Quốc phòng.",
            "b) Cơ quan phối hợp",
            "- Bộ Nội vụ.",
            "3. Thời gian thực hiện: Tháng 12/2013 và thường xuyên.");
        Assert.Equal(["I.1.a", "I.1.b"], tasks.Select(t => t.Path));
        Assert.All(tasks, t => Assert.Contains("Bộ Quốc phòng", t.Lead));
        Assert.All(tasks, t => Assert.Contains("Bộ Nội vụ", t.Support));
        Assert.All(tasks, t => Assert.NotNull(t.Deadline));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Nơi nhận:")]
    [InlineData("I.")]
    [InlineData("* \n- \n+ \n1.\na)")]
    public void Odd_input_gives_a_result_not_an_exception(string text)
    {
        var result = Extractor.Extract(DocumentBuilder.FromLines(text.Split('\n')));
        Assert.NotNull(result.Document);
    }

    [Fact]
    public void Letter_without_items_assigns_in_the_paragraph_where_a_body_leads()
    {
        var tasks = Tasks(
            "ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "Số: 615 /UBND-NC", "V/v xử lý đơn phản ánh của Hợp tác xã Minh Tâm",
            "Kính gửi:", "- Sở Tư pháp;", "- Ủy ban nhân dân xã Yên Minh.",
            "Ủy ban nhân dân tỉnh nhận được đơn ngày 02/3/2026 của Hợp tác xã Minh Tâm về việc tranh chấp đất rừng.",
            "Về nội dung đơn, giao Sở Tư pháp chủ trì, phối hợp với Ủy ban nhân dân xã Yên Minh kiểm tra, giải quyết đơn theo quy định; báo cáo kết quả trước ngày 15/4/2026.",
            "Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.");
        var task = Assert.Single(tasks);
        Assert.Equal("1", task.Path);
        Assert.Equal(["Sở Tư pháp"], task.Lead);
        Assert.Equal(["Ủy ban nhân dân xã Yên Minh"], task.Support);
    }

    // A letter that hands its one piece of work to bodies in a paragraph, without "chủ trì": the paragraph is the task, a
    // plural head's list after its colon one lead per body; the opening, a plain call to carry it out and the closing line
    // for information give none.
    [Fact]
    public void A_letter_s_paragraph_that_hands_the_work_to_bodies_is_its_task()
    {
        var tasks = Tasks(
            "VĂN PHÒNG CHÍNH PHỦ", "Số: 210/VPCP-NN", "V/v cơ chế hỗ trợ vùng trồng lúa", "Hà Nội, ngày 02 tháng 3 năm 2026",
            "Kính gửi:", "- Các Bộ: Tài chính, Tư pháp;", "- Ủy ban nhân dân tỉnh An Giang.",
            "Xét đề nghị của Ủy ban nhân dân tỉnh An Giang tại Tờ trình số 15/TTr-UBND, Phó Thủ tướng Chính phủ có ý kiến như sau:",
            "Giao các Bộ: Tài chính, Tư pháp xem xét đề xuất của Ủy ban nhân dân tỉnh An Giang, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 3 năm 2026.",
            "Yêu cầu Bộ Tài chính, Bộ Tư pháp và các cơ quan liên quan triển khai thực hiện.",
            "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.");
        var task = Assert.Single(tasks);
        Assert.Equal("1", task.Path);
        Assert.Equal(["Bộ Tài chính", "Bộ Tư pháp"], task.Lead);
    }

    // A notice whose request follows an opening phrase in the same paragraph, and whose last paragraph gives bodies a
    // follow-up of their own ("có trách nhiệm … kiểm tra"): two tasks. A paragraph telling what was received gives none.
    [Fact]
    public void A_notice_s_request_after_an_opening_phrase_and_its_closing_follow_up_are_tasks()
    {
        var tasks = Tasks(
            "ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH", "Số: 31/TB-UBND", "Ninh Bình, ngày 20 tháng 4 năm 2026", "THÔNG BÁO", "Về việc treo cờ Tổ quốc",
            "Ủy ban nhân dân tỉnh nhận được Văn bản số 88/BTC của Bộ Tài chính đề nghị các địa phương hướng dẫn việc treo cờ.",
            "Nhân dịp kỷ niệm Ngày Giải phóng miền Nam. Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành treo cờ Tổ quốc từ ngày 29/4/2026 đến hết ngày 01/5/2026.",
            "Ủy ban nhân dân các xã, phường có trách nhiệm kiểm tra, nhắc nhở việc treo cờ Tổ quốc ở địa bàn dân cư./.");
        Assert.Equal(["1", "2"], tasks.Select(t => t.Path));
        Assert.Equal(["các sở, ban, ngành"], tasks[0].Lead);
        Assert.Equal(AssignmentMode.Requested, tasks[0].Mode);
        Assert.Equal(["Ủy ban nhân dân các xã, phường"], tasks[1].Lead);
    }
}
