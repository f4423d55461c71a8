using System.Reflection;
using System.Text.Json;

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
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DirectiveTracker.Extract.metadata-words.json")
            ?? throw new InvalidOperationException("metadata-words.json is not embedded in DirectiveTracker.Extract.");
        var raw = JsonSerializer.Deserialize<Raw>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("metadata-words.json is empty.");
        return new MetadataWords { CentralPartyBodies = raw.CentralPartyBodies };
    }
}
