using System.Globalization;
using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Metadata;

/// <summary>What the document's header says: issuer lines, number, place and date, kind line and title.</summary>
public sealed record DocumentHeader(
    DocumentKind? Kind, int KindLine, string? NumberAsWritten, string? Place, DateOnly? IssuedOn, string? Title, string? HeaderIssuer,
    bool NumberOfAttachingDecision = false);

/// <summary>Reads the header of a document from its clean lines; tolerant of flattened two-column headers.</summary>
public static partial class HeaderReader
{
    private const int HeaderWindow = 60;

    private static readonly (string Key, DocumentKind Kind)[] KindLines =
    [
        ("ke hoach", DocumentKind.KeHoach), ("chi thi", DocumentKind.ChiThi), ("quyet dinh", DocumentKind.QuyetDinh),
        ("bao cao", DocumentKind.BaoCao), ("nghi quyet", DocumentKind.NghiQuyet), ("nghi dinh", DocumentKind.NghiDinh),
        ("thong tu", DocumentKind.ThongTu), ("cong van", DocumentKind.CongVan), ("ket luan", DocumentKind.KetLuan),
        ("luat", DocumentKind.Luat), ("chuong trinh", DocumentKind.Other), ("thong bao", DocumentKind.Other),
    ];

    private static readonly string[] BodyStarts =
    [
        "Căn cứ", "Thực hiện", "Nhằm", "Để", "Trong", "Thời gian qua", "Theo", "Qua ", "Những năm qua", "Hiện nay",
        "Sau ", "Ngày ", "Tiếp tục", "Từ ", "Năm ", "Vừa qua", "Bên cạnh",
    ];

    public static DocumentHeader Read(IReadOnlyList<string> lines)
    {
        int start = HeaderStart(lines);
        if (start == 0) return ReadFrom(lines);
        var header = ReadFrom(lines.Skip(start).ToList());
        return header with { KindLine = header.KindLine < 0 ? -1 : header.KindLine + start };
    }

    private const int PageTextLimit = 200;

    // More lines than an issuer block (three lines and a rule) before the motto: something else opens the text.
    private const int WebsiteTextLines = 8;

    /// <summary>
    /// Where the document's own header begins. A page saved from a legal-documents website opens with the site's text
    /// (copyright, a "Số hiệu / Loại văn bản / Nơi ban hành" table) before the real header; every Vietnamese
    /// administrative document's header carries the national motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", beside (in
    /// flattened text: right after) the issuer's upper-case lines. When the motto stands beyond the header window,
    /// the header begins at the issuer lines just above it ("Số hiệu: …" in the site's table is not the number).
    /// </summary>
    private static int HeaderStart(IReadOnlyList<string> lines)
    {
        int motto = -1;
        for (int i = 0; i < Math.Min(lines.Count, PageTextLimit) && motto < 0; i++)
            if (lines[i].Length < 80 && IsMotto(BodyText.Key(lines[i]))) motto = i;
        if (motto < WebsiteTextLines) return 0;
        int start = motto;
        for (int i = motto - 1; i >= 0 && i >= motto - 8; i--)
        {
            var line = lines[i];
            if (line.Trim().Trim('|').Trim().Length == 0 || IsSeparator(line)) continue;
            if (!BodyText.IsUpperLine(line)) break;
            start = i;
        }
        return start;
    }

    private static DocumentHeader ReadFrom(IReadOnlyList<string> lines)
    {
        int window = Math.Min(lines.Count, HeaderWindow);
        int kindLine = -1;
        DocumentKind? kind = null;
        for (int i = 0; i < window && kindLine < 0; i++)
        {
            var line = lines[i];
            if (!BodyText.IsUpperLine(line) || line.Length > 60) continue;
            var key = BodyText.Key(line);
            var compact = key.Replace(" ", "");
            foreach (var (k, kd) in KindLines)
                if (key == k || key.StartsWith(k + " ", StringComparison.Ordinal) || compact == k.Replace(" ", ""))
                {
                    if (key.StartsWith(k + " cua", StringComparison.Ordinal) || key == k || compact == k.Replace(" ", "")
                        || VietnameseText.WordCount(key) <= 4)
                    { kindLine = i; kind = kd; }
                    break;
                }
        }

        // No upper-case kind line: a first line that opens with the kind word ("Chỉ thị về việc …", "Báo cáo tình hình …").
        string? inlineTitle = null;
        if (kindLine < 0)
            for (int i = 0; i < Math.Min(lines.Count, 4); i++)
            {
                var line = lines[i];
                if (line.Length == 0) continue;
                var key = BodyText.Key(line);
                foreach (var (k, kd) in KindLines)
                {
                    if (kd == DocumentKind.Other || !key.StartsWith(k + " ", StringComparison.Ordinal)) continue;
                    var rest = line[(Words(line, VietnameseText.WordCount(k)))..].Trim();
                    if (rest.Length > 0 && char.IsLower(rest[0])) { kindLine = i; kind = kd; inlineTitle = rest.TrimEnd('.'); }
                    break;
                }
                break;
            }

        // OCR may join the kind line behind the number-and-date line ("… 41 /CT-TTs Hà Nội, ngày … 2020 DEN i: _¬ CHỈ THỊ").
        if (kindLine < 0)
            for (int i = 0; i < Math.Min(lines.Count, JoinedKindWindow) && kindLine < 0; i++)
                if (KindAtLineEnd(lines[i]) is { } joinedKind) { kindLine = i; kind = joinedKind; }

        string? number = null;
        for (int i = 0; i < window && number is null; i++)
        {
            // "Số:" alone, the number on the next line that is not a table rule ("Số:" / "2820/QĐ-UBND").
            if (NumberLabelAlone().IsMatch(lines[i]))
                for (int j = i + 1; j < Math.Min(window, i + 4); j++)
                {
                    var next = lines[j].Trim().Trim('|').Trim();
                    if (next.Length == 0) continue;
                    if (NumberShape().Match(next) is { Success: true } n) number = n.Value.Trim();
                    break;
                }
            else if (NumberLine().Match(lines[i]) is { Success: true } m)
            {
                number = m.Groups["n"].Value.Trim();
                // "Số 2449 -CV/ĐU" (a Party number, no colon, a space before the dash): the loose shape stops at the
                // space; a whole document number right after the label is the number.
                if (DocumentNumber.Normalize(number) is null && NumberAfterLabel(lines[i]) is { } whole) number = whole;
            }
        }

        // Joined from an array: its length known, the text is made in one piece.
        var windowLines = new string[window];
        for (int i = 0; i < window; i++) windowLines[i] = lines[i];
        var joined = string.Join('\n', windowLines);
        string? place = null;
        DateOnly? date = null;
        var dm = PlaceDate().Match(joined);
        if (dm.Success)
        {
            place = Regex.Replace(dm.Groups["place"].Value, @"\s+", " ").Trim();
            date = DateOf(dm);
        }
        // A date left blank for the signing day ("Lào Cai, ngày      tháng      năm 2026") still gives the place.
        else if (PlaceBlankDate().Match(joined) is { Success: true } blank)
            place = Regex.Replace(blank.Groups["place"].Value, @"\s+", " ").Trim();

        string? title = null, headerIssuer = null;
        if (inlineTitle is not null) title = inlineTitle;
        else if (kindLine >= 0)
        {
            (title, var ofIssuer) = ReadTitle(lines, kindLine);
            headerIssuer = ofIssuer;
        }
        // A Party document's header names the body it is issued in (BAN CHẤP HÀNH TRUNG ƯƠNG) even when its title
        // says which organ adopted it ("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BỘ CHÍNH TRỊ"): the header line wins there.
        var issuerLines = ReadIssuerLines(lines, kindLine < 0 ? Math.Min(window, 12) : kindLine);
        if (headerIssuer is null || (issuerLines is not null && IsPartyHeader(lines, window))) headerIssuer = issuerLines ?? headerIssuer;
        if (headerIssuer is not null && kindLine >= 0) headerIssuer = FullerAuthority(lines, kindLine, headerIssuer) ?? headerIssuer;
        bool attached = false;
        if (number is null && kindLine >= 0 && AttachedTo(lines, kindLine) is { } decision)
        {
            attached = true;
            number = decision.Number;
            date ??= decision.Date;
            // The attachment line is no part of the title it was joined to.
            var attachment = lines[decision.Line][decision.At..].Trim();
            if (title is not null && title.IndexOf(attachment, StringComparison.Ordinal) is > 0 and var cut) title = title[..cut].Trim();
        }
        return new DocumentHeader(kind, kindLine, number, place, date, title, headerIssuer, attached);
    }

    /// <summary>
    /// The decision a plan is attached to, from the line under its title: "(Kèm theo Quyết định số 1422/QĐ-TTg ngày 19
    /// tháng 11 năm 2024 của Thủ tướng Chính phủ)". A plan issued by a decision takes the decision's number and date
    /// (contract: decisions that issue plans); a plan saved without the decision carries them only there.
    /// </summary>
    private static (string Number, DateOnly? Date, int Line, int At)? AttachedTo(IReadOnlyList<string> lines, int kindLine)
    {
        for (int i = kindLine + 1; i < lines.Count && i <= kindLine + AttachmentWindow; i++)
        {
            // Ingest may have joined the line onto the title's last line: it is found where it opens.
            var opening = AttachmentLine().Match(lines[i]);
            if (!opening.Success) continue;
            int open = opening.Index;
            var text = string.Join(" ", lines.Skip(i + 1).Take(2).Prepend(lines[i][open..]).Select(l => l.Trim()));
            int close = text.IndexOf(')');
            if (close > 0) text = text[..close];
            // Matched again on the joined text: a wrapped line's spaces differ from the line's own.
            var m = AttachmentLine().Match(text);
            var n = DocumentNumber.Pattern.Match(text, m.Index + m.Length);
            if (!n.Success || n.Index != m.Index + m.Length || DocumentNumber.Normalize(n.Value) is not { } number) return null;
            var d = AttachmentDate().Match(text, n.Index + n.Length);
            return (number, d.Success ? DateOf(d) : null, i, open);
        }
        return null;
    }

    // A date from a match's d, m and y groups (OCR may space a month's digits: "0 6"); null when no such day exists.
    private static DateOnly? DateOf(Match m)
    {
        int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups["m"].Value.Replace(" ", ""), CultureInfo.InvariantCulture), y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    // The title takes a few lines; the attachment line stands right under it.
    private const int AttachmentWindow = 10;

    [GeneratedRegex(@"\(\s*(?:ban\s+hành\s+)?kèm\s+theo\s+(?:quyết\s+định|nghị\s+quyết|chỉ\s+thị|công\s+văn|thông\s+báo)\s+(?:số\s*:?\s*)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AttachmentLine();

    [GeneratedRegex(@"\G\s*,?\s*ngày\s*(?<d>\d{1,2})\s*(?:tháng\s*|[/.-]\s*)(?<m>\d{1,2})\s*(?:năm\s*|[/.-]\s*)(?<y>(?:19|20)\d\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AttachmentDate();

    // An OCR'd header may write the label in lower case with its colon ("số: 4222 /TCT -PC") and a space before the dash only.
    [GeneratedRegex(@"^\s*(?:Số|số(?=\s*:))(?!\s*(?:hiệu|công báo))\s*[:.]?\s*(?<n>[^\s|]*\d*[^\s|]*(?:\s*/\s*[^\s|]+(?:\s+-\s*[^\s|/]+)?)+|[^\s|]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^\s*(?:Số|số(?=\s*:))(?!\s*(?:hiệu|công báo))\s*[:.]?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLabel();

    private static string? NumberAfterLabel(string line)
    {
        var label = NumberLabel().Match(line);
        if (!label.Success) return null;
        var m = DocumentNumber.Pattern.Match(line, label.Length);
        return m.Success && m.Index == label.Length ? m.Value.Trim() : null;
    }

    [GeneratedRegex(@"^\s*\|?\s*Số\s*[:.]?\s*\|?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLabelAlone();

    [GeneratedRegex(@"^[\p{L}\d.]*\d[\p{L}\d.]*(?:\s*/\s*[^\s|/]+(?:\s+-\s+[^\s|/]+)?)+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberShape();

    // The place's comma may be an OCR'd full stop ("Hà Nội. ngày 09 tháng 11 năm 2023").
    [GeneratedRegex(@"(?<![\p{L}\d/\-])(?<place>(?:(?:\p{Lu}\p{Ll}*|phố)[ \t]+|(?:\p{Lu}\p{Ll}*)\n){0,5}\p{Lu}\p{Ll}*)[ \t\n]*[,.][ \t\n]*ngày[ \t\n]*(?<d>\d{1,2})[ \t\n]*tháng[ \t\n]*(?<m>\d ?\d?)[ \t\n]*năm[ \t\n]*(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"(?<![\p{L}\d/\-])(?<place>(?:(?:\p{Lu}\p{Ll}*|phố)[ \t]+){0,5}\p{Lu}\p{Ll}*)[ \t]*,[ \t]*ngày[ \t._…]*tháng[ \t._…]*năm[ \t]*\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBlankDate();

    private const int TitleMaxLength = 500;

    // Title: the lines under the kind line until the body starts. A "CỦA …" line names the issuer instead.
    private static (string? Title, string? Issuer) ReadTitle(IReadOnlyList<string> lines, int kindLine)
    {
        var parts = new List<string>();
        string? issuer = null;
        bool upperTitle = false;
        var kindText = lines[kindLine];
        // Kind line "KẾ HOẠCH HÀNH ĐỘNG …": words after the kind phrase are not the title.
        for (int i = kindLine + 1; i < lines.Count && i < kindLine + 12; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            if (IsSeparator(line)) { if (parts.Count > 0) break; continue; }
            var key = BodyText.Key(line);
            if (parts.Count == 0 && issuer is null && BodyText.IsUpperLine(line) && key.StartsWith("cua ", StringComparison.Ordinal))
            {
                issuer = AdministrativeCase.Recase(line.Trim()[3..].Trim());
                continue;
            }
            if (line.StartsWith('(')) break;
            if (ListMarker.Read(line).Marker.Kind != MarkerKind.None) break;
            if (BodyStarts.Any(s => line.StartsWith(s, StringComparison.Ordinal))) break;
            if (BodyText.IsRecipientsStart(line) || BodyText.IsCapacityLine(line)) break;
            if (parts.Count > 0 && line.TrimEnd().EndsWith(':')) break; // "… ban hành Kế hoạch như sau:" opens the body
            bool upper = BodyText.IsUpperLine(line);
            if (parts.Count > 0 && upper != upperTitle) break;
            if (parts.Count == 0) upperTitle = upper;
            if (parts.Count > 0 && line.Length > 250) break;
            // A whole paragraph under the kind line (an OCR'd header whose title ran into the opening) is no title.
            if (parts.Count == 0 && line.Length > TitleMaxLength) break;
            parts.Add(line.Trim());
            if (string.Join(" ", parts).Length > TitleMaxLength) break;
        }
        _ = kindText;
        if (parts.Count == 0) return (null, issuer);
        var title = Regex.Replace(string.Join(" ", parts), @"\s+", " ").Trim().TrimEnd('.', ';', ':').Trim();
        return (title.Length == 0 ? null : title, issuer);
    }

    // The state's motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") and the Party's ("ĐẢNG CỘNG SẢN VIỆT NAM"), folded; declared
    // before NotIssuer, for static fields are initialised in textual order.
    private const string StateMotto = "cong hoa xa hoi chu nghia viet nam", PartyMotto = "dang cong san viet nam";
    private static readonly string[] Mottos = [StateMotto, PartyMotto];

    // A motto is known by its first four words: a line that wraps it ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM") opens so.
    private static readonly string[] MottoOpenings = [.. Mottos.Select(m => string.Join(' ', m.Split(' ').Take(4)))];

    // Besides the mottos, the pieces of a motto wrapped over lines ("CỘNG HÒA" / "XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - …").
    private static readonly string[] NotIssuer = [.. MottoOpenings, "cong hoa", "hoi chu nghia", "doc lap", "cong bao", "so ", "ky boi", "co quan", "ngay ky"];

    // "SỞ …" folds like the number label "Số:" ("so "): a unit's line is told apart by its written head word.
    private static bool IsUnitLine(string line) => line.TrimStart().StartsWith("SỞ ", StringComparison.Ordinal);

    private static readonly string[] PartySuperiors = ["dang bo", "ban chap hanh trung uong"];

    // Issuer lines: the upper-case lines at the top of the header, before the kind line.
    private static string? ReadIssuerLines(IReadOnlyList<string> lines, int end)
    {
        var parts = new List<string>();
        // OCR and flattening can join the two header columns on one line ("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
        // NAM"): the words before the motto are the issuer line, and lines above it (a signature stamp) are not the header.
        // Words after the motto are the left column's next line ("ĐẢNG BỘ TỈNH LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM ĐẢNG ỦY
        // ỦY BAN NHÂN DÂN TỈNH": the superior, the motto, then the body that issues).
        int joined = -1;
        (string Before, string? After) joinedLine = ("", null);
        for (int i = 0; i < end && i < lines.Count && joined < 0; i++)
            if (AroundMotto(lines[i]) is { } around) { joined = i; joinedLine = around; }
        var candidates = new List<string>();
        for (int i = Math.Max(joined, 0); i < end && i < lines.Count; i++)
        {
            if (i != joined) { candidates.Add(WithoutMottoLine(lines[i])); continue; }
            candidates.Add(joinedLine.Before);
            if (joinedLine.After is { } after) candidates.Add(after);
        }
        foreach (var line in candidates)
        {
            if (line.Length == 0 || IsSeparator(line)) { if (parts.Count > 0) break; continue; }
            var key = BodyText.Key(line);
            // A kind line in any case ("KẾ HOẠCH Thực hiện …" of a flattened scan) or a numbered heading ("I. MỤC ĐÍCH,
            // YÊU CẦU") is past the header: the issuer lines, if any, were above it.
            if (StartsWithKind(line, key)) break;
            if (ListMarker.Read(line).Marker.Kind != MarkerKind.None) break;
            if ((NotIssuer.Any(n => key.StartsWith(n, StringComparison.Ordinal)) && !IsUnitLine(line)) || !key.Any(char.IsLetter))
            { if (parts.Count > 0) break; continue; }
            if (!BodyText.IsUpperLine(line)) { if (parts.Count > 0) break; continue; }
            parts.Add(SpacedLetters.JoinLoneConsonants(System.Text.RegularExpressions.Regex.Replace(line, @"[-_–—=]{3,}", " ").Trim()));
            if (parts.Count == 3) break;
        }
        if (parts.Count == 0) return null;
        // A committee's line above the unit that issues ("UBND TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG"): the unit, in that place.
        if (parts.Count > 1 && SuperiorLine.UnitWithPlace(parts[0], string.Join(" ", parts.Skip(1))) is { } unit)
            return SuperiorLine.AsWritten(unit, lines);
        // A ministry's line above its department that issues ("BỘ CÔNG THƯƠNG" / "CỤC …"): the department.
        if (parts.Count > 1 && SuperiorLine.MinistryUnit(parts[0], string.Join(" ", parts.Skip(1))) is { } department)
            return MetadataWords.Embedded.KnownMinistryUnits.Contains(department) ? department : SuperiorLine.AsWritten(department, lines);
        // Party header: the body above ("ĐẢNG BỘ TỈNH …", "BAN CHẤP HÀNH TRUNG ƯƠNG") over the line of the body that
        // issues ("BAN THƯỜNG VỤ", "ĐẢNG ĐOÀN QUỐC HỘI").
        if (parts.Count > 1 && PartySuperiors.Any(p => BodyText.Key(parts[0]).StartsWith(p, StringComparison.Ordinal))) parts.RemoveAt(0);
        return AdministrativeCase.Recase(CentralPartyBodies.Repair(string.Join(" ", parts)));
    }

    // Longer is a title line, not a body's name.
    private const int AuthorityMaxLength = 80;

    /// <summary>
    /// A header cut short ("ỦY BAN THƯỜNG VỤ", its "QUỐC HỘI" lost with the header's second line) is completed by the
    /// authority line between the title and the body ("ỦY BAN THƯỜNG VỤ QUỐC HỘI" above "Căn cứ …"), when that line
    /// begins with the header's issuer; null when there is none.
    /// </summary>
    private static string? FullerAuthority(IReadOnlyList<string> lines, int kindLine, string issuer)
    {
        var issuerKey = BodyText.Key(issuer) + " ";
        for (int i = kindLine + 1; i < lines.Count && i < kindLine + 12; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (IsBodyStart(line)) break;
            // The authority line stands right above the body; an upper line further up is the title's ("BAN CHẤP HÀNH
            // TRUNG ƯƠNG ĐẢNG KHOÁ XIV" under "HỘI NGHỊ LẦN THỨ BA").
            if (line.Length <= AuthorityMaxLength && BodyText.IsUpperLine(line) && BodyText.Key(line).StartsWith(issuerKey, StringComparison.Ordinal)
                && NextLine(lines, i) is { } next && IsBodyStart(next))
                return AdministrativeCase.Recase(line);
        }
        return null;
    }

    private static bool IsBodyStart(string line) => BodyStarts.Any(s => line.StartsWith(s, StringComparison.Ordinal));

    private static string? NextLine(IReadOnlyList<string> lines, int i)
    {
        for (int j = i + 1; j < lines.Count; j++)
            if (lines[j].Trim().Length > 0) return lines[j].Trim();
        return null;
    }

    // The header's first lines, where a joined kind line can stand.
    private const int JoinedKindWindow = 15;

    // A kind phrase in capitals ending a longer line, not the end of a longer phrase in capitals ("… BAN HÀNH KẾ HOẠCH").
    private static DocumentKind? KindAtLineEnd(string line)
    {
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (k, kd) in KindLines)
        {
            int n = VietnameseText.WordCount(k);
            if (kd == DocumentKind.Other || words.Length <= n) continue;
            var tail = string.Join(' ', words.Skip(words.Length - n));
            var before = words[^(n + 1)];
            if (BodyText.Key(tail) == k && BodyText.IsUpperLine(tail) && !BodyText.IsUpperLine(before)) return kd;
        }
        return null;
    }

    // The line opens with a kind phrase written in capitals ("KẾ HOẠCH", "KẾ HOẠCH Thực hiện …").
    private static bool StartsWithKind(string line, string key)
    {
        foreach (var (k, _) in KindLines)
            if (key.StartsWith(k, StringComparison.Ordinal))
                return BodyText.IsUpperLine(line.AsSpan(0, Words(line, VietnameseText.WordCount(k))));
        return false;
    }

    // The upper-case words before a motto written on the same line, and those after it (null when none), or null.
    private static (string Before, string? After)? AroundMotto(string line)
    {
        if (!BodyText.IsUpperLine(line)) return null;
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keys = Array.ConvertAll(words, BodyText.Key);
        for (int k = 2; k < words.Length - 2; k++)
        {
            var from = string.Join(' ', keys.Skip(k).Where(w => w.Length > 0));
            if (!IsMotto(from) && !IsDamagedStateMotto(from)) continue;
            string? after = null;
            foreach (var motto in Mottos)
            {
                int n = VietnameseText.WordCount(motto);
                if (k + n < words.Length && string.Join(' ', keys.Skip(k).Take(n)) == motto)
                    after = string.Join(' ', words.Skip(k + n));
            }
            return (string.Join(' ', words.Take(k)), after);
        }
        return null;
    }

    /// <summary>
    /// The line without the motto's second line ("Độc lập - Tự do - Hạnh phúc") that a flattened two-column header set
    /// inside the issuer's line ("CỤC KỸ THUẬT AN TOÀN Độc lập - Tự do - Hạnh phúc VÀ MÔI TRƯỜNG CÔNG NGHIỆP"); the line
    /// itself when it holds none, or nothing else.
    /// </summary>
    private static string WithoutMottoLine(string line)
    {
        // Known by its folded words, so that marks the OCR lost ("Hanh phúc") or dashes it changed still tell it.
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            if (!BodyText.Key(words[i]).StartsWith("doc", StringComparison.Ordinal)) continue;
            int j = i;
            var read = "";
            while (j < words.Length && VietnameseText.WordCount(read) < MottoSecondWords)
            {
                // Dashes of any kind ("—") are no words of it.
                var key = BodyText.Key(words[j++]);
                if (key.Any(char.IsLetter)) read = (read + " " + key).Trim();
            }
            if (read != MottoSecond) continue;
            var rest = string.Join(' ', words[..i].Concat(words[j..])).Trim();
            return rest.Length > 0 && BodyText.IsUpperLine(rest) ? rest : line;
        }
        return line;
    }

    // The motto's second line ("Độc lập - Tự do - Hạnh phúc"), folded.
    private const string MottoSecond = "doc lap tu do hanh phuc";
    private const int MottoSecondWords = 6;

    private static bool IsPartyHeader(IReadOnlyList<string> lines, int window)
    {
        for (int i = 0; i < window; i++)
            if (BodyText.Key(lines[i]).Contains(PartyMotto, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsMotto(string key) => MottoOpenings.Any(m => key.StartsWith(m, StringComparison.Ordinal));

    // OCR may damage the motto's middle words ("CỘNG HOÀ XÃ : HỦ NGHĨA VIỆT NAM"): its first three words and its last
    // two still mark where it begins on a joined header line, and no issuer's name runs so.
    private static bool IsDamagedStateMotto(string key) =>
        key.StartsWith("cong hoa xa ", StringComparison.Ordinal) && key.EndsWith(" viet nam", StringComparison.Ordinal);

    // Length of the first n words of the line, with the spaces after them.
    private static int Words(string line, int n)
    {
        int i = 0;
        for (int w = 0; w < n && i < line.Length; w++)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
        }
        return i;
    }

    private static bool IsSeparator(string line) => line.Trim().All(c => c is '-' or '_' or '–' or '—' or '=' or '*' or '.' or ' ' or '[' or ']');
}
