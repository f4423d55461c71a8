using DirectiveTracker.Extract.Grammar;
using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// An item that is only the closing boilerplate, even under a list number: difficulties to report, the date the
/// document takes effect, or a bare call to carry it out strictly (EXTRACTION.md "Tasks").
/// </summary>
public static partial class ClosingNotice
{
    // Trim's char sets, made once: a params array per call was a measurable share of extraction (InitializeArray).
    private static readonly char[] ClosingEnds = ['/', '.', ' '];

    // A bare exhortation is short: a longer text says what to do besides carrying the document out.
    private const int ExhortationWords = 25;

    /// <summary>True when the item's whole text is a closing notice, not a task.</summary>
    public static bool Is(string text)
    {
        if (BodyText.IsDifficultyNotice(text)) return true;
        var key = BodyText.Key(text);
        // The programme's own amendment clause ("Trong quá trình tổ chức thực hiện, nếu thấy cần sửa đổi, bổ sung …, các
        // bộ, ngành, địa phương chủ động đề xuất …, báo cáo Thủ tướng Chính phủ xem xét, quyết định"): standing closing
        // boilerplate, as the notice of difficulties is.
        if (OneSentence(text) && AmendmentNotice().IsMatch(key)) return true;
        if (OneSentence(text) && TakesEffect().IsMatch(key)) return true;
        // "Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.": the notice's own closing line.
        if (OneSentence(text) && Words(key) <= ExhortationWords && ForInformation().IsMatch(key)) return true;
        if (IsNamedCall(text, key)) return true;
        // A letter of requests closes by asking the addressee to consider them ("Ủy ban nhân dân tỉnh trân trọng đề nghị
        // Bộ Xây dựng quan tâm, sớm xem xét, chỉ đạo giải quyết./."): courtesy, the requests themselves are above.
        if (OneSentence(text) && AsksConsideration().IsMatch(key)) return true;
        // A thanks line closing a letter ("Bộ … trân trọng cảm ơn sự phối hợp của Quý Ủy ban./."): courtesy, no work.
        if (OneSentence(text) && Words(key) <= ExhortationWords && Thanks().IsMatch(key)) return true;
        // "Yêu cầu các sở, ngành … nghiêm túc thực hiện.": who is asked, then the exhortation, nothing else; the notice of
        // difficulties to report may close it ("…; trong quá trình thực hiện nếu phát sinh khó khăn … báo cáo …").
        var trimmed = text.TrimEnd().TrimEnd(ClosingEnds);
        var t = BodyText.NamesDifficulty(key) ? WithoutDifficultyNotice(trimmed) : trimmed;
        // The marks trimmed off fold to nothing: the text keeps its key unless a notice was cut off.
        var callKey = ReferenceEquals(t, trimmed) ? key : BodyText.Key(t);
        if (!CallsToCarryOut(callKey) || ItemShapeWords.Embedded.FollowUpWords.Any(w => WholeWords.Contains(callKey, w))) return false;
        if (OneSentence(t)) return Words(callKey) <= ExhortationWords;
        // Those asked may be listed with semicolons ("Yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân
        // các xã, phường; người đứng đầu … nghiêm túc tổ chức triển khai thực hiện./.", or without the asking word:
        // "Thủ trưởng các sở …; người đứng đầu … chịu trách nhiệm tổ chức triển khai thực hiện nghiêm túc …"): each
        // listed name is short, and the words after the last semicolon are a bare exhortation.
        if (t.Contains(". ", StringComparison.Ordinal)) return false;
        var parts = t.Split(';');
        // Without the asking word, the last of those listed is made answerable for it (a semicolon alone may part tasks):
        // that name is short too, and the call after it bare.
        var lastKey = BodyText.Key(parts[^1]);
        if (!AsksWord().IsMatch(callKey))
        {
            var answerable = AnswerableFor().Match(lastKey);
            if (!answerable.Success || Words(lastKey[..answerable.Index]) > AddresseeWords) return false;
            lastKey = lastKey[(answerable.Index + answerable.Length)..];
        }
        return parts.Length > 1 && parts[..^1].All(p => Words(BodyText.Key(p)) <= AddresseeWords) && Words(lastKey) <= ExhortationWords;
    }

    /// <summary>
    /// The document's closing paragraph (it ends in "./.") whose last sentence calls on those asked to carry it out, then at
    /// most asks them to report their difficulties: "Khắc phục môi trường … là nhiệm vụ cấp bách …. Đề nghị các sở, ban, ngành
    /// và địa phương khẩn trương thực hiện đúng chức năng được giao; kịp thời báo cáo UBND tỉnh những khó khăn, vướng mắc
    /// để xem xét, chỉ đạo./.". The sentences before it state why and ask nothing: closing boilerplate, no continuation of
    /// the last item.
    /// </summary>
    public static bool IsClosingCall(string paragraph)
    {
        var t = paragraph.TrimEnd();
        if (!t.EndsWith("./.", StringComparison.Ordinal)) return false;
        t = t.TrimEnd(ClosingEnds);
        int last = t.LastIndexOf(". ", StringComparison.Ordinal);
        if (last >= 0 && AsksAnywhere().IsMatch(BodyText.Key(t[..last]))) return false;
        var sentence = last < 0 ? t : t[(last + 2)..];
        int semicolon = sentence.IndexOf(';');
        var callKey = BodyText.Key(semicolon < 0 ? sentence : sentence[..semicolon]);
        if (!CallToCarryOut().IsMatch(callKey) || ItemShapeWords.Embedded.FollowUpWords.Any(w => WholeWords.Contains(callKey, w))) return false;
        if (semicolon < 0) return true;
        var report = BodyText.Key(sentence[(semicolon + 1)..]);
        return !report.Contains(';') && ReportsDifficulties().IsMatch(report);
    }

    /// <summary>
    /// A letter's paragraph that only asks those it names to carry the letter out, strictly or not ("Yêu cầu Sở Nông
    /// nghiệp và Môi trường, Sở Xây dựng, các cơ quan, đơn vị liên quan triển khai thực hiện./."): the work is in the
    /// paragraphs above it, and this one names no follow-up of its own.
    /// </summary>
    public static bool IsPlainCall(string paragraph)
    {
        var key = BodyText.Key(paragraph.TrimEnd().TrimEnd(ClosingEnds));
        return OneSentence(paragraph) && PlainCall().IsMatch(key) && !ItemShapeWords.Embedded.FollowUpWords.Any(w => WholeWords.Contains(key, w));
    }

    [GeneratedRegex(@"^(?:yeu cau|de nghi) (?:\S+ ){1,40}?(?:to chuc |trien khai )*thuc hien(?: nghiem tuc)?" + ThisDocument + "$")]
    private static partial Regex PlainCall();

    // What a call to carry out may name after its verb: the document itself ("Kế hoạch này") or "the contents above".
    private const string ThisDocument = @"(?: (?:cac noi dung cua |noi dung )?(?:chi thi|ke hoach|quyet dinh|cong van|van ban|thong bao) nay| cac noi dung (?:neu )?tren)?";

    [GeneratedRegex(@"(?:^| )(?:de nghi|yeu cau)(?: |$)")]
    private static partial Regex AsksAnywhere();

    // Those asked in at most 12 words; after the exhortation at most 6 ("đúng chức năng được giao"), more say what to do.
    [GeneratedRegex(@"^(?:de nghi|yeu cau) (?:\S+ ){1,12}?" + BodyText.CarryOutCall + @"(?: \S+){0,6}$")]
    private static partial Regex CallToCarryOut();

    [GeneratedRegex(@"^(?:kip thoi |thuong xuyen )?(?:bao cao|phan anh)\b.*\b(?:kho khan|vuong mac)\b")]
    private static partial Regex ReportsDifficulties();

    // The text before a notice of difficulties that closes it after a semicolon or a full stop; the text when none does.
    private static string WithoutDifficultyNotice(string text)
    {
        for (int at = text.IndexOfAny(Separators); at >= 0; at = text.IndexOfAny(Separators, at + 1))
            if (at + 1 < text.Length && text[at + 1] == ' ' && BodyText.IsDifficultyNotice(text[(at + 2)..])) return text[..at].TrimEnd();
        return text;
    }

    private static readonly char[] Separators = [';', '.'];

    [GeneratedRegex(@"^(?:yeu cau|de nghi) ")]
    private static partial Regex AsksWord();

    [GeneratedRegex(@" (?:chiu|co) trach nhiem (?=(?:to chuc |trien khai )*thuc hien nghiem tuc)")]
    private static partial Regex AnswerableFor();

    [GeneratedRegex(@"^(?:\S+ ){0,12}(?:tran trong|chan thanh|xin) cam on ")]
    private static partial Regex Thanks();

    private const int AddresseeWords = 12;

    // Longer is more than a list of those asked.
    private const int NamedCallWords = 60;

    /// <summary>
    /// The issuer's call naming who is asked, however many names it lists, then at most the difficulties notice:
    /// "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã … nghiêm túc
    /// thực hiện. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc … báo cáo …".
    /// </summary>
    private static bool IsNamedCall(string text, string textKey)
    {
        var t = text.TrimEnd().TrimEnd(ClosingEnds);
        int stop = t.IndexOf(". ", StringComparison.Ordinal);
        // The notice may follow after a semicolon ("… nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn …").
        int semicolon = t.IndexOf("; ", StringComparison.Ordinal);
        // A text naming no difficulty has no notice after its call: the sentences after it are not read.
        bool difficulty = BodyText.NamesDifficulty(textKey);
        if (difficulty && semicolon >= 0 && (stop < 0 || semicolon < stop) && BodyText.IsDifficultyNotice(t[(semicolon + 2)..])) stop = semicolon;
        if (stop >= 0 && !(difficulty && BodyText.IsDifficultyNotice(t[(stop + 2)..]))) return false;
        var call = stop < 0 ? t : t[..stop];
        if (call.Contains(';')) return false;
        // The whole text is the call: the marks trimmed off fold to nothing.
        var key = stop < 0 ? textKey : BodyText.Key(call);
        return IssuerAsks().IsMatch(key) && CallsToCarryOut(key) && Words(key) <= NamedCallWords
               && !ItemShapeWords.Embedded.FollowUpWords.Any(w => WholeWords.Contains(key, w));
    }

    // The issuer asks (in the body's own words, "Chủ tịch UBND tỉnh yêu cầu …"), its subject a few words at most.
    [GeneratedRegex(@"^(?:\S+ ){1,8}(?:yeu cau|de nghi) ")]
    private static partial Regex IssuerAsks();

    private static int Words(string key) => VietnameseText.WordCount(key);

    // The execution article ("Quyết định này có hiệu lực …. Chánh Văn phòng …, Giám đốc các Sở … chịu trách nhiệm thi
    // hành") assigns: only a notice that is one sentence is boilerplate.
    private static bool OneSentence(string text)
    {
        // A span: asked up to five times of one text, the trimmed copies were most of this class's allocation.
        var t = text.AsSpan().TrimEnd().TrimEnd(ClosingEnds);
        return t.IndexOf(". ", StringComparison.Ordinal) < 0 && t.IndexOf(';') < 0;
    }

    [GeneratedRegex(@"(?:^| )(?:xin )?thong bao (?:de|cho|toi) .{0,160}? (?:duoc )?biet(?:,| va| de)?(?: (?:phoi hop )?thuc hien| theo doi| chi dao thuc hien)?$")]
    private static partial Regex ForInformation();

    [GeneratedRegex(@"^(?:\S+ ){1,10}(?:tran trong |kinh )?(?:de nghi|mong) (?:\S+ ){1,8}?(?:quan tam|xem xet)(?:,? (?:som |kip thoi |sau khi )?(?:quan tam|xem xet|chi dao|giai quyet|ho tro|tao dieu kien|cho y kien)(?: giai quyet)?)*$")]
    private static partial Regex AsksConsideration();

    [GeneratedRegex(@"^(?:trong )?qua trinh (?:\S+ ){0,4}?thuc hien neu (?:thay )?can (?:sua doi|dieu chinh)\b.* (?:de xuat|bao cao)\b")]
    private static partial Regex AmendmentNotice();

    [GeneratedRegex(@"co hieu luc(?: thi hanh)?(?: ke)? tu ngay")]
    private static partial Regex TakesEffect();

    // Every call to carry out says "thuc hien" (BodyText.CarryOutCall): a key without it is not scanned at every position.
    private static bool CallsToCarryOut(string key) => key.Contains("thuc hien", StringComparison.Ordinal) && Exhortation().IsMatch(key);

    [GeneratedRegex(BodyText.CarryOutCall + ThisDocument + "$")]
    private static partial Regex Exhortation();
}
