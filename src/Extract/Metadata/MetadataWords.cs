using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Metadata;

/// <summary>The word lists of metadata reading (metadata-words.json, embedded), as the document writes them.</summary>
public sealed class MetadataWords
{
    /// <summary>The Party's central bodies, upper case as a header writes them ("BỘ CHÍNH TRỊ").</summary>
    public required IReadOnlyList<string> CentralPartyBodies { get; init; }

    public static MetadataWords Embedded { get; } = Load();

    private sealed record Raw(List<string> CentralPartyBodies);

    private static MetadataWords Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Extract.metadata-words.json");
        return new MetadataWords { CentralPartyBodies = raw.CentralPartyBodies };
    }
}
