using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>The abbreviations of agency names and their full words (agency-abbreviations.json, embedded), as documents write them.</summary>
public sealed class AgencyAbbreviations
{
    /// <summary>Abbreviation → full words, wherever it stands between word boundaries ("UBND" → "Ủy ban nhân dân").</summary>
    public required IReadOnlyDictionary<string, string> Abbreviations { get; init; }

    /// <summary>Short abbreviations that are names only right after "Sở" or "Bộ" ("TC" → "Tài chính").</summary>
    public required IReadOnlyDictionary<string, string> AfterDepartment { get; init; }

    public static AgencyAbbreviations Embedded { get; } = Load();

    private sealed record Raw(Dictionary<string, string> Abbreviations, Dictionary<string, string> AfterDepartment);

    private static AgencyAbbreviations Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Extract.agency-abbreviations.json");
        return new AgencyAbbreviations { Abbreviations = raw.Abbreviations, AfterDepartment = raw.AfterDepartment };
    }
}
