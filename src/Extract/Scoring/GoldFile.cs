using System.Text.Json;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Scoring;

/// <summary>A hand-labelled expected result: the contract's document plus tasks located by an anchor phrase.</summary>
/// <param name="File">The source file the labels describe (e.g. "004_….txt").</param>
public sealed record GoldFile(string File, DocumentInfo Document, IReadOnlyList<GoldTask> Tasks)
{
    /// <summary>Reads a gold JSON file (contract shape, with <c>anchor</c> instead of <c>text</c>).</summary>
    /// <exception cref="FormatException">The text is not a gold file; the message names <paramref name="fallbackName"/>.</exception>
    public static GoldFile Parse(string json, string fallbackName)
    {
        try { return Read(json, fallbackName); }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new FormatException($"{fallbackName}: not a gold file ({e.Message})", e);
        }
    }

    private static GoldFile Read(string json, string fallbackName)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var file = root.TryGetProperty("file", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : fallbackName;
        var info = root.TryGetProperty("document", out var d)
            ? d.Deserialize<DocumentInfo>(ContractJson.Options) ?? new DocumentInfo()
            : new DocumentInfo();
        var tasks = root.TryGetProperty("tasks", out var t)
            ? t.Deserialize<List<GoldTask>>(ContractJson.Options) ?? []
            : [];
        return new GoldFile(file, info, tasks);
    }

    /// <summary>The file name without extension, used to pair gold and predicted files.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(File);
}

/// <summary>One labelled task: an anchor that must occur in the predicted task's text, and the expected fields.</summary>
public sealed record GoldTask
{
    public string Path { get; init; } = "";
    public string Anchor { get; init; } = "";
    public IReadOnlyList<string> Lead { get; init; } = [];
    public IReadOnlyList<string> Support { get; init; } = [];
    public AssignmentMode? Mode { get; init; }
    public Deadline? Deadline { get; init; }
    public TaskCategory Category { get; init; } = TaskCategory.Khac;

    /// <summary>True when annotators disagreed on the deadline; such tasks are left out of deadline accuracy.</summary>
    public bool DeadlineAmbiguous { get; init; }
}
