using DirectiveTracker.Extract.Grammar;
using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// The papers of a dossier ("Hồ sơ gồm:" / "- Đơn đề nghị …;" / "- Biên bản …"): each names a document to hand in,
/// not a task; the item that introduces them is one task at most (EXTRACTION.md "Tasks").
/// </summary>
public static partial class DossierPapers
{
    /// <summary>True when the item's text starts with a paper of a dossier (<see cref="ItemShapeWords.DossierPapers"/>).</summary>
    public static bool IsPaper(string text)
    {
        // The opening cut off only when there is one: most items have none, and Replace copies the key even so.
        var key = BodyText.Key(text);
        if (Opening().Match(key) is { Length: > 0 } opening) key = key[opening.Length..];
        return ItemShapeWords.Embedded.DossierPapers.Any(p => WholeWords.StartsWith(key, p));
    }

    /// <summary>True when the text names a dossier ("hồ sơ"), so that papers listed after it are its papers.</summary>
    public static bool Introduces(string text)
    {
        var key = BodyText.Key(text);
        return ItemShapeWords.Embedded.DossierWords.Any(w => WholeWords.Contains(key, w));
    }

    /// <summary>
    /// An introduction that only names the dossier ("Hồ sơ gồm:", "Hồ sơ đề nghị khen thưởng gồm: …"), no action on it:
    /// a task only when it names an owner.
    /// </summary>
    public static bool IsBareIntro(string text)
    {
        var key = BodyText.Key(text);
        return ItemShapeWords.Embedded.DossierWords.Any(w => WholeWords.StartsWith(key, w))
               && (text.TrimEnd().EndsWith(':') || WholeWords.Contains(key, "gom"));
    }

    // "Các chứng từ …", "02 bản sao …": a determiner or a count before the paper.
    [GeneratedRegex(@"^(?:(?:cac|nhung|mot) )?(?:\d{1,3} )?")]
    private static partial Regex Opening();
}
