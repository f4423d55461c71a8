namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// What the keyword rules read in the heading a task sits under ("1. Công tác tuyên truyền, phổ biến …"): the field of
/// work of every task below it, read by the category model as features of the task.
/// </summary>
/// <remarks>
/// The rules do not use it: letting a task whose own words name no field take its heading's field lowered the rules'
/// cross-validated accuracy (0.770 → 0.754, 38 documents), while the model, weighing it among its features, gained
/// (0.793 → 0.799).
/// </remarks>
// Many tasks share one heading, so each thread remembers the last heading it read.
public sealed record HeadingReading(ActionText Action, CategoryReading Reading)
{
    private static readonly CategoryRules Rules = new();
    [ThreadStatic] private static (string Text, HeadingReading Reading)? _last;

    /// <summary>The rules' reading of a heading; null without one.</summary>
    public static HeadingReading? Of(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading)) return null;
        if (_last is { } last && string.Equals(last.Text, heading, StringComparison.Ordinal)) return last.Reading;
        var action = ActionText.Of(heading);
        var reading = new HeadingReading(action, Rules.Read(action));
        _last = (heading, reading);
        return reading;
    }

    /// <summary>The heading names a field by its keywords (not a bare document noun such as "Kế hoạch …").</summary>
    public bool NamesField => Reading.DecidedBy is CategoryReading.Rule.Keywords or CategoryReading.Rule.AdviseVerb;
}
