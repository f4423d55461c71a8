using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// Task or not: for each item the patterns located and attributed, the probability that it is something someone
/// must do, and not a purpose, criterion, dossier list, step title, funding clause or closing boilerplate.
/// An ML.NET model over the item's words and what the patterns read in it (<see cref="Pattern"/>).
/// </summary>
public sealed class TaskModel
{
    /// <summary>The classes the model predicts.</summary>
    public const string Task = "task", NotTask = "not";

    /// <summary>The embedded resources that hold the shipped model and its provenance.</summary>
    public const string ResourceName = "DirectiveTracker.Extract.task-model.zip", ProvenanceName = "DirectiveTracker.Extract.task-model.json";

    private static readonly Lazy<TaskModel?> Shipped = new(() => ShippedModels.Load(ResourceName, ProvenanceName, (m, p) => new TaskModel(m, p)));

    public TextClassifier Classifier { get; }
    public ModelProvenance? Provenance { get; }

    public TaskModel(TextClassifier classifier, ModelProvenance? provenance = null)
    {
        Classifier = classifier;
        Provenance = provenance;
    }

    /// <summary>The model shipped in this assembly, or null when none is embedded (every located item is then a task).</summary>
    public static TaskModel? Embedded => Shipped.Value;

    /// <summary>The model's input for one located item.</summary>
    public static ClassifierRow Row(TaskItem task, bool? isTask = null) => new()
    {
        Label = isTask is null ? "" : isTask.Value ? Task : NotTask,
        Text = ModelText.Opening(task.Text),
        Pattern = Pattern(task),
    };

    // This thread's row, written in place for each item the model judges: the classifier reads the builders as they are.
    [ThreadStatic] private static System.Text.StringBuilder? t_text, t_pattern;

    /// <summary>The probability that the item is a task.</summary>
    public float Probability(TaskItem task)
    {
        var text = (t_text ??= new System.Text.StringBuilder(512)).Clear().Append(task.Text, 0, ModelText.OpeningLength(task.Text));
        var guess = Classifier.Predict(text, WritePattern((t_pattern ??= new System.Text.StringBuilder(256)).Clear(), task));
        return guess.Label == Task ? guess.Probability : 1 - guess.Probability;
    }

    /// <summary>Where an item stands in the outline, as tokens: its depth and the kind of its top-level marker.</summary>
    public static IEnumerable<string> PathTokens(string path)
    {
        var (depth, head) = PathShape(path);
        yield return depth;
        yield return head;
    }

    private static readonly string[] Depths = ["depth:0", "depth:1", "depth:2", "depth:3", "depth:4", "depth:5"];

    // The two path tokens, read off the path's segments (its non-empty parts between dots) without splitting it: the task
    // model writes them for every item.
    private static (string Depth, string Head) PathShape(string path)
    {
        int segments = 0;
        var head = ReadOnlySpan<char>.Empty;
        foreach (var range in path.AsSpan().Split('.'))
        {
            if (path.AsSpan()[range].IsEmpty) continue;
            if (segments++ == 0) head = path.AsSpan()[range];
        }
        var kind = head.StartsWith("PL", StringComparison.Ordinal) ? "head:appendix"
            : head.Length > 0 && char.IsAsciiDigit(head[0]) ? "head:number"
            : head.Length > 0 && "IVXL".Contains(head[0]) ? "head:roman" : "head:other";
        return (Depths[Math.Min(segments, 5)], kind);
    }

    private static readonly string[] Cues = ["chu tri", "phoi hop", "de nghi", "giao", "yeu cau", "to chuc", "trien khai", "thuc hien", "bao cao", "kinh phi", "buoc", "ho so", "doi tuong", "muc tieu", "trong qua trinh", "tren day", "nham", "dam bao"];

    // The cues' tokens, built once rather than for every item.
    private static readonly string[] Opens = Array.ConvertAll(Cues, c => " opens:" + c.Replace(' ', '_'));
    private static readonly string[] CueTokens = Array.ConvertAll(Cues, c => " cue:" + c.Replace(' ', '_'));

    /// <summary>What the patterns read in an item, as tokens; that the patterns located it is the rules' decision.</summary>
    public static string Pattern(TaskItem task) => WritePattern(new System.Text.StringBuilder(256), task).ToString();

    private static System.Text.StringBuilder WritePattern(System.Text.StringBuilder sb, TaskItem task)
    {
        sb.Append("rule:task");
        var (depth, head) = PathShape(task.Path);
        sb.Append(' ').Append(depth).Append(' ').Append(head);
        sb.Append(" lead:").Append(Math.Min(task.Lead.Count, 2));
        sb.Append(" support:").Append(Math.Min(task.Support.Count, 1));
        sb.Append(" mode:").Append(task.Mode?.ToString() ?? "none");
        sb.Append(" deadline:").Append(task.Deadline?.Kind.ToString() ?? "none");
        var key = BodyText.Key(task.Text);
        int words = key.AsSpan().Count(' ') + 1;
        sb.Append(words < 8 ? " len:short" : words < 20 ? " len:medium" : words < 50 ? " len:long" : " len:verylong");
        var t = task.Text.AsSpan().TrimEnd();
        if (t.EndsWith(':')) sb.Append(" ends:colon");
        if (t.EndsWith(';')) sb.Append(" ends:semicolon");
        if (t.EndsWith('.')) sb.Append(" ends:stop");
        if (t.Count(';') >= 2) sb.Append(" semicolons");
        LeadingWords.Append(sb, key, " first:", " first2:");
        for (int i = 0; i < Cues.Length; i++)
        {
            int at = key.IndexOf(Cues[i], StringComparison.Ordinal);
            if (at == 0) sb.Append(Opens[i]);
            else if (at > 0) sb.Append(CueTokens[i]);
        }
        return sb;
    }
}
