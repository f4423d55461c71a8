using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Scoring;

namespace DirectiveTracker.Extract.Structure;

/// <summary>Small text rules on body lines: emphasis marks, closing boilerplate, signature and distribution lines.</summary>
public static partial class BodyText
{
    [GeneratedRegex(@"\*(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\^\{[^}]*\}")]
    private static partial Regex Superscript();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();

    /// <summary>Removes Markdown emphasis (<c>**</c>, <c>*x*</c>), superscripts and table pipes at the ends; collapses spaces.</summary>
    public static string Clean(string text)
    {
        if (text.IndexOfAny(MarkupChars) < 0 && !text.Contains("  ", StringComparison.Ordinal)) return text.Trim();
        var s = text.Replace("**", "");
        s = Emphasis().Replace(s, "$1");
        s = Superscript().Replace(s, "");
        s = s.Trim().Trim('|').Trim();
        return Spaces().Replace(s, " ");
    }

    /// <summary>
    /// Joins an item's lines into one paragraph. A line without closing punctuation followed by a capitalised one
    /// (a heading line, then its body) gets a full stop, so that the body's subject starts a sentence.
    /// </summary>
    public static string JoinParagraphs(IEnumerable<string> parts)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var raw in parts)
        {
            var part = raw.Trim();
            if (part.Length == 0) continue;
            if (sb.Length > 0)
            {
                char last = sb[^1];
                bool closed = last is '.' or ';' or ':' or '!' or '?' or ',' or ')' or '”' or '"';
                if (!closed && char.IsUpper(part[0])) sb.Append('.');
                sb.Append(' ');
            }
            sb.Append(part);
        }
        return sb.ToString();
    }

    private static readonly char[] MarkupChars = ['*', '^', '|', '\t'];

    /// <summary>Folded, lower-case, punctuation-free form for keyword tests.</summary>
    public static string Key(string text) => MatchText.Fold(text);

    /// <summary>The start of the distribution list ("Nơi nhận:").</summary>
    public static bool IsRecipientsStart(string text)
    {
        var t = text.AsSpan().TrimStart();
        return t.Length >= 8 && t[0] is 'N' or 'n' && Key(text).StartsWith("noi nhan", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<=\s|^)N[ơo]i nh[ậa]n\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RecipientsLabel();

    /// <summary>Where "Nơi nhận:" stands in the text, or -1.</summary>
    public static int RecipientsIndex(string text)
    {
        if (text.IndexOf("nhận", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("nhan", StringComparison.OrdinalIgnoreCase) < 0) return -1;
        var m = RecipientsLabel().Match(text);
        return m.Success ? m.Index : -1;
    }

    // "Q." (acting) needs its mark: "QUYẾT ĐỊNH" is a title, not a capacity.
    [GeneratedRegex(@"^(?:(?:TM|T/M|KT|TL|TUQ|TM/)\s*[.:/]?|Q\s*[./])\s*\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex CapacityLine();

    /// <summary>A signature capacity line: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ".</summary>
    public static bool IsCapacityLine(string text) => CapacityLine().IsMatch(text.Trim()) && IsUpperLine(text);

    /// <summary>True when every letter of the line is upper case (and it has letters).</summary>
    public static bool IsUpperLine(string text) => IsUpperLine(text.AsSpan());

    /// <summary>True when every letter of the text is upper case (and it has letters).</summary>
    public static bool IsUpperLine(ReadOnlySpan<char> text)
    {
        bool any = false;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>Closing boilerplate: "Trên đây là Kế hoạch …", "Trong quá trình … nếu có khó khăn, vướng mắc …", "… thực hiện nghiêm túc Chỉ thị này./.".</summary>
    public static bool IsClosing(string text)
    {
        if (text.Length < 12) return false;
        var head = text.AsSpan().TrimStart();
        bool candidate = head.StartsWith("Trên", StringComparison.OrdinalIgnoreCase) || head.StartsWith("Trong", StringComparison.OrdinalIgnoreCase)
                         || head.StartsWith("Quá", StringComparison.OrdinalIgnoreCase) || text.TrimEnd().EndsWith("./.", StringComparison.Ordinal);
        if (!candidate) return false;
        var k = Key(text);
        if (k.StartsWith("tren day la", StringComparison.Ordinal)) return true;
        if (IsDifficultyNoticeKey(k)) return true;
        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith("./.", StringComparison.Ordinal) && ThisDocument().IsMatch(k) && !k.Contains("dinh ky", StringComparison.Ordinal)
            && (!k.Contains("bao cao", StringComparison.Ordinal) || ImplementThis().IsMatch(k)))
            return true;
        // "Yêu cầu các sở, ban, ngành … nghiêm túc triển khai thực hiện./.": an exhortation with no task of its own.
        return trimmed.EndsWith("./.", StringComparison.Ordinal) && DirectiveTracker.Ingest.Text.VietnameseText.WordCount(k) <= 25 && Exhortation().IsMatch(k);
    }

    /// <summary>The notice of difficulties to report: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc … phản ánh về …".</summary>
    public static bool IsDifficultyNotice(string text) => text.Length >= 12 && IsDifficultyNoticeKey(Key(text));

    /// <summary>
    /// The folded text names a difficulty ("khó khăn", "vướng mắc"), as every notice of difficulties does: a text whose key
    /// names none holds no such notice in any of its sentences (a sentence's key is part of the text's).
    /// </summary>
    public static bool NamesDifficulty(string key) =>
        key.Contains("vuong mac", StringComparison.Ordinal) || key.Contains("kho khan", StringComparison.Ordinal);

    private static bool IsDifficultyNoticeKey(string k)
    {
        bool difficulty = NamesDifficulty(k);
        // The condition may go without "nếu" ("Trong quá trình thực hiện có khó khăn, vướng mắc kịp thời phản ánh về …").
        return difficulty && (k.StartsWith("trong qua trinh", StringComparison.Ordinal) || k.StartsWith("qua trinh", StringComparison.Ordinal))
               && (k.Contains("neu", StringComparison.Ordinal) || k.Contains(" co kho khan", StringComparison.Ordinal) || k.Contains(" co vuong mac", StringComparison.Ordinal));
    }

    /// <summary>
    /// The call to carry a document out, on folded keys — "nghiêm túc (tổ chức) (triển khai) thực hiện", "khẩn trương thực
    /// hiện", "(tổ chức) thực hiện nghiêm túc" — which the closing boilerplate and the closing notices end with.
    /// </summary>
    internal const string CarryOutCall = @"(?:(?:nghiem tuc|khan truong)(?: to chuc)?(?: trien khai)? thuc hien|(?:to chuc |trien khai )*thuc hien nghiem tuc)";

    [GeneratedRegex(CarryOutCall + @"[\s./]*$")]
    private static partial Regex Exhortation();

    [GeneratedRegex(@"thuc hien (?:nghiem tuc |nghiem |tot |co hieu qua )?(?:cac noi dung )?(?:chi thi|ke hoach|quyet dinh) nay")]
    private static partial Regex ImplementThis();

    [GeneratedRegex(@"(chi thi|ke hoach|quyet dinh|van ban|cong van) nay")]
    private static partial Regex ThisDocument();
}
