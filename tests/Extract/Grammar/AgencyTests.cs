using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Tests.Grammar;

public class AgencyNameTests
{
    [Theory]
    [InlineData("UBND tỉnh", "Ủy ban nhân dân tỉnh")]
    [InlineData("Sở TT&TT", "Sở Thông tin và Truyền thông")]
    [InlineData("Sở TN&MT, Sở KH&ĐT", "Sở Tài nguyên và Môi trường, Sở Kế hoạch và Đầu tư")]
    [InlineData("Sở LĐ-TB&XH và Sở LĐTBXH", "Sở Lao động - Thương binh và Xã hội và Sở Lao động - Thương binh và Xã hội")]
    [InlineData("Sở VHTT&DL", "Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("Sở NN&PTNT; Sở GD&ĐT", "Sở Nông nghiệp và Phát triển nông thôn; Sở Giáo dục và Đào tạo")]
    [InlineData("HĐND, UBND, Ủy ban MTTQ tỉnh", "Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc tỉnh")]
    [InlineData("Thường trực HĐTĐKT tỉnh", "Thường trực Hội đồng Thi đua - Khen thưởng tỉnh")]
    [InlineData("PCT UBND huyện", "Phó Chủ tịch Ủy ban nhân dân huyện")]
    [InlineData("Sở TC, Bộ GTVT", "Sở Tài chính, Bộ Giao thông vận tải")]
    [InlineData("Số: 29/KH-UBND", "Số: 29/KH-UBND")]
    [InlineData("Chỉ thị 41-CT/TW", "Chỉ thị 41-CT/TW")]
    [InlineData("UBNDX và TC", "UBNDX và TC")]
    [InlineData("Ủy ban KH,CN&MT của Quốc hội", "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội")]
    [InlineData("UBND TP Cần Thơ và các sở", "Ủy ban nhân dân thành phố Cần Thơ và các sở")]
    [InlineData("UBND TP. Huế, HĐND TP Huế", "Ủy ban nhân dân thành phố Huế, Hội đồng nhân dân thành phố Huế")]
    [InlineData("Bộ Nông nghiệp và PTNT", "Bộ Nông nghiệp và Phát triển nông thôn")]
    public void Expands_abbreviations_at_word_boundaries(string text, string expected) =>
        Assert.Equal(expected, AgencyName.Expand(text));

    [Fact]
    public void One_body_written_three_ways_has_one_key()
    {
        var k = AgencyName.Key("Sở TT&TT");
        Assert.Equal(k, AgencyName.Key("Sở Thông tin và Truyền thông"));
        Assert.Equal(k, AgencyName.Key("Sở Thông tin và Truyền thông tỉnh Thái Bình"));
        Assert.Equal(k, AgencyName.Key("sở  thông tin và truyền thông"));
        Assert.Equal(AgencyName.Key("các cơ quan liên quan"), AgencyName.Key("Các cơ quan liên quan"));
        Assert.Equal(AgencyName.Key("Ủy ban nhân dân tỉnh Thái Bình"), AgencyName.Key("UBND tỉnh"));
        Assert.Equal(AgencyName.Key("Uỷ ban nhân dân tỉnh"), AgencyName.Key("Ủy ban nhân dân tỉnh"));
    }

    [Fact]
    public void Different_bodies_have_different_keys()
    {
        Assert.NotEqual(AgencyName.Key("Sở Nội vụ"), AgencyName.Key("Sở Tài chính"));
        Assert.NotEqual(AgencyName.Key("Ban Tuyên giáo Tỉnh ủy"), AgencyName.Key("Ban Tuyên giáo"));
    }
}

public class AgencyRecognizerTests
{
    private readonly AgencyRecognizer _recognizer = new();

    private string[] Names(string text) => _recognizer.FindAll(text).Select(m => m.Name).ToArray();

    [Theory]
    // A known official name runs to its end though its later words are in lower case or read like verbs.
    [InlineData("Bộ Nông nghiệp và phát triển nông thôn hướng dẫn", new[] { "Bộ Nông nghiệp và phát triển nông thôn" })]
    [InlineData("Phòng Thương mại và công nghiệp Việt Nam phối hợp", new[] { "Phòng Thương mại và công nghiệp Việt Nam" })]
    [InlineData("Ban Công tác đặc biệt theo dõi", new[] { "Ban Công tác đặc biệt" })]
    [InlineData("Phòng Thương mại và công nghiệp Việt Nam, Ủy ban Dân tộc phối hợp", new[] { "Phòng Thương mại và công nghiệp Việt Nam", "Ủy ban Dân tộc" })]
    [InlineData("Trung tâm Truyền thông tài nguyên và môi trường đưa tin", new[] { "Trung tâm Truyền thông tài nguyên và môi trường" })]
    public void A_known_official_name_runs_to_its_end(string text, string[] names) => Assert.Equal(names, Names(text));

    [Theory]
    // A unit named after a body whose name reads like a verb ("Chỉ đạo") keeps that body's whole name.
    [InlineData("Văn phòng Ban Chỉ đạo tỉnh tổng hợp kết quả", new[] { "Văn phòng Ban Chỉ đạo tỉnh" })]
    [InlineData("Giao Văn phòng Ban Chỉ đạo và Sở Nội vụ theo dõi", new[] { "Văn phòng Ban Chỉ đạo", "Sở Nội vụ" })]
    // The commanders of the military regions head them as a group; the regions alone are a group under a determiner.
    // A journal beside a newspaper is a body of its own.
    [InlineData("Báo Nông nghiệp Việt Nam, Tạp chí Cộng sản đưa tin", new[] { "Báo Nông nghiệp Việt Nam", "Tạp chí Cộng sản" })]
    [InlineData("Tư lệnh các quân khu; Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo", new[] { "Tư lệnh các quân khu", "Chủ tịch Ủy ban nhân dân các tỉnh" })]
    [InlineData("Bộ Quốc phòng hướng dẫn các quân khu, các tỉnh thực hiện", new[] { "Bộ Quốc phòng", "các quân khu" })]
    // "tổ chức" is a body under a determiner before a list of kinds of bodies or "liên quan", else the verb or a topic.
    [InlineData("Phối hợp với các tổ chức, đoàn thể có liên quan vận động nhân dân", new[] { "các tổ chức, đoàn thể có liên quan" })]
    [InlineData("Sở Y tế mời các tổ chức liên quan dự họp", new[] { "Sở Y tế", "các tổ chức liên quan" })]
    [InlineData("Tổ chức, cá nhân hoạt động khoáng sản nộp hồ sơ", new string[0])]
    [InlineData("Các tổ chức hỗ trợ giao dịch: tùy quy mô thị trường", new string[0])]
    public void Bodies_whose_words_read_like_verbs(string text, string[] names) => Assert.Equal(names, Names(text));

    [Theory]
    // Classes of bodies outside the administration, a group under a determiner or in an enumeration of their own kind.
    [InlineData("Các viện nghiên cứu, trường đại học tham gia đào tạo nhân lực", new[] { "Các viện nghiên cứu, trường đại học" })]
    [InlineData("Phối hợp với các Ngân hàng thương mại trên địa bàn triển khai cho vay", new[] { "các Ngân hàng thương mại trên địa bàn" })]
    [InlineData("Các Trung tâm y tế giám sát dịch bệnh", new[] { "Các Trung tâm y tế" })]
    // Another kind of body after a comma is a body of its own, a capitalised class word a body's own name.
    [InlineData("Phối hợp các sở, ngành, các trường đại học, cao đẳng mở lớp", new[] { "các sở, ngành", "các trường đại học, cao đẳng" })]
    // Without a determiner a list of classes is what is worked on.
    [InlineData("Di dời các nhà máy, trường đại học, cao đẳng ra ngoại thành", new string[0])]
    [InlineData("Các sở, ngành liên quan, Viện Quy hoạch Đô thị thực hiện", new[] { "Các sở, ngành liên quan", "Viện Quy hoạch Đô thị" })]
    // Alone a class names no body.
    [InlineData("Huy động lực lượng, phương tiện cứu hộ", new string[0])]
    [InlineData("Ngân hàng thương mại cho vay ưu đãi", new string[0])]
    public void A_class_of_bodies_is_a_group_of_owners(string text, string[] names) => Assert.Equal(names, Names(text));

    [Theory]
    // A force named by its kind needs no determiner; a level and place may follow, a verb after it does not join.
    [InlineData("Lực lượng Công an huyện tăng cường tuần tra", new[] { "Lực lượng Công an huyện" })]
    [InlineData("Phối hợp với lực lượng chức năng xử lý vi phạm", new[] { "lực lượng chức năng" })]
    [InlineData("Các lực lượng chức năng sẵn sàng ứng cứu", new[] { "Các lực lượng chức năng" })]
    public void A_force_named_by_its_kind_is_an_owner(string text, string[] names) => Assert.Equal(names, Names(text));

    [Theory]
    // The merged newspaper and broadcaster with a dash as with a comma; a management board's zone to the end of its name.
    [InlineData("Báo và Phát thanh - Truyền hình Quảng Trị đưa tin", new[] { "Báo và Phát thanh - Truyền hình Quảng Trị" })]
    [InlineData("Ban Quản lý Khu nông nghiệp ứng dụng công nghệ cao tỉnh Lâm Đồng hướng dẫn", new[] { "Ban Quản lý Khu nông nghiệp ứng dụng công nghệ cao tỉnh Lâm Đồng" })]
    public void A_merged_or_zone_body_keeps_its_whole_name(string text, string[] names) => Assert.Equal(names, Names(text));

    [Theory]
    // The places a plural level names after a colon are part of the name (Members makes one body of each).
    [InlineData("Phối hợp với Ủy ban nhân dân các xã: Hòa Bình, Tân Lập khẩn trương thực hiện", new[] { "Ủy ban nhân dân các xã: Hòa Bình, Tân Lập" })]
    [InlineData("Ủy ban nhân dân các xã, phường tổ chức thực hiện", new[] { "Ủy ban nhân dân các xã, phường" })]
    public void The_places_of_a_plural_level_stay_in_the_name(string text, string[] names) => Assert.Equal(names, Names(text));

    [Theory]
    [InlineData("Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện", new[] { "Sở Y tế", "Sở Tài chính" })]
    [InlineData("Giao Sở TT&TT hướng dẫn các huyện", new[] { "Sở Thông tin và Truyền thông" })]
    [InlineData("Ủy ban nhân dân tỉnh Nam Định chỉ đạo", new[] { "Ủy ban nhân dân tỉnh Nam Định" })]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch tổ chức", new[] { "Sở Văn hóa, Thể thao và Du lịch" })]
    [InlineData("Đài Phát thanh và Truyền hình Nghệ An, Báo Nghệ An đưa tin", new[] { "Đài Phát thanh và Truyền hình Nghệ An", "Báo Nghệ An" })]
    [InlineData("Sở Tư pháp và Sở Công Thương phối hợp", new[] { "Sở Tư pháp", "Sở Công Thương" })]
    [InlineData("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh vận động", new[] { "Mặt trận Tổ quốc", "các tổ chức chính trị - xã hội tỉnh" })]
    [InlineData("Các sở, ban, ngành, đoàn thể triển khai", new[] { "Các sở, ban, ngành, đoàn thể" })]
    [InlineData("Các cơ quan, đơn vị, địa phương thực hiện", new[] { "Các cơ quan, đơn vị, địa phương" })]
    [InlineData("Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo", new[] { "Ủy ban nhân dân các huyện, thị xã, thành phố" })]
    [InlineData("các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", new[] { "các huyện ủy, thành ủy", "đảng ủy trực thuộc Tỉnh ủy" })]
    [InlineData("Chi cục Thú y, Sở Nông nghiệp phối hợp", new[] { "Chi cục Thú y, Sở Nông nghiệp" })]
    [InlineData("Ban Dân tộc tỉnh, Sở Nội vụ phối hợp", new[] { "Ban Dân tộc tỉnh", "Sở Nội vụ" })]
    [InlineData("phối hợp với các sở, ngành và địa phương liên quan triển khai", new[] { "các sở, ngành và địa phương liên quan" })]
    [InlineData("Các cơ quan, đơn vị và doanh nghiệp thực hiện", new[] { "Các cơ quan, đơn vị và doanh nghiệp" })]
    [InlineData("phối hợp với các sở, ngành và các địa phương thực hiện", new[] { "các sở, ngành", "các địa phương" })]
    [InlineData("phối hợp với các cơ quan và các đơn vị thực hiện", new[] { "các cơ quan", "các đơn vị" })]
    [InlineData("Cục Quản lý thị trường, Sở Công Thương phối hợp", new[] { "Cục Quản lý thị trường", "Sở Công Thương" })]
    [InlineData("Vụ Tổ chức cán bộ, Ủy ban nhân dân tỉnh Hà Giang phối hợp", new[] { "Vụ Tổ chức cán bộ", "Ủy ban nhân dân tỉnh Hà Giang" })]
    [InlineData("Cục Kiểm lâm, Bộ Nông nghiệp và Phát triển nông thôn phối hợp", new[] { "Cục Kiểm lâm, Bộ Nông nghiệp và Phát triển nông thôn" })]
    [InlineData("Sở Nội vụ (Ban Tôn giáo): tham mưu", new[] { "Sở Nội vụ (Ban Tôn giáo)" })]
    [InlineData("Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm", new[] { "Thủ trưởng các cơ quan, đơn vị" })]
    [InlineData("người đứng đầu cơ quan, đơn vị phải gương mẫu", new[] { "người đứng đầu cơ quan, đơn vị" })]
    [InlineData("Thủ tướng Chính phủ giao Bộ Công an", new[] { "Thủ tướng Chính phủ", "Bộ Công an" })]
    [InlineData("Công an tỉnh, Bảo hiểm xã hội tỉnh, Kho bạc Nhà nước tỉnh", new[] { "Công an tỉnh", "Bảo hiểm xã hội tỉnh", "Kho bạc Nhà nước tỉnh" })]
    [InlineData("Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh, Tỉnh đoàn", new[] { "Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh", "Tỉnh đoàn" })]
    [InlineData("chính quyền các cấp, các ngành", new[] { "chính quyền các cấp, các ngành" })]
    [InlineData("các Cụm, Khối thi đua của tỉnh", new[] { "các Cụm, Khối thi đua của tỉnh" })]
    [InlineData("Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam đưa tin", new[] { "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam" })]
    [InlineData("Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh phối hợp", new[] { "Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh" })]
    [InlineData("Kiểm toán nhà nước và Bộ đội Biên phòng tỉnh kiểm tra", new[] { "Kiểm toán nhà nước", "Bộ đội Biên phòng tỉnh" })]
    [InlineData("Học viện Chính trị khu vực I, Đại học Quốc gia Hà Nội tổ chức", new[] { "Học viện Chính trị khu vực I", "Đại học Quốc gia Hà Nội" })]
    [InlineData("Phối hợp với Thương vụ Việt Nam, Cục Xúc tiến thương mại nắm bắt thị trường", new[] { "Thương vụ Việt Nam", "Cục Xúc tiến thương mại" })]
    [InlineData("Lấy mẫu tại xã Trường Văn và phường Hội Hợp; Trường Đại học Vinh phối hợp", new[] { "Trường Đại học Vinh" })]
    [InlineData("Ban Chỉ đạo cấp quân khu, Mặt trận Tổ quốc cấp cơ sở thực hiện", new[] { "Ban Chỉ đạo cấp quân khu", "Mặt trận Tổ quốc cấp cơ sở" })]
    [InlineData("Vườn quốc gia Cúc Phương, Sở Nông nghiệp và Môi trường tuần tra", new[] { "Vườn quốc gia Cúc Phương", "Sở Nông nghiệp và Môi trường" })]
    public void Recognises_body_shapes(string text, string[] expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Trung ương Hội Nông dân Việt Nam, Trung ương Đoàn Thanh niên vận động", new[] { "Trung ương Hội Nông dân Việt Nam", "Trung ương Đoàn Thanh niên" })]
    [InlineData("Ban Chấp hành Trung ương Hội Chữ thập đỏ Việt Nam chỉ đạo", new[] { "Ban Chấp hành Trung ương Hội Chữ thập đỏ Việt Nam" })]
    public void The_central_committee_of_a_mass_organisation_is_one_body(string text, string[] expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh tuần tra", new[] { "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh" })]
    [InlineData("Ban Chỉ huy Bộ đội Biên phòng thành phố chủ trì", new[] { "Ban Chỉ huy Bộ đội Biên phòng thành phố" })]
    public void A_command_names_the_force_it_commands(string text, string[] expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Ban Quản lý khu Kinh tế, Sở Xây dựng kiểm tra", new[] { "Ban Quản lý khu Kinh tế", "Sở Xây dựng" })]
    [InlineData("Ban quản lý khu kinh tế tỉnh chủ trì", new[] { "Ban quản lý khu kinh tế tỉnh" })]
    public void The_zone_a_board_manages_names_it(string text, string[] expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("phối hợp với các Sở, Ban, ngành liên quan rà soát", new[] { "các Sở, Ban, ngành liên quan" })]
    [InlineData("phối hợp với các sở, Ban Dân tộc rà soát", new[] { "các sở", "Ban Dân tộc" })]
    [InlineData("Doanh nghiệp, Sở, ban, ngành có liên quan", new[] { "Doanh nghiệp", "Sở, ban, ngành có liên quan" })]
    public void A_capital_in_a_list_of_kinds_is_the_writers(string text, string[] expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Thanh tra Chính phủ, Thanh tra các bộ, ngành, địa phương tăng cường thanh tra", new[] { "Thanh tra Chính phủ", "Thanh tra các bộ, ngành, địa phương" })]
    [InlineData("Thanh tra tỉnh và các sở, ngành kiểm tra", new[] { "Thanh tra tỉnh", "các sở, ngành" })]
    public void The_inspectorates_of_a_group_of_bodies_are_one_owner(string text, string[] expected) => Assert.Equal(expected, Names(text));

    [Fact]
    public void Providing_is_a_verb_after_a_list_of_levels() =>
        Assert.Equal(["Ủy ban nhân dân xã, phường"], Names("Ủy ban nhân dân xã, phường cung cấp danh sách người hưởng."));

    [Theory]
    [InlineData("Đề nghị chủ đầu tư bổ sung hồ sơ", new[] { "chủ đầu tư" })]
    [InlineData("vì vậy, yêu cầu đơn vị rà soát lại", new[] { "đơn vị" })]
    [InlineData("đề nghị tổ chức hội nghị sơ kết", new string[0])]
    [InlineData("chủ đầu tư bổ sung hồ sơ", new string[0])]
    public void The_party_a_request_asks_needs_no_determiner(string text, string[] expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("phối hợp với các cơ quan thông tấn, báo chí đưa tin", new[] { "các cơ quan thông tấn, báo chí" })]
    [InlineData("Các tập đoàn, tổng công ty nhà nước chủ động tái cơ cấu", new[] { "Các tập đoàn, tổng công ty nhà nước" })]
    [InlineData("Tập đoàn lớn mạnh", new string[0])]
    public void The_press_and_state_corporations_are_groups_of_bodies(string text, string[] expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Bộ Tài chính \nBộ Y tế \nQuý II/2026", new[] { "Bộ Tài chính", "Bộ Y tế" })]
    [InlineData("Bộ Quốc phòng Chủ trì xây dựng", new[] { "Bộ Quốc phòng" })]
    [InlineData("Bộ Giáo dục và \nĐào tạo, Bộ Tài \nchính phối hợp", new[] { "Bộ Giáo dục và Đào tạo", "Bộ Tài chính" })]
    [InlineData("Sở Công_Thương các tỉnh tiếp_tục", new[] { "Sở Công Thương các tỉnh" })]
    [InlineData("Chính phủ ngày 24 tháng 5 đã ban hành", new[] { "Chính phủ" })]
    [InlineData("Bộ Công an\na) Chủ trì", new[] { "Bộ Công an" })]
    [InlineData("Ngân hàng Chính sách xã hội tỉnh cho vay", new[] { "Ngân hàng Chính sách xã hội tỉnh" })]
    [InlineData("Tổng cục Chính trị - Bộ Quốc phòng chỉ đạo", new[] { "Tổng cục Chính trị", "Bộ Quốc phòng" })]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBÁO CÁO TÌNH HÌNH", new string[0])]
    [InlineData("Nguyễn Văn An chủ trì", new string[0])]
    [InlineData("Bộ Ngoại giao, Bộ Giáo dục và Đào tạo phối hợp", new[] { "Bộ Ngoại giao", "Bộ Giáo dục và Đào tạo" })]
    [InlineData("Ủy ban nhân dân cấp tỉnh, cấp xã bố trí", new[] { "Ủy ban nhân dân cấp tỉnh, cấp xã" })]
    [InlineData("các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ triển khai", new[] { "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ" })]
    [InlineData("Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ chỉ đạo", new[] { "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ" })]
    [InlineData("Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ chỉ đạo", new[] { "Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ" })]
    [InlineData("các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo", new[] { "các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "Chủ tịch Ủy ban nhân dân các tỉnh" })]
    [InlineData("các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo", new[] { "các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Chủ tịch Ủy ban nhân dân các tỉnh" })]
    [InlineData("Các sở, ban, ngành, đơn vị, tổ chức chính trị - xã hội, hội, đoàn thể chủ động", new[] { "Các sở, ban, ngành, đơn vị, tổ chức chính trị - xã hội, hội, đoàn thể" })]
    [InlineData("Các bộ ở Trung ương, Ủy ban nhân dân cấp tỉnh ở địa phương thực hiện", new[] { "Các bộ ở Trung ương", "Ủy ban nhân dân cấp tỉnh ở địa phương" })]
    [InlineData("các sở, ngành, cơ quan liên quan và các cơ quan, tổ chức khác có liên quan", new[] { "các sở, ngành, cơ quan liên quan", "các cơ quan, tổ chức khác có liên quan" })]
    [InlineData("Các đơn vị thuộc Bộ Quốc phòng; các tổ chức chính trị - xã hội.", new[] { "Các đơn vị thuộc Bộ Quốc phòng", "các tổ chức chính trị - xã hội" })]
    public void Reads_tables_wrapped_and_segmented_text(string text, string[] expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Ủy ban nhân dân huyện, thị trấn tổ chức", new[] { "Ủy ban nhân dân huyện, thị trấn" })]
    [InlineData("Công an tỉnh, thành phố trực thuộc Trung ương kiểm tra", new[] { "Công an tỉnh, thành phố trực thuộc Trung ương" })]
    [InlineData("Ủy ban nhân dân xã, Sở Y tế phối hợp", new[] { "Ủy ban nhân dân xã", "Sở Y tế" })]
    [InlineData("Báo và Phát thanh, Truyền hình Quảng Ninh; Sở Nội vụ đưa tin", new[] { "Báo và Phát thanh, Truyền hình Quảng Ninh", "Sở Nội vụ" })]
    [InlineData("Sở Xây dựng và đơn vị liên quan kiểm tra", new[] { "Sở Xây dựng", "đơn vị liên quan" })]
    [InlineData("Vụ Pháp chế và Vụ Tổ chức cán bộ thẩm định", new[] { "Vụ Pháp chế", "Vụ Tổ chức cán bộ" })]
    [InlineData("các Bộ: Tư pháp, Nội vụ, Giáo dục và Đào tạo, Cục Thuế tỉnh góp ý", new[] { "các Bộ: Tư pháp, Nội vụ, Giáo dục và Đào tạo", "Cục Thuế tỉnh" })]
    [InlineData("các Vụ: Thị trường trong nước, Kế hoạch làm việc với doanh nghiệp", new[] { "các Vụ: Thị trường trong nước, Kế hoạch" })]
    // A proper head opens a known official name before a lower-case word; a capitalised branch keeps its own tail.
    [InlineData("Ngân hàng Nhà nước chi nhánh khu vực 9, Sở Tài chính hướng dẫn", new[] { "Ngân hàng Nhà nước chi nhánh khu vực 9", "Sở Tài chính" })]
    [InlineData("Ngân hàng nhà nước khu vực IV chỉ đạo các ngân hàng thương mại", new[] { "Ngân hàng nhà nước khu vực IV", "các ngân hàng thương mại" })]
    // A listed name keeps its later words however they are cased ("truyền thông"), and the list goes on after it.
    [InlineData("các Sở: Tư pháp, Thông tin và truyền thông, Y tế, Cục Thuế tỉnh kiểm tra",
        new[] { "các Sở: Tư pháp, Thông tin và truyền thông, Y tế", "Cục Thuế tỉnh" })]
    [InlineData("các cơ quan của Bộ, ngành, các đơn vị liên quan", new[] { "các cơ quan của Bộ, ngành", "các đơn vị liên quan" })]
    [InlineData("các đơn vị thuộc các Bộ: Tư pháp, Quốc phòng, Ngân hàng Nhà nước Việt Nam", new[] { "các đơn vị thuộc các Bộ: Tư pháp, Quốc phòng", "Ngân hàng Nhà nước Việt Nam" })]
    [InlineData("Giám đốc Sở, Chủ tịch Ủy ban nhân dân huyện", new[] { "Giám đốc Sở", "Chủ tịch Ủy ban nhân dân huyện" })]
    [InlineData("Cục Đầu tư nước ngoài và Vụ Thị trường trong nước phối hợp", new[] { "Cục Đầu tư nước ngoài", "Vụ Thị trường trong nước" })]
    [InlineData("Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan có trách nhiệm thực hiện", new[] { "Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan" })]
    [InlineData("Các doanh nghiệp trên địa bàn tỉnh có trách nhiệm", new[] { "Các doanh nghiệp trên địa bàn tỉnh" })]
    [InlineData("Sở Y tế, cơ sở khám bệnh, chữa bệnh phối hợp", new[] { "Sở Y tế", "cơ sở khám bệnh, chữa bệnh" })]
    [InlineData("Các cơ sở giáo dục tỉnh tổ chức", new[] { "Các cơ sở giáo dục tỉnh" })]
    [InlineData("Ban Quản lý các khu công nghiệp và chế xuất Đồng Nai chỉ đạo", new[] { "Ban Quản lý các khu công nghiệp và chế xuất Đồng Nai" })]
    [InlineData("các Bộ Y tế, Giáo dục và Đào tạo, Công an hướng dẫn", new[] { "các Bộ Y tế, Giáo dục và Đào tạo, Công an" })]
    [InlineData("các Sở Văn hóa, Thể thao và Du lịch tổ chức", new[] { "các Sở Văn hóa, Thể thao và Du lịch" })]
    [InlineData("các Cục Hàng hải, Sở Giao thông vận tải kiểm tra", new[] { "các Cục Hàng hải", "Sở Giao thông vận tải" })]
    [InlineData("các Bộ: Quốc phòng, Công an, Lao động - Thương binh và Xã hội phối hợp", new[] { "các Bộ: Quốc phòng, Công an, Lao động - Thương binh và Xã hội" })]
    public void Keeps_shared_head_enumerations_as_one_body(string text, string[] expected) => Assert.Equal(expected, Names(text));

    // Issue 10: official names with a comma inside, and collective owners of the National Assembly.
    [Theory]
    [InlineData("Ủy ban Tài chính, Ngân sách của Quốc hội thẩm tra dự án", new[] { "Ủy ban Tài chính, Ngân sách của Quốc hội" })]
    [InlineData("Giao Ủy ban Văn hóa, Giáo dục chủ trì", new[] { "Ủy ban Văn hóa, Giáo dục" })]
    [InlineData("Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng góp ý", new[] { "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng" })]
    [InlineData("Ủy ban Khoa học, Công nghệ và Môi trường, Bộ Tư pháp phối hợp", new[] { "Ủy ban Khoa học, Công nghệ và Môi trường", "Bộ Tư pháp" })]
    [InlineData("Ủy ban Quốc phòng, An ninh và Đối ngoại giám sát", new[] { "Ủy ban Quốc phòng, An ninh và Đối ngoại" })]
    [InlineData("Bộ Văn hóa, Thể thao và Du lịch hướng dẫn", new[] { "Bộ Văn hóa, Thể thao và Du lịch" })]
    [InlineData("Bộ Lao động - Thương binh và Xã hội, Bộ Y tế phối hợp", new[] { "Bộ Lao động - Thương binh và Xã hội", "Bộ Y tế" })]
    [InlineData("Sở Tài chính, Sở Nội vụ thẩm định", new[] { "Sở Tài chính", "Sở Nội vụ" })]
    [InlineData("Bộ Tài chính, Ngân hàng Nhà nước Việt Nam bảo đảm", new[] { "Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam" })]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo tổ chức", new[] { "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo" })]
    public void Keeps_a_comma_inside_an_official_name(string text, string[] expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Các Đoàn đại biểu Quốc hội tổ chức tiếp xúc cử tri", new[] { "Các Đoàn đại biểu Quốc hội" })]
    [InlineData("Đoàn đại biểu Quốc hội tỉnh Lào Cai giám sát", new[] { "Đoàn đại biểu Quốc hội tỉnh Lào Cai" })]
    [InlineData("Hội đồng Dân tộc, các Ủy ban của Quốc hội thẩm tra", new[] { "Hội đồng Dân tộc", "các Ủy ban của Quốc hội" })]
    [InlineData("các Ban của Quốc hội và Văn phòng Quốc hội chuẩn bị", new[] { "các Ban của Quốc hội", "Văn phòng Quốc hội" })]
    [InlineData("Giao các Ban của Tỉnh ủy tham mưu", new[] { "các Ban của Tỉnh ủy" })]
    [InlineData("Các cơ quan thuộc UBTVQH, Đoàn ĐBQH tỉnh Cà Mau phối hợp", new[] { "Các cơ quan thuộc Ủy ban Thường vụ Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Cà Mau" })]
    [InlineData("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh tổng hợp", new[] { "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh" })]
    public void Reads_collective_owners_of_elected_bodies(string text, string[] expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("nhiệm vụ trọng tâm và đơn vị tính")]
    [InlineData("vụ việc phức tạp")]
    public void Department_head_needs_a_capitalised_name(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("Ban hành kế hoạch và báo cáo kết quả")]
    [InlineData("Báo cáo kết quả thực hiện; kiện toàn bộ máy")]
    [InlineData("học tập tư tưởng của Chủ tịch Hồ Chí Minh")]
    [InlineData("trong trường hợp cần thiết")]
    [InlineData("")]
    public void Ignores_words_that_only_look_like_heads(string text) => Assert.Empty(Names(text));

    [Fact]
    public void Offsets_point_into_the_original_text_even_for_abbreviations()
    {
        const string text = "Giao Sở TT&TT chủ trì, phối hợp UBND các huyện.";
        var all = _recognizer.FindAll(text);
        Assert.Equal(2, all.Count);
        Assert.Equal("Sở TT&TT", text.Substring(all[0].Start, all[0].Length));
        Assert.Equal("Sở Thông tin và Truyền thông", all[0].Name);
        Assert.Equal("UBND các huyện", text.Substring(all[1].Start, all[1].Length));
        Assert.Equal(AgencyName.Key("Sở Thông tin và Truyền thông tỉnh Bắc Ninh"), all[0].Key);
    }

    // Party bodies as owners: the organisation of a body (Tổ đảng, Chi bộ, Đảng bộ, Đảng ủy, Đảng đoàn, Ban cán sự
    // đảng) names that body after it, and the standing members (Thường trực) name the council they belong to.
    [Theory]
    [InlineData("Tổ đảng ở Thường trực Ủy ban Văn hóa và Giáo dục chủ trì thẩm tra dự án luật.", new[] { "Tổ đảng ở Thường trực Ủy ban Văn hóa và Giáo dục" })]
    [InlineData("Chi bộ Văn phòng Sở Nội vụ phối hợp với Đảng bộ Công an tỉnh tổ chức học tập.", new[] { "Chi bộ Văn phòng Sở Nội vụ", "Đảng bộ Công an tỉnh" })]
    [InlineData("Ban cán sự đảng Bộ Tư pháp và Đảng đoàn Hội Nông dân tỉnh lãnh đạo triển khai.", new[] { "Ban cán sự đảng Bộ Tư pháp", "Đảng đoàn Hội Nông dân tỉnh" })]
    [InlineData("Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện.", new[] { "Thường trực Hội đồng nhân dân tỉnh" })]
    [InlineData("Các chi bộ, tổ đảng quán triệt đến từng đảng viên.", new[] { "Các chi bộ, tổ đảng" })]
    [InlineData("Ban Thường vụ Huyện ủy chỉ đạo; Ủy ban Kiểm tra Huyện ủy kiểm tra.", new[] { "Ban Thường vụ Huyện ủy", "Ủy ban Kiểm tra Huyện ủy" })]
    public void Recognises_party_bodies_and_standing_members(string text, string[] expected) =>
        Assert.Equal(expected, Names(text));

    // Central Party bodies and Party organs of a group of bodies: each one owner (issue 10).
    [Theory]
    [InlineData("Quân ủy Trung ương chỉ đạo lực lượng vũ trang tham gia cứu hộ.", new[] { "Quân ủy Trung ương" })]
    [InlineData("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương phối hợp với Đảng ủy Quốc hội giám sát.", new[] { "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương", "Đảng ủy Quốc hội" })]
    [InlineData("Đảng ủy các bộ, ngành thuộc Đảng ủy Chính phủ rà soát quy hoạch cán bộ.", new[] { "Đảng ủy các bộ, ngành thuộc Đảng ủy Chính phủ" })]
    [InlineData("Ban cán sự đảng các bộ, ngành quán triệt chỉ thị.", new[] { "Ban cán sự đảng các bộ, ngành" })]
    [InlineData("Giao ban thường vụ các tỉnh ủy, thành ủy xây dựng đề án.", new[] { "ban thường vụ các tỉnh ủy, thành ủy" })]
    [InlineData("Các tỉnh ủy, thành ủy lãnh đạo việc sắp xếp.", new[] { "Các tỉnh ủy, thành ủy" })]
    [InlineData("Ban Chính sách, chiến lược Trung ương phối hợp với Ban Tổ chức Trung ương theo dõi.", new[] { "Ban Chính sách, chiến lược Trung ương", "Ban Tổ chức Trung ương" })]
    public void Recognises_central_party_bodies_and_party_organs_of_a_group(string text, string[] expected) =>
        Assert.Equal(expected, Names(text));

    [Fact]
    public void A_front_and_the_mass_organisations_without_their_party_committee_stay_two_bodies() =>
        Assert.Equal(["Mặt trận Tổ quốc", "các đoàn thể"], Names("Mặt trận Tổ quốc, các đoàn thể vận động hội viên."));

    [Theory]
    [InlineData("Văn phòng Sở là cơ quan thường trực, giúp việc.")] // "thường trực" alone names no body
    [InlineData("Thường trực họp hằng tuần để nắm tình hình.")]
    public void Standing_as_an_adjective_is_no_body(string text) =>
        Assert.DoesNotContain(Names(text), n => n.StartsWith("thường trực", StringComparison.OrdinalIgnoreCase));

    // A department's long name in lower case after its capitalised word, taken whole where it ends a list item.
    [Theory]
    [InlineData("phối hợp với Cục Quản lý tài nguyên nước, Vụ Pháp chế thẩm định", new[] { "Cục Quản lý tài nguyên nước", "Vụ Pháp chế" })]
    [InlineData("Trung tâm Lưu trữ hồ sơ địa chính; Sở Y tế", new[] { "Trung tâm Lưu trữ hồ sơ địa chính", "Sở Y tế" })]
    [InlineData("Trung tâm Phát triển quỹ đất nông nghiệp; Sở Tài chính", new[] { "Trung tâm Phát triển quỹ đất nông nghiệp", "Sở Tài chính" })]
    [InlineData("Vụ Kiểm soát thủ tục hành chính, Cục Thuế phối hợp", new[] { "Vụ Kiểm soát thủ tục hành chính", "Cục Thuế" })]
    [InlineData("Cục Kiểm định chất lượng sản phẩm\nQuý III/2026", new[] { "Cục Kiểm định chất lượng sản phẩm" })]
    [InlineData("Phối hợp với Cục Đăng ký kiểm định xe cơ giới và các cơ quan liên quan", new[] { "Cục Đăng ký kiểm định xe cơ giới", "các cơ quan liên quan" })]
    public void Reads_a_long_lower_case_name_that_ends_a_list_item(string text, string[] expected) =>
        Assert.Equal(expected, Names(text));

    // A level paired with another level through "và" describes one kind of body at both levels: one owner.
    [Theory]
    [InlineData("Các sở, cơ quan trung ương và địa phương rà soát quy hoạch", new[] { "Các sở, cơ quan trung ương và địa phương" })]
    [InlineData("phối hợp với các đơn vị cấp tỉnh và cấp huyện tổ chức", new[] { "các đơn vị cấp tỉnh và cấp huyện" })]
    [InlineData("Các cơ quan trung ương và địa phương liên quan báo cáo", new[] { "Các cơ quan trung ương và địa phương liên quan" })]
    [InlineData("các cơ quan trung ương và các địa phương", new[] { "các cơ quan trung ương", "các địa phương" })] // a second determiner
    [InlineData("các đơn vị cấp tỉnh và tỉnh Nghệ An", new[] { "các đơn vị cấp tỉnh" })]                              // a place, not a level
    [InlineData("các sở, ngành liên quan và xã biên giới", new[] { "các sở, ngành liên quan" })]                       // "liên quan" is no level of government
    [InlineData("Sở Y tế tỉnh và huyện", new[] { "Sở Y tế tỉnh" })]                                                   // a proper name opens no group
    public void A_level_and_its_pair_describe_one_group(string text, string[] expected) => Assert.Equal(expected, Names(text));

    // A place word whose later syllable lost its tone mark to OCR ("thành phô") is still the place word.
    [Theory]
    [InlineData("Ủy ban nhân dân các tỉnh, thành phô trực thuộc trung ương báo cáo", new[] { "Ủy ban nhân dân các tỉnh, thành phô trực thuộc trung ương" })]
    [InlineData("Ủy ban nhân dân các huyện, thị xa, thành phố thuộc tỉnh rà soát", new[] { "Ủy ban nhân dân các huyện, thị xa, thành phố thuộc tỉnh" })]
    [InlineData("Ủy ban nhân dân các xã, thanh phố rà soát", new[] { "Ủy ban nhân dân các xã" })]       // the first syllable as written
    [InlineData("Ủy ban nhân dân các xã, thành phó rà soát", new[] { "Ủy ban nhân dân các xã" })]       // another mark, another word
    public void A_place_word_that_lost_a_tone_mark_to_ocr_is_read(string text, string[] expected) => Assert.Equal(expected, Names(text));

    // Private parties are owners as a determined group, like "các doanh nghiệp".
    [Theory]
    [InlineData("Các hộ gia đình tự tổ chức xây dựng nhà ở", new[] { "Các hộ gia đình" })]
    [InlineData("Các chủ đầu tư lập hồ sơ đề nghị quyết toán", new[] { "Các chủ đầu tư" })]
    [InlineData("phối hợp với các doanh nghiệp, nhà đầu tư có liên quan", new[] { "các doanh nghiệp, nhà đầu tư có liên quan" })]
    [InlineData("Hộ gia đình được hỗ trợ 40 triệu đồng", new string[0])]     // no determiner: who the task is for
    [InlineData("Xét chọn hộ gia đình nghèo", new string[0])]
    // Enumerated through "và" with a determined group of bodies, a private party is one of those given the work.
    [InlineData("chủ đầu tư và các cơ quan có liên quan quản lý vốn", new[] { "chủ đầu tư", "các cơ quan có liên quan" })]
    [InlineData("hỗ trợ hộ gia đình và cá nhân bị thiệt hại", new string[0])]
    public void Private_parties_are_owners_as_a_determined_group(string text, string[] expected) => Assert.Equal(expected, Names(text));

    // A verb after a group's name is no part of it ("lập", "thành lập", "treo cờ").
    [Theory]
    [InlineData("các bộ, ngành, địa phương có liên quan lập quy hoạch thăm dò", "các bộ, ngành, địa phương có liên quan")]
    [InlineData("các cơ quan có liên quan thành lập thị trường", "các cơ quan có liên quan")]
    [InlineData("các hộ gia đình trên địa bàn treo cờ Tổ quốc", "các hộ gia đình trên địa bàn")]
    // The State Audit's regional office named short, as the State Treasury's is.
    [InlineData("Kiểm toán khu vực VII phối hợp kiểm tra", "Kiểm toán khu vực VII")]
    public void A_verb_after_a_group_stays_out_of_its_name(string text, string name) => Assert.Equal(name, Names(text)[0]);

    [Theory]
    [InlineData("Sở Tài chính cân đối nguồn ngân sách để bố trí", "Sở Tài chính")]          // a verb and its object, then a clause
    [InlineData("Sở Công Thương rà soát các cơ sở sản xuất nhỏ lẻ.", "Sở Công Thương")]      // a known verb stops it at once
    [InlineData("Sở Nông nghiệp và Môi trường trân trọng cảm ơn sự phối hợp của các địa phương.", "Sở Nông nghiệp và Môi trường")] // a noun, no role
    [InlineData("Sở Tài chính cân đối lại dự toán ngân\nsách năm 2026", "Sở Tài chính")]          // a wrapped line goes on
    [InlineData("Sở Nội vụ giới thiệu mẫu đơn.", "Sở Nội vụ")]                             // a sentence's end is no list item's
    [InlineData("Sở Nội vụ giới thiệu mẫu đơn đăng ký cho các xã", "Sở Nội vụ")]            // no end within the name's reach
    public void A_verb_and_its_object_after_a_name_stay_out_of_it(string text, string first) =>
        Assert.Equal(first, Names(text)[0]);
}

public class OwnerParserTests
{
    private readonly OwnerParser _parser = new();

    [Fact]
    public void Lead_is_the_chair_and_support_the_bodies_after_phoi_hop_voi()
    {
        var o = _parser.Parse("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, UBND các huyện xây dựng đề án.");
        Assert.Equal(["Sở Y tế"], o.Lead);
        Assert.Equal(["Sở Tài chính", "Ủy ban nhân dân các huyện"], o.Support);
        Assert.Equal(AssignmentMode.Assigned, o.Mode);
    }

    [Theory]
    [InlineData("Đề nghị Liên đoàn Lao động tỉnh tuyên truyền đến đoàn viên.", AssignmentMode.Requested)]
    [InlineData("Yêu cầu Thủ trưởng các sở, ban, ngành báo cáo định kỳ.", AssignmentMode.Required)]
    [InlineData("Sở Giáo dục và Đào tạo hướng dẫn các trường.", AssignmentMode.Assigned)]
    public void Mode_follows_the_opening_word(string text, AssignmentMode mode) =>
        Assert.Equal(mode, _parser.Parse(text).Mode);

    // A household group given something to do leads; one that only may do something ("có thể") leads nothing.
    [Theory]
    [InlineData("Các hộ gia đình sau khi nhận tiền hỗ trợ thì tự tổ chức sửa chữa nhà ở.", new[] { "Các hộ gia đình" })]
    [InlineData("Các hộ gia đình có thể tham khảo mẫu nhà do Sở Xây dựng cung cấp.", new string[0])]
    [InlineData("Sở Y tế cũng có thể mời chuyên gia tham gia.", new string[0])]
    [InlineData("Ủy ban nhân dân xã giúp đỡ các hộ gia đình dựng nhà.", new[] { "Ủy ban nhân dân xã" })]
    public void A_subject_that_only_may_act_leads_nothing(string text, string[] lead) =>
        Assert.Equal(lead, _parser.Parse(text).Lead);

    // A condition's main clause names its subject after "thì"; a body inside the condition is not it.
    [Theory]
    [InlineData("Trường hợp hộ gia đình không tự sửa chữa được nhà ở thì Ủy ban nhân dân xã tổ chức sửa chữa.", new[] { "Ủy ban nhân dân xã" })]
    [InlineData("Nếu Sở Tài chính chưa bố trí kinh phí thì Sở Xây dựng báo cáo Ủy ban nhân dân tỉnh.", new[] { "Sở Xây dựng" })]
    [InlineData("Trường hợp cần thiết, tổ chức đoàn kiểm tra liên ngành với Sở Y tế.", new string[0])]
    [InlineData("Sau khi hoàn thành thì báo cáo Sở Xây dựng.", new string[0])]
    public void A_condition_s_main_clause_names_its_subject_after_thi(string text, string[] lead) =>
        Assert.Equal(lead, _parser.Parse(text).Lead);

    // Words of manner between "phối hợp" and "với", with commas between them, still put the bodies after "với" in support.
    [Theory]
    [InlineData("Sở Y tế chủ trì, phối hợp chặt chẽ, thường xuyên với Sở Tài chính triển khai đề án.", new[] { "Sở Tài chính" })]
    [InlineData("Sở Y tế chủ trì, phối hợp kịp thời, hiệu quả với Công an tỉnh và Sở Tư pháp rà soát.", new[] { "Công an tỉnh", "Sở Tư pháp" })]
    public void Support_after_words_of_manner_between_phoi_hop_and_voi(string text, string[] support)
    {
        var o = _parser.Parse(text);
        Assert.Equal(["Sở Y tế"], o.Lead);
        Assert.Equal(support, o.Support);
    }

    // A condition's main clause may ask instead: the body asked after "thì đề nghị" or the condition's ", đề nghị" leads,
    // requested; a verb listed after a comma ("phải hướng dẫn, yêu cầu các đơn vị") is the subject's own, no main clause.
    [Theory]
    [InlineData("Trường hợp phát hiện sai phạm thì đề nghị Sở Xây dựng kiểm tra, xử lý theo quy định.", new[] { "Sở Xây dựng" }, AssignmentMode.Requested)]
    [InlineData("Trường hợp hồ sơ chưa đầy đủ, đề nghị Công an tỉnh phối hợp với Sở Tư pháp bổ sung.", new[] { "Công an tỉnh" }, AssignmentMode.Requested)]
    [InlineData("Nếu nguồn vốn chưa bảo đảm thì giao cho Sở Tài chính cân đối, bố trí.", new[] { "Sở Tài chính" }, AssignmentMode.Assigned)]
    [InlineData("Nếu nước không đạt chuẩn, phải hướng dẫn, yêu cầu các đơn vị cấp nước khắc phục.", new string[0], null)]
    public void A_condition_s_main_clause_may_ask_the_body_that_leads(string text, string[] lead, AssignmentMode? mode)
    {
        var o = _parser.Parse(text);
        Assert.Equal(lead, o.Lead);
        Assert.Equal(mode, o.Mode);
    }

    // A request made mid-sentence: a finding, then the request it leads to ("do vậy đề nghị …"); a course of work that may
    // call for it ("Trong quá trình …, đề nghị …"); a topic line joined to its paragraph without a colon ("Về … Đề nghị …").
    // A request after ";" stays the item's own subject handing work on.
    [Theory]
    [InlineData("Hồ sơ viện dẫn văn bản đã hết hiệu lực, do vậy đề nghị Chủ đầu tư cập nhật các văn bản hiện hành.", new[] { "Chủ đầu tư" }, AssignmentMode.Requested)]
    [InlineData("Số liệu chưa thống nhất. Do đó, yêu cầu Sở Tài chính rà soát lại.", new[] { "Sở Tài chính" }, AssignmentMode.Required)]
    [InlineData("Trong quá trình triển khai dự án, đề nghị Sở Xây dựng hướng dẫn chủ đầu tư.", new[] { "Sở Xây dựng" }, AssignmentMode.Requested)]
    [InlineData("Về kinh phí bồi thường, hỗ trợ Đề nghị Sở Tài chính thẩm định dự toán.", new[] { "Sở Tài chính" }, AssignmentMode.Requested)]
    [InlineData("Kiểm tra hiện trạng công trình; đề nghị các đơn vị báo cáo kết quả.", new string[0], null)]
    [InlineData("Hồ sơ còn thiếu, do vậy chưa đủ điều kiện trình Sở Xây dựng.", new string[0], null)]
    public void A_request_made_mid_sentence_names_the_body_asked(string text, string[] lead, AssignmentMode? mode)
    {
        var o = _parser.Parse(text);
        Assert.Equal(lead, o.Lead);
        Assert.Equal(mode, o.Mode);
    }

    [Fact]
    public void Subject_chain_splits_at_commas_and_va()
    {
        var o = _parser.Parse("- Sở Xây dựng, Sở Giao thông vận tải và Công an tỉnh kiểm tra việc chấp hành.");
        Assert.Equal(["Sở Xây dựng", "Sở Giao thông vận tải", "Công an tỉnh"], o.Lead);
        Assert.Empty(o.Support);
    }

    [Fact]
    public void Objects_and_possessors_are_not_owners()
    {
        var o = _parser.Parse("Nâng cao vai trò của các cơ quan, đơn vị; chỉ đạo các sở, ban, ngành thực hiện.");
        Assert.Empty(o.Lead);
        Assert.Null(o.Mode);
    }

    [Fact]
    public void A_group_ending_in_co_lien_quan_ends_before_tham_muu_the_verb()
    {
        // "tham mưu" after "có liên quan" is what they do, not part of their name as in "các cơ quan tham mưu, giúp việc".
        var o = _parser.Parse("Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ và các cơ quan có liên quan tham mưu Ủy ban nhân dân tỉnh ban hành quy chế.");
        Assert.Equal(["Sở Tư pháp"], o.Lead);
        Assert.Equal(["Sở Nội vụ", "các cơ quan có liên quan"], o.Support);
    }

    [Fact]
    public void A_shared_determiner_s_enumeration_runs_through_va_before_its_last_item()
    {
        var o = _parser.Parse("Bộ Tài chính chủ trì, phối hợp với các Bộ, ngành và địa phương liên quan hướng dẫn thực hiện.");
        Assert.Equal(["các Bộ, ngành và địa phương liên quan"], o.Support);
    }

    [Fact]
    public void Phoi_hop_giua_is_not_support()
    {
        var o = _parser.Parse("Tăng cường sự phối hợp giữa Sở Nội vụ với các cơ quan báo chí.");
        Assert.Empty(o.Support);
        Assert.Empty(o.Lead);
    }

    [Fact]
    public void Labelled_fields_name_lead_and_support()
    {
        var o = _parser.Parse("- Cơ quan chủ trì: Sở Y tế.\n- Cơ quan phối hợp: Sở Tài chính, Bảo hiểm xã hội tỉnh.");
        Assert.Equal(["Sở Y tế"], o.Lead);
        Assert.Equal(["Sở Tài chính", "Bảo hiểm xã hội tỉnh"], o.Support);
        Assert.Equal(AssignmentMode.Assigned, o.Mode);
    }

    [Fact]
    public void A_labelled_list_of_owners_keeps_every_body()
    {
        var o = _parser.Parse("- Cơ quan thực hiện: Sở Y tế,\ncác sở, ban, ngành tỉnh trong phạm vi chức năng của mình và các\ncơ quan, tổ chức khác có liên quan.");
        Assert.Equal(["Sở Y tế", "các sở, ban, ngành tỉnh", "các cơ quan, tổ chức khác có liên quan"], o.Lead);
    }

    [Fact]
    public void Support_after_phoi_hop_with_an_adverb()
    {
        var o = _parser.Parse("Xây dựng kế hoạch phối hợp cụ thể với các Bộ, ngành trung ương để đào tạo nghề.");
        Assert.Equal(["các Bộ, ngành trung ương"], o.Support);
        Assert.Empty(o.Lead);
    }

    [Fact]
    public void Support_after_phoi_hop_cung()
    {
        var o = _parser.Parse("Sở Tài chính thường xuyên phối hợp cùng Sở Xây dựng trong việc bố trí vốn.");
        Assert.Equal(["Sở Tài chính"], o.Lead);
        Assert.Equal(["Sở Xây dựng"], o.Support);
    }

    [Fact]
    public void Enumeration_without_determiner_across_a_line_break_leads()
    {
        var o = _parser.Parse("Sở, ban, ngành thuộc Ủy ban\nnhân dân tỉnh có trách nhiệm rà soát.");
        Assert.Equal(["Sở, ban, ngành thuộc Ủy ban nhân dân tỉnh"], o.Lead);
    }

    [Fact]
    public void Subject_after_an_opening_adverbial()
    {
        var o = _parser.Parse("Căn cứ Kế hoạch này, Sở Tài chính bố trí kinh phí.");
        Assert.Equal(["Sở Tài chính"], o.Lead);
    }

    [Theory]
    // Bodies inside the adverbial are its objects: the subject is the body after the comma that closes it.
    [InlineData("Trên cơ sở báo cáo của Sở Nội vụ và Sở Y tế, Sở Tài chính thẩm định kinh phí hỗ trợ.", "Sở Tài chính")]
    [InlineData("Sau khi Ủy ban nhân dân tỉnh phê duyệt danh sách hộ nghèo, Sở Xây dựng hướng dẫn các xã lập hồ sơ.", "Sở Xây dựng")]
    public void Subject_after_an_adverbial_that_names_bodies(string text, string lead)
    {
        var o = _parser.Parse(text);
        Assert.Equal([lead], o.Lead);
    }

    [Fact]
    public void A_list_inside_the_adverbial_gives_no_subject()
    {
        // The commas part the list of those whose reports are the basis: none of them is the subject.
        var o = _parser.Parse("Trên cơ sở báo cáo của Sở Nội vụ, Sở Y tế, Sở Tư pháp tổng hợp kết quả.");
        Assert.DoesNotContain("Sở Y tế", o.Lead);
    }

    [Fact]
    public void An_adverbial_whose_objects_go_on_after_a_semicolon_still_opens_the_sentence_before_its_subject()
    {
        var o = _parser.Parse("Trên cơ sở các nhiệm vụ tại Nghị quyết số 12/NQ-CP của Chính phủ; các giải pháp trong Đề án này, căn cứ chức năng được giao, Chủ tịch Ủy ban nhân dân các huyện có trách nhiệm xây dựng kế hoạch thực hiện.");
        Assert.Equal(["Chủ tịch Ủy ban nhân dân các huyện"], o.Lead);
    }

    [Fact]
    public void A_verb_after_the_adverbial_s_semicolon_opens_a_clause_of_its_own_and_names_no_subject()
    {
        // "huy động …" is the next work of the same (unnamed) subject: the group inside it is no lead.
        var o = _parser.Parse("Căn cứ mục tiêu của Đề án để lập dự toán kinh phí; huy động nguồn lực từ các tổ chức, cá nhân, các doanh nghiệp tham gia thực hiện Đề án.");
        Assert.Empty(o.Lead);
    }

    [Fact]
    public void Chair_with_a_shared_head_support_list()
    {
        var o = _parser.Parse("b) Vụ Pháp chế chủ trì, phối hợp với các Vụ: Tổ chức cán bộ, Tài chính, Cục Thuế tỉnh, các đơn vị liên quan, triển khai các việc sau:");
        Assert.Equal(["Vụ Pháp chế"], o.Lead);
        Assert.Equal(["Vụ Tổ chức cán bộ", "Vụ Tài chính", "Cục Thuế tỉnh", "các đơn vị liên quan"], o.Support);
        Assert.Equal(AssignmentMode.Assigned, o.Mode);
    }

    [Fact]
    public void Heads_of_bodies_after_de_nghi_are_requested()
    {
        var o = _parser.Parse("Đề nghị người đứng đầu các tổ chức đảng; thủ trưởng cơ quan, đơn vị quán triệt Kế hoạch.");
        Assert.Equal(["người đứng đầu các tổ chức đảng", "thủ trưởng cơ quan, đơn vị"], o.Lead);
        Assert.Equal(AssignmentMode.Requested, o.Mode);
    }

    [Fact]
    public void A_heading_wrapped_inside_a_name_is_one_clause()
    {
        var o = _parser.Parse("5. Chủ tịch\nỦy ban nhân dân huyện, Thủ trưởng các cơ quan, đơn vị");
        Assert.Equal(["Chủ tịch Ủy ban nhân dân huyện", "Thủ trưởng các cơ quan, đơn vị"], o.Lead);
    }

    [Fact]
    public void Owner_heading_with_colon_leads()
    {
        var o = _parser.Parse("3. Sở Nội vụ (Ban Thi đua - Khen thưởng): Chủ trì, phối hợp với các cơ quan liên quan tổ chức hội nghị.");
        Assert.Equal(["Sở Nội vụ (Ban Thi đua - Khen thưởng)"], o.Lead);
        Assert.Equal(["các cơ quan liên quan"], o.Support);
    }

    [Fact]
    public void Remembered_answers_are_read_only_and_the_same_after_other_texts()
    {
        var recognizer = new AgencyRecognizer();
        const string text = "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và Ủy ban nhân dân các huyện thực hiện.";
        var first = recognizer.FindAll(text).Select(m => (m.Name, m.Start, m.Length)).ToArray();
        // More texts than the recogniser remembers, so the text is recognised again from scratch.
        for (int n = 0; n < 40; n++) recognizer.FindAll($"Giao Sở Y tế thực hiện nhiệm vụ số {n}.");
        var again = recognizer.FindAll(text);
        Assert.Equal(first, again.Select(m => (m.Name, m.Start, m.Length)).ToArray());
        Assert.Equal(3, first.Length);
        var shared = recognizer.FindAll(text);
        Assert.True(shared is ICollection<AgencyMention> { IsReadOnly: true }); // callers share it: nobody may change it
    }
}

/// <summary>A time opening a task ("Hằng năm, …") stands before its subject.</summary>
public class TimeOpeningTests
{
    private readonly OwnerParser _parser = new();

    [Theory]
    [InlineData("Hằng năm, các đơn vị trực thuộc tổ chức diễn tập phòng cháy.", "các đơn vị trực thuộc")]
    [InlineData("Định kỳ, Sở Công Thương kiểm tra an toàn điện.", "Sở Công Thương")]
    [InlineData("Trong năm 2027, các địa phương hoàn thành cấp nước sạch nông thôn.", "các địa phương")]
    [InlineData("Kết thúc năm 2027, Bộ Xây dựng báo cáo Chính phủ kết quả sắp xếp nhà ở.", "Bộ Xây dựng")]
    [InlineData("Trước ngày 15/10/2026, Sở Tài chính tổng hợp dự toán gửi Bộ Tài chính.", "Sở Tài chính")]
    [InlineData("Cuối quý II năm 2026, Sở Nội vụ sơ kết việc sắp xếp đơn vị hành chính.", "Sở Nội vụ")]
    public void A_time_opening_the_task_is_no_object(string text, string lead) => Assert.Equal([lead], _parser.Parse(text).Lead);

    [Fact]
    public void Only_the_first_clause_opens_with_it()
    {
        var o = _parser.Parse("Các sở, ban, ngành tham gia hỗ trợ. Hằng năm, Ủy ban nhân dân tỉnh báo cáo kết quả.");
        Assert.Equal(["Các sở, ban, ngành"], o.Lead);
    }
}

/// <summary>"X chỉ đạo/lãnh đạo Y …": a body directed by its name leads with its director (corpus/EXTRACTION.md "Owners").</summary>
public class DirectedBodyTests
{
    private readonly OwnerParser _parser = new();

    [Theory]
    [InlineData("Đảng ủy Ủy ban nhân dân huyện lãnh đạo Ủy ban nhân dân huyện ban hành quy chế tiếp công dân.", new[] { "Đảng ủy Ủy ban nhân dân huyện", "Ủy ban nhân dân huyện" })]
    [InlineData("Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy lợi kiểm tra an toàn hồ đập.", new[] { "Sở Nông nghiệp và Môi trường", "Chi cục Thủy lợi" })]
    [InlineData("Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo Ủy ban nhân dân huyện lập quy hoạch chung.", new[] { "Ban Thường vụ Huyện ủy", "Ủy ban nhân dân huyện" })]
    public void A_body_directed_by_its_name_leads_too(string text, string[] lead) => Assert.Equal(lead, _parser.Parse(text).Lead);

    [Theory]
    [InlineData("Sở Xây dựng chỉ đạo các đơn vị trực thuộc kiểm tra các công trình chậm tiến độ.")]
    [InlineData("Sở Tài chính chỉ đạo cơ quan thuế rà soát các khoản thu.")]
    [InlineData("Sở Y tế chỉ đạo công tác phòng chống dịch và hướng dẫn Bệnh viện Đa khoa tỉnh thu dung người bệnh.")]
    public void A_group_or_a_work_after_the_verb_adds_no_lead(string text) => Assert.Single(_parser.Parse(text).Lead);
}

/// <summary>A plural head over several bodies' names is several owners (corpus/EXTRACTION.md, "Owners"; issue 10).</summary>
public class PluralHeadTests
{
    private readonly OwnerParser _parser = new();

    [Theory]
    [InlineData("các Sở: Y tế, Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội",
        new[] { "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội" })]
    [InlineData("Các Bộ Khoa học và Công nghệ, Thông tin và Truyền thông", new[] { "Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông" })]
    [InlineData("các Bộ: Ngoại giao, Văn hóa, Thể thao và Du lịch, Tư pháp", new[] { "Bộ Ngoại giao", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tư pháp" })]
    [InlineData("các Vụ: Pháp chế, Hợp tác quốc tế, Tổ chức cán bộ", new[] { "Vụ Pháp chế", "Vụ Hợp tác quốc tế", "Vụ Tổ chức cán bộ" })]
    [InlineData("các Ban: Tổ chức, Tuyên giáo", new[] { "Ban Tổ chức", "Ban Tuyên giáo" })]
    [InlineData("các Cục Quản lý đê điều, Thủy lợi", new[] { "Cục Quản lý đê điều", "Cục Thủy lợi" })]
    [InlineData("các Bộ: Nội vụ, Khoa học và công nghệ, Tư pháp", new[] { "Bộ Nội vụ", "Bộ Khoa học và công nghệ", "Bộ Tư pháp" })]
    public void A_plural_head_names_one_body_per_name(string name, string[] bodies) => Assert.Equal(bodies, AgencyRecognizer.Members(name));

    [Theory]
    [InlineData("Ủy ban nhân dân các xã: Hòa Bình, Tân Lập", new[] { "Ủy ban nhân dân xã Hòa Bình", "Ủy ban nhân dân xã Tân Lập" })]
    [InlineData("Ủy ban nhân dân các phường: Đông Hải, Tây Sơn và Nam Định",
        new[] { "Ủy ban nhân dân phường Đông Hải", "Ủy ban nhân dân phường Tây Sơn", "Ủy ban nhân dân phường Nam Định" })]
    public void A_committee_made_plural_over_named_places_is_one_body_per_place(string name, string[] bodies) =>
        Assert.Equal(bodies, AgencyRecognizer.Members(name));

    [Theory]
    [InlineData("Ủy ban nhân dân các xã, phường")]
    [InlineData("Ủy ban nhân dân các xã: Hòa Bình")]
    public void A_committee_of_unnamed_places_stays_whole(string name) => Assert.Equal([name], AgencyRecognizer.Members(name));

    [Theory]
    // Two listed names joined by "và" are two bodies; a listed name with "và" inside stays one.
    [InlineData("các Bộ: Nội vụ, Công an và Quốc phòng", new[] { "Bộ Nội vụ", "Bộ Công an", "Bộ Quốc phòng" })]
    [InlineData("các Sở Nông nghiệp và Môi trường, Y tế", new[] { "Sở Nông nghiệp và Môi trường", "Sở Y tế" })]
    [InlineData("các Sở: Tư pháp, Dân tộc và Tôn giáo", new[] { "Sở Tư pháp", "Sở Dân tộc và Tôn giáo" })]
    // Names not listed keep their "và": one department, not two.
    [InlineData("các Cục: Trồng trọt và Bảo vệ thực vật, Chăn nuôi", new[] { "Cục Trồng trọt và Bảo vệ thực vật", "Cục Chăn nuôi" })]
    public void Va_splits_only_between_known_names(string name, string[] bodies) => Assert.Equal(bodies, AgencyRecognizer.Members(name));

    [Theory]
    [InlineData("các sở, ban, ngành")]
    [InlineData("Các Sở, ban, ngành tỉnh")]
    [InlineData("các Bộ, ngành, địa phương")]
    [InlineData("các bộ, cơ quan ngang bộ")]
    [InlineData("các Bộ ngành, địa phương")]
    [InlineData("các Sở Y tế")]
    [InlineData("các Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("các Vụ: Kế hoạch")]
    [InlineData("Sở Kế hoạch và Đầu tư")]
    [InlineData("các đơn vị thuộc các Bộ: Công an, Quốc phòng")]
    public void Generic_groups_and_single_names_stay_whole(string name) => Assert.Equal([name], AgencyRecognizer.Members(name));

    [Fact]
    public void Supports_of_a_plural_head_are_each_a_support()
    {
        var o = _parser.Parse("Bộ Tài chính chủ trì, phối hợp với các Bộ: Tư pháp, Kế hoạch và Đầu tư và các cơ quan liên quan rà soát quy định về phí.");
        Assert.Equal(["Bộ Tài chính"], o.Lead);
        Assert.Equal(["Bộ Tư pháp", "Bộ Kế hoạch và Đầu tư", "các cơ quan liên quan"], o.Support);
    }

    [Fact]
    public void Leads_of_a_plural_head_without_a_colon_are_each_a_lead()
    {
        var o = _parser.Parse("Giao các Sở Y tế, Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành kiểm tra an toàn thực phẩm.");
        Assert.Equal(["Sở Y tế", "Sở Giáo dục và Đào tạo"], o.Lead);
        Assert.Equal(["các sở, ban, ngành"], o.Support);
    }

    [Fact]
    public void A_second_sentence_opened_by_a_request_names_its_leads()
    {
        var o = _parser.Parse("Tuyên truyền, phổ biến. Đề nghị Hội Nông dân tỉnh và các tổ chức thành viên vận động hội viên tham gia.");
        Assert.Equal(["Hội Nông dân tỉnh", "các tổ chức thành viên"], o.Lead);
        Assert.Equal(AssignmentMode.Requested, o.Mode);
    }

    [Fact]
    public void The_first_sentence_with_a_subject_gives_the_mode()
    {
        var o = _parser.Parse("Các sở, ngành rà soát danh mục dự án. Yêu cầu các chủ đầu tư báo cáo tiến độ hằng tháng.");
        Assert.Equal(AssignmentMode.Assigned, o.Mode);
    }

    [Fact]
    public void A_request_in_lower_case_after_a_semicolon_goes_on_the_items_own_sentence()
    {
        var o = _parser.Parse("Kiểm tra các cơ sở sản xuất; yêu cầu các đơn vị lắp đặt camera giám sát.");
        Assert.Empty(o.Lead);
        Assert.Null(o.Mode);
    }

    [Theory]
    [InlineData("Báo cáo sơ kết: Sở Tư pháp phối hợp với các cơ quan có liên quan tổng hợp kết quả.", "Sở Tư pháp", null)]
    [InlineData("Hỗ trợ học phí: Sau khi có danh sách, Ủy ban nhân dân xã chi trả cho người học.", "Ủy ban nhân dân xã", null)]
    [InlineData("Đề nghị: Sở Y tế hướng dẫn các cơ sở thực hiện.", "Sở Y tế", AssignmentMode.Requested)]
    public void A_topic_before_a_colon_leaves_the_subject_after_it(string text, string lead, AssignmentMode? mode)
    {
        var o = _parser.Parse(text);
        Assert.Equal([lead], o.Lead);
        Assert.Equal(mode ?? AssignmentMode.Assigned, o.Mode);
    }

    [Fact]
    public void A_list_after_a_colon_is_no_subject()
    {
        var o = _parser.Parse("Thành phần Tổ công tác gồm: Sở Nội vụ, Sở Tài chính.");
        Assert.Empty(o.Lead);
    }

    [Fact]
    public void A_body_a_heading_lists_and_the_sentence_names_after_phoi_hop_supports()
    {
        var o = _parser.Parse("Sở Tư pháp, Công an tỉnh. Sở Tư pháp chủ trì, phối hợp với Công an tỉnh rà soát hồ sơ lý lịch.");
        Assert.Equal(["Sở Tư pháp"], o.Lead);
        Assert.Equal(["Công an tỉnh"], o.Support);
    }

    [Fact]
    public void A_lead_named_again_in_a_plural_support_is_no_support()
    {
        var o = _parser.Parse("Sở Công Thương chủ trì, phối hợp với các Sở: Công Thương, Tài chính theo dõi giá cả.");
        Assert.Equal(["Sở Công Thương"], o.Lead);
        Assert.Equal(["Sở Tài chính"], o.Support);
    }
}

public class FirstMentionTests
{
    private readonly AgencyRecognizer _recognizer = new();

    // FirstUpTo stops the scan early: it must answer as FindAll's first mention does, on every seed line cut at
    // every word (abbreviations expanded, bodies mid-line, lines without one).
    [Fact]
    public void First_mention_up_to_a_point_is_the_full_scans_first()
    {
        var root = GoldAgreementTests.RepoRoot();
        int asked = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(root, "corpus", "seeds")).Order())
            foreach (var line in File.ReadAllLines(path))
                for (int k = 0; k < line.Length; k++)
                {
                    if (k > 0 && !(char.IsWhiteSpace(line[k - 1]) && !char.IsWhiteSpace(line[k]))) continue;
                    var text = line[k..];
                    var all = _recognizer.FindAll(text);
                    // A trailing space changes no mention, and keeps the recogniser's remembered answer for text out of it.
                    var uncached = text + " ";
                    foreach (int upTo in new[] { 0, 5, 40 })
                    {
                        Assert.Equal(all.Count > 0 && all[0].Start <= upTo ? all[0] : null, _recognizer.FirstUpTo(uncached, upTo));
                        asked++;
                    }
                    Assert.Equal(all.Count > 0 && all[0].Start == text.Length - text.TrimStart().Length, _recognizer.StartsWithAgency(uncached));
                }
        Assert.True(asked > 1000);
    }

    // A document's answers give the first mention as the recogniser does, asked before the whole text was recognised
    // (the early scan) and after (from the answers found).
    [Theory]
    [InlineData("Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát", 4)]
    [InlineData("Tổ chức tập huấn cùng Sở Nội vụ", 4)]
    [InlineData("Tổ chức tập huấn cùng Sở Nội vụ", 40)]
    public void Document_mentions_give_the_first_mention_before_and_after_recognising(string text, int upTo)
    {
        var mentions = new DirectiveTracker.Extract.Tasks.DocumentMentions(_recognizer);
        var early = mentions.FirstUpTo(text, upTo);
        var all = mentions.FindAll(text);
        Assert.Equal(all.Count > 0 && all[0].Start <= upTo ? all[0] : null, early);
        Assert.Equal(early, mentions.FirstUpTo(text, upTo));
    }
}
