using System.Text;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Index;

/// <summary>Maps an agency's name as written to the canonical key agencies are filed under.</summary>
public interface IAgencyKeys
{
    string Key(string name);
}

/// <summary>
/// Fallback keying until the grammar's <c>AgencyName.Key</c> is wired in: accent-free, lower-case,
/// punctuation dropped, spaces collapsed ("Sở Nội vụ" and "SỞ NỘI VỤ" share "so noi vu").
/// </summary>
public sealed class FoldedAgencyKeys : IAgencyKeys
{
    public string Key(string name)
    {
        var folded = VietnameseText.Fold(name).ToLowerInvariant();
        var sb = new StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }
}

/// <summary>Keys of document numbers: <c>29/KH-UBND</c>, <c>29 /kh-ubnd</c> and <c>29/KH-UBND</c> share one.</summary>
public static class DocumentNumberKey
{
    public static string Of(string number)
    {
        var folded = VietnameseText.Fold(VietnameseText.Canonical(number)).ToUpperInvariant();
        var sb = new StringBuilder(folded.Length);
        foreach (char c in folded) if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }
}
