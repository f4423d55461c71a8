using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Metadata;

/// <summary>
/// A header whose first line names the superior above the body that issues: a People's Committee ("UBND TỈNH LÀO CAI"
/// over "SỞ CÔNG THƯƠNG": the body below, with the committee's place, "Sở Công Thương tỉnh Lào Cai") or a ministry ("BỘ
/// CÔNG THƯƠNG" over "CỤC …": the department below, "Cục Kỹ thuật an toàn và Môi trường công nghiệp").
/// </summary>
public static class SuperiorLine
{
    /// <summary>
    /// The body of <paramref name="unit"/> with the place of <paramref name="superior"/>, both upper case as the header
    /// writes them, recased ("Sở Công thương tỉnh Lào Cai"); null unless the first is a committee with its place and the
    /// second a unit under it.
    /// </summary>
    public static string? UnitWithPlace(string superior, string unit)
    {
        var words = MetadataWords.Embedded;
        var s = superior.Trim();
        var head = words.SuperiorCommittees.FirstOrDefault(h => s.StartsWith(h + " ", StringComparison.Ordinal));
        if (head is null) return null;
        var place = s[head.Length..].Trim();
        if (!words.PlaceLevels.Any(l => place.StartsWith(l + " ", StringComparison.Ordinal))) return null;
        var u = unit.Trim();
        var unitHead = words.CommitteeUnits.Where(h => u.StartsWith(h + " ", StringComparison.Ordinal)).MaxBy(h => h.Length);
        if (unitHead is null) return null;
        return RecasedAfterHead(u + " " + place, unitHead);
    }

    /// <summary>
    /// The department of <paramref name="unit"/> when <paramref name="superior"/> is a ministry, both upper case as the
    /// header writes them, recased ("Cục Đổi mới sáng tạo, chuyển đổi xanh và khuyến công"); null unless the first names a
    /// ministry and the second one of its departments. A department of a ministry is its own issuer: it signs and numbers
    /// its letters (216/ATMT-ATĐ), and its line stands under the ministry's as a Sở's under its committee.
    /// </summary>
    public static string? MinistryUnit(string superior, string unit)
    {
        var words = MetadataWords.Embedded;
        var s = superior.Trim();
        if (!words.SuperiorMinistries.Any(h => s.StartsWith(h + " ", StringComparison.Ordinal) || s == h)) return null;
        // "BỘ CHÍNH TRỊ" heads Party documents, and has no departments in a header.
        if (words.CentralPartyBodies.Contains(s)) return null;
        var u = unit.Trim();
        var unitHead = words.MinistryUnits.Where(h => u.StartsWith(h + " ", StringComparison.Ordinal)).MaxBy(h => h.Length);
        // A scan's OCR may have lost the marks of a department's line or misread a letter ("TONG CYC THUE"): a known
        // department's name it is within one edit of, taking the whole line, is that department.
        if (unitHead is null)
            return MisreadName.AtStart(u, words.KnownMinistryUnits) is { } known && known.Words == VietnameseText.WordCount(u) ? known.Name : null;
        // Sentence case, not AdministrativeCase: a department's name holds no place, and its words may fold like a level
        // word ("QUẢN LÝ" is no "quận"); the text's own spelling is looked up after (AsWritten).
        var lower = u.ToLowerInvariant();
        return CapitalAfterHead(char.ToUpperInvariant(lower[0]) + lower[1..], unitHead);
    }

    // Recased, the unit's own name starts with a capital after its head ("Sở Tài chính", "Chi cục Kiểm lâm").
    private static string RecasedAfterHead(string name, string head) => CapitalAfterHead(AdministrativeCase.Recase(name), head);

    private static string CapitalAfterHead(string recased, string head)
    {
        int headWords = VietnameseText.WordCount(head), i = 0;
        for (int w = 0; w < headWords && i >= 0; w++) i = recased.IndexOf(' ', i + 1);
        if (i > 0 && i + 1 < recased.Length) recased = recased[..(i + 1)] + char.ToUpperInvariant(recased[i + 1]) + recased[(i + 2)..];
        return recased;
    }

    /// <summary>
    /// The name as the text spells it in mixed case ("Sở Công Thương tỉnh Lào Cai" for the recased "Sở công thương tỉnh Lào
    /// Cai"), or the name itself when the text never writes it so.
    /// </summary>
    public static string AsWritten(string name, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            int at = line.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var written = line.Substring(at, name.Length);
            if (!BodyText.IsUpperLine(written)) return written;
        }
        return name;
    }
}
