namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// The features a trained category model reads in a task: the keyword rules' decision and scores, and the words and
/// word pairs of the opening (where the main verb stands) and of the first clause.
/// </summary>
/// <remarks>
/// The rules carry what was written down about the domain; the words let the model learn what the rules miss, from
/// labelled tasks. Position matters: a word in the opening names the action, the same word later names its object.
/// </remarks>
public static class CategoryFeatures
{
    private const int ClauseWords = 16;

    /// <summary>The prefix of the features that carry the keyword rules' reading (as opposed to words).</summary>
    public const string RulePrefix = "rule:";

    /// <summary>The features of an analysed task text and the rules' reading of it.</summary>
    public static Dictionary<string, double> Of(ActionText action, CategoryReading rules)
    {
        var features = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [RulePrefix + rules.Category] = 1,
            [$"by:{rules.DecidedBy}:{rules.Category}"] = 1,
        };
        for (int c = 0; c < rules.Scores.Count; c++)
            if (rules.Scores[c] > 0) features["kw:" + (Model.TaskCategory)c] = Math.Log(1 + rules.Scores[c]);

        string? previous = null;
        int n = 0;
        foreach (var (word, start) in action.Words())
        {
            if (n == 0) features["first:" + word] = 1;
            if (n == 1 && previous is not null) features["first2:" + previous + "_" + word] = 1;
            var zone = start < action.Opening ? "o" : start < action.FirstClause && n < ClauseWords ? "c" : null;
            if (zone is null) break;
            features[zone + ":" + word] = 1;
            if (previous is not null) features[zone + "2:" + previous + "_" + word] = 1;
            previous = word;
            n++;
        }
        return features;
    }
}
