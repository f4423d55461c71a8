using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Metadata;

/// <summary>
/// A header whose first line names the People's Committee above the body that issues ("UBND TỈNH LÀO CAI" over
/// "SỞ CÔNG THƯƠNG"): the issuer is the body on the line below, with the committee's place ("Sở Công Thương tỉnh Lào Cai").
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
        // Recased, the unit's own name starts with a capital after its head ("Sở Tài chính", "Chi cục Kiểm lâm").
        var recased = AdministrativeCase.Recase(u + " " + place);
        int headWords = unitHead.Split(' ').Length, i = 0;
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
