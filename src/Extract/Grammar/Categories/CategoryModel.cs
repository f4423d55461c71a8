using System.Reflection;
using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// Classifies a task with a trained maximum-entropy model over <see cref="CategoryFeatures"/>, which include the
/// keyword rules' own reading. Trained by `dtrack train` on the gold and labelled corpus.
/// </summary>
public sealed class CategoryModel : ICategoryClassifier
{
    /// <summary>The embedded resource that holds the model shipped with the extractor.</summary>
    public const string ResourceName = "DirectiveTracker.Extract.category-model.json";

    private static readonly Lazy<CategoryModel?> Shipped = new(LoadShipped);
    private readonly CategoryRules _rules = new();
    private readonly TaskCategory[] _labels;

    /// <summary>The trained model behind this classifier.</summary>
    public MaxEntModel Model { get; }

    public CategoryModel(MaxEntModel model)
    {
        _labels = model.Labels.Select(l => Enum.TryParse<TaskCategory>(l, out var c)
            ? c : throw new FormatException($"Category model label '{l}' is not a task category.")).ToArray();
        Model = model;
    }

    /// <summary>The model shipped in this assembly, or null when none is embedded (the extractor then uses the rules).</summary>
    public static CategoryModel? Embedded => Shipped.Value;

    /// <summary>The labels every category model predicts, in a fixed order.</summary>
    public static IReadOnlyList<string> Labels { get; } = Enum.GetNames<TaskCategory>();

    public TaskCategory Classify(string taskText)
    {
        var action = ActionText.Of(taskText);
        var scorer = Model.NewScorer();
        CategoryFeatures.Write(action, _rules.Read(action), scorer);
        return _labels[scorer.Best()];
    }

    private static CategoryModel? LoadShipped()
    {
        using var stream = typeof(CategoryModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return new CategoryModel(MaxEntModel.FromJson(reader.ReadToEnd()));
    }
}
