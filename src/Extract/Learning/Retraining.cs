using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Tasks;
using DirectiveTracker.Ingest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DirectiveTracker.Extract.Learning;

/// <summary>What a retraining decided for one model, and why.</summary>
public sealed record ModelDecision(string Model, bool Published, string Reason);

/// <summary>What a retraining did: a one-line summary (the job's result) and the decision for each model it trained.</summary>
public sealed record RetrainingResult(string Summary, IReadOnlyList<ModelDecision> Models);

/// <summary>The last retraining of a data folder (models/retraining.json): when, on which corrections, and what it decided.</summary>
public sealed record RetrainingRecord(
    [property: JsonPropertyName("at")] DateTimeOffset At,
    [property: JsonPropertyName("corrections")] IReadOnlyList<CorrectionFile> Corrections,
    [property: JsonPropertyName("summary")] string Summary);

/// <summary>
/// Retrains the classifiers when clerks' corrections changed since the last retraining: on the labelled corpus plus the
/// data folder's corrections, cross-validated by whole document; a model is published into the data folder's
/// <see cref="ModelFolder"/> only when its held-out accuracy is not worse than the current model's by more than the
/// tolerance, so a night of odd corrections cannot make the extractor worse.
/// </summary>
/// <remarks>
/// The two figures come from different example sets (the current model's from the data it was trained on); the
/// tolerance absorbs that noise, and the summary gives both.
/// </remarks>
public sealed class Retraining(string dataFolder, RetrainingOptions options, IDocumentIngestor ingestor, TimeProvider time, ILogger? log = null)
{
    public const string RecordFileName = "retraining.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly ILogger _log = log ?? NullLogger.Instance;
    private readonly ModelFolder _models = ModelFolder.ForDataFolder(dataFolder, log);

    private string CorrectionsFolder => Path.Combine(dataFolder, CorrectionFile.FolderName);

    private string RecordPath => Path.Combine(_models.Path, RecordFileName);

    /// <summary>Retrains if the corrections changed since the last retraining (the shipped models learnt from none).</summary>
    public async Task<RetrainingResult> RunAsync(CancellationToken ct)
    {
        var corrections = CorrectionFile.In(CorrectionsFolder);
        var last = LastRetraining();
        var before = last?.Corrections ?? [];
        if (corrections.SequenceEqual(before))
            return new(last is null ? "Nothing retrained: no corrections to learn from"
                : Invariant($"Nothing retrained: no correction changed since the retraining of {last.At:yyyy-MM-dd HH:mm} UTC"), []);
        int changed = corrections.Except(before).Count() + before.Select(b => b.File).Except(corrections.Select(c => c.File), StringComparer.Ordinal).Count();

        var notes = new List<string>();
        var corpus = LabelledCorpus.Find(options.GoldFolders, options.SourceFolders);
        var missing = corpus.MissingFolders.Select(Path.GetFullPath).ToList();
        if (options.GoldFolders.All(d => !Directory.Exists(d))) notes.Add($"labelled corpus missing ({string.Join(", ", missing)}): trained on the corrections only");
        else if (missing.Count > 0) notes.Add($"corpus folders missing: {string.Join(", ", missing)}");
        var fromClerks = LabelledCorpus.Find([CorrectionsFolder], [CorrectionsFolder]);
        foreach (var problem in corpus.Unreadable.Concat(fromClerks.Unreadable)) _log.LogWarning("Retraining skips a gold file: {Problem}", problem);
        foreach (var g in corpus.WithoutSource.Concat(fromClerks.WithoutSource)) _log.LogWarning("Retraining skips {Gold}: its source {File} is in no source folder", g.Stem, g.File);
        foreach (var g in corpus.Ambiguous.Concat(fromClerks.Ambiguous)) _log.LogWarning("Retraining skips {Gold}: several different sources are named {File}", g.Stem, g.File);
        int skipped = corpus.Unreadable.Count + fromClerks.Unreadable.Count + corpus.WithoutSource.Count + fromClerks.WithoutSource.Count
            + corpus.Ambiguous.Count + fromClerks.Ambiguous.Count;
        if (skipped > 0) notes.Add($"{skipped} gold files skipped (unreadable, without source or with an ambiguous source, see the log)");

        var read = new List<DocumentRows>();
        int failed = 0;
        foreach (var document in corpus.Documents.Concat(fromClerks.Documents))
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                read.Add(await LabelledCorpus.ReadAsync(document, ingestor, ct));
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                failed++;
                _log.LogWarning(e, "Retraining could not read {Source}; it is left out", document.Source);
            }
        }
        if (failed > 0) notes.Add($"{failed} documents failed to read (see the log)");
        if (read.Count == 0) return new(Sentence("Nothing retrained: no labelled document could be read", notes), []);

        var decisions = new List<ModelDecision>();
        foreach (var (name, rows) in LabelledCorpus.ByModel(read))
        {
            ct.ThrowIfCancellationRequested();
            decisions.Add(Decide(name, rows, corrections));
        }
        var summary = Sentence(Invariant($"Retrained after {changed} changed corrections on {read.Count} documents ({corpus.Documents.Count} corpus, {fromClerks.Documents.Count} corrections): ")
            + string.Join("; ", decisions.Select(d => $"{d.Model} {d.Reason}")), notes);
        var record = new RetrainingRecord(time.GetUtcNow(), corrections, summary);
        _models.WriteAtomically(RecordPath, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, Json)));
        return new(summary, decisions);
    }

    /// <summary>Trains one model and publishes it unless its held-out accuracy falls below the current model's by more than the tolerance.</summary>
    private ModelDecision Decide(string name, IReadOnlyList<LabelledRow> rows, IReadOnlyList<CorrectionFile> corrections)
    {
        int documents = rows.Select(r => r.Document).Distinct(StringComparer.Ordinal).Count();
        int classes = rows.Select(r => r.Row.Label).Distinct(StringComparer.Ordinal).Count();
        if (documents < 2 || classes < 2)
            return new(name, false, Invariant($"not retrained: {rows.Count} examples from {documents} documents in {classes} classes are too few to cross-validate"));
        var (model, provenance, chosen, _) = new ModelTraining(rows, ModelNames.CharGrams(name)).TrainBest(name, options.L2 is { Length: > 0 } l2 ? l2 : null);
        var current = _models.Published(name) ?? Shipped(name);
        double heldOut = Math.Round(chosen.ModelAccuracy, 4);
        var figures = Invariant($"held-out accuracy {heldOut:0.000} on {chosen.Examples} examples from {chosen.Documents} documents");
        if (current is not null && heldOut < current.HeldOutAccuracy - options.Tolerance)
            return new(name, false, Invariant($"kept the current model: {figures} is below its {current.HeldOutAccuracy:0.000} by more than the tolerance {options.Tolerance:0.000}"));
        _models.Publish(name, model, provenance with
        {
            LabelSets = [.. options.GoldFolders, CorrectionFile.FolderName],
            TrainedAt = time.GetUtcNow(),
            Corrections = corrections,
        });
        var against = current is null ? "no current model" : Invariant($"current {current.HeldOutAccuracy:0.000}, tolerance {options.Tolerance:0.000}");
        return new(name, true, $"published: {figures} ({against})");
    }

    private static ModelProvenance? Shipped(string name) => name switch
    {
        ModelNames.Category => CategoryModel.Embedded?.Provenance,
        ModelNames.Task => TaskModel.Embedded?.Provenance,
        ModelNames.Owner => OwnerRoleModel.Embedded?.Provenance,
        _ => null,
    };

    /// <summary>The record of the last retraining, or null when there was none (or it does not read: retraining again is safe).</summary>
    public RetrainingRecord? LastRetraining()
    {
        try { return JsonSerializer.Deserialize<RetrainingRecord>(File.ReadAllText(RecordPath), Json); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { return null; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            _log.LogWarning(e, "The record of the last retraining {Path} does not read: retraining as if there was none", RecordPath);
            return null;
        }
    }

    private static string Sentence(string head, IReadOnlyList<string> notes) => notes.Count == 0 ? head : $"{head}. Note: {string.Join("; ", notes)}";

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
