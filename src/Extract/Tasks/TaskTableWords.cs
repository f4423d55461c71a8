using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>The column names a task table may have besides task, owners, time and product (task-table-words.json, embedded), folded like <see cref="BodyText.Key"/>.</summary>
public sealed class TaskTableWords
{
    /// <summary>Columns whose cells give the task nothing ("ca nhan phu trach", "nguon kinh phi", "ghi chu").</summary>
    public required IReadOnlyList<string> OtherColumns { get; init; }

    /// <summary>Words naming the task column ("nhiem vu", "noi dung", "chi tieu").</summary>
    public required IReadOnlyList<string> TaskColumns { get; init; }

    /// <summary>Words naming a column of indicators ("chi tieu"), the task column only beside a lead column.</summary>
    public required IReadOnlyList<string> IndicatorColumns { get; init; }

    /// <summary>How an owner cell starts ("so", "dang uy", "cac").</summary>
    public required IReadOnlyList<string> OwnerCellHeads { get; init; }

    /// <summary>How a cell naming a person starts ("dong chi", "thu truong").</summary>
    public required IReadOnlyList<string> PersonCellHeads { get; init; }

    /// <summary>Words after which a time is a sentence's own ("den", "giai doan"), not a cell glued after it.</summary>
    public required IReadOnlyList<string> TimeIntroducers { get; init; }

    public static TaskTableWords Embedded { get; } = Load();

    /// <summary>The folded line <paramref name="key"/> starts with one of <paramref name="heads"/>, as whole words.</summary>
    public static bool StartsWithAny(string key, IReadOnlyList<string> heads) =>
        heads.Any(w => key.StartsWith(w, StringComparison.Ordinal) && (key.Length == w.Length || !char.IsLetterOrDigit(key[w.Length])));

    /// <summary>The folded header cell <paramref name="key"/> starts with one of <see cref="OtherColumns"/>.</summary>
    public bool IsOtherColumn(string key) =>
        OtherColumns.Any(w => key.StartsWith(w, StringComparison.Ordinal) && (key.Length == w.Length || key[w.Length] is ' ' or ',' or '/' or '('));

    /// <summary>The folded header cell <paramref name="key"/> holds one of <see cref="TaskColumns"/>.</summary>
    public bool IsTaskColumn(string key) => TaskColumns.Any(w => key.Contains(w, StringComparison.Ordinal));

    /// <summary>The folded header cell <paramref name="key"/> holds one of <see cref="IndicatorColumns"/>.</summary>
    public bool IsIndicatorColumn(string key) => IndicatorColumns.Any(w => key.Contains(w, StringComparison.Ordinal));

    private sealed record Raw(List<string> OtherColumns, List<string> TaskColumns, List<string> IndicatorColumns, List<string> OwnerCellHeads, List<string> PersonCellHeads, List<string> TimeIntroducers);

    private static TaskTableWords Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Extract.task-table-words.json");
        return new TaskTableWords
        {
            OtherColumns = raw.OtherColumns.Select(BodyText.Key).ToList(),
            TaskColumns = raw.TaskColumns.Select(BodyText.Key).ToList(),
            IndicatorColumns = raw.IndicatorColumns.Select(BodyText.Key).ToList(),
            OwnerCellHeads = raw.OwnerCellHeads.Select(BodyText.Key).Distinct(StringComparer.Ordinal).ToList(),
            PersonCellHeads = raw.PersonCellHeads.Select(BodyText.Key).ToList(),
            TimeIntroducers = raw.TimeIntroducers.Select(BodyText.Key).ToList(),
        };
    }
}
