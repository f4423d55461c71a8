using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Metadata;

/// <summary>The word lists of metadata reading (metadata-words.json, embedded), as the document writes them.</summary>
public sealed class MetadataWords
{
    /// <summary>The Party's central bodies, upper case as a header writes them ("BỘ CHÍNH TRỊ").</summary>
    public required IReadOnlyList<string> CentralPartyBodies { get; init; }

    /// <summary>How a header's superior line names a People's Committee ("UBND", "ỦY BAN NHÂN DÂN").</summary>
    public required IReadOnlyList<string> SuperiorCommittees { get; init; }

    /// <summary>The heads of bodies under a People's Committee that issue their own documents ("SỞ", "BAN").</summary>
    public required IReadOnlyList<string> CommitteeUnits { get; init; }

    /// <summary>How a header's superior line names a ministry or a body of ministerial rank ("BỘ", "NGÂN HÀNG NHÀ NƯỚC").</summary>
    public required IReadOnlyList<string> SuperiorMinistries { get; init; }

    /// <summary>The heads of a ministry's departments that issue their own documents ("CỤC", "VỤ", "TỔNG CỤC").</summary>
    public required IReadOnlyList<string> MinistryUnits { get; init; }

    /// <summary>Central departments of ministries as their names are written ("Tổng cục Thuế"), for misread header lines.</summary>
    public required IReadOnlyList<string> KnownMinistryUnits { get; init; }

    /// <summary>The level words that open a place in a committee's name ("TỈNH", "THÀNH PHỐ").</summary>
    public required IReadOnlyList<string> PlaceLevels { get; init; }

    public static MetadataWords Embedded { get; } = Load();

    private sealed record Raw(List<string> CentralPartyBodies, List<string> SuperiorCommittees, List<string> CommitteeUnits,
        List<string> SuperiorMinistries, List<string> MinistryUnits, List<string> KnownMinistryUnits, List<string> PlaceLevels);

    private static MetadataWords Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Extract.metadata-words.json");
        return new MetadataWords
        {
            CentralPartyBodies = raw.CentralPartyBodies, SuperiorCommittees = raw.SuperiorCommittees,
            CommitteeUnits = raw.CommitteeUnits, SuperiorMinistries = raw.SuperiorMinistries, MinistryUnits = raw.MinistryUnits, KnownMinistryUnits = raw.KnownMinistryUnits,
            PlaceLevels = raw.PlaceLevels,
        };
    }
}
