using System.Text.RegularExpressions;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Index.Alerts;

/// <summary>
/// The deadline a task without one inherits from its plan's period: a plan "năm 2025" or "giai đoạn 2021 - 2025" ends
/// 31/12 of its last year. Always labelled inherited, never shown as stated.
/// </summary>
public static partial class PlanPeriod
{
    [GeneratedRegex(@"\b(?:nam|giai doan)\s+(?:(?<from>(?:19|20)\d\d)\s*(?:-|–|den)\s*)?(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearOfPlan();

    /// <summary>The last day of the period the title names, or null.</summary>
    public static DateOnly? End(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var m = YearOfPlan().Match(VietnameseText.Fold(VietnameseText.Canonical(title)).ToLowerInvariant());
        return m.Success ? new DateOnly(int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), 12, 31) : null;
    }
}
