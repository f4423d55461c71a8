using System.Globalization;
using System.Text;

namespace DirectiveTracker.Extract.Learning;

/// <summary>A labelled example: the document it comes from, the model's input with its gold label, and what the rules alone decide.</summary>
public sealed record LabelledRow(string Document, ClassifierRow Row, string RulesLabel);

/// <summary>Precision, recall and F1 of one class, for the model and for the rules alone, on held-out documents.</summary>
public sealed record ClassFigures(string Label, int Gold, double RulesPrecision, double RulesRecall, double RulesF1, double ModelPrecision, double ModelRecall, double ModelF1);

/// <summary>A held-out example the model got wrong: its document, the gold label, the model's and the rules' labels, and the model's words.</summary>
public sealed record HeldOutMistake(string Document, string Gold, string Model, string Rules, string Text);

/// <summary>Cross-validation by whole documents at one L2 penalty.</summary>
public sealed record CrossValidation(float L2, int Folds, int Documents, int Examples, double ModelAccuracy, double RulesAccuracy, IReadOnlyList<ClassFigures> Classes)
{
    /// <summary>The held-out examples the model got wrong, in the examples' order.</summary>
    public IReadOnlyList<HeldOutMistake> Mistakes { get; init; } = [];

    /// <summary>The mistakes as tab-separated lines under a header, one per example (tabs and line breaks in the text become spaces).</summary>
    public string MistakesTsv() =>
        string.Concat(Mistakes.Select(m => $"{m.Document}\t{m.Gold}\t{m.Model}\t{m.Rules}\t{m.Text.ReplaceLineEndings(" ").Replace('\t', ' ')}\n")
            .Prepend("document\tgold\tmodel\trules\ttext\n"));

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

/// <summary>One set's held-out figures: its documents predicted by a model trained on the other sets, beside the rules alone.</summary>
public sealed record SetFigures(string Set, int Documents, int Examples, double ModelAccuracy, double RulesAccuracy);

/// <summary>Leave-one-set-out validation at one L2 penalty: per set, pooled over every example, and the mean of the sets.</summary>
public sealed record SetValidation(float L2, IReadOnlyList<SetFigures> Sets, double ModelAccuracy, double RulesAccuracy)
{
    /// <summary>The mean of the sets' accuracies (each set weighs the same, however many tasks it has).</summary>
    public (double Model, double Rules) SetMean => Sets.Count == 0 ? (0, 0) : (Sets.Average(s => s.ModelAccuracy), Sets.Average(s => s.RulesAccuracy));

    /// <summary>The per-set table: the rules alone beside the model.</summary>
    public string ToTable(string title)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{title}: leave-one-set-out (each set predicted by a model trained on the others), l2 {L2}\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"set",-18} {"docs",5} {"tasks",6}  {"rules",6}  {"model",6}\n");
        foreach (var s in Sets)
            sb.Append(CultureInfo.InvariantCulture, $"{s.Set,-18} {s.Documents,5} {s.Examples,6}  {s.RulesAccuracy,6:0.000}  {s.ModelAccuracy,6:0.000}\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"all tasks",-18} {Sets.Sum(s => s.Documents),5} {Sets.Sum(s => s.Examples),6}  {RulesAccuracy,6:0.000}  {ModelAccuracy,6:0.000}\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"mean of sets",-18} {"",5} {"",6}  {SetMean.Rules,6:0.000}  {SetMean.Model,6:0.000}\n");
        return sb.ToString();
    }
}

/// <summary>Orders set names as people number them: "realdocs2" before "realdocs10".</summary>
internal sealed class SetOrder : IComparer<string>
{
    public static readonly SetOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var (a, b) = (Split(x ?? ""), Split(y ?? ""));
        int c = string.CompareOrdinal(a.Stem, b.Stem);
        return c != 0 ? c : a.Number != b.Number ? a.Number.CompareTo(b.Number) : string.CompareOrdinal(x, y);
    }

    // "realdocs10" → ("realdocs", 10); a name without trailing digits has number 0 ("realdocs" before "realdocs2").
    private static (string Stem, int Number) Split(string name)
    {
        int end = name.Length;
        while (end > 0 && char.IsAsciiDigit(name[end - 1])) end--;
        return (name[..end], end < name.Length && int.TryParse(name.AsSpan(end), CultureInfo.InvariantCulture, out int n) ? n : 0);
    }
}

/// <summary>
/// Trains a <see cref="TextClassifier"/> and measures it honestly: every document is predicted by a model trained
/// without it (k folds of whole documents), next to the rules alone on the same examples.
/// </summary>
/// <remarks>Examples of one document share wording, so holding out single examples would flatter the model.</remarks>
/// <param name="charGrams">The length of the char n-grams the model counts besides its words (0: none; <see cref="TextClassifier.Train"/>).</param>
public sealed class ModelTraining(IReadOnlyList<LabelledRow> examples, int charGrams = 0)
{
    /// <summary>The L2 penalties tried when none is given.</summary>
    public static readonly IReadOnlyList<float> DefaultL2Grid = [0.1f, 1f];

    /// <summary>Cross-validates at one penalty.</summary>
    public CrossValidation CrossValidate(float l2, int folds = 5)
    {
        var documents = examples.Select(e => e.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        folds = Math.Max(2, Math.Min(folds, documents.Count));
        var fold = documents.Select((d, i) => (d, i % folds)).ToDictionary(x => x.d, x => x.Item2, StringComparer.Ordinal);
        var predicted = PredictHeldOut(i => fold[examples[i].Document], folds, l2);
        var labels = examples.Select(e => e.Row.Label).Concat(examples.Select(e => e.RulesLabel)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var classes = labels.Select(l =>
        {
            var (rp, rr, rf) = Figures(l, i => examples[i].RulesLabel);
            var (mp, mr, mf) = Figures(l, i => predicted[i]);
            return new ClassFigures(l, examples.Count(e => e.Row.Label == l), rp, rr, rf, mp, mr, mf);
        }).ToList();
        var all = Enumerable.Range(0, examples.Count).ToList();
        var mistakes = all.Where(i => predicted[i] != examples[i].Row.Label)
            .Select(i => new HeldOutMistake(examples[i].Document, examples[i].Row.Label, predicted[i], examples[i].RulesLabel, examples[i].Row.Text)).ToList();
        return new CrossValidation(l2, folds, documents.Count, examples.Count, Accuracy(all, i => predicted[i]), Accuracy(all, i => examples[i].RulesLabel), classes)
        {
            Mistakes = mistakes,
        };
    }

    /// <summary>
    /// Leave-one-set-out at one penalty: each set's documents predicted by a model trained on every other set. Sets were
    /// labelled by different annotators, so this is the nearest figure to a set nobody has seen.
    /// </summary>
    /// <param name="setOf">The set of each example's document (a document missing from it is a set of its own name).</param>
    public SetValidation LeaveOneSetOut(float l2, IReadOnlyDictionary<string, string> setOf)
    {
        string Set(int i) => setOf.TryGetValue(examples[i].Document, out var s) ? s : examples[i].Document;
        var sets = Enumerable.Range(0, examples.Count).Select(Set).Distinct(StringComparer.Ordinal).Order(SetOrder.Instance).ToList();
        var index = sets.Select((s, k) => (s, k)).ToDictionary(x => x.s, x => x.k, StringComparer.Ordinal);
        var predicted = PredictHeldOut(i => index[Set(i)], sets.Count, l2);
        var figures = sets.Select(s =>
        {
            var members = Enumerable.Range(0, examples.Count).Where(i => Set(i) == s).ToList();
            return new SetFigures(s, members.Select(i => examples[i].Document).Distinct(StringComparer.Ordinal).Count(), members.Count,
                Accuracy(members, i => predicted[i]), Accuracy(members, i => examples[i].RulesLabel));
        }).ToList();
        var all = Enumerable.Range(0, examples.Count).ToList();
        return new SetValidation(l2, figures, Accuracy(all, i => predicted[i]), Accuracy(all, i => examples[i].RulesLabel));
    }

    // Each example predicted by a model trained on the examples of the other folds (a fold of one class predicts that class).
    private string[] PredictHeldOut(Func<int, int> foldOf, int folds, float l2)
    {
        var predicted = new string[examples.Count];
        for (int f = 0; f < folds; f++)
        {
            var train = Enumerable.Range(0, examples.Count).Where(i => foldOf(i) != f).Select(i => examples[i].Row).ToList();
            var test = Enumerable.Range(0, examples.Count).Where(i => foldOf(i) == f).ToList();
            if (test.Count == 0) continue;
            if (train.Select(r => r.Label).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                foreach (var i in test) predicted[i] = train.Count > 0 ? train[0].Label : examples[i].RulesLabel;
                continue;
            }
            var model = TextClassifier.Train(train, l2, charGrams);
            foreach (var i in test) predicted[i] = model.Predict(examples[i].Row.Text, examples[i].Row.Pattern).Label;
        }
        return predicted;
    }

    private double Accuracy(IReadOnlyList<int> members, Func<int, string> guess) =>
        members.Count == 0 ? 0 : (double)members.Count(i => guess(i) == examples[i].Row.Label) / members.Count;

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
        var model = TextClassifier.Train(examples.Select(e => e.Row), chosen.L2, charGrams);
        var provenance = new ModelProvenance(name, charGrams > 0
                ? $"ML.NET 6.0.0 LbfgsMaximumEntropy over FeaturizeText(words, char {charGrams}-grams, KeepDiacritics) + pattern tokens"
                : "ML.NET 6.0.0 LbfgsMaximumEntropy over FeaturizeText(words, KeepDiacritics) + pattern tokens",
            examples.Count, chosen.Documents, chosen.L2, chosen.Folds, Math.Round(chosen.ModelAccuracy, 4), Math.Round(chosen.RulesAccuracy, 4),
            ["corpus/gold", "corpus/labels"]);
        return (model, provenance, chosen, tried);
    }
}
