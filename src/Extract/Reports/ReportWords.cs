using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Reports;

/// <summary>The word lists of report reading (report-words.json, embedded): claim phrases, forecast words, owner groups and the kinds of document a report answers.</summary>
public sealed class ReportWords
{
    /// <summary>Claim phrases in the order they are tried (not_done, in_progress, done).</summary>
    public required IReadOnlyList<(PassageClaim Claim, IReadOnlyList<string> Phrases)> Claims { get; init; }

    /// <summary>Words after which a date is planned, not done.</summary>
    public required IReadOnlyList<string> Forecast { get; init; }

    /// <summary>Owner groups: folded cues in an owner's name and the folded name prefixes of their members ("*" = all).</summary>
    public required IReadOnlyList<(IReadOnlyList<string> Cues, IReadOnlyList<string> Members)> OwnerGroups { get; init; }

    /// <summary>Cues of a section heading whose passages answer no task (difficulties, requests, other work).</summary>
    public required IReadOnlyList<string> AsideHeadings { get; init; }

    /// <summary>Words of a heading about results, even when it also names an aside cue.</summary>
    public required IReadOnlyList<string> ResultHeadings { get; init; }

    /// <summary>Openings of a passage that answers no task (a request, work outside the plan, the closing line).</summary>
    public required IReadOnlyList<string> AsideOpenings { get; init; }

    /// <summary>Phrases of a passage that answers no task wherever they stand (the preamble's and closing's formulas).</summary>
    public required IReadOnlyList<string> AsidePhrases { get; init; }

    /// <summary>Kinds of document a report answers (lower case), the preferred one first.</summary>
    public required IReadOnlyList<string> AnsweredKinds { get; init; }

    public static ReportWords Embedded { get; } = Load();

    private sealed record Raw(Dictionary<string, List<string>> Claims, List<string> Forecast, List<RawGroup> OwnerGroups, List<string> AnsweredKinds,
        List<string> AsideHeadings, List<string> ResultHeadings, List<string> AsideOpenings, List<string> AsidePhrases);

    private sealed record RawGroup(List<string> Cues, List<string> Members);

    private static ReportWords Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Extract.report-words.json");
        static IReadOnlyList<string> Canon(IEnumerable<string> words) => words.Select(w => VietnameseText.Canonical(w).ToLowerInvariant()).ToList();
        return new ReportWords
        {
            Claims =
            [
                (PassageClaim.NotDone, Canon(raw.Claims["not_done"])),
                (PassageClaim.InProgress, Canon(raw.Claims["in_progress"])),
                (PassageClaim.Done, Canon(raw.Claims["done"])),
            ],
            Forecast = Canon(raw.Forecast),
            OwnerGroups = raw.OwnerGroups.Select(g => ((IReadOnlyList<string>)g.Cues, (IReadOnlyList<string>)g.Members)).ToList(),
            AnsweredKinds = Canon(raw.AnsweredKinds),
            AsideHeadings = Canon(raw.AsideHeadings),
            ResultHeadings = Canon(raw.ResultHeadings),
            AsideOpenings = Canon(raw.AsideOpenings),
            AsidePhrases = Canon(raw.AsidePhrases),
        };
    }
}
