using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>The word lists of the deadline grammar (deadline-words.json, embedded), folded.</summary>
public sealed class DeadlineWords
{
    /// <summary>Nouns "thường xuyên" qualifies when it follows them ("hoạt động thường xuyên", "chi thường xuyên"); "một cách" makes it an adverb.</summary>
    public required IReadOnlyList<string> NounsBeforeAdjectiveOngoing { get; init; }

    /// <summary>Nouns "hằng năm" qualifies when it follows them ("kế hoạch hằng năm", "dự toán ngân sách hằng năm").</summary>
    public required IReadOnlyList<string> NounsBeforeAdjectiveRecurrence { get; init; }

    /// <summary>Verbs after "thường xuyên" that tell how often a place suffers something ("xảy ra", "chịu").</summary>
    public required IReadOnlyList<string> StatesAfterOngoing { get; init; }

    /// <summary>Documents named with their period ("kế hoạch", "chương trình", "đề án").</summary>
    public required IReadOnlyList<string> NamedPlans { get; init; }

    /// <summary>Words giving a named document's longer view after its period ("tầm nhìn", "định hướng").</summary>
    public required IReadOnlyList<string> Horizons { get; init; }

    public static DeadlineWords Embedded { get; } = Load();

    private sealed record Raw(List<string> NounsBeforeAdjectiveOngoing, List<string> NounsBeforeAdjectiveRecurrence, List<string> StatesAfterOngoing,
        List<string> NamedPlans, List<string> Horizons);

    private static DeadlineWords Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Extract.deadline-words.json");
        return new DeadlineWords
        {
            NounsBeforeAdjectiveOngoing = raw.NounsBeforeAdjectiveOngoing,
            NounsBeforeAdjectiveRecurrence = raw.NounsBeforeAdjectiveRecurrence,
            StatesAfterOngoing = raw.StatesAfterOngoing,
            NamedPlans = raw.NamedPlans,
            Horizons = raw.Horizons,
        };
    }
}
