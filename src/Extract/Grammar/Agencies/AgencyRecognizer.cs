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
public sealed class AgencyRecognizer
{
    private enum HeadKind { Proper, Institution, Generic, Person }

    private sealed record Head(string[] Words, HeadKind Kind, bool NeedsCapital, bool NeedsDeterminer, int Group, bool IsUnit, bool IsParent);

    private sealed record Token(int Start, int End, string Text, string Fold, bool IsWord, bool IsCapital);

    private const int NoGroup = 0;

    private static readonly Head[] Heads = BuildHeads();

    private static Head[] BuildHeads()
    {
        var list = new List<Head>();
        void Add(string words, HeadKind kind, bool cap = true, bool det = false, int group = NoGroup, bool unit = false, bool parent = false) =>
            list.Add(new Head(words.Split(' '), kind, cap, det, group, unit, parent));

        // Proper names: the head is followed by a capitalised name ("Sở Nội vụ", "Ban Thi đua", "Báo Thái Bình").
        Add("so", HeadKind.Proper, parent: true);
        Add("ban", HeadKind.Proper, unit: true);
        Add("bo", HeadKind.Proper, parent: true);
        Add("tong cuc", HeadKind.Proper, parent: true);
        Add("chi cuc", HeadKind.Proper, unit: true);
        Add("cuc", HeadKind.Proper, unit: true);
        Add("vien", HeadKind.Proper, unit: true);
        Add("truong", HeadKind.Proper);
        Add("phong", HeadKind.Proper, unit: true);
        Add("dai", HeadKind.Proper);
        Add("bao", HeadKind.Proper);
        Add("trung tam", HeadKind.Proper, unit: true);
        Add("van phong", HeadKind.Proper, unit: true);
        Add("hoi", HeadKind.Proper);
        Add("doan", HeadKind.Proper);
        Add("lien doan", HeadKind.Proper);
        Add("ngan hang", HeadKind.Proper);
        Add("tong cong ty", HeadKind.Proper);
        Add("cong ty", HeadKind.Proper);
        Add("ban can su dang", HeadKind.Institution);
        Add("ban chi dao", HeadKind.Institution);
        Add("ban chap hanh", HeadKind.Institution);
        Add("ban thuong vu", HeadKind.Institution);
        Add("ban quan ly", HeadKind.Institution, unit: true);

        // Institutions: complete names that may go on with a level and place ("Ủy ban nhân dân tỉnh Thái Bình").
        Add("uy ban nhan dan", HeadKind.Institution, parent: true);
        Add("uy ban", HeadKind.Proper, parent: true);
        Add("hoi dong nhan dan", HeadKind.Institution, parent: true);
        Add("hoi dong", HeadKind.Proper, parent: true);
        Add("mat tran to quoc", HeadKind.Institution);
        Add("cong an", HeadKind.Institution);
        Add("thanh tra", HeadKind.Institution);
        Add("kho bac", HeadKind.Institution);
        Add("bao hiem xa hoi", HeadKind.Institution);
        Add("dang doan", HeadKind.Institution);
        Add("tinh doan", HeadKind.Institution);
        Add("tinh uy", HeadKind.Institution);
        Add("chinh phu", HeadKind.Institution);
        Add("quoc hoi", HeadKind.Institution);
        Add("bo chinh tri", HeadKind.Institution);
        Add("ban bi thu", HeadKind.Institution);

        // Generic owners and Party bodies written in lower case.
        Add("dang uy", HeadKind.Generic, cap: false);
        Add("huyen uy", HeadKind.Generic, cap: false, group: 3);
        Add("thanh uy", HeadKind.Generic, cap: false, group: 3);
        Add("thi uy", HeadKind.Generic, cap: false, group: 3);
        Add("quan uy", HeadKind.Generic, cap: false, group: 3);
        Add("cap uy", HeadKind.Generic, cap: false, group: 4);
        Add("to chuc dang", HeadKind.Generic, cap: false, group: 4);
        Add("co quan", HeadKind.Generic, cap: false, group: 2);
        Add("don vi", HeadKind.Generic, cap: false, det: true, group: 2);
        Add("dia phuong", HeadKind.Generic, cap: false, det: true, group: 2);
        Add("doanh nghiep", HeadKind.Generic, cap: false, det: true, group: 2);
        Add("so", HeadKind.Generic, cap: false, det: true, group: 1);
        Add("ban", HeadKind.Generic, cap: false, det: true, group: 1);
        Add("nganh", HeadKind.Generic, cap: false, det: true, group: 1);
        Add("doan the", HeadKind.Generic, cap: false, det: true, group: 1);
        Add("to chuc chinh tri", HeadKind.Generic, cap: false);
        Add("to chuc thanh vien", HeadKind.Generic, cap: false, det: true);
        Add("to chuc doan the", HeadKind.Generic, cap: false, det: true);
        Add("hoi dong", HeadKind.Generic, cap: false, det: true);
        Add("cum", HeadKind.Generic, cap: false, det: true, group: 5);
        Add("khoi", HeadKind.Generic, cap: false, det: true, group: 5);
        Add("chinh quyen", HeadKind.Generic, cap: false);
        Add("uy ban nhan dan", HeadKind.Generic, cap: false);

        // Heads of bodies: they name the body they head ("Thủ trưởng các sở, ban, ngành").
        Add("thu truong", HeadKind.Person, cap: false);
        Add("nguoi dung dau", HeadKind.Person, cap: false);
        Add("chu tich", HeadKind.Person);
        Add("pho chu tich", HeadKind.Person);
        Add("giam doc", HeadKind.Person);
        Add("bo truong", HeadKind.Person);
        Add("thu tuong", HeadKind.Person);
        return list.OrderByDescending(h => h.Words.Length).ToArray();
    }

    // Same-kind items that continue a shared-determiner enumeration after a comma.
    private static readonly (string[] Words, int Group)[] GroupWords =
    [
        .. W(1, "so", "ban", "nganh", "doan the", "ban nganh"),
        .. W(2, "co quan", "don vi", "dia phuong", "doanh nghiep"),
        .. W(3, "huyen uy", "thanh uy", "thi uy", "quan uy"),
        .. W(4, "cap uy", "to chuc dang"),
        .. W(5, "cum thi dua", "khoi thi dua", "cum", "khoi"),
        .. W(6, "thi xa", "thanh pho", "thi tran", "huyen", "xa", "phuong", "quan"),
        .. W(7, "cac cap", "cac nganh", "cap", "nganh"),
    ];

    private static IEnumerable<(string[], int)> W(int group, params string[] words) => words.Select(w => (w.Split(' '), group));

    // Levels and places that continue a name ("tỉnh", "các cấp", "trực thuộc Tỉnh ủy").
    private static readonly HashSet<string> LevelWords =
        ["tinh", "huyen", "xa", "phuong", "thi", "tran", "thanh", "pho", "trung", "uong", "cap", "truc", "thuoc", "lien", "quan", "nganh"];

    private static readonly string[][] StopPhrases = new[]
    {
        "chu tri", "phoi hop", "co trach nhiem", "chiu trach nhiem", "thuc hien", "tham muu", "huong dan", "chi dao",
        "to chuc", "xay dung", "trien khai", "tang cuong", "day manh", "lanh dao", "phai", "can", "chu dong", "theo doi",
        "kiem tra", "don doc", "giam sat", "can cu", "duoc", "la", "de", "nham", "trong", "theo", "ve", "voi", "cho",
        "tai", "nhat la", "gom", "co", "se", "da", "cung", "van dong", "phat dong", "ra soat", "lam tot", "tiep tuc",
        "nghien cuu", "quan triet", "tuyen truyen", "de xuat", "bao dam", "dam bao", "nang cao", "quan tam", "ban hanh",
        "bao cao", "giao", "de nghi", "yeu cau", "tham gia", "phat huy", "doi moi", "xac dinh", "quy dinh", "tu", "den",
        "tren", "nhan dip", "tiep nhan", "huong ung", "tong hop", "danh gia", "phan cong", "thong qua", "tham dinh",
        "trinh", "gan", "lua chon", "tap trung", "khan truong", "sau", "khi", "neu", "thi", "ma", "hoac", "hay", "bang",
        "qua", "nghiem tuc", "kip thoi", "thuong xuyen", "tich cuc", "cu the", "so ket", "tong ket", "khen thuong",
        "thi dua", "dinh ky", "hang nam", "vao", "ra", "dua", "mo", "tao", "xet", "phong trao", "cong tac", "viec",
        "nhiem vu", "ke hoach", "van ban", "noi dung", "chuong trinh", "phan anh", "trao doi", "giup", "ho tro",
        "cap nhat", "thong tin", "sang tao", "tuyen duong", "bieu duong", "va", "nhu", "cac", "cua", "moi", "tung",
        "tat ca", "toan the", "dong thoi", "nham", "dong vien", "ket hop", "tham khao", "to", "de cao", "bam sat",
    }.Select(p => p.Split(' ')).OrderByDescending(p => p.Length).ToArray();

    /// <summary>Every agency mention in the text, in text order.</summary>
    public IReadOnlyList<AgencyMention> FindAll(string text)
    {
        var result = new List<AgencyMention>();
        if (string.IsNullOrWhiteSpace(text)) return result;
        var (expanded, map) = AgencyName.ExpandMapped(text);
        var tokens = Tokenize(expanded);
        int i = 0;
        while (i < tokens.Count)
        {
            int end = TryMention(tokens, i);
            if (end <= i) { i++; continue; }
            int s = tokens[i].Start, e = tokens[end - 1].End;
            var name = FoldedText.CollapseSpaces(expanded[s..e]);
            // map[e] is where the text after the mention starts in the original, so it is the mention's end
            // even when the mention ends with an expanded abbreviation.
            int os = map[s], oe = map[e];
            while (oe > os && char.IsWhiteSpace(text[oe - 1])) oe--;
            result.Add(new AgencyMention(name, AgencyName.Key(name), os, oe - os));
            i = end;
        }
        return result;
    }

    /// <summary>True when an agency name starts at the start of <paramref name="text"/> (after spaces).</summary>
    public bool StartsWithAgency(string text)
    {
        var all = FindAll(text);
        if (all.Count == 0) return false;
        int first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first])) first++;
        return all[0].Start == first;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int s = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
                var word = text[s..i];
                tokens.Add(new Token(s, i, word, VietnameseText.Fold(word).ToLowerInvariant(), true, char.IsUpper(word[0])));
            }
            else
            {
                i++;
                var p = c is '–' or '—' ? "-" : c.ToString();
                tokens.Add(new Token(s, i, text[s..i], p, false, false));
            }
        }
        return tokens;
    }

    private static bool WordsAt(List<Token> t, int i, string[] words)
    {
        if (i + words.Length > t.Count) return false;
        for (int k = 0; k < words.Length; k++) if (!t[i + k].IsWord || t[i + k].Fold != words[k]) return false;
        return true;
    }

    private static bool IsStop(List<Token> t, int i)
    {
        if (!t[i].IsWord || t[i].IsCapital) return false;
        if (WordsAt(t, i, ["co", "quan"])) return false;
        foreach (var p in StopPhrases) if (WordsAt(t, i, p)) return true;
        return false;
    }

    private static int GroupAt(List<Token> t, int i, out int length)
    {
        foreach (var (words, group) in GroupWords)
            if (WordsAt(t, i, words)) { length = words.Length; return group; }
        length = 0;
        return NoGroup;
    }

    /// <summary>A head starting at i (optionally after "các"), with the index after its words.</summary>
    private static Head? HeadAt(List<Token> t, int i, out int after, out bool hasDeterminer)
    {
        hasDeterminer = false;
        int j = i;
        if (j < t.Count && t[j].IsWord && t[j].Fold is "cac" or "nhung") { hasDeterminer = true; j++; }
        foreach (var h in Heads)
        {
            if (!WordsAt(t, j, h.Words)) continue;
            if (h.NeedsDeterminer && !hasDeterminer) continue;
            if (h.NeedsCapital && !t[j].IsCapital) continue;
            if (h.Kind == HeadKind.Generic && !hasDeterminer && t[j].IsCapital == false && h.Words[0] is "so" or "ban" or "nganh") continue;
            int next = j + h.Words.Length;
            if (h.Kind == HeadKind.Proper)
            {
                // "Ban hành", "Báo cáo", "Bộ máy", "Trường hợp": a proper head needs a capitalised name after it.
                if (next >= t.Count || !t[next].IsWord || !t[next].IsCapital) continue;
                if (h.Words[0] == "chu" && WordsAt(t, next, ["ho", "chi", "minh"])) continue;
            }
            after = next;
            return h;
        }
        after = i;
        return null;
    }

    /// <summary>The token index after the mention that starts at i, or i when none does.</summary>
    private static int TryMention(List<Token> t, int i)
    {
        var head = HeadAt(t, i, out int j, out _);
        if (head is null) return i;
        if (head.Kind == HeadKind.Person)
        {
            if (head.Words[0] == "chu" && j < t.Count && WordsAt(t, j, ["ho", "chi", "minh"])) return i;
            var body = HeadAt(t, j, out _, out _);
            if (body is null || body.Kind == HeadKind.Person)
                return head.Words[0] is "thu" && head.Words[1] == "tuong" || head.Words[0] == "bo" ? j : i;
            int bodyEnd = Extend(t, j, body);
            return bodyEnd;
        }
        return Extend(t, i, head);
    }

    private static int Extend(List<Token> t, int start, Head head)
    {
        HeadAt(t, start, out int j, out _);
        int group = head.Group;
        bool generic = head.Kind == HeadKind.Generic;
        bool hasParent = false;
        int lowerRun = 0, descriptors = 0;
        int end = j;
        bool lastCap = t[j - 1].IsCapital || head.Kind != HeadKind.Proper;
        while (j < t.Count && j - start < 24)
        {
            var tok = t[j];
            if (!tok.IsWord)
            {
                if (tok.Fold == ",")
                {
                    int k = j + 1;
                    if (k < t.Count && t[k].Fold == "cac") k++;
                    int g = GroupAt(t, k, out int len);
                    if (group != NoGroup && g == group && k < t.Count && !(len == 1 && t[k].IsCapital && g != 5))
                    {
                        j = k + len; end = j; continue;
                    }
                    // "Ban Thi đua - Khen thưởng, Sở Nội vụ": a unit without its parent, then the parent.
                    if (head.IsUnit && !hasParent && j + 1 < t.Count && HeadAt(t, j + 1, out int pj, out bool det) is { IsParent: true } && !det)
                    {
                        hasParent = true; j = pj; end = j; lastCap = true; lowerRun = 0; continue;
                    }
                    break;
                }
                if (tok.Fold == "-")
                {
                    if (j + 1 < t.Count && t[j + 1].IsWord && (t[j + 1].IsCapital || WordsAt(t, j + 1, ["xa", "hoi"])))
                    {
                        j += WordsAt(t, j + 1, ["xa", "hoi"]) ? 3 : 1;
                        end = j; continue;
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
                break;
            }

            if (tok.Fold == "va")
            {
                // "Thông tin và Truyền thông" is one name; "… và Sở Tài chính" / "… và các tổ chức" are two bodies.
                if (j + 1 < t.Count && t[j + 1].IsWord && t[j + 1].IsCapital && HeadAt(t, j + 1, out _, out _) is null && lastCap)
                {
                    j++; continue;
                }
                break;
            }
            if (generic && WordsAt(t, j, ["tham", "muu"]) && t[j - 1].Fold == "quan")
            {
                // "các cơ quan tham mưu, giúp việc Tỉnh ủy": "tham mưu" names the kind of body here.
                j += 2;
                if (j + 2 < t.Count && t[j].Fold == "," && WordsAt(t, j + 1, ["giup", "viec"])) j += 3;
                end = j; continue;
            }
            if (tok.Fold == "cua")
            {
                if (j + 1 < t.Count && (HeadAt(t, j + 1, out _, out _) is not null || t[j + 1].Fold is "tinh" or "huyen"))
                {
                    j++; continue;
                }
                break;
            }
            if (tok.Fold == "cac")
            {
                int g = GroupAt(t, j + 1, out int len);
                if (g is 6 or 7 || WordsAt(t, j + 1, ["cap"]))
                {
                    group = g == NoGroup ? 7 : g;
                    j += 1 + len; end = j; continue;
                }
                break;
            }
            if (tok.IsCapital)
            {
                if (tok.Fold is "tinh" or "trung" or "chinh") hasParent = true;
                lastCap = true; lowerRun = 0;
                j++; end = j; continue;
            }
            if (IsStop(t, j)) break;
            if (LevelWords.Contains(tok.Fold))
            {
                if (tok.Fold is "tinh" or "huyen" or "trung") hasParent = true;
                int g = GroupAt(t, j, out int len);
                if (g is 6 or 7) { group = g; j += len; } else j++;
                end = j; lastCap = false; continue;
            }
            if (generic && descriptors < 3)
            {
                int g = GroupAt(t, j, out int len);
                if (g != NoGroup) { group = g; j += len; } else j++;
                descriptors++; end = j; continue;
            }
            if (!generic && (lastCap || lowerRun > 0) && lowerRun < 3)
            {
                lowerRun++; j++; end = j; continue;
            }
            break;
        }
        return end;
    }
}
