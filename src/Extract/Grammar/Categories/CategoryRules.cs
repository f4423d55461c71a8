using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// Classifies a task by its main action with keyword rules (lĩnh vực): tham mưu → ThamMuu; tuyên truyền,
/// quán triệt → TuyenTruyen; ban hành, xây dựng kế hoạch, cụ thể hóa → BanHanhVanBan; phát động, phong trào,
/// đại hội → ToChucPhongTrao; khen thưởng → KhenThuong; kiểm tra, giám sát → KiemTraGiamSat; báo cáo,
/// sơ kết, tổng kết → BaoCao; kiện toàn, bồi dưỡng, tập huấn → ToChucBoMay; otherwise Khac.
/// </summary>
/// <remarks>
/// Each keyword found scores its category by where it stands: the first words weigh most (the main verb),
/// then the first clause, then the rest. "thi đua, khen thưởng" as the name of the field is not an award.
/// "tham mưu" as the first action verb wins outright.
/// </remarks>
public sealed class CategoryRules
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private sealed record Keyword(Regex Pattern, TaskCategory Category, double Weight);

    // Verbs name the action (weight 1); nouns name what it is about (weight 0.6), so "Tổng kết các phong trào" reports.
    private const double Verb = 1.0, Noun = 0.6, MainVerbBonus = 2;

    // Keywords after the first clause only add detail; alone they do not reach MinimumScore, so the task stays Khac.
    private const double TailWeight = 0.5, MinimumScore = 1.0;

    private static readonly Keyword[] Keywords =
    [
        K(TaskCategory.ThamMuu, Verb, "(?<!co quan )tham muu(?!,? giup viec)"),
        K(TaskCategory.TuyenTruyen, Verb, "tuyen truyen", "quan triet", "pho bien", "dua tin", "nhan rong", "gioi thieu", "hoc tap va lam theo", "van dong",
            "giao duc chinh tri", "giao duc phap luat", "cong bo(?: day du,?)? cong khai", "cong khai"),
        K(TaskCategory.TuyenTruyen, Noun, "thong tin dai chung", "chuyen trang", "chuyen muc", "bao chi", "truyen thong", "thoi luong phat song"),
        // "ban hành" as a participle ("được ban hành", "ban hành kèm theo") describes a cited document, not the action.
        K(TaskCategory.BanHanhVanBan, Verb, "(?<!(?:duoc|da) )ban hanh(?! kem theo)", "cu the hoa", "the che hoa", "hoan thien (?:he thong )?van ban", "sua doi, bo sung", "co ke hoach",
            // "xây dựng" + a document or policy instrument: drafting it is issuing a text.
            "(?<!(?:cong tac|cong chuc) )xay dung (?:du thao |moi |va (?:trinh|ban hanh|to chuc thuc hien(?: hieu qua)?(?: cac)?) )?(?:ke hoach|van ban|tieu chi|nghi quyet|nghi dinh|thong tu|luat|de an|co che|chinh sach|chu truong|lo trinh|phuong an|quy che|quy dinh|quy trinh|huong dan)",
            // "đưa các chỉ tiêu … vào nghị quyết, kế hoạch": writing targets into planning documents.
            "dua [^.;:]{0,80}? vao (?:cac )?(?:nghi quyet|chuong trinh|ke hoach|quy hoach)",
            "ra soat,? (?:sua doi|bo sung|ban hanh|hoan thien)", "cong bo(?!(?: day du,?)? cong khai)"),
        K(TaskCategory.BanHanhVanBan, Noun, "tieu chi", "van ban quy pham", "quy che", "de an", "van ban trien khai"),
        K(TaskCategory.ToChucPhongTrao, Verb, "phat dong", "ra quan", "huong ung", "tham gia tich cuc", "to chuc dai hoi"),
        K(TaskCategory.ToChucPhongTrao, Noun, "phong trao", "dai hoi", "cum thi dua", "khoi thi dua", "dot thi dua", "hoat dong cua cum", "ky niem"),
        K(TaskCategory.KhenThuong, Verb, "(?<!thi dua,? (?:- )?)khen thuong", "bieu duong", "ton vinh", "xet tang", "truy tang", "khich le"),
        K(TaskCategory.KhenThuong, Noun, "danh hieu", "huan chuong", "huy chuong", "bang khen", "dien hinh tien tien", "guong nguoi tot"),
        K(TaskCategory.KiemTraGiamSat, Verb, "kiem tra", "giam sat", "thanh tra", "don doc", "theo doi(?! (?:sat |chat che )?(?:dien bien|tinh hinh))", "danh gia chat luong", "(?:phat hien|ngan chan),? (?:va )?xu ly", "xu ly (?:nghiem )?(?:cac )?(?:hanh )?vi pham"),
        K(TaskCategory.KiemTraGiamSat, Noun, "khieu nai", "to cao", "quan ly nha nuoc"),
        K(TaskCategory.BaoCao, Verb, "bao cao", "tong hop", "so ket", "tong ket", "danh gia ket qua", "hoi nghi so ket", "hoi nghi tong ket", "thong ke"),
        K(TaskCategory.ToChucBoMay, Verb, "kien toan", "dao tao(?! nghe)", "boi duong(?!,? (?:dien hinh|nhan rong|phat hien))", "tap huan", "cung co", "nang cao nang luc", "to chuc bo may", "(?:phat huy|nang cao) vai tro", "nang cao hieu qua hoat dong"),
        K(TaskCategory.ToChucBoMay, Noun, "bo may", "nhan su", "nghiep vu", "can bo lam cong tac", "vai tro, chat luong hoat dong"),
    ];

    private static Keyword K(TaskCategory c, double w, params string[] words) =>
        new(new Regex(@"(?<![\p{L}])(?:" + string.Join("|", words.Select(x => x.Replace(" ", @"\s+"))) + @")(?![\p{L}])", Opts), c, w);

    // "tham mưu" as a verb: not "cơ quan tham mưu" (a kind of body).
    private static readonly Regex AdviseVerb = new(@"(?<!co\s+quan\s)(?<![\p{L}])tham\s+muu(?![\p{L}])(?!,?\s+giup\s+viec)", Opts);

    private static readonly AgencyRecognizer Agencies = new();
    private static readonly Regex Quoted = new(@"“[^”]{0,300}”|""[^""]{0,300}""", Opts);
    private static readonly Regex Marker = new(@"^[\s\-+*•]*(?:(?:[ivx]+|\d+(?:\.\d+)*)\.|[a-z]\))?[\s\-+*•]*", Opts);
    private static readonly Regex DocumentNoun = new(@"^(?:du\s+thao\s+)?(?<n>ke\s+hoach|quyet\s+dinh|quy\s+che|quy\s+dinh|de\s+an|chuong\s+trinh|huong\s+dan|bao\s+cao)\s", Opts);

    /// <summary>The category of a task from its text.</summary>
    public TaskCategory Classify(string taskText)
    {
        if (string.IsNullOrWhiteSpace(taskText)) return TaskCategory.Khac;
        var key = Mask(taskText);

        // Skip the list marker and an owner heading ("Sở Nội vụ (Ban …): …"): the action starts after them.
        int start = Marker.Match(key).Length;
        int colon = key.IndexOf(':', start);
        if (colon > 0 && key[start..colon].Trim(' ', '(', ')', ',', '-').Length == 0) start = colon + 1;
        while (start < key.Length && key[start] is ' ' or ',' or '-') start++;
        var body = key[start..];
        int firstClause = FirstClauseEnd(body);
        int opening = OpeningEnd(body, 6);

        // "tham mưu" as the main verb (no other action verb before it in the first clause) wins outright; after another
        // verb ("… phát hiện, báo cáo và tham mưu") it only scores like any verb.
        var advise = AdviseVerb.Match(body);
        if (advise.Success && advise.Index < firstClause &&
            !Keywords.Any(k => k.Weight == Verb && k.Category != TaskCategory.ThamMuu && k.Pattern.Match(body) is { Success: true } m && m.Index < advise.Index))
            return TaskCategory.ThamMuu;

        // A task that only names a document to issue ("Kế hoạch công tác …", "Báo cáo đánh giá …").
        var noun = DocumentNoun.Match(body);
        if (noun.Success)
            return noun.Groups["n"].Value.StartsWith("bao", StringComparison.Ordinal) ? TaskCategory.BaoCao : TaskCategory.BanHanhVanBan;

        var scores = new double[Enum.GetValues<TaskCategory>().Length];
        var first = new int[scores.Length];
        Array.Fill(first, int.MaxValue);
        int mainVerb = -1, mainAt = int.MaxValue;
        foreach (var kw in Keywords)
        {
            foreach (Match m in kw.Pattern.Matches(body))
            {
                if (kw.Weight == Verb && m.Index < opening && m.Index < mainAt) { mainAt = m.Index; mainVerb = (int)kw.Category; }
                double w = m.Index < opening ? 5 : m.Index < firstClause ? 2 : TailWeight;
                scores[(int)kw.Category] += w * kw.Weight;
                first[(int)kw.Category] = Math.Min(first[(int)kw.Category], m.Index);
            }
        }
        // The main verb: the earliest verb of the opening counts once more.
        if (mainVerb >= 0) scores[mainVerb] += MainVerbBonus;
        int best = -1;
        for (int c = 0; c < scores.Length; c++)
        {
            if (scores[c] <= 0) continue;
            if (best < 0 || scores[c] > scores[best] || (scores[c] == scores[best] && first[c] < first[best])) best = c;
        }
        return best < 0 || scores[best] < MinimumScore ? TaskCategory.Khac : (TaskCategory)best;
    }

    /// <summary>
    /// Folded text with agency names and quoted titles blanked out (same length): "Hội đồng Thi đua - Khen thưởng"
    /// or a movement's quoted name says nothing about the action.
    /// </summary>
    private static string Mask(string text)
    {
        var folded = FoldedText.Of(text);
        var chars = folded.Value.ToCharArray();
        foreach (var m in Agencies.FindAll(text)) Blank(chars, folded, m.Start, m.Start + m.Length);
        foreach (Match q in Quoted.Matches(text)) Blank(chars, folded, q.Index, q.Index + q.Length);
        return CollapseWhitespace(chars);
    }

    /// <summary>Every whitespace run as one space (as Regex <c>\s+</c> → " ", which costs more per task text).</summary>
    private static string CollapseWhitespace(char[] chars)
    {
        var sb = new System.Text.StringBuilder(chars.Length);
        bool inRun = false;
        foreach (char c in chars)
        {
            if (char.IsWhiteSpace(c)) { if (!inRun) sb.Append(' '); inRun = true; continue; }
            inRun = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static void Blank(char[] chars, FoldedText folded, int start, int end)
    {
        for (int k = 0; k < chars.Length; k++)
        {
            int o = folded.OriginalStart(k);
            if (o >= end) break;
            if (o >= start) chars[k] = ' ';
        }
    }

    private static readonly char[] ClauseEnds = [';', '.', ':']; // one array, not one per call

    private static int FirstClauseEnd(string key)
    {
        int i = key.IndexOfAny(ClauseEnds);
        while (i > 0 && i + 1 < key.Length && key[i] == '.' && char.IsDigit(key[i - 1])) i = key.IndexOfAny(ClauseEnds, i + 1);
        return i < 0 ? key.Length : i;
    }

    private static int OpeningEnd(string key, int words)
    {
        int i = 0, seen = 0;
        // Skip a list marker.
        var marker = Regex.Match(key, @"^(?:[-+*•]|[ivx]+\.|\d+(?:\.\d+)*\.?|[a-z]\))\s+");
        if (marker.Success) i = marker.Length;
        while (i < key.Length && seen < words)
        {
            if (key[i] == ' ') seen++;
            i++;
        }
        return i;
    }
}
