namespace DirectiveTracker.Extract.Metadata;

/// <summary>
/// The Party's central bodies, whose names head Party documents. A scan's OCR can garble one letter of them
/// ("BAN CHẮÁP HÀNH TRUNG ƯƠNG"); an issuer line within one edit of a known name is read as that name. The names are
/// data (metadata-words.json).
/// </summary>
public static class CentralPartyBodies
{
    private static readonly IReadOnlyList<string> Names = MetadataWords.Embedded.CentralPartyBodies;

    /// <summary>The issuer line with a misread central body's name at its start put right; otherwise unchanged.</summary>
    public static string Repair(string line) =>
        MisreadName.AtStart(line, Names) is { } known
            ? string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(known.Words).Prepend(known.Name))
            : line;
}
