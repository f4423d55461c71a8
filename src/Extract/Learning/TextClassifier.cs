using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace DirectiveTracker.Extract.Learning;

/// <summary>One example for a <see cref="TextClassifier"/>: its words, the patterns' reading of it as tokens, and its label.</summary>
public sealed class ClassifierRow
{
    /// <summary>The class (empty when predicting).</summary>
    public string Label { get; set; } = "";

    /// <summary>The words, with diacritics as written.</summary>
    public string Text { get; set; } = "";

    /// <summary>What the patterns found, as space-separated tokens ("rule:BaoCao depth:3 cue:chutri"); the rules' decision is one of them.</summary>
    public string Pattern { get; set; } = "";
}

/// <summary>A class and the model's probability for it.</summary>
public readonly record struct ClassifierGuess(string Label, float Probability);

/// <summary>How a model was trained, shipped beside it: data, cross-validation, and its figures against the rules alone.</summary>
public sealed record ModelProvenance(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("trainer")] string Trainer,
    [property: JsonPropertyName("examples")] int Examples,
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("l2")] float L2,
    [property: JsonPropertyName("folds")] int Folds,
    [property: JsonPropertyName("heldOutAccuracy")] double HeldOutAccuracy,
    [property: JsonPropertyName("rulesHeldOutAccuracy")] double RulesAccuracy,
    [property: JsonPropertyName("labelSets")] IReadOnlyList<string> LabelSets)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>When a retraining trained it (absent on the shipped models).</summary>
    [JsonPropertyName("trainedAt")] public DateTimeOffset? TrainedAt { get; init; }

    /// <summary>SHA-256 of the model's .zip, written when it is published into a data folder: a reader checks it before loading.</summary>
    [JsonPropertyName("sha256")] public string? Sha256 { get; init; }

    /// <summary>The clerks' corrections it learnt from (absent on the shipped models).</summary>
    [JsonPropertyName("corrections")] public IReadOnlyList<CorrectionFile>? Corrections { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ModelProvenance FromJson(string json) =>
        JsonSerializer.Deserialize<ModelProvenance>(json, Json) ?? throw new FormatException("empty model provenance");
}

/// <summary>
/// A multiclass maximum-entropy classifier (ML.NET's L-BFGS) over two kinds of features: the words of a text
/// (FeaturizeText, diacritics kept, word uni- and bigrams, and char n-grams if trained so) and the patterns' tokens (one feature each, not normalised).
/// Saved and loaded as an ML.NET .zip. A prediction computes the feature vector directly (<see cref="ClassifierFeatures"/>)
/// and scores it with the model's own trained part, one PredictionEngine per thread; a model that vector does not
/// reproduce is run whole.
/// </summary>
public sealed class TextClassifier
{
    private static readonly MLContext Ml = new(seed: 1);
    private readonly ITransformer _model;
    private readonly ThreadLocal<PredictionEngine<ClassifierRow, Output>> _engines;
    private readonly ClassifierFeatures? _features;
    private readonly ThreadLocal<Scorer>? _scorers;

    private TextClassifier(ITransformer model)
    {
        _model = model;
        _engines = new(() => Ml.Model.CreatePredictionEngine<ClassifierRow, Output>(_model));
        if (TrainedPart(model) is not { } scorer) return;
        _features = scorer.Features;
        var input = SchemaDefinition.Create(typeof(FeatureRow));
        input[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, scorer.Features.Length);
        _scorers = new(() => new Scorer(Ml.Model.CreatePredictionEngine<FeatureRow, Output>(scorer.Model, inputSchemaDefinition: input)));
        if (!CheckRows.All(r => Same(PredictWhole(r.Text, r.Pattern), PredictDirect(r.Text, r.Pattern))))
        {
            _features = null;
            _scorers = null;
        }
    }

    private sealed class Output
    {
        public string PredictedLabel { get; set; } = "";
        public float[] Score { get; set; } = [];
    }

    private sealed class FeatureRow
    {
        public VBuffer<float> Features { get; set; }
    }

    // A thread's engine with its input and output rows, reused from one prediction to the next: the caller reads the
    // output before the thread predicts again, and allocating both rows per prediction was garbage on the hot path.
    private sealed class Scorer(PredictionEngine<FeatureRow, Output> engine)
    {
        private readonly FeatureRow _row = new();
        private Output _output = new();

        public Output Predict(VBuffer<float> features)
        {
            _row.Features = features;
            engine.Predict(_row, ref _output);
            return _output;
        }
    }

    // The trained part after the Concatenate, and the features before it; null when the model is not of Train's shape.
    private static (ITransformer Model, ClassifierFeatures Features)? TrainedPart(ITransformer model)
    {
        if (model is not IEnumerable<ITransformer> chain) return null;
        var parts = chain.ToArray();
        int concat = Array.FindIndex(parts, p => p is ColumnConcatenatingTransformer);
        if (concat < 0 || concat == parts.Length - 1) return null;
        var schema = model.GetOutputSchema(Ml.Data.LoadFromEnumerable(Array.Empty<ClassifierRow>()).Schema);
        return ClassifierFeatures.Of(schema) is { } features ? (new TransformerChain<ITransformer>(parts[(concat + 1)..]), features) : null;
    }

    // Rows that exercise the featurising steps (punctuation, case, digits, a bar, repeated and unknown words, nothing at
    // all): the direct vector must give the whole pipeline's scores on each, bit for bit, before it is used.
    private static readonly (string Text, string Pattern)[] CheckRows =
    [
        ("Sở Nội vụ chủ trì, phối hợp với UBND các huyện; báo cáo trước 31/12/2025 (kết quả).", "rule:task depth:2 lead:1 cue:chu_tri"),
        ("GIAO Sở Y tế | tuyên truyền tuyên truyền - “Luật” số 45/QĐ-UBND", "rule:lead rule:lead first:giao"),
        ("xyzzy qwerty", "unknown:token"),
        ("a", "rule:a"),
        ("ab", "rule:a"),
        ("  đi  ,  về\tnhà\n", "rule:a"),
        ("Bộ Công an | Bảo đảm kết nối, chia sẻ giữa Cơ sở dữ liệu quốc gia về bảo hiểm, Cơ sở dữ liệu quốc gia về y tế, Cơ sở dữ liệu quốc gia về dân cư", "rule:lead from:above"),
        ("", ""),
    ];

    private static bool Same(Output a, Output b) => a.PredictedLabel == b.PredictedLabel && a.Score.AsSpan().SequenceEqual(b.Score);

    /// <summary>Whether predictions use the direct feature vector (the model passed the check).</summary>
    internal bool PredictsDirectly => _features is not null;

    /// <summary>Whether the direct vector gives the whole pipeline's label and scores, bit for bit, on one row (for tests).</summary>
    internal bool DirectMatchesWhole(string text, string pattern) =>
        _features is not null && Same(PredictWhole(text, pattern), PredictDirect(text, pattern));

    private Output PredictWhole(string text, string pattern) => _engines.Value!.Predict(new ClassifierRow { Text = text, Pattern = pattern });

    private Output PredictDirect(string text, string pattern) => _scorers!.Value!.Predict(_features!.Of(text, pattern));

    /// <summary>
    /// Trains on <paramref name="rows"/> with the given L2 penalty; with <paramref name="charGrams"/> above zero the words'
    /// features also count the text's char n-grams of that length (at most four).
    /// </summary>
    public static TextClassifier Train(IEnumerable<ClassifierRow> rows, float l2, int charGrams = 0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(charGrams, 4);
        var data = Ml.Data.LoadFromEnumerable(rows);
        var words = new TextFeaturizingEstimator.Options
        {
            KeepDiacritics = true, KeepPunctuations = false, KeepNumbers = true,
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            CharFeatureExtractor = charGrams > 0 ? new WordBagEstimator.Options { NgramLength = charGrams, UseAllLengths = false } : null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var patterns = new TextFeaturizingEstimator.Options
        {
            KeepDiacritics = true, KeepPunctuations = true, KeepNumbers = true,
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            CharFeatureExtractor = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.None,
        };
        var pipeline = Ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(Ml.Transforms.Text.FeaturizeText("Words", words, nameof(ClassifierRow.Text)))
            .Append(Ml.Transforms.Text.FeaturizeText("Patterns", patterns, nameof(ClassifierRow.Pattern)))
            .Append(Ml.Transforms.Concatenate("Features", "Words", "Patterns"))
            .Append(Ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new Microsoft.ML.Trainers.LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = l2, L1Regularization = 0, NumberOfThreads = 1,
            }))
            .Append(Ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return new TextClassifier(pipeline.Fit(data));
    }

    /// <summary>The most probable class and its probability.</summary>
    public ClassifierGuess Predict(string text, string pattern) =>
        Guess(_features is null ? PredictWhole(text, pattern) : PredictDirect(text, pattern));

    /// <summary>
    /// The most probable class and its probability, the pattern tokens handed over one at a time by <paramref name="writePatterns"/>:
    /// the same guess as <see cref="Predict(string, string)"/> with those tokens joined by spaces, which is written
    /// out only when the model runs whole. The text is read in place (a task's opening need not be copied out of it).
    /// </summary>
    public ClassifierGuess Predict(ReadOnlySpan<char> text, Action<Grammar.IFeatureSink> writePatterns)
    {
        if (_features is not null) return Guess(_scorers!.Value!.Predict(_features.Of(text, writePatterns)));
        var tokens = new JoinedTokens();
        writePatterns(tokens);
        return Guess(PredictWhole(text.ToString(), tokens.ToString()));
    }

    /// <summary>
    /// The most probable class and its probability for a row its caller wrote into builders it reuses: the same guess as
    /// <see cref="Predict(string, string)"/> on their texts, which are read in place when each is one chunk.
    /// </summary>
    public ClassifierGuess Predict(System.Text.StringBuilder text, System.Text.StringBuilder pattern)
    {
        if (_features is null) return Predict(text.ToString(), pattern.ToString());
        return Guess(_scorers!.Value!.Predict(_features.Of(Chars(text), Chars(pattern))));
    }

    // A builder's text without copying it when it is held in one chunk (a builder cleared and refilled within its capacity).
    private static ReadOnlySpan<char> Chars(System.Text.StringBuilder builder)
    {
        ReadOnlyMemory<char> only = default;
        int chunks = 0;
        foreach (var chunk in builder.GetChunks())
        {
            only = chunk;
            if (++chunks > 1) return builder.ToString();
        }
        return only.Span;
    }

    private static ClassifierGuess Guess(Output output) =>
        new(output.PredictedLabel, output.Score.Length == 0 ? 0 : output.Score.Max());

    /// <summary>Writes the model as an ML.NET .zip.</summary>
    public void Save(Stream zip)
    {
        var schema = SchemaDefinition.Create(typeof(ClassifierRow));
        Ml.Model.Save(_model, Ml.Data.LoadFromEnumerable(Array.Empty<ClassifierRow>(), schema).Schema, zip);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static TextClassifier Load(Stream zip)
    {
        try { return new TextClassifier(Ml.Model.Load(zip, out _)); }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException)
        {
            throw new FormatException($"Not an ML.NET model: {e.Message}", e);
        }
    }
}
