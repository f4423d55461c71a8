using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace DirectiveTracker.Extract.Learning;

/// <summary>One training example: its features and its label.</summary>
public sealed record LabelledExample(IReadOnlyDictionary<string, double> Features, string Label);

/// <summary>Options of <see cref="MaxEntTrainer"/>.</summary>
public sealed record MaxEntOptions
{
    /// <summary>L2 penalty on the feature weights (not on the biases): higher trusts single words less.</summary>
    public double L2 { get; init; } = 1.0;

    /// <summary>A feature must occur in this many examples to get weights: a word seen once cannot generalise.</summary>
    public int MinimumCount { get; init; } = 2;

    /// <summary>
    /// Features whose names start with one of these are not penalised, like the biases: a few strong, general
    /// features (another classifier's decision) keep their full weight while the many word features are shrunk.
    /// </summary>
    public IReadOnlyList<string> UnpenalisedPrefixes { get; init; } = [];

    /// <summary>L-BFGS iteration cap; the objective is convex and small, so it converges well before (else the best point so far is kept).</summary>
    public int MaximumIterations { get; init; } = 1000;
}

/// <summary>
/// Trains a <see cref="MaxEntModel"/> by minimising the L2-penalised negative log-likelihood with MathNet's L-BFGS —
/// the algorithm of ML.NET's LbfgsMaximumEntropy, which the package source does not hold.
/// </summary>
/// <remarks>Deterministic: features are indexed in ordinal order and L-BFGS starts from zero.</remarks>
public sealed class MaxEntTrainer(MaxEntOptions options)
{
    public MaxEntModel Train(IReadOnlyList<LabelledExample> examples, IReadOnlyList<string> labels)
    {
        if (examples.Count == 0) throw new ArgumentException("No examples to train on.", nameof(examples));
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var unknown = examples.FirstOrDefault(e => !labelIndex.ContainsKey(e.Label));
        if (unknown is not null) throw new ArgumentException($"Label '{unknown.Label}' is not one of the model's labels.", nameof(examples));

        var names = examples.SelectMany(e => e.Features.Keys).GroupBy(n => n, StringComparer.Ordinal)
            .Where(g => g.Count() >= options.MinimumCount).Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();
        var featureIndex = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var rows = examples.Select(e => e.Features.Where(f => featureIndex.ContainsKey(f.Key)).Select(f => (featureIndex[f.Key], f.Value)).ToArray()).ToArray();
        var gold = examples.Select(e => labelIndex[e.Label]).ToArray();

        int k = labels.Count, f = names.Length, width = f + 1; // per label: f weights then the bias
        var penalty = names.Select(n => options.UnpenalisedPrefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal)) ? 0 : options.L2).ToArray();
        // The best point evaluated is kept: near the optimum, rounding can make the line search fail ("not a descent
        // direction") although the convex objective is as low as it will get.
        double bestLoss = double.PositiveInfinity;
        Vector<double>? best = null;
        var objective = ObjectiveFunction.Gradient(theta =>
        {
            var (loss, gradient) = NegativeLogLikelihood(theta, rows, gold, k, width, penalty);
            if (loss < bestLoss) { bestLoss = loss; best = theta.Clone(); }
            return (loss, gradient);
        });
        var minimizer = new LimitedMemoryBfgsMinimizer(1e-5, 1e-9, 1e-10, 10, options.MaximumIterations);
        Vector<double> solution;
        try { solution = minimizer.FindMinimum(objective, Vector<double>.Build.Dense(k * width)).MinimizingPoint; }
        catch (OptimizationException) when (best is not null)
        {
            solution = best; // the line search stalled at the optimum's precision, or the iteration cap was hit
        }

        var weights = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (int j = 0; j < f; j++)
        {
            var w = new double[k];
            for (int c = 0; c < k; c++) w[c] = solution[c * width + j];
            weights[names[j]] = w;
        }
        var bias = Enumerable.Range(0, k).Select(c => solution[c * width + f]).ToArray();
        return new MaxEntModel(labels.ToArray(), bias, weights);
    }

    private static (double, Vector<double>) NegativeLogLikelihood(Vector<double> theta, (int Feature, double Value)[][] rows, int[] gold, int k, int width, double[] penalty)
    {
        var grad = new double[theta.Count];
        var t = theta.AsArray() ?? theta.ToArray();
        double loss = 0;
        Span<double> p = stackalloc double[k];
        for (int i = 0; i < rows.Length; i++)
        {
            for (int c = 0; c < k; c++)
            {
                double s = t[c * width + width - 1];
                foreach (var (j, v) in rows[i]) s += t[c * width + j] * v;
                p[c] = s;
            }
            double max = double.NegativeInfinity;
            foreach (var s in p) max = Math.Max(max, s);
            double sum = 0;
            for (int c = 0; c < k; c++) sum += Math.Exp(p[c] - max);
            loss += max + Math.Log(sum) - p[gold[i]];
            for (int c = 0; c < k; c++)
            {
                double d = Math.Exp(p[c] - max) / sum - (c == gold[i] ? 1 : 0);
                grad[c * width + width - 1] += d;
                foreach (var (j, v) in rows[i]) grad[c * width + j] += d * v;
            }
        }
        for (int c = 0; c < k; c++)
            for (int j = 0; j < width - 1; j++)
            {
                double w = t[c * width + j];
                loss += 0.5 * penalty[j] * w * w;
                grad[c * width + j] += penalty[j] * w;
            }
        return (loss, Vector<double>.Build.Dense(grad));
    }
}
