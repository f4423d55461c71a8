using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>A public body named in a text: its name (abbreviations expanded), canonical key and span in the original text.</summary>
public sealed record AgencyMention(string Name, string Key, int Start, int Length);

/// <summary>
/// Recognises the shapes of Vietnamese public bodies (Sở …, Ban …, Ủy ban nhân dân + level + place, Hội đồng …,
/// Đảng ủy …, các sở, ban, ngành …, Thủ trưởng …) rather than a list of known names.
/// </summary>
/// <remarks>
/// A name starts at a head word and runs on through capitalised words, the lowercase syllables of a compound
/// ("Nội vụ", "Phát triển nông thôn"), levels and places ("tỉnh Thái Bình", "các cấp"). It ends at a verb or
/// role word, at ":" ";" "." and at "và"/"," between bodies. A comma does not end it inside a shared-determiner
/// enumeration of one kind of body ("Các cơ quan, đơn vị, địa phương"), in "unit, parent"
/// ("Ban Thi đua - Khen thưởng, Sở Nội vụ"), and a parenthesised unit stays ("Sở Nội vụ (Ban Thi đua - Khen thưởng)").
/// </remarks>
public sealed partial class AgencyRecognizer
{
    private enum HeadKind { Proper, Institution, Generic, Person }

    /// <param name="IsParty">A Party organisation of a body ("Đảng ủy Công an tỉnh", "Ban cán sự đảng Bộ Y tế",
    /// "Tổ đảng ở Thường trực Ủy ban Pháp luật"): the body's name follows, capitalised heads and all.</param>
    /// <param name="IsPrivate">A private party ("hộ gia đình", "chủ đầu tư"): its name takes no lower-case descriptor, for the
    /// words after it are what it must do ("Các hộ gia đình tự tổ chức …").</param>
    /// <param name="ListOnly">A noun that is also a verb ("tổ chức"): a body only under a determiner and before a list of kinds
    /// of bodies or "(có) liên quan" ("các tổ chức, đoàn thể có liên quan"); "các tổ chức hỗ trợ giao dịch" may name a topic.</param>
    private sealed record Head(string[] Words, HeadKind Kind, bool NeedsCapital, bool NeedsDeterminer, int Group, bool IsUnit, bool IsParent, bool IsParty, bool IsPrivate = false, bool ListOnly = false);

    // A value, not an object: every text recognised is cut into tokens, and a class made them the recogniser's largest
    // share of allocation (one object per token).
    private readonly record struct Token(int Start, int End, string Text, string Fold, bool IsWord, bool IsCapital)
    {
        /// <summary>A line break comes before the token (table cells and wrapped lines in PDF text).</summary>
        public bool NewlineBefore { get; init; }

        /// <summary>Lower-case comparison key (diacritics kept).</summary>
        public string Key { get; init; } = Fold;
        public bool HasMarks => Key != Fold;

        /// <summary>The text is written with diacritics, so an unaccented token means an unaccented word ("Nam" ≠ "năm").</summary>
        public bool Strict { get; init; }

        /// <summary>A word in all capitals ("BỘ CHÍNH TRỊ VỀ"): its capital says nothing about being a name.</summary>
        /// <remarks>Computed once: the rules ask it many times per token.</remarks>
        public bool IsShout { get; } = IsWord && Text.Length > 1 && AllCapitals(Text);
    }

    // No letter in lower case (a loop, not LINQ: every token of every text asks).
    private static bool AllCapitals(string text)
    {
        foreach (char c in text) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private const int NoGroup = 0;

    // Words met before, with their forms: documents repeat a few thousand words, and cutting each out of the text and
    // asking for its forms again was most of the tokeniser's cost. The phrase tables' words are folded through it too.
    // Bounded: cleared when full. Declared before the phrase tables: the first-word indexes below fold their phrases
    // while the class initialises.
    private const int MaxKnownWords = 50_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Word, string Fold, string Key)> KnownWords = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Word, string Fold, string Key)>.AlternateLookup<ReadOnlySpan<char>> KnownWordsBySpan =
        KnownWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Head[] Heads = BuildHeads();
    private static readonly FirstWordIndex HeadIndex = new(Heads.Select(h => h.Words));

    private static Head[] BuildHeads()
    {
        var list = new List<Head>();
        void Add(string words, HeadKind kind, bool cap = true, bool det = false, int group = NoGroup, bool unit = false, bool parent = false, bool party = false, bool @private = false, bool listOnly = false) =>
            list.Add(new Head(Words(words), kind, cap, det, group, unit, parent, party, @private, listOnly));

        // Proper names: the head is followed by a capitalised name ("Sở Nội vụ", "Ban Thi đua", "Báo Thái Bình").
        Add("sở", HeadKind.Proper, parent: true);
        Add("ban", HeadKind.Proper, unit: true);
        Add("bộ", HeadKind.Proper, parent: true);
        Add("tổng cục", HeadKind.Proper, parent: true);
        Add("chi cục", HeadKind.Proper, unit: true);
        Add("cục", HeadKind.Proper, unit: true);
        Add("vụ", HeadKind.Proper, unit: true);
        // The merged provincial newspaper and broadcaster (2025): one body despite its "và" and comma.
        Add("báo và phát thanh , truyền hình", HeadKind.Institution);
        Add("báo và phát thanh - truyền hình", HeadKind.Institution);
        // The merged office of a province's National Assembly delegation and People's Council: one office despite its "và".
        Add("văn phòng đoàn đại biểu quốc hội và hội đồng nhân dân", HeadKind.Institution);
        // A province's National Assembly delegation ("Đoàn đại biểu Quốc hội tỉnh …", "các Đoàn đại biểu Quốc hội").
        Add("đoàn đại biểu quốc hội", HeadKind.Institution);
        // Facilities named by their legal kind ("cơ sở khám bệnh, chữa bệnh" in the Law on medical examination).
        Add("cơ sở khám bệnh , chữa bệnh", HeadKind.Institution, cap: false);
        Add("cơ sở y tế", HeadKind.Institution, cap: false);
        Add("cơ sở giáo dục", HeadKind.Institution, cap: false);
        Add("viện", HeadKind.Proper, unit: true);
        Add("trường", HeadKind.Proper);
        Add("phòng", HeadKind.Proper, unit: true);
        Add("đài", HeadKind.Proper);
        Add("báo", HeadKind.Proper);
        // A journal is a body of the press beside the newspaper ("Báo Tài nguyên và Môi trường, Tạp chí Tài nguyên và Môi trường").
        Add("tạp chí", HeadKind.Proper);
        Add("trung tâm", HeadKind.Proper, unit: true);
        Add("văn phòng", HeadKind.Proper, unit: true);
        Add("hội", HeadKind.Proper);
        Add("đoàn", HeadKind.Proper);
        Add("liên đoàn", HeadKind.Proper);
        Add("ngân hàng", HeadKind.Proper);
        Add("chi nhánh", HeadKind.Proper, unit: true);
        Add("thuế", HeadKind.Proper);
        Add("hải quan", HeadKind.Proper);
        Add("tổng công ty", HeadKind.Proper);
        Add("công ty", HeadKind.Proper);
        Add("ban cán sự đảng", HeadKind.Institution, party: true);
        Add("ban chỉ đạo", HeadKind.Institution);
        Add("ban chấp hành", HeadKind.Institution);
        Add("ban thường vụ", HeadKind.Institution);
        Add("ban quản lý", HeadKind.Institution, unit: true);

        // Institutions: complete names that may go on with a level and place ("Ủy ban nhân dân tỉnh Thái Bình").
        Add("ủy ban nhân dân", HeadKind.Institution, parent: true);
        Add("ủy ban", HeadKind.Proper, parent: true);
        Add("hội đồng nhân dân", HeadKind.Institution, parent: true);
        Add("hội đồng", HeadKind.Proper, parent: true);
        Add("mặt trận tổ quốc", HeadKind.Institution);
        Add("công an", HeadKind.Institution);
        Add("thanh tra", HeadKind.Institution);
        Add("kho bạc", HeadKind.Institution);
        Add("bảo hiểm xã hội", HeadKind.Institution);
        Add("đảng đoàn", HeadKind.Institution, party: true);
        Add("tỉnh đoàn", HeadKind.Institution);
        Add("tỉnh ủy", HeadKind.Institution);
        // The Central Military Commission, the army's Party committee ("Quân ủy Trung ương").
        Add("quân ủy", HeadKind.Institution);
        Add("chính phủ", HeadKind.Institution);
        Add("quốc hội", HeadKind.Institution);
        Add("bộ chính trị", HeadKind.Institution);
        Add("ban bí thư", HeadKind.Institution);
        // National bodies named by their function ("Thông tấn xã Việt Nam", "Viện Kiểm sát nhân dân tối cao").
        Add("thông tấn xã", HeadKind.Institution);
        Add("viện kiểm sát nhân dân", HeadKind.Institution);
        Add("tòa án nhân dân", HeadKind.Institution);
        Add("kiểm toán nhà nước", HeadKind.Institution);
        // A regional office of the State Audit, named short ("Kiểm toán khu vực VII"), as "Kho bạc Nhà nước khu vực IX" is.
        Add("kiểm toán khu vực", HeadKind.Institution);
        Add("bộ đội biên phòng", HeadKind.Institution);
        Add("liên minh hợp tác xã", HeadKind.Institution);
        // The central committee of a mass organisation ("Trung ương Hội Cựu chiến binh Việt Nam", "Trung ương Đoàn Thanh niên").
        Add("trung ương hội", HeadKind.Proper);
        Add("trung ương đoàn", HeadKind.Proper);
        Add("học viện", HeadKind.Proper);
        Add("thương vụ", HeadKind.Proper); // Vietnam's trade offices abroad ("Thương vụ Việt Nam tại Nhật Bản")
        Add("đại học", HeadKind.Proper);
        // A national park is a public body that manages its forest ("Vườn quốc gia Hoàng Liên").
        Add("vườn quốc gia", HeadKind.Proper);

        // Generic owners and Party bodies written in lower case. A Party organisation of a body names that body after
        // it, directly or after "ở" ("Chi bộ Văn phòng Sở", "Tổ đảng ở Thường trực Hội đồng Dân tộc", "các đảng bộ").
        Add("đảng ủy", HeadKind.Generic, cap: false, party: true);
        Add("đảng bộ", HeadKind.Generic, cap: false, group: 4, party: true);
        Add("chi bộ", HeadKind.Generic, cap: false, group: 4, party: true);
        Add("chi ủy", HeadKind.Generic, cap: false, group: 4, party: true);
        Add("tổ đảng", HeadKind.Generic, cap: false, group: 4, party: true);
        // A Party committee's standing board written in lower case ("Giao ban thường vụ các tỉnh ủy, thành ủy …").
        Add("ban thường vụ", HeadKind.Generic, cap: false, party: true);
        // "các tỉnh ủy, thành ủy": provincial Party committees as a group, in lower case under a determiner.
        Add("tỉnh ủy", HeadKind.Generic, cap: false, det: true, group: 3);
        Add("huyện ủy", HeadKind.Generic, cap: false, group: 3);
        Add("thành ủy", HeadKind.Generic, cap: false, group: 3);
        Add("thị ủy", HeadKind.Generic, cap: false, group: 3);
        Add("quận ủy", HeadKind.Generic, cap: false, group: 3);
        Add("cấp ủy", HeadKind.Generic, cap: false, group: 4);
        Add("tổ chức đảng", HeadKind.Generic, cap: false, group: 4);
        Add("cơ quan", HeadKind.Generic, cap: false, group: 2);
        Add("đơn vị", HeadKind.Generic, cap: false, det: true, group: 2);
        Add("địa phương", HeadKind.Generic, cap: false, det: true, group: 2);
        Add("doanh nghiệp", HeadKind.Generic, cap: false, det: true, group: 2);
        // State economic groups and corporations as a group ("các tập đoàn, tổng công ty nhà nước").
        Add("tập đoàn", HeadKind.Generic, cap: false, det: true, group: 2);
        // Private parties given something to do as a group ("Các hộ gia đình … tự tổ chức xây dựng nhà ở"), like "các
        // doanh nghiệp"; without a determiner ("hộ gia đình được hỗ trợ") they are who the task is for, not owners.
        foreach (var party in AgencyWords.Embedded.PrivateParties) Add(party, HeadKind.Generic, cap: false, det: true, group: 2, @private: true);
        // Classes of bodies as a group ("các viện nghiên cứu, trường đại học", "các Ngân hàng thương mại"), like "các doanh nghiệp".
        foreach (var kind in AgencyWords.Embedded.GroupClasses) Add(kind, HeadKind.Generic, cap: false, det: true, group: ClassGroup);
        // Councils, teams and delegations named by their job ("Hội đồng thẩm định", "Tổ công tác"): the head capitalised.
        foreach (var body in AgencyWords.Embedded.CollegialBodies) Add(body, HeadKind.Institution);
        // Forces named by their kind ("lực lượng Công an tỉnh", "lực lượng chức năng"): a level and place may follow.
        foreach (var force in AgencyWords.Embedded.Forces) Add(force, HeadKind.Institution, cap: false);
        Add("sở", HeadKind.Generic, cap: false, det: true, group: 1);
        Add("ban", HeadKind.Generic, cap: false, det: true, group: 1);
        Add("ngành", HeadKind.Generic, cap: false, det: true, group: 1);
        Add("bộ", HeadKind.Generic, cap: false, det: true, group: 1);
        Add("đoàn thể", HeadKind.Generic, cap: false, det: true, group: 1);
        Add("tổ chức chính trị", HeadKind.Generic, cap: false);
        // Organisations as a group ("các tổ chức, đoàn thể có liên quan"): under a determiner and in an enumeration the noun,
        // not the verb "tổ chức".
        Add("tổ chức", HeadKind.Generic, cap: false, det: true, group: 2, listOnly: true);
        Add("tổ chức thành viên", HeadKind.Generic, cap: false, det: true);
        Add("tổ chức đoàn thể", HeadKind.Generic, cap: false, det: true);
        Add("hội đồng", HeadKind.Generic, cap: false, det: true);
        // "các Ủy ban của Quốc hội": the committees of a body, named by that body after "của".
        Add("ủy ban", HeadKind.Generic, cap: false, det: true);
        Add("cụm", HeadKind.Generic, cap: false, det: true, group: 5);
        Add("khối", HeadKind.Generic, cap: false, det: true, group: 5);
        // The military regions as a group ("các quân khu"), which their commanders head ("Tư lệnh các quân khu").
        Add("quân khu", HeadKind.Generic, cap: false, det: true);
        Add("chính quyền", HeadKind.Generic, cap: false);
        Add("ủy ban nhân dân", HeadKind.Generic, cap: false);

        // Heads of bodies: they name the body they head ("Thủ trưởng các sở, ban, ngành").
        Add("thủ trưởng", HeadKind.Person, cap: false);
        Add("người đứng đầu", HeadKind.Person, cap: false);
        Add("chủ tịch", HeadKind.Person);
        Add("phó chủ tịch", HeadKind.Person);
        Add("giám đốc", HeadKind.Person);
        // The heads of a ministry's departments ("Cục trưởng Cục Thuế các tỉnh, thành phố", "Vụ trưởng Vụ Pháp chế").
        Add("tổng cục trưởng", HeadKind.Person);
        Add("cục trưởng", HeadKind.Person);
        Add("vụ trưởng", HeadKind.Person);
        Add("bộ trưởng", HeadKind.Person);
        Add("thủ tướng", HeadKind.Person);
        // The commanders of military regions ("Tư lệnh các quân khu", "Tư lệnh Quân khu 7").
        Add("tư lệnh", HeadKind.Person);
        // The members and head of a council or team, named with it ("Thành viên Hội đồng thẩm định", "các thành viên Ban
        // Chỉ đạo", "Tổ trưởng Tổ công tác").
        Add("thành viên", HeadKind.Person, cap: false);
        Add("tổ trưởng", HeadKind.Person, cap: false);
        // The standing members of a council, committee or Party committee name it like its head does
        // ("Thường trực Hội đồng nhân dân tỉnh", "Thường trực Tỉnh ủy"); alone ("cơ quan thường trực") it names no body.
        Add("thường trực", HeadKind.Person);
        return list.OrderByDescending(h => h.Words.Length).ToArray();
    }

    // Same-kind items that continue a shared-determiner enumeration after a comma.
    private static readonly (string[] Words, int Group)[] GroupWords =
    [
        .. W(1, "sở", "ban", "ngành", "đoàn thể", "ban ngành", "bộ", "hội"),
        // "các cơ quan thông tấn, báo chí": the press goes on a group of bodies, and so do corporations ("các tập đoàn, tổng công ty").
        .. W(2, "cơ quan", "đơn vị", "địa phương", "doanh nghiệp", "tổ chức", "cá nhân", "báo chí", "tập đoàn", "tổng công ty"),
        .. W(2, [.. AgencyWords.Embedded.PrivateParties]),
        .. W(ClassGroup, [.. AgencyWords.Embedded.GroupClasses]),
        .. W(3, "tỉnh ủy", "huyện ủy", "thành ủy", "thị ủy", "quận ủy"),
        // "cấp ủy, chính quyền các cấp": the Party committees and the authorities of each level are named as one pair.
        .. W(4, "cấp ủy", "tổ chức đảng", "đảng bộ", "chi bộ", "chi ủy", "tổ đảng", "chính quyền"),
        .. W(5, "cụm thi đua", "khối thi đua", "cụm", "khối"),
        .. W(6, "thị xã", "thành phố", "thị trấn", "tỉnh", "huyện", "xã", "phường", "quận", "đặc khu", "quân khu"),
        .. W(7, "các cấp", "các ngành", "cấp", "ngành"),
    ];

    private static readonly FirstWordIndex GroupIndex = new(GroupWords.Select(g => g.Words));

    // The group of Party organisations ("cấp ủy", "tổ chức đảng", "chi bộ").
    private const int PartyGroup = 4;

    // The group of classes of bodies outside the administration ("viện nghiên cứu", "trường đại học", "lực lượng"): not
    // the same kind as "sở, ngành", and a capitalised one after a comma is a body's own name ("…, Viện Nghiên cứu phát triển").
    // Without a determiner a list of them is what is worked on ("di dời các nhà máy, trường đại học, cao đẳng"), no owner.
    private const int ClassGroup = 8;

    // The group of places and levels of government ("thị xã", "thành phố"), whose words OCR may have cut a tone mark from.
    private const int PlaceGroup = 6;

    private static IEnumerable<(string[], int)> W(int group, params string[] words) => words.Select(w => (Words(w), group));

    /// <summary>A phrase as comparison-key words; written with its diacritics so "sở" does not match "số".</summary>
    private static string[] Words(string phrase) => VietnameseText.ComparisonKey(phrase).Split(' ');

    // A token typed with diacritics must match them exactly; one typed without any matches on the folded form.
    private static bool Same(Token token, string word) =>
        token.HasMarks || token.Strict ? token.Key == word : token.Fold == FoldOf(word);

    // The rules ask for the same few hundred phrase words over and over: looked up by the string itself, not as a span.
    private static string FoldOf(string word) => KnownWords.TryGetValue(word, out var known) ? known.Fold : WordAt(word).Fold;

    // Levels and places that continue a name ("tỉnh", "các cấp", "trực thuộc Tỉnh ủy").
    private static readonly string[][] LevelWords = new[]
    {
        "thành phố", "thị xã", "thị trấn", "trung ương", "trực thuộc", "liên quan", "tỉnh", "huyện", "xã", "phường", "cấp quân khu", "cấp cơ sở", "cấp", "quốc gia", "có liên quan", "khác",
        "ở trung ương", "ở địa phương", "ở các cấp",
    }.Select(Words).ToArray();

    private static readonly FirstWordIndex LevelIndex = new(LevelWords);

    private static int LevelAt(List<Token> t, int i)
    {
        if (WordsAt(t, i, ["xã", "hội"])) return 0; // "Chính sách xã hội": a word, not the commune level
        foreach (int n in LevelIndex.At(t, i)) if (PlaceWordsAt(t, i, LevelWords[n])) return LevelWords[n].Length;
        return 0;
    }

    /// <summary>
    /// A place or level word of one or more syllables at i, where a later syllable may have lost its tone mark to OCR
    /// ("thành phô" for "thành phố", "thị trân"): the first syllable as written, at most one syllable with its mark
    /// lost and its letters otherwise the same ("phô" is "phố" without its acute; "phó" is no "phố").
    /// </summary>
    private static bool PlaceWordsAt(List<Token> t, int i, string[] words)
    {
        if (WordsAt(t, i, words)) return true;
        if (words.Length < 2 || i + words.Length > t.Count || !t[i].IsWord || !Same(t[i], words[0])) return false;
        int lost = 0;
        for (int k = 1; k < words.Length; k++)
        {
            var token = t[i + k];
            if (!token.IsWord) return false;
            if (Same(token, words[k])) continue;
            if (++lost > 1 || !string.Equals(token.Key, Toneless(words[k]), StringComparison.Ordinal)) return false;
        }
        return true;
    }

    // The place and level words without their tone marks, made once: normalising a phrase's word anew at every token
    // that nearly matched it was a tenth of the recogniser's time.
    private static readonly Dictionary<string, string> TonelessPlaceWords =
        LevelWords.Concat(GroupWords.Where(g => g.Group == PlaceGroup).Select(g => g.Words)).SelectMany(w => w).Distinct()
            .ToDictionary(w => w, VietnameseText.WithoutTone, StringComparer.Ordinal);

    private static string Toneless(string word) =>
        TonelessPlaceWords.TryGetValue(word, out var toneless) ? toneless : VietnameseText.WithoutTone(word);

    // Levels of government that pair through "và" ("trung ương" … "địa phương"), longest first.
    private static readonly string[][] PairedLevels = AgencyWords.Embedded.PairedLevels.Select(Words).OrderByDescending(p => p.Length).ToArray();

    /// <summary>True when a paired level ends right before token j ("cơ quan trung ương" before "và").</summary>
    private static bool PairedLevelEndsAt(List<Token> t, int j)
    {
        foreach (var level in PairedLevels) if (j - level.Length >= 0 && WordsAt(t, j - level.Length, level)) return true;
        return false;
    }

    /// <summary>
    /// The length of a paired level at i written as a level, not a place: no capitalised name after it ("và địa phương",
    /// "và cấp huyện"; not "và tỉnh Nghệ An"), else 0.
    /// </summary>
    private static int PairedLevelAt(List<Token> t, int i)
    {
        if (i >= t.Count || !t[i].IsWord || t[i].IsCapital) return 0;
        foreach (var level in PairedLevels)
            if (WordsAt(t, i, level))
                return i + level.Length < t.Count && t[i + level.Length].IsWord && t[i + level.Length].IsCapital ? 0 : level.Length;
        return 0;
    }

    private static readonly string[][] StopPhrases = new[]
    {
        "chủ trì", "phối hợp", "có trách nhiệm", "chịu trách nhiệm", "thực hiện", "tham mưu", "hướng dẫn", "chỉ đạo",
        "tổ chức", "xây dựng", "triển khai", "tăng cường", "đẩy mạnh", "lãnh đạo", "phải", "cần", "chủ động", "theo dõi",
        "kiểm tra", "đôn đốc", "giám sát", "căn cứ", "được", "là", "để", "nhằm", "trong", "theo", "về", "với", "cho",
        "tại", "nhất là", "gồm", "có", "sẽ", "đã", "đang", "cùng", "vận động", "phát động", "rà soát", "làm tốt", "tiếp tục",
        "nghiên cứu", "quán triệt", "tuyên truyền", "đề xuất", "bảo đảm", "đảm bảo", "nâng cao", "quan tâm", "ban hành",
        "báo cáo", "giao", "đề nghị", "yêu cầu", "tham gia", "phát huy", "đổi mới", "xác định", "quy định", "từ", "đến",
        "trên", "nhân dịp", "tiếp nhận", "hưởng ứng", "tổng hợp", "đánh giá", "phân công", "thông qua", "thẩm định",
        "trình", "gắn", "lựa chọn", "tập trung", "khẩn trương", "sau", "khi", "nếu", "thì", "mà", "hoặc", "hay", "bằng",
        "qua", "nghiêm túc", "kịp thời", "thường xuyên", "tích cực", "cụ thể", "sơ kết", "tổng kết", "khen thưởng",
        "thi đua", "định kỳ", "hằng năm", "hàng năm", "vào", "ra", "đưa", "mở", "tạo điều kiện", "tạo sự", "xét", "phong trào", "công tác",
        "nhiệm vụ", "kế hoạch", "văn bản", "nội dung", "chương trình", "phản ánh", "trao đổi", "giúp", "hỗ trợ",
        "cập nhật", "thông tin", "sáng tạo", "tuyên dương", "biểu dương", "và", "như", "các", "của", "mọi", "từng",
        "tất cả", "toàn thể", "đồng thời", "động viên", "kết hợp", "tham khảo", "tổ", "đề cao", "bám sát", "bố trí",
        "cấp phát", "thẩm tra", "xử lý", "giải quyết", "phổ biến", "tập huấn", "bồi dưỡng", "kiện toàn", "củng cố",
        "chuẩn bị", "hoàn thành", "hoàn thiện", "quản lý", "duy trì", "nắm", "dự", "góp", "lấy", "vận hành",
        "ứng dụng", "sử dụng", "phát triển", "nghiêm", "không", "chưa", "luôn", "đặc biệt", "tiến hành", "rút kinh nghiệm",
        "đối với", "chậm nhất", "sắp xếp", "làm việc", "xong", "thiếu", "mình", "nhưng", "những", "xem", "trực tiếp", "ở", "do",
        "cung cấp", "lập", "thành lập", "treo cờ",
    }.Select(p => VietnameseText.ComparisonKey(p).Split(' ')).OrderByDescending(p => p.Length).ToArray();

    private static readonly FirstWordIndex StopIndex = new(StopPhrases);

    // Capitalised words that open a new cell, item or sentence rather than continue a name ("Bộ Quốc phòng Chủ trì").
    private static readonly string[][] CapitalStops = new[]
    {
        "chủ trì", "phối hợp", "thực hiện", "hướng dẫn", "chỉ đạo", "triển khai", "đảm bảo", "bảo đảm", "hoàn thiện",
        "đánh giá", "căn cứ", "ban hành", "tăng cường", "đẩy mạnh", "rà soát", "kiểm tra", "báo cáo", "tham mưu",
        "nghiên cứu", "phê duyệt", "tiếp tục", "xây dựng", "tổ chức", "thời gian", "quý", "tháng", "năm", "trước",
        "trong", "giao", "đề nghị", "yêu cầu", "kế hoạch", "quyết định", "chỉ thị", "nghị quyết", "nghị định",
        "thông tư", "công văn", "luật", "chương trình", "đề án", "hoàn thành", "thường xuyên", "hằng năm", "hàng năm",
        "định kỳ", "lập", "trình", "cung cấp", "theo dõi", "tổng hợp", "phát động", "số", "ngày", "điều", "khoản",
        "đã", "đồng thời", "theo", "phê duyệt", "sản phẩm", "nhiệm vụ", "cơ quan", "ghi chú", "pháp lệnh", "thông báo",
        "tờ trình", "cộng hòa", "độc lập",
        // A letter's addressee and distribution lines: a body named just above them ("… của Chính phủ" closing a
        // letter's subject line) ends there.
        "kính gửi", "nơi nhận",
    }.Select(Words).OrderByDescending(p => p.Length).ToArray();

    private static readonly FirstWordIndex CapitalStopIndex = new(CapitalStops);

    // Heads that always begin a new body when met inside a name (not after "của" or inside a parenthesis).
    private static readonly HashSet<string> NewBodyHeads = ["sở", "bộ", "cục", "tổng", "chi", "đài", "báo", "trung", "văn", "công", "kho", "ngân", "viện", "trường", "ban", "vụ"];

    private static bool IsCapitalStop(List<Token> t, int i)
    {
        if (!t[i].IsWord || !t[i].IsCapital) return false;
        foreach (int n in CapitalStopIndex.At(t, i)) if (WordsAt(t, i, CapitalStops[n])) return true;
        return false;
    }

    // Official names with a comma inside ("Ủy ban Tài chính, Ngân sách"), after their head word (agency-words.json): at a
    // comma that falls inside one of them the name goes on, where elsewhere the comma would separate two bodies.
    private static readonly string[][] NamesWithComma = AgencyWords.Embedded.NamesWithComma.Select(Words).OrderByDescending(p => p.Length).ToArray();

    // A ministry's department ("Cục …", "Vụ …") is never a unit of a province's body: "Cục Lâm nghiệp và Kiểm lâm, Sở Nông
    // nghiệp và Môi trường" lists two bodies, where "Ban Thi đua - Khen thưởng, Sở Nội vụ" and "Cục Kiểm lâm, Bộ …" name one.
    private static readonly string[][] CentralUnits = [Words("cục"), Words("vụ")];
    private static readonly string[][] LocalParents = [Words("sở"), Words("ủy ban nhân dân"), Words("hội đồng nhân dân")];

    private static bool CentralUnderLocal(Head unit, Head parent) => AnyIs(CentralUnits, unit.Words) && IsLocalParent(parent);

    private static bool IsLocalParent(Head parent) => AnyIs(LocalParents, parent.Words);

    // One of the phrases is the head's words (a loop, not a lambda: a closure over the head was allocated per call).
    private static bool AnyIs(string[][] phrases, string[] words)
    {
        foreach (var phrase in phrases) if (phrase.AsSpan().SequenceEqual(words)) return true;
        return false;
    }

    // A province's board of economic, industrial or high-tech zones ("Ban Quản lý Khu kinh tế", "Ban Quản lý các khu công
    // nghệ cao và khu công nghiệp") answers to the province's Ủy ban, beside its Sở: "Ban Quản lý Khu kinh tế, Sở Công
    // Thương" lists two bodies, where a project board before its Sở ("Ban Quản lý dự án, Sở Y tế") may be its unit.
    private static readonly string[] ZoneBoard = Words("ban quản lý");

    private static bool IsZoneBoard(List<Token> t, Head unit, int headEnd) =>
        unit.Words.AsSpan().SequenceEqual(ZoneBoard) && headEnd < t.Count
        && (t[headEnd].Fold == "khu" || t[headEnd].Fold == "cac" && headEnd + 1 < t.Count && t[headEnd + 1].Fold == "khu");

    /// <summary>The index after an official name whose comma is the token at <paramref name="comma"/>, or -1.</summary>
    private static int NameWithCommaEnd(List<Token> t, int comma, int nameStart)
    {
        foreach (var name in NamesWithComma)
            for (int c = 0; c < name.Length; c++)
                if (name[c] == "," && comma - c >= nameStart && WordsAt(t, comma - c, name) && comma - c + name.Length > comma + 1)
                    return comma - c + name.Length;
        return -1;
    }

    private static readonly HashSet<string> KnownCompounds =
        new[] { "ngoại giao", "đào tạo", "sáng tạo", "tư pháp", "kế hoạch", "xây dựng", "tổ chức", "kiểm tra" }
            .Select(VietnameseText.ComparisonKey).ToHashSet();

    // The owner parser, the category rules and the task attribution each ask about the same task text in turn, one
    // right after the other. The last few answers of this thread are remembered (read-only, so callers can share
    // them): a text is recognised once, and a new document does not find answers from earlier ones.
    private const int RecentLimit = 16;
    [ThreadStatic] private static (string Text, IReadOnlyList<AgencyMention> Found)[]? _recent;
    [ThreadStatic] private static int _recentNext;

    /// <summary>Every agency mention in the text, in text order.</summary>
    public IReadOnlyList<AgencyMention> FindAll(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var recent = _recent ??= new (string, IReadOnlyList<AgencyMention>)[RecentLimit];
        foreach (var (t, f) in recent)
            if (t is not null && string.Equals(t, text, StringComparison.Ordinal)) return f;
        var found = Recognize(text).AsReadOnly();
        recent[_recentNext] = (text, found);
        _recentNext = (_recentNext + 1) % RecentLimit;
        return found;
    }

    // Titles of a tier's heads with no body named after them (agency-words.json tierHeadTitles), and the words those
    // titles and a trailing "(có) liên quan" are made of.
    private static readonly string[][] TierHeadTitles = AgencyWords.Embedded.TierHeadTitles.Select(Words).OrderByDescending(p => p.Length).ToArray();
    private static readonly HashSet<string> TierHeadWords = TierHeadTitles.SelectMany(w => w).Concat(Words("các có liên quan")).Append(",").ToHashSet();

    /// <summary>
    /// "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ": the heads of one tier's bodies,
    /// none named, listed with commas, are one owner, as the bodies they head ("các bộ, cơ quan ngang bộ, cơ quan thuộc
    /// Chính phủ") are one group (EXTRACTION.md "Owners"). The mention at [<paramref name="start"/>, <paramref name="end"/>)
    /// runs on over every such title after a comma; a head of another tier ("Chủ tịch Ủy ban nhân dân …") ends it.
    /// </summary>
    private static int TierHeadsEnd(List<Token> t, int start, int end)
    {
        if (!IsTierHead(t, start, end)) return end;
        while (end + 1 < t.Count && t[end].Fold == ",")
        {
            int next = TryMention(t, end + 1);
            if (next <= end + 1 || !IsTierHead(t, end + 1, next)) break;
            end = next;
        }
        return end;
    }

    /// <summary>The tokens [s, e) are a tier head's title (after an optional "các"), naming no body after it.</summary>
    private static bool IsTierHead(List<Token> t, int s, int e)
    {
        if (s < e && t[s].Key == "các") s++;
        foreach (var title in TierHeadTitles)
        {
            if (s + title.Length > e || !WordsAt(t, s, title)) continue;
            for (int k = s + title.Length; k < e; k++)
                if (!TierHeadWords.Contains(t[k].Key)) return false;
            return true;
        }
        return false;
    }

    private static List<AgencyMention> Recognize(string text)
    {
        var result = new List<AgencyMention>();
        var (expanded, map) = AgencyName.ExpandMapped(text);
        var tokens = Tokenize(expanded, RentTokens());
        int i = 0;
        while (i < tokens.Count)
        {
            int end = TryMention(tokens, i);
            if (end <= i) { i++; continue; }
            end = TierHeadsEnd(tokens, i, end);
            result.Add(Mention(text, expanded, map, tokens, i, end));
            i = end;
        }
        ReturnTokens(tokens);
        return result;
    }

    // This thread's token list for Recognize and FirstUpTo, whose tokens never outlive the call: a new list per text was
    // the recogniser's largest allocation once tokens were values. Taken, it is null, so a nested call makes its own.
    [ThreadStatic] private static List<Token>? t_tokens;

    private static List<Token> RentTokens()
    {
        var tokens = t_tokens ?? new List<Token>(256);
        t_tokens = null;
        return tokens;
    }

    // An exception on the way leaves the list unreturned: the next call makes a new one.
    private static void ReturnTokens(List<Token> tokens)
    {
        tokens.Clear();
        t_tokens = tokens;
    }

    private static AgencyMention Mention(string text, string expanded, int[]? map, List<Token> tokens, int first, int end)
    {
        int s = tokens[first].Start, e = tokens[end - 1].End;
        // "_" of word-segmented text is a space in the name.
        var name = FoldedText.CollapseSpaces(expanded[s..e].Replace('_', ' '));
        // map[e] is where the text after the mention starts in the original, so it is the mention's end
        // even when the mention ends with an expanded abbreviation.
        int os = Original(map, s), oe = Original(map, e);
        while (oe > os && char.IsWhiteSpace(text[oe - 1])) oe--;
        return new AgencyMention(name, AgencyName.Key(name), os, oe - os);
    }

    // Where a char of the expanded text came from in the original (no map: the text was its own expansion).
    private static int Original(int[]? map, int at) => map is null ? at : map[at];

    /// <summary>
    /// The first mention <see cref="FindAll"/> gives when it starts at or before <paramref name="upTo"/> in the
    /// original text, else null; found without trying the words after that point.
    /// </summary>
    /// <remarks>The issuer after a citation's "của" and an owner's subject are only asked about the text's first words.</remarks>
    public AgencyMention? FirstUpTo(string text, int upTo)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (var (t, f) in _recent ?? [])
            if (t is not null && string.Equals(t, text, StringComparison.Ordinal)) return f.Count > 0 && f[0].Start <= upTo ? f[0] : null;
        var (expanded, map) = AgencyName.ExpandMapped(text);
        // Most texts asked about open with a verb, no head word: their first tokens, read alone, show that no mention can
        // start there, and the rest of the text is not tokenised.
        var tokens = Tokenize(expanded, RentTokens(), LastStartUpTo(map, upTo));
        if (!MayOpenMention(tokens))
        {
            ReturnTokens(tokens);
            return null;
        }
        tokens.Clear();
        Tokenize(expanded, tokens);
        AgencyMention? first = null;
        // FindAll's scan, stopped where its mentions would start after upTo (the map only grows).
        for (int i = 0; i < tokens.Count && Original(map, tokens[i].Start) <= upTo; i++)
        {
            int end = TryMention(tokens, i);
            if (end > i) { first = Mention(text, expanded, map, tokens, i, end); break; }
        }
        ReturnTokens(tokens);
        return first;
    }

    // The last index of the expanded text that comes from at or before upTo in the original (the map only grows).
    private static int LastStartUpTo(int[]? map, int upTo)
    {
        if (map is null) return upTo;
        int last = -1;
        while (last + 1 < map.Length && map[last + 1] <= upTo) last++;
        return last;
    }

    // A mention starts with a determiner ("các", "những", also the plural head list's "các") or a head word
    // (TryMention, HeadAt): a token that is neither starts none.
    private static bool MayOpenMention(List<Token> tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
            if (tokens[i].IsWord && tokens[i].Fold is "cac" or "nhung" || HeadIndex.At(tokens, i).Length > 0) return true;
        return false;
    }

    /// <summary>True when an agency name starts at the start of <paramref name="text"/> (after spaces).</summary>
    public bool StartsWithAgency(string text)
    {
        int first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first])) first++;
        return FirstUpTo(text, first) is { } m && m.Start == first;
    }

    private static List<Token> Tokenize(string text) =>
        Tokenize(text, new List<Token>(text.Length / 4 + 4)); // about one token per five chars: sized to grow rarely

    // The tokens of the text, added to an empty list; none that starts after lastStart (the first tokens are the same).
    private static List<Token> Tokenize(string text, List<Token> tokens, int lastStart = int.MaxValue)
    {
        int i = 0;
        bool newline = false;
        bool strict = false;
        foreach (char ch in text) if (ch > 0x7F && TokenChars.IsLetter(ch)) { strict = true; break; }
        while (i < text.Length)
        {
            char c = text[i];
            // "_" joins the syllables of a word in word-segmented text ("Công_Thương"): it separates like a space.
            if (TokenChars.IsSpace(c) || c == '_') { newline |= c == '\n'; i++; continue; }
            if (i > lastStart) break;
            int s = i;
            if (TokenChars.IsLetterOrDigit(c))
            {
                while (i < text.Length && TokenChars.InWord(text[i])) i++;
                var (word, fold, key) = WordAt(text.AsSpan(s, i - s));
                tokens.Add(new Token(s, i, word, fold, true, char.IsUpper(word[0]))
                {
                    Key = key,
                    NewlineBefore = newline,
                    Strict = strict,
                });
            }
            else
            {
                i++;
                var mark = Mark(c);
                tokens.Add(new Token(s, i, mark, c is '–' or '—' ? "-" : mark, false, false) { NewlineBefore = newline });
            }
            newline = false;
        }
        return tokens;
    }

    // One string per mark of the Latin and General Punctuation blocks, made once, not two new ones per token.
    private static readonly string[] LatinMarks = Enumerable.Range(0, 0x300).Select(c => ((char)c).ToString()).ToArray();
    private static readonly string[] GeneralMarks = Enumerable.Range(0x2000, 0x70).Select(c => ((char)c).ToString()).ToArray();

    private static string Mark(char c) =>
        c < 0x300 ? LatinMarks[c] : c is >= '\u2000' and < '\u2070' ? GeneralMarks[c - 0x2000] : c.ToString();

    /// <summary>The lower-case folded form and the comparison key of one word (VietnameseText caches single words).</summary>
    private static (string Fold, string Key) WordForms(string word) =>
        (VietnameseText.Fold(word).ToLowerInvariant(), VietnameseText.ComparisonKey(word));


    // This thread's words by a cheap hash of their chars, one per place, in front of KnownWords: a text's words were
    // mostly met in the texts just before it, and the shared dictionary's hashing and comparer cost more than the
    // rest of the tokeniser. A collision only replaces the place's word.
    private const int RecentWordPlaces = 4096;
    [ThreadStatic] private static (string Word, string Fold, string Key)[]? t_recentWords;

    /// <summary>A word of a text as a string, with its folded form and comparison key.</summary>
    private static (string Word, string Fold, string Key) WordAt(ReadOnlySpan<char> span)
    {
        var recent = t_recentWords ??= new (string, string, string)[RecentWordPlaces];
        uint hash = (uint)span.Length;
        foreach (char c in span) hash = hash * 31 + c;
        ref var place = ref recent[(hash * 2654435769u) >> 20]; // the top 12 bits: RecentWordPlaces = 2¹²
        if (place.Word is { } met && span.SequenceEqual(met)) return place;
        place = KnownWordAt(span);
        return place;
    }

    private static (string Word, string Fold, string Key) KnownWordAt(ReadOnlySpan<char> span)
    {
        if (KnownWordsBySpan.TryGetValue(span, out var known)) return known;
        var word = span.ToString();
        var (fold, key) = WordForms(word);
        if (KnownWords.Count >= MaxKnownWords) KnownWords.Clear();
        KnownWords.TryAdd(word, (word, fold, key));
        return (word, fold, key);
    }

    /// <summary>Phrases indexed by their first word, so a token is compared only with the phrases that can start at it.</summary>
    /// <remarks>
    /// The rules scan hundreds of phrases at almost every token; this turns each scan into one dictionary look-up.
    /// Candidates keep the phrases' original order, so "first match" and "longest match" rules answer as before.
    /// A first word matches as <see cref="Same"/> does: by key for a token with diacritics (or in a text written
    /// with them), by folded form otherwise.
    /// </remarks>
    private sealed class FirstWordIndex
    {
        private static readonly int[] None = [];
        private readonly Dictionary<string, int[]> _byKey, _byFold;

        public FirstWordIndex(IEnumerable<string[]> phrases)
        {
            var firstWords = phrases.Select(p => p[0]).ToList();
            if (firstWords.Contains(",")) throw new InvalidOperationException("A phrase may not start with a comma: it matches a punctuation token.");
            _byKey = Group(firstWords, w => w);
            _byFold = Group(firstWords, FoldOf);
        }

        private static Dictionary<string, int[]> Group(List<string> firstWords, Func<string, string> form) =>
            firstWords.Select((w, n) => (Form: form(w), n)).GroupBy(x => x.Form, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.n).ToArray(), StringComparer.Ordinal);

        /// <summary>Positions, in the original order, of the phrases whose first word is the token at i.</summary>
        public int[] At(List<Token> t, int i)
        {
            if (i >= t.Count || !t[i].IsWord) return None;
            var token = t[i];
            return token.HasMarks || token.Strict
                ? _byKey.GetValueOrDefault(token.Key, None)
                : _byFold.GetValueOrDefault(token.Fold, None);
        }
    }

    // The words as a span: the rules' literal phrases (["cơ", "quan"]) then cost no array per call.
    private static bool WordsAt(List<Token> t, int i, ReadOnlySpan<string> words)
    {
        if (i + words.Length > t.Count) return false;
        for (int k = 0; k < words.Length; k++)
        {
            // A comma or dash written inside a name ("Báo và Phát thanh, Truyền hình", "Phát thanh - Truyền hình").
            if (words[k] is "," or "-") { if (t[i + k].Fold != words[k]) return false; continue; }
            if (!t[i + k].IsWord || !Same(t[i + k], words[k])) return false;
        }
        return true;
    }

    private static int HeadEnd(List<Token> t, int start)
    {
        HeadAt(t, start, out int after, out _);
        return after;
    }

    private static int StopLength(List<Token> t, int i, bool ignoreCase = false)
    {
        if (!t[i].IsWord || (!ignoreCase && t[i].IsCapital && !t[i].IsShout)) return 0;
        foreach (int n in StopIndex.At(t, i)) if (WordsAt(t, i, StopPhrases[n])) return StopPhrases[n].Length;
        return 0;
    }

    private static bool IsStop(List<Token> t, int i)
    {
        if (!t[i].IsWord || (t[i].IsCapital && !t[i].IsShout)) return false;
        if (WordsAt(t, i, ["cơ", "quan"])) return false;
        foreach (int n in StopIndex.At(t, i)) if (WordsAt(t, i, StopPhrases[n])) return true;
        return false;
    }

    /// <summary>The enumeration group of the words at i: the longest match ("huyện ủy" over "huyện"), the preferred group on a tie.</summary>
    // Departments and bodies/units/localities enumerate together ("các sở, ngành, cơ quan liên quan").
    private static bool SameKind(int a, int b) => a == b || (a is 1 or 2 && b is 1 or 2);

    private static int GroupAt(List<Token> t, int i, out int length, int preferred = NoGroup)
    {
        int best = NoGroup;
        length = 0;
        foreach (int n in GroupIndex.At(t, i))
        {
            var (words, group) = GroupWords[n];
            if (!(group == PlaceGroup ? PlaceWordsAt(t, i, words) : WordsAt(t, i, words))) continue;
            if (group == ClassGroup && t[i].IsCapital) continue;
            if (words.Length > length || (words.Length == length && group == preferred)) { best = group; length = words.Length; }
        }
        return best;
    }

    /// <summary>A head starting at i (optionally after "các"), with the index after its words.</summary>
    private static Head? HeadAt(List<Token> t, int i, out int after, out bool hasDeterminer)
    {
        hasDeterminer = false;
        int j = i;
        if (j < t.Count && t[j].IsWord && t[j].Fold is "cac" or "nhung") { hasDeterminer = true; j++; }
        foreach (int n in HeadIndex.At(t, j))
        {
            var h = Heads[n];
            if (!WordsAt(t, j, h.Words)) continue;
            // "Sở, ban, ngành thuộc …", "Đơn vị, địa phương …": an enumeration needs no "các".
            // "… và đơn vị có liên quan": "(có) liên quan" makes it a body too.
            if (h.NeedsDeterminer && !hasDeterminer &&
                !(j + h.Words.Length + 1 < t.Count && t[j + h.Words.Length].Fold == "," && SameKind(GroupAt(t, j + h.Words.Length + 1, out _), h.Group) && h.Group is not NoGroup and not ClassGroup) &&
                !WordsAt(t, j + h.Words.Length, ["có", "liên", "quan"]) && !WordsAt(t, j + h.Words.Length, ["liên", "quan"]) &&
                !(IsAsked(t, j) && StopLength(t, j, ignoreCase: true) == 0) && !(h.IsPrivate && JoinedToDeterminedBodies(t, j + h.Words.Length)))
                continue;
            if (h.NeedsCapital && !t[j].IsCapital) continue;
            if (h.ListOnly && !(hasDeterminer && OpensListOrRelated(t, j + h.Words.Length))) continue;
            if (h.Kind == HeadKind.Generic && !hasDeterminer && !t[j].IsCapital && h.Words.Length == 1 && h.Words[0] is "sở" or "ban" or "ngành" or "bộ") continue;
            // "Ủy ban Thường vụ Quốc hội": "ban" after "Ủy" is the second syllable of "Ủy ban", not the lower-case "ban thường vụ".
            if (h.Kind == HeadKind.Generic && h.Words[0] == "ban" && j > 0 && t[j - 1].IsWord && t[j - 1].Fold == "uy") continue;
            int next = j + h.Words.Length;
            // "Ban hành", "BÁO CÁO": a verb that starts with a head word; "xã hội": not the head "Hội".
            if (h.Words.Length == 1 && StopLength(t, j, ignoreCase: true) > 1) continue;
            if (h.Words[0] == "hội" && j > 0 && t[j - 1].Fold == "xa") continue;
            // In an all-caps title "BÁO", "ĐÀI", "HỘI", "VIỆN", "TRƯỜNG" are rarely bodies.
            if (t[j].IsShout && h.Kind == HeadKind.Proper && h.Words[0] is "báo" or "đài" or "hội" or "viện" or "trường") continue;
            if (h.Kind == HeadKind.Proper)
            {
                // "xã Trường Văn", "phường Hội Hợp": after a commune or village word the head word starts a place name.
                if (j > 0 && t[j - 1].IsWord && t[j - 1].Fold is "xa" or "phuong" or "thon" or "ap" or "xom" or "lang") continue;
                // "Ban hành", "Báo cáo", "Bộ máy", "Trường hợp": a proper head needs a capitalised name after it, or to open a
                // known official name whatever its case ("Ngân hàng nhà nước").
                if (next >= t.Count || !t[next].IsWord || !(t[next].IsCapital || LevelAt(t, next) > 0) && OfficialNameEnd(t, j) < 0) continue;
                if (h.Words[0] == "chủ" && WordsAt(t, next, ["hồ", "chí", "minh"])) continue;
            }
            after = next;
            return h;
        }
        after = i;
        return null;
    }

    /// <summary>
    /// "và" and a determined group of bodies follow at i ("chủ đầu tư và các cơ quan có liên quan tổ chức thực hiện …"): a
    /// private party enumerated with bodies is one of the parties given the work, as in a list with commas.
    /// </summary>
    private static bool JoinedToDeterminedBodies(List<Token> t, int i) =>
        i + 2 < t.Count && t[i].IsWord && t[i].Fold == "va" && t[i + 1].IsWord && t[i + 1].Fold == "cac"
        && GroupAt(t, i + 2, out _) is int g && g != NoGroup && SameKind(g, 2);

    /// <summary>
    /// A list of kinds of bodies (", đoàn thể", ", hội") or "(có) liên quan" follows at i: "các tổ chức, đoàn thể có liên
    /// quan" names bodies, where "các tổ chức, cá nhân …" is read as a heading's whole stretch (AgencyOwnerShape).
    /// </summary>
    private static bool OpensListOrRelated(List<Token> t, int i) =>
        i + 1 < t.Count && t[i].Fold == "," && GroupAt(t, i + 1, out _) == BodyKindGroup
        || WordsAt(t, i, ["có", "liên", "quan"]) || WordsAt(t, i, ["liên", "quan"]);

    // The group of kinds of bodies ("sở", "ban", "ngành", "đoàn thể").
    private const int BodyKindGroup = 1;

    private static readonly string[][] RequestVerbs = [Words("đề nghị"), Words("yêu cầu")];

    /// <summary>
    /// The words at i are what a request asks ("đề nghị chủ đầu tư cập nhật …", "đề nghị địa phương căn cứ …"): the party
    /// asked is the one addressed, a group of one, so it needs no determiner to be an owner; not a verb asked for
    /// ("đề nghị tổ chức hội nghị").
    /// </summary>
    private static bool IsAsked(List<Token> t, int i)
    {
        foreach (var verb in RequestVerbs)
            if (i >= verb.Length && WordsAt(t, i - verb.Length, verb)) return true;
        return false;
    }

    /// <summary>The token index after the mention that starts at i, or i when none does.</summary>
    private static int TryMention(List<Token> t, int i)
    {
        int listEnd = SharedHeadListEnd(t, i);
        if (listEnd > i) return listEnd;
        var head = HeadAt(t, i, out int j, out _);
        if (head is null) return i;
        if (head.Kind == HeadKind.Person)
        {
            if (head.Words[0] == "chủ" && j < t.Count && WordsAt(t, j, ["hồ", "chí", "minh"])) return i;
            // "Giám đốc Sở, Thủ trưởng …": the head of each department, the body left unnamed.
            if (j < t.Count && t[j].IsWord && t[j].IsCapital && t[j].Key is "sở" or "bộ" && (j + 1 == t.Count || !t[j + 1].IsWord))
                return j + 1;
            var body = HeadAt(t, j, out _, out _);
            if (body is null || body.Kind == HeadKind.Person)
                return head.Words is ["thủ", "tướng"] or ["bộ", "trưởng"] or ["tư", "lệnh"] ? j : i;
            // "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ": the person word is shared like "các".
            int bodyEnd = Extend(t, j, body, shared: true);
            return bodyEnd;
        }
        int end = Extend(t, i, head);
        // A proper head with no name after it ("Bộ" at the end of a cell) names no body.
        return head.Kind == HeadKind.Proper && end <= HeadEnd(t, i) ? i : end;
    }

    private static readonly string[] Command = Words("chỉ huy"), Inspectorate = Words("thanh tra");

    private static readonly string[] ManagingState = Words("quản lý nhà nước"), InTheArea = Words("trên địa bàn");

    // "các Bộ quản lý chuyên ngành", "Sở quản lý ngành": what a body manages names its kind (agency-words.json).
    private static readonly string[][] ManagedFields = AgencyWords.Embedded.ManagedFields.Select(Words).ToArray();

    private static readonly string[][] DomesticForeign = [Words("trong nước"), Words("ngoài nước")];

    // One of the phrases stands at i (a loop, not a lambda: the rules that ask it would allocate a closure per call).
    private static bool AnyWordsAt(List<Token> t, int i, string[][] phrases) => FirstWordsAt(t, i, phrases) is not null;

    // The first of the phrases that stands at i, or null.
    private static string[]? FirstWordsAt(List<Token> t, int i, string[][] phrases)
    {
        foreach (var phrase in phrases) if (WordsAt(t, i, phrase)) return phrase;
        return null;
    }

    /// <summary>
    /// "các Vụ: Kế hoạch, Công nghiệp nhẹ, Năng lượng", "các Bộ Tài chính, Xây dựng": one head word made plural by "các"
    /// over a list of names is one mention, as written (<see cref="Members"/> names its bodies). Returns the index after
    /// the list, or i.
    /// </summary>
    private static int SharedHeadListEnd(List<Token> t, int i) => SharedHeadList(t, i, null);

    // The plural heads (agency-words.json).
    private static readonly HashSet<string> PluralHeads = AgencyWords.Embedded.PluralHeads.Select(VietnameseText.ComparisonKey).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The list after a plural head at i ("các Bộ: …", "các Bộ …"), its items' token ranges added to <paramref name="items"/>;
    /// returns the index after the list, or i. Items are capitalised names that are no head, separated by commas; a
    /// comma inside an official name (<see cref="NamesWithComma"/>) and "và" before another capitalised word stay inside
    /// an item. Without a colon the list needs two items: "các Sở Công Thương" is the one name of many provinces' bodies.
    /// </summary>
    private static int SharedHeadList(List<Token> t, int i, List<(int Start, int End)>? items)
    {
        if (i + 3 >= t.Count || !t[i].IsWord || t[i].Fold != "cac") return i;
        var head = t[i + 1];
        if (!head.IsWord || !head.IsCapital || !PluralHeads.Contains(head.Key)) return i;
        bool colon = t[i + 2].Fold == ":";
        int j = i + (colon ? 3 : 2), end = i, count = 0;
        var found = new List<(int, int)>();
        while (j < t.Count && t[j].IsWord && t[j].IsCapital && IsListItemStart(t, j))
        {
            // "Thông tin và truyền thông": a listed name is read whole, however its later words are cased.
            int listed = ListedItemEnd(t, j);
            int k = listed > 0 ? listed : j + 1, lower = 0;
            while (k < t.Count && lower < 5)
            {
                // "các Sở Văn hóa, Thể thao và Du lịch": the comma of an official name is inside the item.
                if (t[k].Fold == "," && NameWithCommaEnd(t, k, j) is int named and > 0) { k = named; continue; }
                // "Lao động - Thương binh và Xã hội": a dash before a capitalised word is inside the name.
                if (t[k].Fold == "-" && k + 1 < t.Count && t[k + 1].IsWord && t[k + 1].IsCapital && IsListItemStart(t, k + 1)) { k += 2; continue; }
                if (!t[k].IsWord) break;
                if (t[k].IsCapital) { k++; continue; }
                if (AnyWordsAt(t, k, DomesticForeign)) { k += 2; continue; }
                if (t[k].Fold == "va" && k + 1 < t.Count && t[k + 1].IsCapital && IsListItemStart(t, k + 1)) { k += 2; continue; }
                // "Ngoại giao", "Đào tạo": a compound whose second syllable is also a verb.
                if (lower == 0 && t[k - 1].IsCapital && KnownCompounds.Contains(t[k - 1].Key + " " + t[k].Key)) { lower++; k++; continue; }
                if (IsStop(t, k)) break;
                lower++; k++;
            }
            end = k;
            count++;
            found.Add((j, k));
            if (k + 1 < t.Count && t[k].Fold == ",") { j = k + 1; continue; }
            break;
        }
        if (end <= i + 3 || (!colon && count < 2)) return i;
        items?.AddRange(found);
        return end;
    }

    /// <summary>
    /// A name of a plural head's list may start at i: no head word there, or a listed name that is a whole item though it
    /// opens with one ("Công an", "Thanh tra" after "các Bộ:").
    /// </summary>
    private static bool IsListItemStart(List<Token> t, int i) => HeadAt(t, i, out _, out _) is null || ListedItemAt(t, i);

    // Official names with their head word (agency-words.json officialNames; and each listed name after "bộ" or "sở"),
    // longest first so the longest known name at a place wins.
    private static readonly string[][] OfficialNames = AgencyWords.Embedded.OfficialNames
        .Concat(AgencyWords.Embedded.ListedNames.SelectMany(n => new[] { "bộ " + n, "sở " + n }))
        .Select(Words).OrderByDescending(w => w.Length).ToArray();
    private static readonly FirstWordIndex OfficialNameIndex = new(OfficialNames);

    /// <summary>The index after a known official name that starts at the head at start (after "các"), or -1.</summary>
    private static int OfficialNameEnd(List<Token> t, int start)
    {
        int i = start < t.Count && t[start].Fold == "cac" ? start + 1 : start;
        // A name in capitals ("BỘ XÂY DỰNG" in a header) has no case to mislead the rules.
        if (i >= t.Count || t[i].IsShout) return -1;
        foreach (int n in OfficialNameIndex.At(t, i))
            if (WordsAt(t, i, OfficialNames[n])) return i + OfficialNames[n].Length;
        return -1;
    }

    private static int Extend(List<Token> t, int start, Head head, bool shared = false)
    {
        HeadAt(t, start, out int j, out bool determiner);
        int headEnd = j;
        // A shared determiner ("các", "Thủ trưởng") makes one owner of the whole enumeration, items with their own
        // descriptors included ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ").
        shared |= determiner;
        int group = head.Group;
        bool generic = head.Kind == HeadKind.Generic;
        bool hasParent = false;
        int lowerRun = 0, descriptors = 0;
        int end = j;
        // After a complete name ("Chính phủ", "Ủy ban nhân dân") only levels, places and capitalised words go on.
        bool lastCap = false;
        int itemEnd = -1; // where the last item of a shared determiner's enumeration ended
        int levelEnd = -1; // where the last level written after the name ended ("cơ quan trung ương")
        // "Bộ Nông nghiệp và phát triển nông thôn", "Ban Công tác đặc biệt": a known official name runs to its end whatever
        // the case of its later words, which the rules below would read as the verb or clause after the name. After it only
        // capitalised words, levels and places go on ("Hội Liên hiệp Phụ nữ Thành phố"), no more lower-case syllables.
        // An official name is a body of its own, no unit waiting for its parent after a comma ("Phòng Thương mại và Công
        // nghiệp Việt Nam, Ủy ban Dân tộc" are two bodies).
        if (OfficialNameEnd(t, start) is int official && official > j) { j = official; end = j; lowerRun = LongNameTail; hasParent = true; }
        while (j < t.Count && j - start < 24)
        {
            var tok = t[j];
            if (!tok.IsWord)
            {
                if (tok.Fold == ",")
                {
                    int k = j + 1;
                    bool again = k < t.Count && t[k].Fold == "cac";
                    if (again) k++;
                    int g = GroupAt(t, k, out int len, group);
                    // "các cơ quan của Bộ, ngành, các đơn vị liên quan": a second "các" starts another body of that kind.
                    if (again && g is 1 or 2 && SameKind(g, group)) break;
                    // An item with its own descriptor ("cơ quan ngang bộ", "cơ quan thuộc Chính phủ") is a body of its own.
                    bool described = k + len < t.Count && t[k + len].IsWord && !t[k + len].IsCapital && LevelAt(t, k + len) == 0 &&
                                     !IsStop(t, k + len) && GroupAt(t, k + len, out _) == NoGroup && t[k + len].Fold is not ("thuoc" or "cua");
                    // "các cấp ủy, cơ quan, đơn vị, tổ chức": Party organisations under one determiner go on into the bodies
                    // beside them, as one group (a second "các" still starts another body).
                    bool partyGoesOn = group == PartyGroup && g == 2 && !again;
                    // A capitalised item is a proper name ("các sở, Ban Dân tộc"), unless another comma follows it in a list of
                    // one kind: "các Sở, Ban, ngành" capitalises the list's words ("Doanh nghiệp, Sở, ban, ngành" lists two kinds).
                    bool properItem = len == 1 && t[k].IsCapital && g != 5 && !(g == group && k + 1 < t.Count && t[k + 1].Fold == ",");
                    if (group != NoGroup && (SameKind(g, group) || partyGoesOn) && k < t.Count && !properItem && (shared || (!described && descriptors == 0)))
                    {
                        j = k + len; end = j; itemEnd = j; continue;
                    }
                    // "Ủy ban Tài chính, Ngân sách": a comma inside a known official name.
                    if (!generic && NameWithCommaEnd(t, j, HeadEnd(t, start)) is int named and > 0)
                    {
                        j = named; end = j; lastCap = true; lowerRun = 1; continue;
                    }
                    // "Sở Văn hóa, Thể thao và Du lịch": an enumeration inside one proper name.
                    if (!generic && lastCap && k < t.Count && t[j + 1].IsWord && t[j + 1].IsCapital && HeadAt(t, j + 1, out _, out _) is null)
                    {
                        int v = j + 2;
                        while (v < t.Count && v < j + 5 && t[v].IsWord && t[v].Fold != "va") v++;
                        if (v < t.Count - 1 && t[v].Fold == "va" && t[v + 1].IsCapital && HeadAt(t, v + 1, out _, out _) is null)
                        {
                            j = v + 2; end = j; lowerRun = 0; continue;
                        }
                    }
                    // "Ban Thi đua - Khen thưởng, Sở Nội vụ": a unit without its parent, then the parent.
                    if (head.IsUnit && !hasParent && j + 1 < t.Count && HeadAt(t, j + 1, out int pj, out bool det) is { IsParent: true } parent && !det
                        && !CentralUnderLocal(head, parent) && !(IsZoneBoard(t, head, headEnd) && IsLocalParent(parent)))
                    {
                        hasParent = true; j = pj; end = j; lastCap = true; lowerRun = 0; continue;
                    }
                    break;
                }
                if (tok.Fold == "-")
                {
                    if (j + 1 < t.Count && t[j + 1].IsWord && ((t[j + 1].IsCapital && !IsCapitalStop(t, j + 1)) || WordsAt(t, j + 1, ["xã", "hội"])))
                    {
                        // The dash belongs to the name only with the word after it ("Thi đua - Khen thưởng").
                        if (WordsAt(t, j + 1, ["xã", "hội"])) { j += 3; end = j; } else j++;
                        continue;
                    }
                    break;
                }
                if (tok.Fold == "(")
                {
                    int close = -1;
                    for (int k = j + 1; k < t.Count && k < j + 16; k++) if (t[k].Fold == ")") { close = k; break; }
                    if (close > j + 1 && HeadAt(t, j + 1, out _, out _) is not null) { j = close + 1; end = j; }
                    break;
                }
                if (tok.Fold == "&") { j++; continue; }
                // "Ủy ban nhân dân các xã: Gia Phú, Bảo Thắng": the places a plural level names are in the name (Members
                // makes one body of each).
                if (tok.Fold == ":" && PlaceListEnd(t, j) is int places and > 0) { j = places; end = j; break; }
                break;
            }

            // "a)" / "b." on a new line: a list marker, not part of the name.
            if (tok.NewlineBefore && tok.IsWord && !tok.IsCapital && tok.Text.Length == 1 && j + 1 < t.Count && t[j + 1].Fold is ")" or ".") break;
            if (tok.Fold == "va")
            {
                // "Thông tin và Truyền thông" is one name; "… và Sở Tài chính" / "… và các tổ chức" are two bodies.
                if (j + 1 < t.Count && t[j + 1].IsWord && t[j + 1].IsCapital && !IsCapitalStop(t, j + 1) && HeadAt(t, j + 1, out _, out _) is null)
                {
                    j++; continue;
                }
                // "các Bộ, ngành và địa phương liên quan": the last item of a shared determiner's enumeration, after "và"
                // right behind an item, is in the group too when it is of the same kind with no descriptor of its own
                // ("các sở, ngành và các địa phương", "… đoàn thể Thành phố và đơn vị …" are two bodies).
                if (shared && j == itemEnd && group != NoGroup)
                {
                    int k = j + 1;
                    int g = GroupAt(t, k, out int len, group);
                    bool described = k + len < t.Count && t[k + len].IsWord && !t[k + len].IsCapital && LevelAt(t, k + len) == 0 &&
                                     !IsStop(t, k + len) && GroupAt(t, k + len, out _) == NoGroup && t[k + len].Fold is not ("thuoc" or "cua");
                    if (g is 1 or 2 && SameKind(g, group) && !(len == 1 && t[k].IsCapital) && !described) { j = k + len; end = j; continue; }
                }
                // "các bộ, cơ quan trung ương và địa phương", "các đơn vị cấp tỉnh và cấp huyện": a level joined by "và" to
                // another level, with no determiner between, describes one kind of body at both levels.
                if (group != NoGroup && j == levelEnd && PairedLevelEndsAt(t, j) && PairedLevelAt(t, j + 1) is int counterpart and > 0)
                {
                    j += 1 + counterpart; end = j; levelEnd = j; continue;
                }
                break;
            }
            // "các cơ quan tham mưu" (not "các cơ quan có liên quan tham mưu Ủy ban …", where "tham mưu" is the verb).
            if (generic && WordsAt(t, j, ["tham", "mưu"]) && t[j - 1].Fold == "quan" && j >= 2 && t[j - 2].Fold == "co")
            {
                // "các cơ quan tham mưu, giúp việc Tỉnh ủy": "tham mưu" names the kind of body here.
                j += 2;
                if (j + 2 < t.Count && t[j].Fold == "," && WordsAt(t, j + 1, ["giúp", "việc"])) j += 3;
                end = j; continue;
            }
            // "Tổ đảng ở Thường trực Ủy ban Pháp luật": a Party organisation names the body it stands in after "ở".
            if (head.IsParty && tok.Key == "ở" && HeadAt(t, j + 1, out _, out _) is not null) { j++; continue; }
            if (tok.Fold is "cua" or "thuoc")
            {
                // "các đơn vị liên quan của các Bộ: Tài chính, Y tế": the parent is a shared-head list.
                int list = SharedHeadListEnd(t, j + 1);
                if (list > j + 1) { end = list; break; }
                if (j + 1 < t.Count && (HeadAt(t, j + 1, out _, out _) is not null || t[j + 1].Fold is "tinh" or "huyen"))
                {
                    j++; continue;
                }
                break;
            }
            if (tok.Fold == "cac" && head.Words is ["đảng", "ủy"] && j == HeadEnd(t, start) && WordsAt(t, j + 1, ["cơ", "quan"]))
            {
                // "Đảng ủy các cơ quan Đảng tỉnh": one body, not an enumeration.
                j += 3; end = j; continue;
            }
            if (tok.Fold == "khu" && j == headEnd && head.Words is ["ban", "quản", "lý"] && j + 1 < t.Count && t[j + 1].IsWord)
            {
                // "Ban Quản lý khu Kinh tế", "Ban quản lý khu kinh tế tỉnh": the zone it manages names the board.
                j++; end = j; lastCap = true; lowerRun = 0; continue;
            }
            if (tok.Fold == "cac" && head.Words is ["ban", "quản", "lý"] && j + 2 < t.Count && t[j + 1].Fold == "khu")
            {
                // "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ": the zones it manages name it, in lower case too.
                int k = j + 2;
                while (k < t.Count && k < j + 9 && t[k].IsWord && !t[k].IsCapital && (t[k].Fold == "va" || !IsStop(t, k))) k++;
                if (k > j + 2 && t[k - 1].Fold != "va") { j = k; end = j; lastCap = false; lowerRun = 0; continue; }
            }
            if (tok.Fold == "cac" && !generic && j + 1 < t.Count && t[j + 1].IsCapital && !IsCapitalStop(t, j + 1) && HeadAt(t, j + 1, out _, out _) is null)
            {
                // "Ban Quản lý các Khu công nghiệp": "các" inside a proper name.
                j++; continue;
            }
            if (tok.Fold == "cac" && j == HeadEnd(t, start) && (IsPartyOrgan(head) || head.Words.AsSpan().SequenceEqual(Inspectorate)) &&
                HeadAt(t, j, out _, out _) is { Kind: HeadKind.Generic } && TryMention(t, j) is int organs && organs > j)
            {
                // "Đảng ủy các bộ, ngành thuộc Đảng ủy Chính phủ", "Ban thường vụ các tỉnh ủy, thành ủy": a Party organ of a
                // determined group of bodies is one owner, the group's enumeration included, not the organ and the group; so
                // are the inspectorates of such a group ("Thanh tra các Bộ, ngành, địa phương").
                end = organs; break;
            }
            if (tok.Fold == "cac")
            {
                int g = GroupAt(t, j + 1, out int len);
                if (g is 6 or 7 || WordsAt(t, j + 1, ["cấp"]))
                {
                    group = g == NoGroup ? 7 : g;
                    j += 1 + len; end = j; continue;
                }
                break;
            }
            // "cơ quan ngang Bộ": a ministry-level agency; written with a capital, "Bộ" names no ministry of its own.
            if (tok.Key == "bộ" && t[j - 1].Fold == "ngang") { j++; end = j; lowerRun = 0; continue; }
            if (tok.IsShout && IsStop(t, j)) break;
            // "Các Bộ, ngành Ủy ban nhân dân cấp tỉnh": a capitalised head after a generic list starts the next body.
            if (generic && !head.IsParty && tok.IsCapital && t[j - 1].IsWord && t[j - 1].Fold is not ("thuoc" or "cua" or "viec" or "o" or "va") &&
                HeadAt(t, j, out _, out _) is { Kind: HeadKind.Proper or HeadKind.Institution } nb && (NewBodyHeads.Contains(nb.Words[0]) || nb.Words[0] == "ủy"))
                break;
            if (tok.IsCapital && j >= HeadEnd(t, start))
            {
                var prev = t[j - 1];
                bool inside = prev.Fold is "va" or "," or "(" or "cua" or "thuoc";
                // "Sở Kế hoạch và Đầu tư", "Ban Tổ chức": right after a proper head the word is the name itself.
                bool firstAfterProperHead = head.Kind == HeadKind.Proper && j == HeadEnd(t, start);
                // "Văn phòng Ban Chỉ đạo quốc gia": a unit's name may be a body's whole name whose later words would read as a
                // verb ("Chỉ đạo"); they are that head's words, not a clause after the name.
                if (firstAfterProperHead && !tok.NewlineBefore && j + 1 < t.Count && IsCapitalStop(t, j + 1)
                    && HeadAt(t, j, out int nestedEnd, out bool nestedDet) is { Kind: HeadKind.Institution, Words.Length: > 1 } && !nestedDet)
                {
                    j = nestedEnd; end = j; lastCap = true; lowerRun = 0; continue;
                }
                if (IsCapitalStop(t, j) && (tok.NewlineBefore || (!inside && !firstAfterProperHead))) break;
                // A body word on its own ("… Bộ Tài chính Bộ Y tế", a table cell per line) starts the next body.
                // "Ban Chỉ huy Bộ đội Biên phòng tỉnh": a command names the force it commands after it.
                bool afterCommand = j >= 2 && WordsAt(t, j - 2, Command);
                if (!head.IsParty && !inside && !firstAfterProperHead && !afterCommand && tok.Text.Length <= 4 && NewBodyHeads.Contains(tok.Key) && tok.Key is "sở" or "bộ" or "cục" or "ban" or "đài" or "báo") break;
                if (!head.IsParty && !firstAfterProperHead && prev.Fold is not ("cua" or "thuoc") && HeadAt(t, j, out _, out bool det) is { } h && !det &&
                    h.Kind is HeadKind.Proper or HeadKind.Institution && NewBodyHeads.Contains(h.Words[0]) && !(h.Words[0] == "trung" && (h.Words.Length == 1 || h.Words[1] == "ương")) && !afterCommand)
                    break;
            }
            if (tok.IsCapital)
            {
                if (tok.Fold is "tinh" or "trung" or "chinh") hasParent = true;
                lastCap = true; lowerRun = 0;
                generic = false; // a capitalised word makes the rest a proper name ("Cơ quan Thường trực của Hội đồng Thi đua")
                j++; end = j; continue;
            }
            int level = LevelAt(t, j);
            if (level > 0)
            {
                if (tok.Fold is "tinh" or "huyen" or "trung") hasParent = true;
                // A level names where the body is ("Ủy ban nhân dân tỉnh"); only "các" + level or "cấp tỉnh, cấp xã"
                // starts an enumeration.
                if (tok.Key == "cấp") group = 7;
                // "Ủy ban nhân dân xã, phường": the body's own level opens an enumeration of levels of one kind of body.
                else if (group == NoGroup && j == HeadEnd(t, start) && GroupAt(t, j, out _) == PlaceGroup) group = PlaceGroup;
                j += level;
                end = j; levelEnd = j; lastCap = false; lowerRun = 0; continue;
            }
            // Compounds whose second syllable is also a verb: "Ngoại giao", "Đào tạo".
            if (!generic && lastCap && lowerRun == 0 && KnownCompounds.Contains(t[j - 1].Key + " " + tok.Key))
            {
                lowerRun++; j++; end = j; continue;
            }
            // "các cơ quan quản lý nhà nước", "các đơn vị cấp nước trên địa bàn thành phố": a kind of body and where it is.
            // "các Bộ quản lý chuyên ngành", "Bộ quản lý chuyên ngành có trách nhiệm …": right after the head word (or a
            // generic list) what the body manages is the kind of body, part of its name; after a whole name ("Sở Tài
            // chính quản lý ngành …") "quản lý" stays the verb.
            if ((generic || j == headEnd) && FirstWordsAt(t, j, ManagedFields) is { } field) { j += field.Length; end = j; continue; }
            if (generic && (WordsAt(t, j, ManagingState) || WordsAt(t, j, InTheArea))) { j += 3 + (WordsAt(t, j, ManagingState) ? 1 : 0); end = j; continue; }
            // "Vụ Thị trường trong nước": "trong nước" / "ngoài nước" end the name, not a clause.
            if (!generic && lastCap && AnyWordsAt(t, j, DomesticForeign)) { j += 2; end = j; lowerRun++; continue; }
            if (IsStop(t, j)) break;
            if (generic && !head.IsPrivate && descriptors < 4)
            {
                int g = GroupAt(t, j, out int len);
                if (g != NoGroup) { group = g; j += len; descriptors++; end = j; continue; }
                // Lowercase descriptors ("các cơ quan truyền thông") only when the name visibly ends after them.
                int k = j;
                while (k < t.Count && k - j < 4 - descriptors && t[k].IsWord && !t[k].IsCapital && !IsStop(t, k) && LevelAt(t, k) == 0 && t[k].Fold != "va") k++;
                bool clean = k == t.Count || !t[k].IsWord || t[k].IsCapital || LevelAt(t, k) > 0 || t[k].Fold == "va" || IsStop(t, k);
                if (k > j && clean) { descriptors += k - j; j = k; end = j; continue; }
                break;
            }
            if (!generic && lastCap && lowerRun == 0 && HeadAt(t, j, out _, out _) is null)
            {
                // The syllable after a capitalised one completes the word ("Nội vụ", "Thi đua").
                lowerRun++; j++; end = j; continue;
            }
            if (!generic && lowerRun is > 0 and < 3)
            {
                // More lowercase syllables ("Phát triển nông thôn", "Giao thông vận tải") only when the name
                // visibly goes on or ends right after them.
                int k = j;
                while (k < t.Count && k - j < 3 - lowerRun && t[k].IsWord && !t[k].IsCapital && !IsStop(t, k) && LevelAt(t, k) == 0 && t[k].Fold != "va" && HeadAt(t, k, out _, out _) is null) k++;
                bool clean = k == t.Count || !t[k].IsWord || t[k].IsCapital || LevelAt(t, k) > 0 || t[k].Fold == "va" || IsStop(t, k);
                if (k > j && clean) { lowerRun += k - j; j = k; end = j; continue; }
            }
            if (!generic && lowerRun is > 0 and < LongNameTail)
            {
                // A department's name may go on longer in lower case ("Cục Kiểm soát ô nhiễm môi trường", "Cục Quản lý tài
                // nguyên nước"): past three syllables the words are taken only where the name ends a list item, so that
                // a verb and its object after a name ("Sở Tài chính cân đối ngân sách để …") stay out of it.
                int k = j;
                while (k < t.Count && k - j < LongNameTail - lowerRun && t[k].IsWord && !t[k].IsCapital && !IsStop(t, k) && LevelAt(t, k) == 0 && t[k].Fold != "va" && HeadAt(t, k, out _, out _) is null) k++;
                if (k > j && EndsListItem(t, k)) { lowerRun += k - j; j = k; end = j; continue; }
            }
            break;
        }
        return end;
    }

    private static readonly string[][] CollectiveOrgans = AgencyWords.Embedded.CollectiveOrgans.Select(Words).ToArray();

    /// <summary>A Party organisation or a Party committee's collective organ, which names the bodies it stands in after it.</summary>
    private static bool IsPartyOrgan(Head head) => head.IsParty || AnyIs(CollectiveOrgans, head.Words);

    // Lower-case syllables a name may run to after its last capitalised word, where the name visibly ends a list item.
    private const int LongNameTail = 6;

    /// <summary>
    /// A list item ends before the token at k: the end of the text, a line that starts another cell or item (a capital or
    /// a mark after the break; a wrapped line goes on in lower case), ";" or ")", or "," / "và" before another body.
    /// </summary>
    /// <remarks>
    /// Not a role word after it: "… trân trọng cảm ơn sự phối hợp" is a verb and a noun, not a name before "phối hợp".
    /// </remarks>
    private static bool EndsListItem(List<Token> t, int k)
    {
        if (k >= t.Count || t[k].Fold is ";" or ")") return true;
        if (t[k].NewlineBefore && (!t[k].IsWord || t[k].IsCapital)) return true;
        return k + 1 < t.Count && (t[k].Fold is "," or "va") && HeadAt(t, k + 1, out _, out _) is not null;
    }
}
