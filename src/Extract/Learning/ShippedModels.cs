using System.Reflection;

namespace DirectiveTracker.Extract.Learning;

/// <summary>Loads a model shipped as an embedded ML.NET .zip with its provenance JSON beside it.</summary>
internal static class ShippedModels
{
    public static T? Load<T>(string zipResource, string provenanceResource, Func<TextClassifier, ModelProvenance?, T> create) where T : class
    {
        var assembly = typeof(ShippedModels).Assembly;
        using var zip = assembly.GetManifestResourceStream(zipResource);
        if (zip is null) return null;
        // ML.NET reads the zip with seeks: give it a seekable copy.
        var copy = new MemoryStream();
        zip.CopyTo(copy);
        copy.Position = 0;
        ModelProvenance? provenance = null;
        using (var p = assembly.GetManifestResourceStream(provenanceResource))
            if (p is not null) provenance = ModelProvenance.FromJson(new StreamReader(p).ReadToEnd());
        return create(TextClassifier.Load(copy), provenance);
    }
}

/// <summary>The part of a task's text the models read as words: its opening, where the action and its object stand.</summary>
public static class ModelText
{
    private const int Words = 40;

    public static string Opening(string text) => text[..OpeningLength(text)];

    /// <summary>How many chars of <paramref name="text"/> its <see cref="Opening"/> keeps.</summary>
    public static int OpeningLength(string text)
    {
        int spaces = 0;
        for (int i = 0; i < text.Length; i++)
            if (text[i] == ' ' && ++spaces == Words) return i;
        return text.Length;
    }
}
