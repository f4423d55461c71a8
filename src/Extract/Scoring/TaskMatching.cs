using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Scoring;

/// <summary>
/// Pairs gold tasks with predicted tasks: a gold task is found when its folded anchor is contained in a predicted
/// task's folded text; each predicted task matches at most one gold task, greedily in document order.
/// </summary>
public static class TaskMatching
{
    /// <summary>For each gold task, the index of its predicted task, or -1 when it was missed.</summary>
    public static int[] Match(IReadOnlyList<GoldTask> gold, IReadOnlyList<TaskItem> predicted)
    {
        var predTexts = predicted.Select(t => MatchText.Fold(t.Text)).ToArray();
        var used = new bool[predicted.Count];
        var hits = new int[gold.Count];
        for (int g = 0; g < gold.Count; g++)
        {
            var anchor = MatchText.Fold(gold[g].Anchor);
            int hit = -1;
            for (int i = 0; i < predTexts.Length && hit < 0; i++)
                if (!used[i] && anchor.Length > 0 && predTexts[i].Contains(anchor, StringComparison.Ordinal)) hit = i;
            if (hit >= 0) used[hit] = true;
            hits[g] = hit;
        }
        return hits;
    }
}
