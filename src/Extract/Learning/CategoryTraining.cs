using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Scoring;

namespace DirectiveTracker.Extract.Learning;

/// <summary>A labelled task: the document it came from, its extracted text, and its gold category.</summary>
public sealed record CategoryExample(string Document, string TaskText, TaskCategory Category);

/// <summary>Held-out accuracy on one document: the model's and the keyword rules'.</summary>
public sealed record DocumentAccuracy(string Document, int Tasks, int ModelCorrect, int RulesCorrect);

/// <summary>Leave-one-document-out results at one L2 penalty.</summary>
public sealed record CrossValidation(double L2, IReadOnlyList<DocumentAccuracy> Documents)
{
    public int Tasks => Documents.Sum(d => d.Tasks);
    public double ModelAccuracy => Tasks == 0 ? 0 : (double)Documents.Sum(d => d.ModelCorrect) / Tasks;
    public double RulesAccuracy => Tasks == 0 ? 0 : (double)Documents.Sum(d => d.RulesCorrect) / Tasks;
}

/// <summary>
/// Trains the category model on labelled tasks and measures it honestly: every document is predicted by a model
/// trained without it (leave one document out), next to the keyword rules on the same tasks.
/// </summary>
/// <remarks>
/// Tasks of one document share wording, so holding out single tasks would flatter the model; holding out whole
/// documents measures what a new province's plan will see.
/// </remarks>
public sealed class CategoryTraining
{
    /// <summary>The L2 penalties tried when none is given.</summary>
    public static readonly IReadOnlyList<double> DefaultL2Grid = [0.3, 1, 3, 10, 30];

    /// <summary>Training options for category models: the rules' features are not penalised, the words are.</summary>
    public static readonly MaxEntOptions Options = new() { UnpenalisedPrefixes = [CategoryFeatures.RulePrefix] };

    private readonly IReadOnlyList<CategoryExample> _examples;
    private readonly LabelledExample[] _labelled;
    private readonly TaskCategory[] _rules;

    public CategoryTraining(IReadOnlyList<CategoryExample> examples)
    {
        _examples = examples;
        var rules = new CategoryRules();
        _labelled = new LabelledExample[examples.Count];
        _rules = new TaskCategory[examples.Count];
        for (int i = 0; i < examples.Count; i++)
        {
            var action = ActionText.Of(examples[i].TaskText);
            var reading = rules.Read(action);
            _rules[i] = reading.Category;
            _labelled[i] = new LabelledExample(CategoryFeatures.Of(action, reading), examples[i].Category.ToString());
        }
    }

    /// <summary>The labelled tasks of one document: gold tasks found in the extraction, with the extracted task's text.</summary>
    public static IEnumerable<CategoryExample> Examples(GoldFile gold, ExtractionResult predicted)
    {
        var hits = TaskMatching.Match(gold.Tasks, predicted.Tasks);
        for (int g = 0; g < hits.Length; g++)
            if (hits[g] >= 0) yield return new CategoryExample(gold.Stem, predicted.Tasks[hits[g]].Text, gold.Tasks[g].Category);
    }

    /// <summary>Trains on every example.</summary>
    public MaxEntModel Train(MaxEntOptions options) => new MaxEntTrainer(options).Train(_labelled, CategoryModel.Labels);

    /// <summary>Leave-one-document-out accuracy of the model and of the rules.</summary>
    public CrossValidation CrossValidate(MaxEntOptions options)
    {
        var trainer = new MaxEntTrainer(options);
        var documents = new List<DocumentAccuracy>();
        foreach (var doc in _examples.Select(e => e.Document).Distinct(StringComparer.Ordinal))
        {
            var train = Enumerable.Range(0, _examples.Count).Where(i => _examples[i].Document != doc).Select(i => _labelled[i]).ToList();
            var test = Enumerable.Range(0, _examples.Count).Where(i => _examples[i].Document == doc).ToList();
            int modelCorrect = 0, rulesCorrect = test.Count(i => _rules[i] == _examples[i].Category);
            if (train.Count > 0)
            {
                var model = trainer.Train(train, CategoryModel.Labels);
                modelCorrect = test.Count(i => model.Predict(_labelled[i].Features) == _labelled[i].Label);
            }
            documents.Add(new DocumentAccuracy(doc, test.Count, modelCorrect, rulesCorrect));
        }
        return new CrossValidation(options.L2, documents);
    }

    /// <summary>
    /// Picks the L2 penalty with the best held-out accuracy (the larger penalty on ties: the simpler model), then
    /// trains on every example and records the figures in the model's provenance.
    /// </summary>
    public (MaxEntModel Model, CrossValidation Chosen, IReadOnlyList<CrossValidation> Tried) TrainBest(MaxEntOptions options, IReadOnlyList<double>? l2Grid = null)
    {
        var tried = (l2Grid ?? DefaultL2Grid).Select(l2 => CrossValidate(options with { L2 = l2 })).ToList();
        var chosen = tried.OrderByDescending(c => Math.Round(c.ModelAccuracy, 6)).ThenByDescending(c => c.L2).First();
        var model = Train(options with { L2 = chosen.L2 });
        int trainingCorrect = _labelled.Count(e => model.Predict(e.Features) == e.Label);
        var provenance = new MaxEntProvenance(_examples.Count, chosen.Documents.Count, chosen.L2, chosen.ModelAccuracy, chosen.RulesAccuracy,
            _examples.Count == 0 ? 0 : (double)trainingCorrect / _examples.Count);
        return (new MaxEntModel(model.Labels, model.Bias, model.Weights) { Provenance = provenance }, chosen, tried);
    }
}
