using System.Globalization;
using System.Text;

namespace DirectiveTracker.Extract.Learning;

/// <summary>A labelled example: the document it comes from, the model's input with its gold label, and what the rules alone decide.</summary>
public sealed record LabelledRow(string Document, ClassifierRow Row, string RulesLabel);

/// <summary>Precision, recall and F1 of one class, for the model and for the rules alone, on held-out documents.</summary>
public sealed record ClassFigures(string Label, int Gold, double RulesPrecision, double RulesRecall, double RulesF1, double ModelPrecision, double ModelRecall, double ModelF1);

/// <summary>Cross-validation by whole documents at one L2 penalty.</summary>
public sealed record CrossValidation(float L2, int Folds, int Documents, int Examples, double ModelAccuracy, double RulesAccuracy, IReadOnlyList<ClassFigures> Classes)
{
    /// <summary>The per-class table: the rules alone beside the model.</summary>
    public string ToTable(string title)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{title}: {Folds}-fold cross-validation by whole document, {Documents} documents, {Examples} examples, l2 {L2}\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"class",-18} {"gold",5}  {"rules P",7} {"R",6} {"F1",6}  {"model P",7} {"R",6} {"F1",6}\n");
        foreach (var c in Classes)
            sb.Append(CultureInfo.InvariantCulture, $"{c.Label,-18} {c.Gold,5}  {c.RulesPrecision,7:0.000} {c.RulesRecall,6:0.000} {c.RulesF1,6:0.000}  {c.ModelPrecision,7:0.000} {c.ModelRecall,6:0.000} {c.ModelF1,6:0.000}\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"accuracy",-18} {Examples,5}  {"",7} {"",6} {RulesAccuracy,6:0.000}  {"",7} {"",6} {ModelAccuracy,6:0.000}\n");
        return sb.ToString();
    }
}

/// <summary>
/// Trains a <see cref="TextClassifier"/> and measures it honestly: every document is predicted by a model trained
/// without it (k folds of whole documents), next to the rules alone on the same examples.
/// </summary>
/// <remarks>Examples of one document share wording, so holding out single examples would flatter the model.</remarks>
public sealed class ModelTraining(IReadOnlyList<LabelledRow> examples)
{
    /// <summary>The L2 penalties tried when none is given.</summary>
    public static readonly IReadOnlyList<float> DefaultL2Grid = [0.1f, 1f];

    /// <summary>Cross-validates at one penalty.</summary>
    public CrossValidation CrossValidate(float l2, int folds = 5)
    {
        var documents = examples.Select(e => e.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        folds = Math.Max(2, Math.Min(folds, documents.Count));
        var fold = documents.Select((d, i) => (d, i % folds)).ToDictionary(x => x.d, x => x.Item2, StringComparer.Ordinal);
        var predicted = new string[examples.Count];
        for (int f = 0; f < folds; f++)
        {
            var train = examples.Where(e => fold[e.Document] != f).Select(e => e.Row).ToList();
            var test = Enumerable.Range(0, examples.Count).Where(i => fold[examples[i].Document] == f).ToList();
            if (test.Count == 0) continue;
            if (train.Select(r => r.Label).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                foreach (var i in test) predicted[i] = train.Count > 0 ? train[0].Label : examples[i].RulesLabel;
                continue;
            }
            var model = TextClassifier.Train(train, l2);
            foreach (var i in test) predicted[i] = model.Predict(examples[i].Row.Text, examples[i].Row.Pattern).Label;
        }
        var labels = examples.Select(e => e.Row.Label).Concat(examples.Select(e => e.RulesLabel)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var classes = labels.Select(l =>
        {
            var (rp, rr, rf) = Figures(l, i => examples[i].RulesLabel);
            var (mp, mr, mf) = Figures(l, i => predicted[i]);
            return new ClassFigures(l, examples.Count(e => e.Row.Label == l), rp, rr, rf, mp, mr, mf);
        }).ToList();
        double Accuracy(Func<int, string> guess) => examples.Count == 0 ? 0 : (double)Enumerable.Range(0, examples.Count).Count(i => guess(i) == examples[i].Row.Label) / examples.Count;
        return new CrossValidation(l2, folds, documents.Count, examples.Count, Accuracy(i => predicted[i]), Accuracy(i => examples[i].RulesLabel), classes);
    }

    private (double P, double R, double F1) Figures(string label, Func<int, string> guess)
    {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < examples.Count; i++)
        {
            bool g = examples[i].Row.Label == label, p = guess(i) == label;
            if (g && p) tp++; else if (p) fp++; else if (g) fn++;
        }
        double precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp), recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /// <summary>Cross-validates each penalty, picks the best held-out accuracy (the larger penalty on ties), trains on everything.</summary>
    public (TextClassifier Model, ModelProvenance Provenance, CrossValidation Chosen, IReadOnlyList<CrossValidation> Tried) TrainBest(string name, IReadOnlyList<float>? l2Grid = null)
    {
        var tried = (l2Grid ?? DefaultL2Grid).Select(l2 => CrossValidate(l2)).ToList();
        var chosen = tried.OrderByDescending(c => Math.Round(c.ModelAccuracy, 6)).ThenByDescending(c => c.L2).First();
        var model = TextClassifier.Train(examples.Select(e => e.Row), chosen.L2);
        var provenance = new ModelProvenance(name, "ML.NET 6.0.0 LbfgsMaximumEntropy over FeaturizeText(words, KeepDiacritics) + pattern tokens",
            examples.Count, chosen.Documents, chosen.L2, chosen.Folds, Math.Round(chosen.ModelAccuracy, 4), Math.Round(chosen.RulesAccuracy, 4),
            ["corpus/gold", "corpus/labels"]);
        return (model, provenance, chosen, tried);
    }
}
