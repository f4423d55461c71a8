using System.Globalization;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Scoring;

/// <summary>Compares extraction results with gold files: tasks by anchor, then owners, mode, deadline, category and metadata.</summary>
public static class ExtractionScorer
{
    /// <summary>Scores every gold file in <paramref name="goldDir"/> against <c>NAME.json</c> in <paramref name="predictedDir"/>.</summary>
    /// <remarks>A gold file without a prediction is scored against an empty result and listed as unpaired.</remarks>
    public static ScoreReport ScoreDirectories(string goldDir, string predictedDir)
    {
        var docs = new List<DocumentScore>();
        var unpaired = new List<string>();
        foreach (var goldPath in Directory.EnumerateFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            var gold = GoldFile.Parse(File.ReadAllText(goldPath), Path.GetFileName(goldPath));
            var predPath = Path.Combine(predictedDir, gold.Stem + ".json");
            ExtractionResult predicted;
            if (File.Exists(predPath)) predicted = ReadPrediction(predPath);
            else { unpaired.Add($"{gold.Stem}: no {gold.Stem}.json in {predictedDir}"); predicted = Empty; }
            docs.Add(Score(gold, predicted));
        }
        return new ScoreReport(docs, unpaired);
    }

    private static readonly ExtractionResult Empty = new(new DocumentInfo(), []);

    private static ExtractionResult ReadPrediction(string path)
    {
        try { return ContractJson.Deserialize(File.ReadAllText(path)) ?? Empty; }
        catch (System.Text.Json.JsonException e) { throw new FormatException($"{Path.GetFileName(path)}: not an extraction result ({e.Message})", e); }
    }

    /// <summary>Scores one document.</summary>
    public static DocumentScore Score(GoldFile gold, ExtractionResult predicted)
    {
        var diffs = new List<string>();
        var hits = TaskMatching.Match(gold.Tasks, predicted.Tasks);
        var used = new bool[predicted.Tasks.Count];
        int found = 0;
        SetCounts lead = default, support = default;
        Ratio mode = default, deadline = default, category = default;

        for (int gi = 0; gi < gold.Tasks.Count; gi++)
        {
            var g = gold.Tasks[gi];
            int hit = hits[gi];
            if (hit < 0) { diffs.Add($"missed {g.Path}: \"{g.Anchor}\""); continue; }
            used[hit] = true;
            found++;
            var p = predicted.Tasks[hit];
            var where = $"{g.Path} (pred {p.Path})";

            var l = CompareNames(g.Lead, p.Lead);
            lead += l;
            if (l.Matched != l.Expected || l.Matched != l.Predicted)
                diffs.Add($"lead {where}: gold [{string.Join(" | ", g.Lead)}] pred [{string.Join(" | ", p.Lead)}]");
            var s = CompareNames(g.Support, p.Support);
            support += s;
            if (s.Matched != s.Expected || s.Matched != s.Predicted)
                diffs.Add($"support {where}: gold [{string.Join(" | ", g.Support)}] pred [{string.Join(" | ", p.Support)}]");

            mode += Ratio.Of(g.Mode == p.Mode);
            if (g.Mode != p.Mode) diffs.Add($"mode {where}: gold {g.Mode?.ToString() ?? "null"} pred {p.Mode?.ToString() ?? "null"}");

            if (!g.DeadlineAmbiguous)
            {
                bool ok = SameDeadline(g.Deadline, p.Deadline);
                deadline += Ratio.Of(ok);
                if (!ok) diffs.Add($"deadline {where}: gold {Show(g.Deadline)} pred {Show(p.Deadline)}");
            }
            category += Ratio.Of(g.Category == p.Category);
            if (g.Category != p.Category) diffs.Add($"category {where}: gold {g.Category} pred {p.Category}");
        }
        for (int i = 0; i < used.Length; i++)
            if (!used[i]) diffs.Add($"extra {predicted.Tasks[i].Path}: \"{Clip(predicted.Tasks[i].Text)}\"");

        var gd = gold.Document;
        var pd = predicted.Document;
        var kind = Field("kind", gd.Kind.ToString(), pd.Kind.ToString(), diffs);
        var number = Field("number", gd.Number, pd.Number, diffs);
        var date = Field("issuedOn", gd.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), pd.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), diffs);
        var issuer = Field("issuer", gd.Issuer, pd.Issuer, diffs);
        var signer = Field("signer", ShowSigner(gd.Signer), ShowSigner(pd.Signer), diffs);
        var cited = CompareNumbers(gd.References.Select(r => r.Number), pd.References.Select(r => r.Number), diffs);

        var counts = new ScoreCounts
        {
            Documents = 1,
            GoldTasks = gold.Tasks.Count,
            PredictedTasks = predicted.Tasks.Count,
            FoundTasks = found,
            Lead = lead, Support = support, Mode = mode, Deadline = deadline, Category = category,
            Kind = kind, Number = number, Date = date, Issuer = issuer, Signer = signer, Cited = cited,
        };
        return new DocumentScore(gold.Stem, counts, diffs);
    }

    /// <summary>Greedy one-to-one matching of owner names (one folded name contains the other).</summary>
    public static SetCounts CompareNames(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var used = new bool[predicted.Count];
        int matched = 0;
        foreach (var g in gold)
            for (int i = 0; i < predicted.Count; i++)
                if (!used[i] && MatchText.NamesMatch(g, predicted[i])) { used[i] = true; matched++; break; }
        return new SetCounts(matched, predicted.Count, gold.Count);
    }

    public static bool SameDeadline(Deadline? gold, Deadline? predicted)
    {
        if (gold is null || predicted is null) return gold is null && predicted is null;
        if (gold.Kind != predicted.Kind) return false;
        return gold.Kind switch
        {
            DeadlineKind.Date or DeadlineKind.Period => gold.Due == predicted.Due,
            DeadlineKind.Recurring => gold.Every == predicted.Every,
            _ => true,
        };
    }

    private static SetCounts CompareNumbers(IEnumerable<string> gold, IEnumerable<string> predicted, List<string> diffs)
    {
        var g = gold.Select(MatchText.Fold).Distinct().ToList();
        var p = predicted.Select(MatchText.Fold).Distinct().ToList();
        int matched = g.Count(p.Contains);
        foreach (var miss in g.Where(x => !p.Contains(x))) diffs.Add($"cited missing: {miss}");
        foreach (var extra in p.Where(x => !g.Contains(x))) diffs.Add($"cited extra: {extra}");
        return new SetCounts(matched, p.Count, g.Count);
    }

    private static Ratio Field(string name, string? gold, string? predicted, List<string> diffs)
    {
        bool ok = MatchText.Fold(gold) == MatchText.Fold(predicted) && (gold is null) == (predicted is null);
        if (!ok) diffs.Add($"{name}: gold \"{gold ?? "null"}\" pred \"{predicted ?? "null"}\"");
        return Ratio.Of(ok);
    }

    private static string? ShowSigner(Signer? s) =>
        s is null || (s.Name is null && s.Position is null && s.Capacity is null) ? null : $"{s.Name} / {s.Position} / {s.Capacity}";

    private static string Show(Deadline? d) => d is null ? "null" : $"{d.Kind} {d.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {d.Every} \"{d.Text}\"";

    private static string Clip(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
