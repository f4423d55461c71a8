using System.Text;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Index;

/// <summary>Maps an agency's name as written to the canonical key agencies are filed under.</summary>
public interface IAgencyKeys
{
    string Key(string name);
}

/// <summary>The grammar's keying (<see cref="AgencyName.Key"/>): abbreviations expanded, folded, trailing place dropped.</summary>
public sealed class GrammarAgencyKeys : IAgencyKeys
{
    public string Key(string name) => AgencyName.Key(name);
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
