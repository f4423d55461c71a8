using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace DirectiveTracker.Extract.Learning;

/// <summary>
/// A clerk's correction as a model learnt from it: the labelled example's name (DATA/corrections/doc-ID.json) and the
/// SHA-256 of its labels and text, so a later retraining sees which corrections are new, changed or gone.
/// </summary>
public sealed record CorrectionFile([property: JsonPropertyName("file")] string File, [property: JsonPropertyName("sha256")] string Sha256)
{
    /// <summary>The folder where the web application writes corrections, inside the data folder.</summary>
    public const string FolderName = "corrections";

    /// <summary>The corrections in a folder, in name order (none when it does not exist).</summary>
    public static IReadOnlyList<CorrectionFile> In(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(json =>
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(System.IO.File.ReadAllBytes(json));
            var text = Path.ChangeExtension(json, ".txt");
            hash.AppendData([0]);
            if (System.IO.File.Exists(text)) hash.AppendData(System.IO.File.ReadAllBytes(text));
            return new CorrectionFile(Path.GetFileName(json), Convert.ToHexStringLower(hash.GetHashAndReset()));
        }).ToList();
    }
}
