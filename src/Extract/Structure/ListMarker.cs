using System.Text.RegularExpressions;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Structure;

/// <summary>The kinds of list marker a body line can start with.</summary>
public enum MarkerKind { None, Roman, Number, Letter, Dash, Plus, Star, Part, Article }

/// <summary>A list marker as written ("II.", "1.2.", "2.1", "a)", "2.1.a.", "-", "+", "*") with its kind and nesting rank.</summary>
public sealed partial record ListMarker(MarkerKind Kind, string Text)
{
    // Trim's char sets, made once: a params array per call was a measurable share of extraction (InitializeArray).
    private static readonly char[] LabelEnds = ['.', ')', '/', ' '];
    private static readonly char[] ArticleEnds = ['.', ':', ' '];
    private static readonly char[] ParenthesisedEnds = ['(', ')', '.', ' '];

    /// <summary>Nesting rank: a marker nests under the nearest open marker of lower rank.</summary>
    public int Rank => Kind switch
    {
        MarkerKind.Article => -20,
        MarkerKind.Part => -10,
        MarkerKind.Roman => 0,
        MarkerKind.Number => 10 + Depth,
        MarkerKind.Letter => 20,
        MarkerKind.Dash => 30,
        MarkerKind.Plus => 40,
        _ => 50,
    };

    /// <summary>Number of numeric groups in a numbered marker ("1." → 1, "2.1." → 2).</summary>
    public int Depth => Kind == MarkerKind.Number ? Label.Split('.', StringSplitOptions.RemoveEmptyEntries).Length : 0;

    /// <summary>The marker without punctuation: "II", "2.1", "a"; empty for bullets.</summary>
    public string Label => Kind switch
    {
        MarkerKind.Part or MarkerKind.Roman or MarkerKind.Number => Text.TrimEnd(LabelEnds).Trim(),
        // "2.1.a." is the lettered sub-item "a" of item 2.1: the letter alone labels it, as "a)" does.
        // "(ii)." is the small roman numeral as written: "ii".
        MarkerKind.Letter when Text.StartsWith('(') => Text.Trim(ParenthesisedEnds),
        MarkerKind.Letter => Text.TrimEnd(LabelEnds).Trim()[^1..],
        MarkerKind.Article => Text[(Text.IndexOf(' ') + 1)..].TrimEnd(ArticleEnds).Trim(),
        _ => "",
    };

    [GeneratedRegex(@"^(?<m>(?:[IVXL]{1,5})\.)\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex RomanPattern();

    // A Party document's section ("I- BỐI CẢNH, TÌNH HÌNH", "II- NHIỆM VỤ CHỦ YẾU"): a numeral and a dash before a title
    // in capitals. OCR misreads the numeral's I as 1 or l, and II as H ("1- MỤC ĐÍCH, YÊU CẦU", "HI- TỔ CHỨC THỰC HIỆN").
    [GeneratedRegex(@"^(?<m>[IVXLHl1]{1,5})\s?-\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex DashRomanPattern();

    // An article of a decision or resolution ("Điều 4. Chi phí quản lý", "Điều 1." alone on its line).
    [GeneratedRegex(@"^(?<m>(?:Điều|ĐIỀU)\s+\d{1,3}\s*[.:])(?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ArticlePattern();

    // A part of a long plan or report ("A. MỤC ĐÍCH, YÊU CẦU", "B. Nhiệm vụ công tác tháng 3"): a capital letter over
    // the sections, with a title in capitals or a short heading (not a sentence: "A. Nguyễn Văn phụ trách ….").
    [GeneratedRegex(@"^(?<m>[A-H]\.)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex PartPattern();

    // Case-mangled numerals from word-segmented or re-cased text ("Ii.", "Iii.", "iv."); single "i." is left alone.
    [GeneratedRegex(@"^(?<m>(?:[IVXivx][ivx]{1,4})\.)\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex MangledRomanPattern();

    [GeneratedRegex(@"^(?<m>\d{1,2}(?:\.\d{1,2}){0,3}[.)])(?=\s|\S)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    // A sub-item's number written without its closing dot ("2.1 Ban Chỉ đạo …"): only a number of two or more groups, none
    // of them 0, before a word in capitals, so that a decimal or a version in prose ("2.5 tỷ đồng", "4.0") stays text.
    [GeneratedRegex(@"^(?<m>[1-9]\d?(?:\.[1-9]\d?){1,3})(?=\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex UndottedNumberPattern();

    // An item numbered with a slash ("1/ Tổ chức, quán triệt …"), as some letters count their points: only before a
    // word that opens a sentence, so that a number wrapped at its slash ("20/ CT-TTg") or a date stays text.
    [GeneratedRegex(@"^(?<m>[1-9]\d?/)(?=\s+\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex SlashNumberPattern();

    [GeneratedRegex(@"^(?<m>[a-zđ]\))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LetterPattern();

    // A letter with a dot before a sentence ("a. Nhà đầu tư chịu trách nhiệm …", "h. Thực hiện đúng …"), as some
    // provinces letter an article's items: the same item as "a)". A capital must follow, so that a wrapped line of prose
    // that opens with a lone letter stays text.
    [GeneratedRegex(@"^(?<m>[a-zđ]\.)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex DottedLetterPattern();

    // Requests or points counted by small roman numerals in parentheses and a dot ("(i). Chỉ đạo …", "(ii). Sớm sửa đổi
    // …"), as letters to a ministry list them: items at the level of "a)", labelled by the numeral as written. Without the
    // dot the count runs inside a paragraph ("Cụ thể: (i) Rà soát …; (ii) Tổ chức …") and a line may start with it
    // only because the text wrapped there.
    [GeneratedRegex(@"^(?<m>\((?:i{1,3}|iv|vi{0,3}|ix|x)\)\.)\s+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisedRomanPattern();

    // A letter after an item's number ("2.1.a.", "2.1a)", "3.b"): a lettered sub-item of that item, not a new number.
    [GeneratedRegex(@"^(?<m>\d{1,2}(?:\.\d{1,2}){0,3}(?:\.[a-zđ][.)]?|[a-zđ][.)]))(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedLetterPattern();

    /// <summary>Reads the marker at the start of a line; returns None when the line has none.</summary>
    public static (ListMarker Marker, string Body) Read(string line)
    {
        var text = line.TrimStart();
        if (text.Length == 0) return (NoMarker, text);
        var m = ArticlePattern().Match(text);
        if (m.Success) return (new ListMarker(MarkerKind.Article, Spaces().Replace(m.Groups["m"].Value, " ")), text[m.Length..].Trim());
        m = RomanPattern().Match(text);
        if (m.Success) return (new ListMarker(MarkerKind.Roman, m.Groups["m"].Value), text[m.Length..].Trim());
        m = DashRomanPattern().Match(text);
        if (m.Success && OcrRoman(m.Groups["m"].Value) is { } numeral && text[m.Length..].Trim() is var sectionTitle
            && sectionTitle.Length <= 150 && BodyText.IsUpperLine(sectionTitle))
            return (new ListMarker(MarkerKind.Roman, numeral + "."), sectionTitle);
        m = PartPattern().Match(text);
        if (m.Success && text[m.Length..].Trim() is var title && (title.Length <= 150 && BodyText.IsUpperLine(title) || IsHeadingLike(title, oneSentence: true)))
            return (new ListMarker(MarkerKind.Part, m.Groups["m"].Value), title);
        m = MangledRomanPattern().Match(text);
        if (m.Success && RomanValue(m.Groups["m"].Value.TrimEnd('.').ToUpperInvariant()) > 0
            && text[m.Length..].Trim() is var heading && IsHeadingLike(heading))
            return (new ListMarker(MarkerKind.Roman, m.Groups["m"].Value.ToUpperInvariant()), heading);
        m = NumberedLetterPattern().Match(text);
        if (m.Success) return (new ListMarker(MarkerKind.Letter, m.Groups["m"].Value), text[m.Length..].Trim());
        m = NumberPattern().Match(text);
        if (m.Success && !LooksLikeDateOrAmount(text, m.Length))
            return (new ListMarker(MarkerKind.Number, m.Groups["m"].Value), text[m.Length..].Trim());
        m = SlashNumberPattern().Match(text);
        if (m.Success) return (new ListMarker(MarkerKind.Number, m.Groups["m"].Value), text[m.Length..].Trim());
        m = UndottedNumberPattern().Match(text);
        if (m.Success) return (new ListMarker(MarkerKind.Number, m.Groups["m"].Value), text[m.Length..].Trim());
        m = LetterPattern().Match(text);
        if (m.Success) return (new ListMarker(MarkerKind.Letter, m.Groups["m"].Value), text[m.Length..].Trim());
        m = DottedLetterPattern().Match(text);
        if (m.Success) return (new ListMarker(MarkerKind.Letter, m.Groups["m"].Value), text[m.Length..].Trim());
        m = ParenthesisedRomanPattern().Match(text);
        if (m.Success) return (new ListMarker(MarkerKind.Letter, m.Groups["m"].Value), text[m.Length..].Trim());
        char c = text[0];
        if (c is '-' or '–' or '•' or '+' or '*' && text.Length > 1 && (char.IsWhiteSpace(text[1]) || char.IsLetter(text[1])))
        {
            var kind = c switch { '+' => MarkerKind.Plus, '*' => MarkerKind.Star, _ => MarkerKind.Dash };
            return (new ListMarker(kind, c.ToString()), text[1..].Trim());
        }
        return (NoMarker, text);
    }

    // A section or part title: short, no sentence inside it. A part's title may be written as one short sentence ("B. Yêu
    // cầu trong xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2011-2015."): one full stop, at the end; "…" ends a
    // sentence cut short, not a title. A case-mangled numeral before a sentence ("Vi. Đây là …") is not a section.
    private static bool IsHeadingLike(string text, bool oneSentence = false)
    {
        var t = text.TrimEnd();
        if (t.Length is 0 or > 160 || t.EndsWith("..", StringComparison.Ordinal) || t.EndsWith("….", StringComparison.Ordinal)) return false;
        var inner = oneSentence && t.EndsWith('.') ? t.AsSpan(0, t.Length - 1) : t.AsSpan();
        return inner.IndexOfAny(".;…") < 0 && VietnameseText.WordCount(t) <= 20;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static readonly ListMarker NoMarker = new(MarkerKind.None, "");

    // "30/4/2025 …" or "2025 …" at line start are not list markers.
    private static bool LooksLikeDateOrAmount(string text, int markerLength) =>
        markerLength < text.Length && (text[markerLength] == '/' || char.IsDigit(text[markerLength]));

    /// <summary>
    /// The Roman numeral an OCR'd one stands for ("1" → I, "HI" → III, "Il" → II), or null. Digits alone are a number,
    /// except a lone "1", the usual misreading of I.
    /// </summary>
    private static string? OcrRoman(string label)
    {
        if (label.All(char.IsAsciiDigit) && label != "1") return null;
        var numeral = new System.Text.StringBuilder(label.Length + 1);
        foreach (char c in label) numeral.Append(c switch { 'l' or '1' => "I", 'H' => "II", _ => c.ToString() });
        var result = numeral.ToString();
        return RomanValue(result) > 0 ? result : null;
    }

    /// <summary>Value of a Roman numeral label (I → 1 … L → 50); 0 when it is not one.</summary>
    public static int RomanValue(string label)
    {
        int total = 0, prev = 0;
        for (int i = label.Length - 1; i >= 0; i--)
        {
            int v = label[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
            if (v == 0) return 0;
            total += v < prev ? -v : v;
            prev = Math.Max(prev, v);
        }
        return total;
    }
}
