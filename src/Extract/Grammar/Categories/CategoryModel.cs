using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// Classifies a task with a trained ML.NET model over the task's words and <see cref="CategoryFeatures"/>, which
/// include the keyword rules' own reading. Trained by `dtrack train` on the gold and labelled corpus.
/// </summary>
public sealed class CategoryModel : ICategoryClassifier
{
    /// <summary>The embedded resources that hold the model shipped with the extractor and its provenance.</summary>
    public const string ResourceName = "DirectiveTracker.Extract.category-model.zip", ProvenanceName = "DirectiveTracker.Extract.category-model.json";

    private static readonly Lazy<CategoryModel?> Shipped = new(() => ShippedModels.Load(ResourceName, ProvenanceName, (m, p) => new CategoryModel(m, p)));
    private readonly CategoryRules _rules = new();

    /// <summary>The trained classifier behind this model.</summary>
    public TextClassifier Classifier { get; }

    /// <summary>How it was trained.</summary>
    public ModelProvenance? Provenance { get; }

    public CategoryModel(TextClassifier classifier, ModelProvenance? provenance = null)
    {
        Classifier = classifier;
        Provenance = provenance;
    }

    /// <summary>The model shipped in this assembly, or null when none is embedded (the extractor then uses the rules).</summary>
    public static CategoryModel? Embedded => Shipped.Value;

    public TaskCategory Classify(string taskText) => Guess(taskText).Category;

    public CategoryGuess Guess(string taskText) => Guess(taskText, null);

    public CategoryGuess Guess(string taskText, string? heading)
    {
        var action = ActionText.Of(taskText);
        var rules = _rules.Read(action);
        var above = HeadingReading.Of(heading);
        // The features go straight to the model, token by token: joining them into the pattern text only for it to be
        // split again cost a string and a builder per task.
        var guess = Classifier.Predict(taskText.AsSpan(0, ModelText.OpeningLength(taskText)), sink => CategoryFeatures.WriteAll(action, rules, above, sink));
        return Enum.TryParse<TaskCategory>(guess.Label, out var c) ? new(c, guess.Probability) : new(TaskCategory.Khac, guess.Probability);
    }
}
