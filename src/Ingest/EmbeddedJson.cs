using System.Reflection;
using System.Text.Json;

namespace DirectiveTracker.Ingest;

/// <summary>Reads a word list or table shipped as a JSON resource embedded in an assembly (the stages' data, not code).</summary>
public static class EmbeddedJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The resource <paramref name="resource"/> of <paramref name="assembly"/>, deserialised; a missing or empty resource is a build error, reported by name.</summary>
    public static T Read<T>(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in {assembly.GetName().Name}.");
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidOperationException($"{resource} is empty.");
    }
}
