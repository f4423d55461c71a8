using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// Which articles of a decision or resolution without an attached plan hold tasks (EXTRACTION.md "Decisions that
/// issue plans"): an article that itself issues the plan ("Điều 1. Ban hành Kế hoạch … như sau:") holds tasks as a
/// plan does; any other article's items are tasks only when they name an owner, so that policy, scope, beneficiaries,
/// levels of support and the effect clause ("Quyết định này có hiệu lực …") stay out.
/// </summary>
public static partial class DecisionArticles
{
    // What an article that is itself the plan opens with ("Ban hành Kế hoạch thời gian năm học … như sau:").
    private static readonly string[] IssuingVerbs = ["ban hanh", "phe duyet"];

    /// <summary>
    /// The article issues the plan its own items make up: the issuing verb names a plan, programme or scheme
    /// (plan-nouns.json). An article approving anything else ("Phê duyệt danh mục Dự án …": its capital, owner body,
    /// objectives and duration) states what is approved, and its items are read like any other article's.
    /// </summary>
    public static bool IssuesPlan(OutlineNode article)
    {
        if (!article.HasItems) return false;
        var key = BodyText.Key(article.Text);
        foreach (var verb in IssuingVerbs)
            if (key.StartsWith(verb + " ", StringComparison.Ordinal)) return PlanNouns.Embedded.StartsWithPlan(key[verb.Length..]);
        return false;
    }

    /// <summary>
    /// The article approves something that is no plan ("Chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư … gồm
    /// các nội dung sau:", "Phê duyệt danh mục Dự án …"; the verbs are plan-nouns.json's): its items state the thing's
    /// particulars, not a task's fields.
    /// </summary>
    public static bool StatesApproved(OutlineNode article)
    {
        if (article.Marker.Kind != MarkerKind.Article) return false;
        var key = BodyText.Key(article.Text);
        return PlanNouns.Embedded.ApprovingVerbs.Any(v => WholeWords.StartsWith(key, v)) && !IssuesPlan(article);
    }

    /// <summary>
    /// The drafts read under <paramref name="article"/>: none when the article states principles, beneficiaries or
    /// scope (titled like a section without tasks), a body's make-up or is the execution clause; else each needs an owner unless the
    /// article issues the plan.
    /// </summary>
    public static IEnumerable<TaskDraft> Mark(OutlineNode article, IEnumerable<TaskDraft> drafts)
    {
        if (article.Text.Length > 0 && !TaskLocator.IsTaskSection(article) || IsExecutionClause(article.Text)
            || BodyMakeUp.Embedded.IsMakeUpArticle(article)) return [];
        return IssuesPlan(article) ? drafts
            : drafts.Where(d => !BodyMakeUp.Embedded.StatesWorkingMeans(d.Text)).Select(d => d with { RequiresOwner = true });
    }

    /// <summary>"… chịu trách nhiệm thi hành Quyết định này./.": who carries out the decision, not a task.</summary>
    public static bool IsExecutionClause(string text) => ExecutionClause().IsMatch(BodyText.Key(text));

    /// <summary>
    /// The owners an article's opening line hands its items to ("Ủy ban thường vụ Quốc hội yêu cầu Chính phủ, Thủ
    /// tướng Chính phủ …:"), read like a directive's opening; null when it names none.
    /// </summary>
    public static OwnerSource? Addressee(OutlineNode article, IOwnerShape shape)
    {
        var opening = article.Text.Length > 0 ? article.Text : article.Continuations.FirstOrDefault() ?? "";
        return opening.TrimEnd().EndsWith(':') && shape.DirectiveAddressee(opening) is { } addressee
            ? new OwnerSource(OwnerSourceKind.Addressee, addressee) : null;
    }

    /// <summary>
    /// The article without the opening paragraph <see cref="Addressee"/> read, so that it is not read again as a
    /// heading naming the leads (which would lose the request's mode); the article itself when its title is the opening.
    /// </summary>
    public static OutlineNode WithoutOpening(OutlineNode article)
    {
        if (article.Text.Length > 0 || article.Continuations.Count == 0) return article;
        var rest = new OutlineNode(article.Marker, "");
        rest.Continuations.AddRange(article.Continuations.Skip(1));
        rest.Children.AddRange(article.Children);
        return rest;
    }

    /// <summary>
    /// The officials an article's paragraph gives its work to by their titles ("Giao nhiệm vụ cho Phó Trưởng phòng được
    /// phân công phụ trách lĩnh vực khoáng sản và Chuyên viên thuộc Phòng Quản lý công nghiệp khi thực hiện …"): a body's
    /// decision that assigns its own staff names them so, and the agency grammar knows bodies, not titles. A delegation
    /// ("Ủy quyền cho Giám đốc Sở Công Thương thành lập Đoàn thẩm định …") gives its work to the body or head it names. The names
    /// run from "cho" to the clause that says when or what ("khi", "để", a verb); null when the article gives none.
    /// </summary>
    public static OwnerSource? GivenOfficials(OutlineNode article, IOwnerShape shape)
    {
        foreach (var paragraph in article.Continuations.Prepend(article.Text))
        {
            var given = GivenTo().Match(paragraph);
            if (!given.Success) continue;
            var rest = paragraph[(given.Index + given.Length)..];
            var end = GivenClauseEnd().Match(rest);
            var phrase = OfficialsBeforeVerb((end.Success ? rest[..end.Index] : rest).Trim());
            // "Ủy quyền cho Giám đốc Sở Công Thương thành lập …": a delegation hands its work to a body or its head, whom the
            // agency grammar knows; only as the object of "cho" it would not read them as the subject.
            bool delegated = given.Groups["delegated"].Success;
            return shape.BodyHeadingOwners(phrase) is { Count: > 0 } names
                   && names.All(n => OwnerShapeWords.Embedded.IsOfficial(n) || delegated && shape.IsOwnerHeading(n))
                ? new OwnerSource(OwnerSourceKind.Intro, paragraph, names) : null;
        }
        return null;
    }

    // The words before the first verb that opens the work ("… Chuyên viên thuộc Phòng Nghiệp vụ kiểm tra các cơ sở …").
    private static string OfficialsBeforeVerb(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < words.Length; i++)
        {
            var key = BodyText.Key(string.Join(' ', words.Skip(i).Take(3)));
            if (OwnerShapeWords.Embedded.ActionVerbs.Any(v => key == v || key.StartsWith(v + " ", StringComparison.Ordinal)))
                return string.Join(' ', words.Take(i));
        }
        return phrase;
    }

    [GeneratedRegex(@"^\s*(?:Giao (?:nhiệm vụ )?|(?<delegated>(?:Ủy|Uỷ) quyền ))cho ", RegexOptions.CultureInvariant)]
    private static partial Regex GivenTo();

    [GeneratedRegex(@"\s(?:khi|để|nhằm|có trách nhiệm|chịu trách nhiệm|có thẩm quyền)(?![\p{L}])|[,;:.(]", RegexOptions.CultureInvariant)]
    private static partial Regex GivenClauseEnd();

    [GeneratedRegex(@"trach nhiem thi hanh (?:quyet dinh|nghi quyet) nay")]
    private static partial Regex ExecutionClause();
}
