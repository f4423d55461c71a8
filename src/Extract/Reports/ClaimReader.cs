using DirectiveTracker.Extract.Grammar;
using System.Globalization;
using System.Text.RegularExpressions;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Reports;

/// <summary>
/// Reads what a passage claims (done / in progress / not done, from the word lists) and, for done work, the
/// completion date it states. A count N/M with N &lt; M ("27/30 đơn vị đã …") is partial work.
/// </summary>
public sealed class ClaimReader(ReportWords? words = null)
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly Regex Partial = new(@"(?<![\d/.,]|ngày\s|ngay\s)(\d{1,5})\s?/\s?(\d{1,5})(?![\d/\p{L}-])", Opts);
    private static readonly Regex FullDate = new(@"(?<![\d/])(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?((?:19|20)\d\d)(?!\d)", Opts);
    private static readonly Regex WordDate = new(@"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+((?:19|20)\d\d)", Opts | RegexOptions.IgnoreCase);
    private static readonly Regex ShortDate = new(@"ngày\s+(\d{1,2})\s?/\s?(\d{1,2})(?![\d/])", Opts | RegexOptions.IgnoreCase);

    private readonly ReportWords _words = words ?? ReportWords.Embedded;

    /// <summary>The claim (null: the passage claims nothing) and the completion date of done work (null when not stated).</summary>
    public (PassageClaim? Claim, DateOnly? CompletedOn) Read(string passage, DateOnly? reportDate)
    {
        var text = Comparable(passage);
        bool folded = VietnameseText.Fold(text) == text;
        PassageClaim? claim = null;
        foreach (var (c, phrases) in _words.Claims)
        {
            if (phrases.Any(p => WholeWords.Contains(text, folded ? VietnameseText.Fold(p) : p)))
            {
                claim = c;
                break;
            }
            if (c == PassageClaim.NotDone && HasPartialCount(text)) { claim = PassageClaim.InProgress; break; }
        }
        return (claim, claim == PassageClaim.Done ? CompletionDate(text, reportDate) : null);
    }

    /// <summary>Lower case, one tone placement, word-segmentation underscores and runs of spaces as single spaces.</summary>
    internal static string Comparable(string text) =>
        Regex.Replace(VietnameseText.Canonical(text).Replace('_', ' ').ToLowerInvariant(), @"\s+", " ");

    private static bool HasPartialCount(string text)
    {
        foreach (Match m in Partial.Matches(text))
        {
            if (int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out int n) && int.TryParse(m.Groups[2].Value, CultureInfo.InvariantCulture, out int d) && n < d && d > 1)
                return true;
        }
        return false;
    }

    private DateOnly? CompletionDate(string text, DateOnly? reportDate)
    {
        var found = new List<(int At, DateOnly Date)>();
        foreach (Match m in FullDate.Matches(text)) Add(m, int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        foreach (Match m in WordDate.Matches(text)) Add(m, int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        if (reportDate is { } rd) foreach (Match m in ShortDate.Matches(text)) Add(m, rd.Year);
        foreach (var (at, date) in found.OrderBy(f => f.At))
        {
            if (reportDate is { } r && date > r) continue;
            var before = text[Math.Max(0, at - 24)..at];
            if (_words.Forecast.Any(f => WholeWords.Contains(before, f))) continue;
            return date;
        }
        return null;

        void Add(Match m, int year)
        {
            if (int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out int day) && int.TryParse(m.Groups[2].Value, CultureInfo.InvariantCulture, out int month)
                && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                found.Add((m.Index, new DateOnly(year, month, day)));
        }
    }
}
