using System.Text;
using System.Text.RegularExpressions;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Joins soft-wrapped lines into paragraphs and keeps every list item's start. Blank lines are not trusted (some
/// sources put one after every wrapped line); a line break is kept when the next line starts a list item, when the
/// line ends a sentence or clause, when it is a heading in capitals, or when it is short for the document's wrap width
/// and the next line starts with a capital. Breaks that split a name ("Luật" / "Việc làm", "Thi đua" / "- Khen thưởng")
/// are mended when the document writes the name whole elsewhere, or the name is a known hyphenated one.
/// </summary>
public sealed partial class LineJoiner : ILayoutStep
{
    /// <summary>Hyphenated names whose "- Second part" may wrap onto a line of its own and look like a bullet.</summary>
    public IReadOnlyList<string> HyphenatedNames { get; init; } =
    [
        "Thi đua - Khen thưởng", "Lao động - Thương binh và Xã hội", "Kinh tế - Xã hội", "kinh tế - xã hội",
        "Văn hóa - Xã hội", "Độc lập - Tự do - Hạnh phúc", "Tài chính - Kế hoạch", "Tài nguyên - Môi trường",
        "Nội vụ - Lao động", "Quốc phòng - An ninh", "Kế hoạch - Đầu tư", "Tư pháp - Hộ tịch",
    ];

    /// <summary>A line at least this share of the wrap width was wrapped, not ended.</summary>
    public double FullLineShare { get; init; } = 0.7;

    public void Apply(LayoutDocument document)
    {
        int wrapWidth = WrapWidth(document.Lines);
        // To see whether a phrase split at a line break stands whole within a line elsewhere: in the body or in a cell
        // of a table of three columns or more (two side by side are a letterhead or a signature, their lists run together).
        var phrases = new PhraseIndex(document.Lines.Where(l => l.IsBody || l.Kind == LineKind.TableRow && l.Text.Count(c => c == '|') >= 4)
            .Select(l => l.Text).ToList());
        var units = new List<LayoutUnit>();
        var current = new List<string>();
        int currentPage = 0;
        var currentKind = LineKind.Body;
        string? previous = null;

        void Close()
        {
            if (current.Count > 0) units.Add(new LayoutUnit(JoinWrapped(current), currentPage, currentKind));
            current.Clear();
            previous = null;
            currentKind = LineKind.Body;
        }

        var lines = document.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.TableRow) { Close(); units.Add(new LayoutUnit(line.Text, line.Page, LineKind.TableRow)); continue; }
            if (line.Kind == LineKind.Rule) { Close(); continue; }
            if (line.Kind == LineKind.Heading)
            {
                // A heading known by its print joins only the heading line it wraps onto (a full line above it, or a
                // lower-case start), never the body around it.
                var heading = line.Text.Trim();
                if (currentKind != LineKind.Heading || line.Page != currentPage
                    || !(previous!.Length >= FullLineShare * wrapWidth || char.IsLower(heading[0])))
                {
                    Close();
                    currentKind = LineKind.Heading;
                    currentPage = line.Page;
                }
                current.Add(heading);
                previous = heading;
                continue;
            }
            if (currentKind == LineKind.Heading && line.IsBody) Close();
            if (!line.IsBody) continue; // blank lines and page breaks do not end a paragraph by themselves
            var text = line.Text.Trim();
            bool sectionTitle = current.Count == 1 && (SectionMarker().IsMatch(current[0])
                                                       || units.Count > 0 && LoneSectionMarker().IsMatch(units[^1].Text.Trim()))
                                || current.Count == 2 && LoneSectionMarker().IsMatch(current[0]);
            if (previous is not null && Continues(previous, text, wrapWidth, phrases, NextBodyLine(lines, i), sectionTitle)) current.Add(text);
            else
            {
                Close();
                current.Add(text);
                currentPage = line.Page;
            }
            previous = text;
        }
        Close();
        document.Units = units;
    }

    /// <summary>The text of the next body line after <paramref name="index"/>, or null at a table, rule or the end.</summary>
    private static string? NextBodyLine(List<LayoutLine> lines, int index)
    {
        for (int k = index + 1; k < lines.Count; k++)
        {
            if (lines[k].IsBody) return lines[k].Text.Trim();
            if (lines[k].Kind is LineKind.TableRow or LineKind.Rule or LineKind.Heading) return null;
        }
        return null;
    }

    /// <summary>
    /// True when <paramref name="next"/> continues the paragraph that <paramref name="previous"/> ends;
    /// <paramref name="afterNext"/> is the body line after <paramref name="next"/>, when known; <paramref name="sectionTitle"/>
    /// says <paramref name="previous"/> is a section's title line ("II. Tiến độ thực hiện", or the line after a lone "A.").
    /// </summary>
    internal bool Continues(string previous, string next, int wrapWidth, PhraseIndex? phrases = null, string? afterNext = null,
                            bool sectionTitle = false)
    {
        if (ListMarker.IsMarkerOnly(previous)) return true;          // "1." then its text on the next line
        if (ArticleHeading().IsMatch(next)) return false;            // "Điều 1. Nguyên tắc …" always opens its article
        // A header's number line that OCR wrote in lower case ("số: 4222 /TCT -PC …") under the issuer's line opens a line
        // of its own; the issuer's line starts with a word in capitals ("TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc").
        if (NumberLabel().IsMatch(next) && StartsInCapitals(previous)) return false;
        char last = previous[^1], first = next[0];
        // A sentence closed inside brackets or quotes ("… khi trích nguyên văn.]") ends where its closer stands.
        if (last is ')' or ']' or '”' or '"' && previous.Length > 1 && EndsClause(previous[^2])) last = previous[^2];
        if (ListMarker.Match(next) is not null)
            return ContinuesHyphenatedName(previous, next) || ContinuesRange(previous, next) || RecursUnbroken(previous, next, phrases)
                   || ContinuesLowerCaseDash(previous, next, wrapWidth) || ContinuesCount(previous, next, wrapWidth);
        if (IsCapitalsLine(previous))
            return ContinuesCapitals(previous, next, wrapWidth);
        if (char.IsLower(first)) return true; // even after ";": lists inside a sentence wrap so
        if (last == ':' && OpensNamesOnNextLine(previous, next, wrapWidth)) return true;
        if (EndsClause(last)) return IsRewrapFragment(previous, next, afterNext, wrapWidth);
        if (last == '-' || last == ',' || EndsWithDanglingWord(previous) || SplitsTitleFromBody(previous, next)) return true;
        if (char.IsDigit(first) || first is '(' or '“' or '"' or '-' or '–') return true;
        // A section's title ends at its line when the next starts with a capital: a reflowing converter keeps a title line
        // that fits whole, however near the width it comes ("II. Tiến độ … năm 2026-2030" / "Căn cứ hướng dẫn …").
        return previous.Length >= FullLineShare * wrapWidth && !sectionTitle || NameRecurs(previous, next, phrases);
    }

    // A section's marker, a Roman number or a capital letter with its dot ("II.", "Ii.", "A ."), opening a line.
    [GeneratedRegex(@"^(?:" + ListMarker.RomanNumber + "|" + ListMarker.SectionLetter + @")\s?\.(?=\s)")]
    private static partial Regex SectionMarker();

    // Such a marker alone on its line ("A .", "III."): its title is the next line.
    [GeneratedRegex(@"^(?:" + ListMarker.RomanNumber + "|" + ListMarker.SectionLetter + @")\s?\.$")]
    private static partial Regex LoneSectionMarker();

    /// <summary>
    /// Text wrapped twice (a TXT wrapped at 80 columns, then re-wrapped a little narrower by an office suite) leaves
    /// a line's last word alone on a line: "… các cơ quan, đơn vị." / "Trong" / "đó, hướng mạnh …". One word alone
    /// that runs on into a lower-case line was not wrapped at the width; it is the tail of the full line above it,
    /// so the sentence end there does not end the paragraph. A longer short line is the author's own break at a
    /// paragraph's start ("Trên đây là Chỉ thị về" / "nâng cao trách nhiệm …") and stays a start.
    /// </summary>
    private bool IsRewrapFragment(string previous, string next, string? afterNext, int wrapWidth)
    {
        if (afterNext is null || afterNext.Length == 0 || !char.IsLower(afterNext[0]) || ListMarker.Match(afterNext) is not null) return false;
        if (previous.Length < FullLineShare * wrapWidth || next.Contains(' ')) return false;
        return !EndsClause(next[^1]) && next[^1] != ',' && !IsCapitalsLine(next);
    }

    /// <summary>Where a sentence lists bodies of one kind after a colon ("… phối hợp với các Vụ:").</summary>
    public InlineNameList InlineNames { get; init; } = new();

    /// <summary>
    /// "… phối hợp với các Vụ:" + "Kế hoạch, Pháp chế, …": a full line wrapped right after the colon that opens a list of
    /// names inside the sentence. The names go on with the sentence; an intro over items ("… như sau:") names no kind
    /// after a plural, and items under "các Sở:" name their body whole ("Sở Tài chính chủ trì …"), so they stay apart.
    /// </summary>
    private bool OpensNamesOnNextLine(string previous, string next, int wrapWidth)
    {
        if (previous.Length < FullLineShare * wrapWidth || !char.IsUpper(next[0])) return false;
        return InlineNames.KindOpenedAtEnd(previous) is { } kind && !InlineNameList.StartsWithKind(next, kind);
    }

    /// <summary>Titles of document kinds: a line of one of these stands alone above the document's title.</summary>
    public IReadOnlySet<string> KindTitles { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "KẾ HOẠCH", "KẾ HOẠCH HÀNH ĐỘNG", "CHỈ THỊ", "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "NGHỊ ĐỊNH", "THÔNG TƯ", "THÔNG BÁO",
        "BÁO CÁO", "CÔNG VĂN", "TỜ TRÌNH", "KẾT LUẬN", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "QUY CHẾ", "QUY ĐỊNH", "PHỤ LỤC",
    };

    /// <summary>
    /// A title in capitals wrapped over lines ("TRIỂN" / "KHAI THI HÀNH …", "TM. ỦY BAN NHÂN" / "DÂN") is one heading;
    /// a kind title ("KẾ HOẠCH") and a signature line ("KT. CHỦ TỊCH") stand alone.
    /// </summary>
    private bool ContinuesCapitals(string previous, string next, int wrapWidth)
    {
        if (EndsClause(previous[^1]) || !IsCapitalsLine(next)) return false;
        if (StartsSignature(next) || KindTitles.Contains(VietnameseText.Canonical(previous.Trim()).ToUpperInvariant())) return false;
        if (ContinuesFixedHeading(previous, next)) return true;
        return ListMarker.Match(previous) is not null || previous.Length >= FullLineShare * wrapWidth
            || !previous.Contains(' ') || !next.Contains(' ') || EndsWithDanglingWord(previous);
    }

    /// <summary>Letterhead lines with a fixed wording; a break inside one ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA …") is mended.</summary>
    public IReadOnlyList<string> FixedHeadings { get; init; } =
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM", "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN"];

    private string[]? _fixedHeadingKeys;

    private bool ContinuesFixedHeading(string previous, string next)
    {
        var keys = _fixedHeadingKeys ??= FixedHeadings.Select(VietnameseText.ComparisonKey).ToArray();
        var joined = VietnameseText.ComparisonKey($"{previous.Trim()} {next.Trim()}");
        var before = VietnameseText.ComparisonKey(previous.Trim());
        return keys.Any(h => h.StartsWith(joined, StringComparison.Ordinal) && h != before);
    }

    private static bool StartsSignature(string line) =>
        line.StartsWith("KT.", StringComparison.Ordinal) || line.StartsWith("TM.", StringComparison.Ordinal)
        || line.StartsWith("TL.", StringComparison.Ordinal) || line.StartsWith("TUQ.", StringComparison.Ordinal)
        || line.StartsWith("Q.", StringComparison.Ordinal);

    /// <summary>
    /// "… Hội đồng Thi đua" + "- Khen thưởng tỉnh …": the line ends mid-phrase and the phrase "Thi đua - Khen thưởng"
    /// occurs again elsewhere in the document, so this dash is the name's, not a bullet.
    /// </summary>
    private static bool RecursUnbroken(string previous, string next, PhraseIndex? phrases)
    {
        if (phrases is null || next.Length < 3 || next[0] != '-' || EndsClause(previous[^1]) || previous[^1] == ',') return false;
        var after = next[1..].TrimStart();
        if (after.Length == 0 || !char.IsUpper(after[0])) return false;
        var before = previous.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var following = after.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return before.Length >= 2 && following.Length >= 2 && phrases.HasDashed(before[^2], before[^1], following[0], following[1]);
    }

    /// <summary>
    /// "… phối hợp tổ chức chính trị" + "- xã hội tại địa phương …", "b) Xây dựng Nền tảng dạy - học" + "- thi trực tuyến …":
    /// a compound written with dashes broken at one. A bullet's text starts with a capital; a dash before a lower-case
    /// word, after a line that ends no clause, goes on with the sentence. The line above must be a full line or an
    /// item's heading line: after a short bullet ("- pH") a lower-case bullet may be the next of a list.
    /// </summary>
    private bool ContinuesLowerCaseDash(string previous, string next, int wrapWidth)
    {
        if (next.Length < 3 || next[0] is not ('-' or '–') || !char.IsWhiteSpace(next[1])) return false;
        var after = next[1..].TrimStart();
        if (after.Length == 0 || !char.IsLower(after[0]) || EndsClause(previous[^1]) || previous[^1] == ',') return false;
        return previous.Length >= FullLineShare * wrapWidth || ListMarker.Match(previous) is { } marker && marker is not ("-" or "+" or "–" or "‒" or "*" or "•");
    }

    /// <summary>
    /// "… ưu tiên các địa bàn cấp độ" + "1. Cấp ngay mì tôm …": a full line that ends on a noun counted by the number after
    /// it (<see cref="CountedNouns"/>) was wrapped before that number, which ends its phrase and is no item's marker.
    /// </summary>
    private bool ContinuesCount(string previous, string next, int wrapWidth)
    {
        if (previous.Length < FullLineShare * wrapWidth || EndsClause(previous[^1]) || ListMarker.Match(next) is not { } marker) return false;
        // One number and its dot ("1."): a sub-number ("1.2.") or a letter opens an item whatever stands before it.
        if (!char.IsAsciiDigit(marker[0]) || marker.IndexOf('.') != marker.Length - 1) return false;
        var lower = previous.ToLowerInvariant();
        return CountedNouns.Any(n => lower.EndsWith(" " + n, StringComparison.Ordinal));
    }

    /// <summary>Nouns a number follows to name one of a series ("cấp độ 1", "khoản 2", "nhóm 3"), lower case.</summary>
    public IReadOnlyList<string> CountedNouns { get; init; } =
        ["cấp độ", "khoản", "mục", "nhóm", "loại", "phụ lục", "phương án", "bước", "mẫu", "biểu mẫu", "tiểu mục"];

    // A document's number after its label ("số: 4222 /TCT-PC"): digits and the slash before its symbol.
    [GeneratedRegex(@"^số\s*:\s*\d+\s*/")]
    private static partial Regex NumberLabel();

    // The line's first word is in capitals, of two letters or more ("TỔNG", "BỘ").
    private static bool StartsInCapitals(string line)
    {
        var first = line.TrimStart().Split(' ', 2)[0];
        return first.Count(char.IsLetter) >= 2 && first.All(c => !char.IsLetter(c) || char.IsUpper(c));
    }

    // An article's heading ("Điều 1. Nguyên tắc hỗ trợ", "ĐIỀU 2."): a number, its dot and a capital.
    [GeneratedRegex(@"^(?:Điều|ĐIỀU)\s+\d{1,3}\.\s+\p{Lu}")]
    private static partial Regex ArticleHeading();

    /// <summary>"… giai đoạn 2026" + "- 2030 phấn đấu …": a range of years or numbers broken at its dash.</summary>
    private static bool ContinuesRange(string previous, string next) =>
        char.IsDigit(previous[^1]) && next.Length > 2 && next[0] == '-' && char.IsDigit(next[1..].TrimStart().FirstOrDefault());

    /// <summary>
    /// "1. Phổ biến, giáo dục Luật" + "Việc làm và …": the words either side of the break ("Luật Việc") stand together
    /// elsewhere in the document, so the break split a name.
    /// </summary>
    private static bool NameRecurs(string previous, string next, PhraseIndex? phrases)
    {
        if (phrases is null) return false;
        var before = LastWords(previous, 1);
        var after = next.Split(' ', 2)[0].TrimEnd(',', ';', ':', '.', ')');
        if (before.Length < 2 || after.Length < 2 || !before.All(char.IsLetter) || !after.All(char.IsLetter)) return false;
        return phrases.HasPair(before, after);
    }

    private static string LastWords(string text, int count)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
    }

    private bool ContinuesHyphenatedName(string previous, string next)
    {
        if (next.Length < 3 || next[0] != '-' || !char.IsUpper(next.TrimStart('-', ' ').FirstOrDefault())) return false;
        if (EndsClause(previous[^1])) return false;
        var joined = previous + " " + next;
        foreach (var name in HyphenatedNames)
        {
            int dash = name.IndexOf(" - ", StringComparison.Ordinal);
            // The break must fall at the name's dash: "… Hội đồng Thi đua" + "- Khen thưởng …".
            if (previous.EndsWith(name[..dash], StringComparison.Ordinal) && joined.Contains(name, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// Titles whose body follows them ("Chủ tịch" + "UBND tỉnh", "Giám đốc" + "Sở …"): a line ending in one before a line
    /// that starts with a body was wrapped inside the name ("- Tham mưu đề xuất Chủ tịch" / "UBND tỉnh và cấp thẩm quyền …").
    /// </summary>
    public IReadOnlyList<string> TitlesBeforeBody { get; init; } = ["Chủ tịch", "Giám đốc", "Bộ trưởng", "Thủ trưởng", "Thủ tướng"];

    /// <summary>The heads a body's name starts with, as the line after such a title writes them.</summary>
    public IReadOnlyList<string> BodyHeads { get; init; } = ["UBND", "Ủy ban", "Uỷ ban", "Sở", "Bộ", "Chính phủ", "Hội đồng"];

    // Asked of most line pairs that end no clause: loops and position tests, no string built per title and line.
    private bool SplitsTitleFromBody(string previous, string next)
    {
        bool title = false;
        foreach (var t in TitlesBeforeBody)
            if (previous.EndsWith(t, StringComparison.Ordinal) && (previous.Length == t.Length || previous[^(t.Length + 1)] == ' ')) { title = true; break; }
        if (!title) return false;
        foreach (var h in BodyHeads)
            if (next.StartsWith(h, StringComparison.Ordinal) && (next.Length == h.Length || next[h.Length] is ' ' or ',')) return true;
        return false;
    }

    /// <summary>Words a phrase cannot end with: a line ending in one was wrapped ("7. Báo và" / "Phát thanh, …").</summary>
    public IReadOnlySet<string> DanglingWords { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "và", "của", "các", "với", "về", "cho", "trong", "theo", "là", "được", "những", "từ", "đến", "tại", "hoặc",
        "hay", "để", "bằng", "do", "mà", "nhằm", "đối", "số", "ngày", "tháng", "năm", "thuộc", "có", "không", "sự",
    };

    private bool EndsWithDanglingWord(string line)
    {
        int i = line.Length;
        while (i > 0 && char.IsLetter(line[i - 1])) i--;
        return i < line.Length && DanglingWords.Contains(line[i..].ToLowerInvariant());
    }

    private static bool EndsClause(char c) => c is '.' or ';' or ':' or '!' or '?' or '…';

    /// <summary>A line whose letters are all capitals ("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU").</summary>
    internal static bool IsCapitalsLine(string text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>The width lines were wrapped at: a high percentile of the body lines' lengths.</summary>
    internal static int WrapWidth(IEnumerable<LayoutLine> lines)
    {
        var lengths = lines.Where(l => l.IsBody).Select(l => l.Text.Trim().Length).Where(n => n >= 20).Order().ToList();
        if (lengths.Count == 0) return 80;
        return lengths[(int)(lengths.Count * 0.8)];
    }

    /// <summary>Joins wrapped lines with one space; a number broken at its dash ("41-" / "CT/TW") is joined without one.</summary>
    public static string JoinWrapped(IReadOnlyList<string> lines)
    {
        var text = new WrappedText();
        foreach (var line in lines) text.Append(line);
        return text.ToString();
    }
}

/// <summary>
/// A paragraph built from wrapped lines one at a time, as <see cref="LineJoiner.JoinWrapped"/> joins them: callers that
/// map lines back to paragraphs append as they go instead of joining every prefix again (which was quadratic).
/// </summary>
public sealed class WrappedText
{
    private readonly StringBuilder _sb = new();

    public int Length => _sb.Length;

    /// <summary>Appends one line, trimmed; blank lines add nothing.</summary>
    public void Append(string raw)
    {
        var line = raw.AsSpan().Trim();
        if (line.Length == 0) return;
        if (_sb.Length > 0)
        {
            bool glue = _sb[^1] == '-' && _sb.Length >= 2 && char.IsLetterOrDigit(_sb[^2]) && char.IsLetterOrDigit(line[0]);
            if (!glue) _sb.Append(' ');
        }
        _sb.Append(line);
    }

    public override string ToString() => _sb.ToString();
}
