using System.Text.Json;
using System.Text.Json.Serialization;

namespace DirectiveTracker.Extract.Learning;

/// <summary>
/// A maximum-entropy (multinomial logistic regression) classifier over named, real-valued features:
/// the score of a label is its bias plus the sum of its feature weights times the feature values.
/// </summary>
/// <remarks>Features the model never saw are ignored, so a new word in a new document costs nothing.</remarks>
public sealed class MaxEntModel
{
    /// <summary>The labels, in the order of every weight vector.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Per-label bias.</summary>
    public IReadOnlyList<double> Bias { get; }

    /// <summary>Per-feature weight vector, one weight per label.</summary>
    public IReadOnlyDictionary<string, double[]> Weights { get; }

    /// <summary>How the model was trained and how well it did held out (written by the trainer, shown by tools).</summary>
    public MaxEntProvenance? Provenance { get; init; }

    // Looks weights up by a name in a buffer, so a classifier need not allocate a string per feature.
    private readonly Dictionary<string, double[]>.AlternateLookup<ReadOnlySpan<char>> _byName;

    public MaxEntModel(IReadOnlyList<string> labels, IReadOnlyList<double> bias, IReadOnlyDictionary<string, double[]> weights)
    {
        if (labels.Count == 0) throw new ArgumentException("A model needs at least one label.", nameof(labels));
        if (bias.Count != labels.Count) throw new ArgumentException("One bias per label.", nameof(bias));
        foreach (var (name, w) in weights)
            if (w.Length != labels.Count) throw new ArgumentException($"Feature '{name}' has {w.Length} weights for {labels.Count} labels.", nameof(weights));
        Labels = labels;
        Bias = bias;
        var byName = new Dictionary<string, double[]>(weights, StringComparer.Ordinal);
        Weights = byName;
        _byName = byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A sink that scores features as they come (each name once); read the result with <see cref="Scorer.Best"/>.</summary>
    public Scorer NewScorer() => new(this);

    /// <summary>Accumulates label scores from features handed to it by name.</summary>
    public sealed class Scorer : IFeatureSink
    {
        private readonly MaxEntModel _model;
        private readonly double[] _scores;
        private readonly List<double[]> _seen = new(64);

        internal Scorer(MaxEntModel model)
        {
            _model = model;
            _scores = model.Bias.ToArray();
        }

        public void Add(ReadOnlySpan<char> name, double value)
        {
            if (!_model._byName.TryGetValue(name, out var w)) return;
            // A name met twice is one feature (as in a dictionary of features): its weight vector is the same object.
            foreach (var seen in _seen) if (ReferenceEquals(seen, w)) return;
            _seen.Add(w);
            for (int k = 0; k < _scores.Length; k++) _scores[k] += w[k] * value;
        }

        /// <summary>The index in <see cref="Labels"/> of the best-scoring label; ties go to the label listed first.</summary>
        public int Best()
        {
            int best = 0;
            for (int k = 1; k < _scores.Length; k++) if (_scores[k] > _scores[best]) best = k;
            return best;
        }
    }

    /// <summary>The probability of each label (in <see cref="Labels"/> order) for the given features.</summary>
    public double[] Probabilities(IReadOnlyDictionary<string, double> features)
    {
        var scores = Bias.ToArray();
        foreach (var (name, value) in features)
        {
            if (!Weights.TryGetValue(name, out var w)) continue;
            for (int k = 0; k < scores.Length; k++) scores[k] += w[k] * value;
        }
        Softmax(scores);
        return scores;
    }

    /// <summary>The most probable label; ties go to the label listed first.</summary>
    public string Predict(IReadOnlyDictionary<string, double> features)
    {
        var scorer = NewScorer();
        foreach (var (name, value) in features) scorer.Add(name, value);
        return Labels[scorer.Best()];
    }

    /// <summary>Turns scores into probabilities in place (shifted by the maximum so large scores do not overflow).</summary>
    internal static void Softmax(Span<double> scores)
    {
        double max = double.NegativeInfinity;
        foreach (var s in scores) max = Math.Max(max, s);
        double sum = 0;
        for (int k = 0; k < scores.Length; k++) { scores[k] = Math.Exp(scores[k] - max); sum += scores[k]; }
        for (int k = 0; k < scores.Length; k++) scores[k] /= sum;
    }

    private sealed record Stored(
        [property: JsonPropertyName("labels")] string[] Labels,
        [property: JsonPropertyName("bias")] double[] Bias,
        [property: JsonPropertyName("provenance")] MaxEntProvenance? Provenance,
        [property: JsonPropertyName("weights")] Dictionary<string, double[]> Weights);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The model as JSON: features sorted by name, one per line, so a retrained model diffs readably.</summary>
    public string ToJson()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("{\n\"labels\": ").Append(JsonSerializer.Serialize(Labels, Json));
        sb.Append(",\n\"bias\": ").Append(JsonSerializer.Serialize(Bias.Select(Round), Json));
        sb.Append(",\n\"provenance\": ").Append(JsonSerializer.Serialize(Provenance, Json));
        sb.Append(",\n\"weights\": {");
        bool first = true;
        foreach (var (name, w) in Weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(first ? "\n" : ",\n").Append(JsonSerializer.Serialize(name, Json)).Append(": ").Append(JsonSerializer.Serialize(w.Select(Round), Json));
            first = false;
        }
        sb.Append("\n}\n}\n");
        return sb.ToString();
    }

    /// <summary>Reads a model written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The text is not such a model.</exception>
    public static MaxEntModel FromJson(string json)
    {
        Stored? stored;
        try { stored = JsonSerializer.Deserialize<Stored>(json, Json); }
        catch (JsonException e) { throw new FormatException($"Not a maximum-entropy model: {e.Message}", e); }
        if (stored?.Labels is null || stored.Bias is null || stored.Weights is null) throw new FormatException("Not a maximum-entropy model: labels, bias or weights missing.");
        try { return new MaxEntModel(stored.Labels, stored.Bias, new Dictionary<string, double[]>(stored.Weights, StringComparer.Ordinal)) { Provenance = stored.Provenance }; }
        catch (ArgumentException e) { throw new FormatException($"Not a maximum-entropy model: {e.Message}", e); }
    }

    // Six significant decimals keep the file small; predictions do not change at that precision.
    private static double Round(double w) => Math.Round(w, 6);
}

/// <summary>Receives features by name, one at a time (the name is only valid during the call).</summary>
public interface IFeatureSink
{
    void Add(ReadOnlySpan<char> name, double value);
}

/// <summary>How a model was trained: examples, documents, regularisation, and its held-out accuracy.</summary>
public sealed record MaxEntProvenance(
    [property: JsonPropertyName("examples")] int Examples,
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("l2")] double L2,
    [property: JsonPropertyName("heldOutAccuracy")] double HeldOutAccuracy,
    [property: JsonPropertyName("rulesHeldOutAccuracy")] double RulesAccuracy,
    [property: JsonPropertyName("trainingAccuracy")] double TrainingAccuracy);
