using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Metadata;

/// <summary>Reads the signature block (capacity, position, name) and the distribution list ("Nơi nhận").</summary>
public static partial class SignatureReader
{
    // The titles as written, in lower case; a scan that lost their marks ("PHO TONG CUC TRUONG") is read by their keys.
    private static readonly string[] WrittenTitles =
    [
        "phó thủ tướng", "thủ tướng", "phó chủ tịch thường trực", "phó chủ tịch", "chủ tịch", "phó bí thư thường trực", "phó bí thư",
        "tổng bí thư", "bí thư", "bộ trưởng", "thứ trưởng",
        "phó giám đốc", "giám đốc", "phó trưởng ban", "trưởng ban", "chánh văn phòng", "phó chánh văn phòng",
        "tổng giám đốc", "tổng cục trưởng", "cục trưởng", "vụ trưởng", "phó chánh án", "chánh án", "viện trưởng",
        "chủ nhiệm", "phó chủ nhiệm", "trưởng phòng", "hiệu trưởng", "phó tổng cục trưởng", "phó cục trưởng", "phó vụ trưởng",
    ];

    private static readonly string[] Titles = Array.ConvertAll(WrittenTitles, BodyText.Key);

    [GeneratedRegex(@"^(?<cap>(?:TM|T/M|KT|TL|TUQ|Q)\s*[.:/]?\s*)(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CapacityPrefix();

    [GeneratedRegex(@"^\s*(?:KT|TL|TUQ)\s*[.:/]", RegexOptions.CultureInvariant)]
    private static partial Regex DeputyCapacity();

    [GeneratedRegex(@"\s(?=(?:TM|T/M|KT|TL|TUQ)[.\s/])", RegexOptions.CultureInvariant)]
    private static partial Regex CapacitySplit();

    /// <summary>The first signature block that ends in a person's name; all-null when there is none.</summary>
    public static Signer ReadSigner(IReadOnlyList<string> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            // "Nơi nhận: GIÁM ĐỐC": the layout put the signature's first line beside the recipients' label, and the name
            // stands under the recipients' items.
            var besideRecipients = BesideRecipients(lines[i]);
            var segments = SignatureSegments(besideRecipients ?? lines[i]);
            if (segments is null) continue;
            // Walk down over more capacity/title lines, then expect the name.
            var block = new List<string>(segments.Value.Upper);
            string? name = segments.Value.Name;
            int j = i + 1, reach = i + 8;
            bool itemOpen = false, listed = false;
            while (name is null && j < lines.Count && j < reach)
            {
                var line = lines[j];
                j++;
                // Blank lines between the recipients' items beside the signature do not use up the walk down to the name.
                if (line.Length == 0 || line.All(c => !char.IsLetter(c))) { if (besideRecipients is not null) reach++; continue; }
                var marked = StrayMarkedName(line);
                if (besideRecipients is not null && IsRecipientItem(line))
                {
                    if (marked is not null) { name = marked; break; }
                    // "- Như trên; — PHO TONG CUC TRUONG": the signer's title line, set by the layout beside an item.
                    if (TitleBesideItem(line) is { } title) { block.Add(title); reach++; itemOpen = false; listed = true; continue; }
                    reach++; itemOpen = !ClosesItem(line); listed = true; continue;
                }
                var more = SignatureSegments(line);
                // A recipient item wrapped over lines ("- Các Sở, ngành: Xây dựng, Công Thương," / "Tài chính, Nội vụ, …" /
                // "Công an tỉnh (p/h);") goes on until its ";" or ".": its later lines are recipients too, not the name.
                if (besideRecipients is not null && itemOpen && !IsPersonName(line) && marked is null && more is null)
                { reach++; itemOpen = !ClosesItem(line); continue; }
                itemOpen = false;
                if (more is not null) { block.AddRange(more.Value.Upper); name = more.Value.Name; continue; }
                // A capacity wrapped in a narrow column ("TM. ỦY BAN" / "NHÂN DÂN"): the upper-case rest joins it.
                if (block.Count > 0 && IsCapacity(block[^1]) && !HasTitle(block[^1]) && BodyText.IsUpperLine(line)
                    && !BodyText.Key(line).StartsWith("da ky", StringComparison.Ordinal)
                    && VietnameseText.WordCount(line) <= WrappedCapacityMaxWords)
                { block[^1] += " " + line.Trim(); continue; }
                if (IsPersonName(line)) { name = line.Trim(); break; }
                if (marked is not null) { name = marked; break; }
                // The name joined by the layout with the next column's numbered item ("Tô Lâm 11. Tỉnh Cao Bằng.").
                if (NameBeforeItem().Match(line.Trim()) is { Success: true } joined && IsPersonName(joined.Groups["name"].Value))
                { name = joined.Groups["name"].Value; break; }
                if (IsStampLine(line)) continue;
                // So does one wrapped after an inner ";" ("- Các Sở: Tài chính, …, Nông" / "nghiệp và Môi trường, …; Thuế tỉnh;" /
                // "Công an tỉnh"): a line among the items, not in capitals, that holds no name is still the list's.
                if (besideRecipients is not null && listed && !BodyText.IsUpperLine(line)) { itemOpen = !ClosesItem(line); continue; }
                break;
            }
            if (name is null) continue;
            var (capacity, position) = Split(block);
            return new Signer(name, position, capacity);
        }
        var collective = CollectiveCapacityOnly(lines);
        return collective.Capacity is null && NameUnderRecipients(lines) is { } lone ? new Signer(lone, null, null) : collective;
    }

    /// <summary>
    /// A scan that lost the signer's title lines may keep the name alone, right under the distribution list ("Nơi nhận:"
    /// / "- Như trên;" / … / "- Lưu: VT, ATMT." / "Trương Thanh Hoài"): the name, with no position or capacity; else null.
    /// </summary>
    private static string? NameUnderRecipients(IReadOnlyList<string> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (!BodyText.IsRecipientsStart(lines[i])) continue;
            bool items = false;
            for (int j = i + 1; j < lines.Count; j++)
            {
                var line = lines[j].Trim();
                if (line.Length == 0) continue;
                if (IsRecipientItem(line)) { items = true; continue; }
                return items && IsPersonName(line) ? line.TrimEnd('.') : null;
            }
            return null;
        }
        return null;
    }

    private const int WrappedCapacityMaxWords = 4;

    // What follows the recipients' label on its line ("Nơi nhận: GIÁM ĐỐC" → "GIÁM ĐỐC"), or null.
    private static string? BesideRecipients(string line)
    {
        if (!BodyText.IsRecipientsStart(line) || line.IndexOf(':') is not (>= 0 and var colon)) return null;
        // OCR debris and a dash before it ("Noi nhận:} - KT. TONG CỤC TRƯỞNG") are no part of the line.
        var rest = line[(colon + 1)..].TrimStart(' ', '}', ']', ')', '|', '-', '–', '—').Trim();
        return rest.Length == 0 ? null : rest;
    }

    // The title in capitals after a recipient item's closing ";" on its line, dashes and marks before it dropped; or null.
    private static string? TitleBesideItem(string line)
    {
        int close = line.IndexOf(';');
        if (close < 0) return null;
        var rest = line[(close + 1)..].TrimStart(' ', '-', '–', '—', '=', '`', '_', '.', ',');
        return rest.Length > 0 && BodyText.IsUpperLine(rest) && Titles.Contains(BodyText.Key(rest)) ? rest.Trim() : null;
    }

    // A recipient item ends with ";" or "." (the last one "./."); a comma or nothing means the item wraps to the next line.
    private static bool ClosesItem(string line) => line.TrimEnd() is var t && (t.EndsWith(';') || t.EndsWith('.') || t.EndsWith(':'));

    private static bool IsRecipientItem(string line) => line.TrimStart() is { Length: > 0 } t && t[0] is '-' or '–' or '+' or '•';

    private static bool IsCapacity(string segment) => CapacityPrefix().IsMatch(segment) && BodyText.IsCapacityLine(segment);

    private static bool HasTitle(string segment)
    {
        var key = BodyText.Key(segment);
        return Titles.Any(t => WholeWords.EndsWith(key, t));
    }

    // Longer is a sentence in capitals, not a capacity line.
    private const int CapacityMaxWords = 8;

    /// <summary>
    /// A scan that lost the signer's title and name may still show the collective capacity ("T/M BỘ CHÍNH TRỊ"), even
    /// joined behind "Nơi nhận:" from the other column: the capacity alone, the last such line of the text.
    /// </summary>
    private static Signer CollectiveCapacityOnly(IReadOnlyList<string> lines)
    {
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (BodyText.IsRecipientsStart(line) && line.IndexOf(':') is var colon and >= 0) line = line[(colon + 1)..];
            line = line.Trim();
            if (CollectiveCapacity().IsMatch(line) && BodyText.IsCapacityLine(line)
                && VietnameseText.WordCount(line) <= CapacityMaxWords)
                return new Signer(LastLineName(lines, i), null, RecaseCapacity(line));
        }
        return new Signer(null, null, null);
    }

    [GeneratedRegex(@"^(?:TM|T/M)\s*[.:/]?\s*\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex CollectiveCapacity();

    /// <summary>
    /// The name that ends the signature column when the recipients beside it came first in the text: the text's last
    /// line, after the capacity line, when it is a person's name; else null.
    /// </summary>
    private static string? LastLineName(IReadOnlyList<string> lines, int capacityLine)
    {
        for (int j = lines.Count - 1; j > capacityLine; j--)
        {
            var line = lines[j].Trim();
            if (line.Length == 0 || line.All(c => !char.IsLetter(c))) continue;
            return IsPersonName(line) ? line : null;
        }
        return null;
    }

    // An upper-case signature line: capacity ("KT. CHỦ TỊCH") or title ("PHÓ CHỦ TỊCH"); a trailing mixed-case name is kept apart.
    private static (List<string> Upper, string? Name)? SignatureSegments(string line)
    {
        var text = line.Trim();
        if (text.Length == 0) return null;
        // Most lines open with a word not in capitals: they are ruled out before being split into words (so at least
        // the first word below is upper case).
        int firstSpace = text.IndexOf(' ');
        if (!BodyText.IsUpperLine(firstSpace < 0 ? text : text.AsSpan(0, firstSpace))) return null;
        // "THỦ TƯỚNG Nguyễn Tấn Dũng": upper words then the name.
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int upperCount = 0;
        while (upperCount < words.Length && BodyText.IsUpperLine(words[upperCount])) upperCount++;
        var upper = string.Join(' ', words.Take(upperCount));
        string? name = null;
        if (upperCount < words.Length)
        {
            var restText = string.Join(' ', words.Skip(upperCount));
            if (!IsPersonName(restText)) return null;
            name = restText;
        }
        var key = BodyText.Key(upper);
        bool capacity = CapacityPrefix().IsMatch(upper) && BodyText.IsCapacityLine(upper);
        bool title = Titles.Any(t => WholeWords.EndsWith(key, t));
        if (!capacity && !title) return null;
        if (VietnameseText.WordCount(key) > 14) return null;
        return (CapacitySplit().Split(upper).Select(s => s.Trim()).Where(s => s.Length > 0).ToList(), name);
    }

    // The position is the last title; the capacity the capacity line right above it. A joined "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" is split.
    private static (string? Capacity, string? Position) Split(List<string> block)
    {
        if (block.Count == 0) return (null, null);
        var last = block[^1];
        string? capacity = null, position = null;
        var m = CapacityPrefix().Match(last);
        if (m.Success && BodyText.IsCapacityLine(last))
        {
            // Capacity and title on one line: the title is the longest known suffix after the capacity's first phrase.
            var rest = m.Groups["rest"].Value.Trim();
            var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "KT. TỔNG CỤC TRƯỞNG": a capacity whose rest is one title ("tổng cục trưởng") holds no second one ("cục trưởng").
            for (int k = Titles.Contains(BodyText.Key(rest)) ? words.Length : 1; k < words.Length; k++)
            {
                var suffix = string.Join(' ', words.Skip(k));
                if (Titles.Contains(BodyText.Key(suffix)))
                {
                    capacity = m.Groups["cap"].Value.Trim() + " " + string.Join(' ', words.Take(k));
                    position = suffix;
                    break;
                }
            }
            // A lone "KT. BỘ TRƯỞNG" (the signer's own title lost, as OCR does): signing for the head, the signer is not the head.
            // A lone "T/M BAN THƯỜNG VỤ" (the title lost): signing for the body, whose name is no position.
            if (position is null && block.Count == 1 && (DeputyCapacity().IsMatch(last) || CollectiveCapacity().IsMatch(last))) capacity = last;
            else if (position is null) { position = rest; capacity = block.Count > 1 ? block[^2] : null; if (block.Count <= 1) capacity = null; }
        }
        else
        {
            position = LastOfJoinedTitles(last);
            if (block.Count > 1 && CapacityPrefix().IsMatch(block[^2])) capacity = block[^2];
        }
        return (capacity is null ? null : RecaseCapacity(capacity), position is null ? null : RecaseTitle(position));
    }

    /// <summary>
    /// A title recased; one whose marks a scan lost or misread ("PHO TONG CUC TRUONG", "TONG CỤC TRƯỞNG") is the known title
    /// its key names, recased as if written in full ("Phó Tổng cục trưởng").
    /// </summary>
    private static string RecaseTitle(string title)
    {
        int known = Array.IndexOf(Titles, BodyText.Key(title));
        return AdministrativeCase.Recase(known < 0 ? title : WrittenTitles[known].ToUpperInvariant());
    }

    // Two title lines joined by the layout ("TRƯỞNG BAN PHÓ THỦ TƯỚNG": the committee's head, then his own title): the
    // position is the last title. A line that is not two known titles stays whole.
    private static string LastOfJoinedTitles(string segment)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int k = 1; k < words.Length; k++)
        {
            var head = BodyText.Key(string.Join(' ', words.Take(k)));
            var tail = BodyText.Key(string.Join(' ', words.Skip(k)));
            if (Titles.Contains(head) && Titles.Contains(tail)) return string.Join(' ', words.Skip(k));
        }
        return segment;
    }

    private static string RecaseCapacity(string capacity)
    {
        var m = CapacityPrefix().Match(capacity.Trim());
        if (!m.Success) return AdministrativeCase.Recase(capacity);
        var prefix = m.Groups["cap"].Value.Trim();
        if (!prefix.Contains('/') && !prefix.EndsWith('.')) prefix += ".";
        return prefix + " " + RecaseTitle(m.Groups["rest"].Value.Trim());
    }

    // The first word may carry a stray mark the scan glued to it ("Dang! Ngọc Minh"), kept as written.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*!?(?:\s+\p{Lu}\p{Ll}*){1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameShape();

    // Also a footnote's body that a page's foot joined after the name ("Phạm Năng Chung 5 Ưu tiên sử dụng công nghệ …":
    // the footnote's number, no dot, then its capitalised text).
    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5})\s+\d{1,3}(?:\\?[.)]\s|\s+\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex NameBeforeItem();

    private static bool IsPersonName(string text)
    {
        var t = text.Trim().TrimEnd('.');
        return t.Length is > 4 and < 40 && NameShape().IsMatch(t) && !BodyText.IsUpperLine(t);
    }

    /// <summary>
    /// A scan may read the signature's stroke as a lone small letter before the name, on its own line ("š Zuyến Xuân
    /// Phúc") or joined after the last recipient item ("- Lưu: VT, KTTH(2b) 233 š Zuyến Xuân Phúc"): the name after it, or null.
    /// </summary>
    private static string? StrayMarkedName(string line) =>
        StrayMark().Match(line.TrimEnd()) is { Success: true } m && IsPersonName(m.Groups["name"].Value) ? m.Groups["name"].Value : null;

    [GeneratedRegex(@"(?:^|\s)\p{Ll}\s+(?<name>\p{Lu}\S*(?:\s+\p{Lu}\S*){1,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex StrayMark();

    private static bool IsStampLine(string line) => line.Trim() is "[" or "]" || line.Trim().StartsWith("(Đã ký", StringComparison.Ordinal)
        || line.Trim().StartsWith("(đã ký", StringComparison.Ordinal) || line.Trim().StartsWith("Đã ký", StringComparison.Ordinal);

    [GeneratedRegex(@"(?:^|\s)[-–](?:\s+|(?=\p{Lu}))")]
    private static partial Regex InlineDash();

    /// <summary>The items under "Nơi nhận:", without their dash and trailing ";", "," or ".".</summary>
    public static IReadOnlyList<string> ReadRecipients(IReadOnlyList<string> lines)
    {
        var result = new List<string>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (!BodyText.IsRecipientsStart(lines[i])) continue;
            // The signature's first line set beside the label ("Nơi nhận: GIÁM ĐỐC") is no recipient.
            if (BesideRecipients(lines[i]) is { } inline)
                foreach (var part in InlineDash().Split(inline).Where(p => SignatureSegments(p) is null)) Add(result, part);
            for (int j = i + 1; j < lines.Count; j++)
            {
                var line = lines[j].Trim();
                if (line.Length == 0) continue;
                if (IsRecipientItem(line)) { Add(result, line[1..]); continue; }
                break;
            }
            if (result.Count > 0) break;
        }
        return result;
    }

    private static void Add(List<string> list, string item)
    {
        var s = Regex.Replace(item, @"\s+", " ").Trim().TrimEnd(';', ',', '.', ' ').Trim();
        if (s.Length > 0) list.Add(s);
    }
}
