using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// Which articles of a decision or resolution without an attached plan hold tasks (EXTRACTION.md "Decisions that
/// issue plans"): an article that itself issues the plan ("Điều 1. Ban hành Kế hoạch … như sau:") holds tasks as a
/// plan does; any other article's items are tasks only when they name an owner, so that policy, scope, beneficiaries,
/// levels of support and the effect clause ("Quyết định này có hiệu lực …") stay out.
/// </summary>
public static class DecisionArticles
{
    // What an article that is itself the plan opens with ("Ban hành Kế hoạch thời gian năm học … như sau:").
    private static readonly string[] IssuingVerbs = ["ban hanh", "phe duyet"];

    /// <summary>The article issues the plan its own items make up.</summary>
    public static bool IssuesPlan(OutlineNode article) =>
        article.Items.Any() && BodyText.Key(article.Text) is var key && IssuingVerbs.Any(v => key.StartsWith(v, StringComparison.Ordinal));

    /// <summary>The drafts read under <paramref name="article"/>, each needing an owner unless the article issues the plan.</summary>
    public static IEnumerable<TaskDraft> Mark(OutlineNode article, IEnumerable<TaskDraft> drafts) =>
        IssuesPlan(article) ? drafts : drafts.Select(d => d with { RequiresOwner = true });
}
