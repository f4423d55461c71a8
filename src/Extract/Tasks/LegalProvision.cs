using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// An item that opens with a provision of a cited law or regulation and then states it ("- Khoản 2 Điều 3 của Thông tư
/// số 15/2026/TT-BCT quy định: “…”", "- Khoản 1 Điều 8 Thông tư … về điều khoản thi hành: Thông tư có hiệu lực …"): a
/// letter explaining new rules quotes or sums them up so, and the provision says what the law is, not who must do what
/// (EXTRACTION.md "Tasks"). No task.
/// </summary>
public static partial class LegalProvision
{
    /// <summary>True when the item's text opens with a provision (point, clause or article) of a cited document, then a colon.</summary>
    public static bool IsQuoted(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || !char.IsUpper(trimmed[0])) return false;
        var key = BodyText.Key(trimmed);
        return Provision().IsMatch(key) && trimmed.Contains(':', StringComparison.Ordinal);
    }

    // "điểm b khoản 4 Điều 44", "khoản 2 Điều 3 của", "Điều 8": a provision, then the kind of document it belongs to.
    [GeneratedRegex(@"^(?:diem [a-z] )?(?:khoan \d+ )?dieu \d+ (?:cua )?(?:luat|bo luat|nghi dinh|thong tu|quyet dinh|nghi quyet|chi thi|thong tu lien tich)\b")]
    private static partial Regex Provision();
}
