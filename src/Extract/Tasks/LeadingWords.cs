using System.Text;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>The first word and the first two words of a folded key, as features of the task and owner-role patterns.</summary>
internal static class LeadingWords
{
    /// <summary>Appends <paramref name="one"/> + the first word, and, when there is a second, <paramref name="two"/> + both joined by '_'.</summary>
    public static void Append(StringBuilder sb, ReadOnlySpan<char> key, string one, string two)
    {
        int space = key.IndexOf(' ');
        sb.Append(one).Append(space < 0 ? key : key[..space]);
        if (space < 0) return;
        var rest = key[(space + 1)..];
        int second = rest.IndexOf(' ');
        sb.Append(two).Append(key[..space]).Append('_').Append(second < 0 ? rest : rest[..second]);
    }
}
