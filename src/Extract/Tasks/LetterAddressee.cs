using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// The one body a letter is addressed to ("Kính gửi: Công ty cổ phần …"), and the opening that asks it for work by a
/// short back-reference ("Sở … đề nghị Công ty thực hiện các nội dung sau:").
/// </summary>
/// <remarks>
/// Vietnamese administrative letters to a single addressee name it in full once, on the "Kính gửi:" line, and then
/// refer back to it by its kind alone ("Công ty", "Quý cơ quan", "đơn vị", "Ông/Bà"); the opening's "đề nghị Công ty"
/// therefore hands the work to that addressee. A letter listing several addressees has no such single referent.
/// </remarks>
public static class LetterAddressee
{
    private static readonly Regex BackReference = BuildBackReference(OwnerShapeWords.Embedded.BackReferences);

    /// <summary>
    /// The body named on the "Kính gửi: &lt;name&gt;" line of the preamble, without its parenthesised address; null when the
    /// letter lists its addressees under "Kính gửi:", names several on the line, or has no such line.
    /// </summary>
    public static string? Single(Outline outline)
    {
        if (outline.Addressees.Count > 0) return null;
        string? name = null;
        foreach (var line in outline.Preamble)
        {
            int colon = line.IndexOf(':');
            if (colon < 0 || BodyText.Key(line[..colon]).Trim() != "kinh gui") continue;
            if (name is not null) return null;
            var rest = line[(colon + 1)..];
            int paren = rest.IndexOf('(');
            if (paren >= 0) rest = rest[..paren];
            rest = rest.Trim().TrimEnd('.', ',', ';').Trim();
            // Several bodies on the line ("Kính gửi: Sở Tài chính; Sở Xây dựng") or a plural head ("các sở, ngành") name no one referent.
            if (rest.Length == 0 || rest.Contains(';') || BodyText.Key(rest).StartsWith("cac ", StringComparison.Ordinal)) return null;
            name = rest;
        }
        return name;
    }

    /// <summary>
    /// What the opening asks of <paramref name="addressee"/> when it names it by a back-reference right after its
    /// "đề nghị"/"yêu cầu" ("… đề nghị Công ty thực hiện các nội dung sau:" → "Đề nghị &lt;addressee&gt; thực hiện các nội
    /// dung sau"), in the shape <see cref="IOwnerShape.DirectiveAddressee"/> gives; null when it has no back-reference.
    /// </summary>
    public static string? Opening(string paragraph, string addressee)
    {
        var m = BackReference.Match(paragraph);
        if (!m.Success) return null;
        var verb = BodyText.Key(m.Groups["verb"].Value).StartsWith("yeu", StringComparison.Ordinal) ? "Yêu cầu" : "Đề nghị";
        var named = m.Groups["ref"];
        // The addressee written in full after the verb ("đề nghị Công ty cổ phần X …") is no back-reference.
        var asked = paragraph[named.Index..].Trim().TrimEnd(':').Trim();
        if (BodyText.Key(asked).StartsWith(BodyText.Key(addressee), StringComparison.Ordinal)) return verb + " " + asked;
        var rest = paragraph[(named.Index + named.Length)..].Trim().TrimEnd(':').Trim();
        return verb + " " + addressee + " " + rest;
    }

    // "đề nghị|yêu cầu" then a back-reference followed by a lower-case word (the verb: "Công ty thực hiện"), not by
    // the rest of a name ("Công ty Cổ phần Khánh An").
    private static Regex BuildBackReference(IEnumerable<string> references)
    {
        var alternatives = string.Join("|", references.OrderByDescending(r => r.Length).Select(Regex.Escape));
        return new Regex(@"(?<![\p{L}])(?i:(?<verb>đề nghị|yêu cầu)\s+(?<ref>" + alternatives + @"))(?=\s+\p{Ll})", RegexOptions.CultureInvariant);
    }
}
