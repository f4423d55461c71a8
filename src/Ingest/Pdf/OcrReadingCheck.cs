using System.Globalization;
using System.Text.RegularExpressions;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Ingest.Pdf;

/// <summary>
/// Flags OCR readings of document numbers and dates that break their grammar — a letter among the digits
/// ("Số: O12/KH-UBND", "ngày 3l"), a day, month or year out of range — so the user checks them against the scan.
/// </summary>
/// <remarks>A misreading that still fits the grammar ("012" read as "912") cannot be seen here.</remarks>
public static partial class OcrReadingCheck
{
    /// <summary>Letters OCR confuses with digits.</summary>
    private const string DigitLookalikes = "OoDQIli|SsBZzGg";

    public static IEnumerable<IngestWarning> Check(IEnumerable<RawPage> pages)
    {
        var maxYear = DateTime.UtcNow.Year + 1;
        foreach (var page in pages.Where(p => p.Ocr))
        {
            foreach (Match m in NumberPattern().Matches(page.Text))
            {
                var digits = m.Groups["n"].Value;
                if (digits.Any(char.IsDigit) && digits.Any(c => DigitLookalikes.Contains(c)))
                    yield return Suspicious(page.Number, m.Value.Trim(), "số văn bản có chữ lẫn vào phần số");
            }
            foreach (Match m in DatePattern().Matches(page.Text))
            {
                var (d, mo, y) = (m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value);
                string? why = null;
                if (!AllDigits(d) || !AllDigits(mo) || !AllDigits(y)) why = "ngày tháng có chữ lẫn vào phần số";
                else if (Parse(d) is < 1 or > 31) why = "ngày không hợp lệ";
                else if (Parse(mo) is < 1 or > 12) why = "tháng không hợp lệ";
                else if (y.Length != 4 || Parse(y) < 1945 || Parse(y) > maxYear) why = "năm không hợp lệ";
                if (why is not null) yield return Suspicious(page.Number, m.Value.Trim(), why);
            }
        }
    }

    private static IngestWarning Suspicious(int page, string reading, string why) =>
        new("ocr-suspicious", $"Trang {page}: \"{reading}\" được nhận dạng bằng OCR có thể sai ({why}); vui lòng đối chiếu với bản gốc.", page);

    private static bool AllDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    private static int Parse(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Số\s*[:.]?\s*(?<n>[0-9A-Za-z|]{1,6})\s*/\s*[\p{L}\d\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"ngày\s+(?<d>\S{1,3})\s+tháng\s+(?<m>\S{1,3})\s+năm\s+(?<y>\S{2,5}?)(?=[\s,.;)]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
