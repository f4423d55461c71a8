using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>The nouns of a plan an article may issue or approve (plan-nouns.json, embedded), folded like <see cref="BodyText.Key"/>.</summary>
public sealed class PlanNouns
{
    /// <summary>Nouns naming a plan ("ke hoach", "chuong trinh", "de an").</summary>
    public required IReadOnlyList<string> Nouns { get; init; }

    /// <summary>Words that may stand between the issuing verb and the noun ("kem theo quyet dinh nay"), longest first.</summary>
    public required IReadOnlyList<string> AttachedWords { get; init; }

    /// <summary>Verbs by which an article approves a thing ("phe duyet", "chap thuan"), folded.</summary>
    public required IReadOnlyList<string> ApprovingVerbs { get; init; }

    public static PlanNouns Embedded { get; } = Load();

    /// <summary>The folded <paramref name="key"/>, after an issuing verb, names a plan first (after the attachment words).</summary>
    public bool StartsWithPlan(string key)
    {
        key = key.TrimStart();
        foreach (var w in AttachedWords)
            if (WholeStart(key, w)) { key = key[w.Length..].TrimStart(); break; }
        return Nouns.Any(n => WholeStart(key, n));
    }

    private static bool WholeStart(string key, string word) =>
        key.StartsWith(word, StringComparison.Ordinal) && (key.Length == word.Length || key[word.Length] == ' ');

    private sealed record Raw(List<string> PlanNouns, List<string> AttachedWords, List<string> ApprovingVerbs);

    private static PlanNouns Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Extract.plan-nouns.json");
        return new PlanNouns
        {
            Nouns = raw.PlanNouns.Select(BodyText.Key).ToList(),
            AttachedWords = raw.AttachedWords.Select(BodyText.Key).OrderByDescending(w => w.Length).ToList(),
            ApprovingVerbs = raw.ApprovingVerbs.Select(BodyText.Key).ToList(),
        };
    }
}
