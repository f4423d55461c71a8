using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>Document numbers (số ký hiệu): "29/KH-UBND", "98/2023/NĐ-CP", "41-CT/TW" — normalised form and kind from the symbol.</summary>
public static class DocumentNumber
{
    // Trim's char sets, made once: a params array per call was a measurable share of extraction (InitializeArray).
    private static readonly char[] NumberEdges = [',', ';', '.', ':', ')', '('];

    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>
    /// A document number in running text: state style "29/KH-UBND", "98/2023/NĐ-CP" or Party style "41-CT/TW". An issuer
    /// part may end in digits: a steering committee named after its decision ("252/KH-BCĐQG1237"), a legislature's
    /// term ("26/2005/PL-UBTVQH11", Party style "3260-KH/ĐĐQH15"). A Party kind symbol may end in one small letter
    /// ("31-CTr/TW", a Chương trình hành động), a typed issuer symbol may be in title case ("104-CTr/Tu"), and a
    /// Party number may wrap after its dash ("số 31-" / "CTr/TW"). A unit coded by letter and digits signs as such
    /// before its department ("787/C06-P3": the police's C06, its office P3). A number in a numbered series carries its
    /// place after a dot ("66.2/2025/NQ-CP"). A standard's year after its number and a colon ("QCVN 40:2025/BTNMT") is
    /// no document number of its own.
    /// </summary>
    /// <remarks>
    /// Every shape opens with the number's first digit, matched before the look-behind that no letter, digit or "/"
    /// stands before it (the same test: "\d(?&lt;![…]\d)" then "\d{0,4}" is "(?&lt;![…])\d{1,5}"): so the search skips
    /// from digit to digit instead of trying the look-behind at every char of the document, half this regex's time.
    /// </remarks>
    internal static readonly Regex Pattern = new(
        @"\d(?<![\p{L}\d/]\d)(?<!\d:\d)(?:\d{0,4}(?:\.\d{1,2})?\s{0,2}/\s{0,2}(?:(?:19|20)\d\d\s{0,2}/\s{0,2})?[A-ZĐÐ][A-Za-zĐđÐ&]*\d{0,3}(?:\s{0,2}-\s{0,2}[A-ZĐÐ][A-Za-zĐđÐ&]*\d{0,4})+|\d{0,4}(?:\.\d{1,2})?\s{0,2}/\s{0,2}(?:19|20)\d\d\s{0,2}/\s{0,2}[A-ZĐÐ][A-Za-zĐđÐ&]*\d*|\d{0,4}[ \t]{0,2}-(?:\s{0,2}|[ \t]*\n[ \t]*)[A-ZĐÐ]{1,6}[a-z]?\s{0,2}/\s{0,2}[A-ZĐÐ](?:[A-ZĐÐ]{0,5}|[a-z]{1,2})\d{0,2}(?:\s{0,2}-\s{0,2}[A-ZĐÐ]{1,6})*)(?![\p{L}\d])",
        Opts);

    private static readonly Regex Spaces = new(@"\s*([/-])\s*", Opts);
    private static readonly Regex Whole = new("^" + Pattern + "$", Opts);

    /// <summary>
    /// The number without spaces around "/" and "-" ("29 /KH-UBND" → "29/KH-UBND", "41- CT/TW" → "41-CT/TW");
    /// null for blanks and placeholders ("*MS* /KH-UBND", "…/KH-UBND", "/QĐ-UBND").
    /// </summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = raw.Trim().Trim(NumberEdges).Trim();
        // Most numbers are written without spaces ("29/KH-UBND"): the two replacements would copy them unchanged.
        if (HasWhiteSpace(s))
        {
            s = Spaces.Replace(s, "$1");
            s = Regex.Replace(s, @"\s+", " ");
        }
        s = s.Replace('\u00D0', 'Đ');
        if (s.Length == 0 || !char.IsDigit(s[0])) return null;
        return Whole.IsMatch(s) ? s : null;
    }

    // Whether \s matches anywhere (char.IsWhiteSpace's set).
    private static bool HasWhiteSpace(string s)
    {
        foreach (char c in s) if (char.IsWhiteSpace(c)) return true;
        return false;
    }

    /// <summary>The kind a number's symbol names (/KH- → KeHoach, -CT/ → ChiThi, /NĐ-CP → NghiDinh …), or null.</summary>
    public static DocumentKind? KindOf(string? number)
    {
        var n = Normalize(number ?? "") ?? number?.Trim();
        if (string.IsNullOrEmpty(n)) return null;
        string? symbol = null;
        var party = Regex.Match(n, @"^\d+-(?<s>[A-ZĐ]+[a-z]?)/");
        if (party.Success) symbol = party.Groups["s"].Value;
        else
        {
            var parts = n.Split('/');
            var last = parts[^1];
            var dash = last.Split('-');
            symbol = dash[0];
            if (parts.Length == 3 && dash.Length == 1) symbol = last.StartsWith("QH", StringComparison.Ordinal) ? "L" : last;
        }
        return symbol switch
        {
            "KH" or "KHHĐ" => DocumentKind.KeHoach,
            "CT" => DocumentKind.ChiThi,
            "BC" => DocumentKind.BaoCao,
            "QĐ" or "QD" => DocumentKind.QuyetDinh,
            "NQ" => DocumentKind.NghiQuyet,
            "NĐ" or "ND" => DocumentKind.NghiDinh,
            "TT" or "TTLT" => DocumentKind.ThongTu,
            "CV" => DocumentKind.CongVan,
            "KL" => DocumentKind.KetLuan,
            "L" => DocumentKind.Luat,
            "TB" or "HD" or "HĐ" or "CTr" or "QC" or "QY" or "TTr" or "PL" => DocumentKind.Other,
            // "123/UBND-NC": a công văn is numbered by its issuer and unit, with no kind symbol.
            _ when n.Contains('/') && n.Split('/')[^1].Contains('-') && !party.Success => DocumentKind.CongVan,
            _ => null,
        };
    }
}
