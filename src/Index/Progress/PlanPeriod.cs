using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Index.Progress;

/// <summary>
/// The period a plan covers, read from its title ("Kế hoạch công tác … năm 2025" → 31/12/2025, "giai đoạn 2021-2025"
/// → 31/12/2025). Its end is the deadline a task without one of its own inherits.
/// </summary>
public sealed record PlanPeriod(DateOnly End, string Text)
{
    private static readonly DeadlineParser Parser = new();

    /// <summary>The plan's period, or null when the title names none (a plan "thực hiện Chỉ thị …" has no period).</summary>
    public static PlanPeriod? FromTitle(string? title, DateOnly? issuedOn)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var context = new DeadlineContext(issuedOn?.Year, issuedOn);
        foreach (var m in Parser.FindAll(title, context))
        {
            if (m.Deadline is { Kind: DeadlineKind.Period, Due: { } end }) return new PlanPeriod(end, m.Deadline.Text);
        }
        return null;
    }
}
