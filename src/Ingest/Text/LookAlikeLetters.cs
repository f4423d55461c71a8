namespace DirectiveTracker.Ingest.Text;

/// <summary>The look-alike letters normalisation replaces (look-alike-letters.json, embedded): Ð for Đ, ƣ for ư.</summary>
internal static class LookAlikeLetters
{
    private sealed record Raw(Dictionary<string, string> Letters);

    // Indexed by code point: every listed letter is below U+0250 (Latin Extended-B), so a flat table answers per character.
    private const int TableSize = 0x250;
    private static readonly char[] Table = Load();

    /// <summary>The letter meant by <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char Map(char c) => c < TableSize && Table[c] != '\0' ? Table[c] : c;

    private static char[] Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(LookAlikeLetters).Assembly, "DirectiveTracker.Ingest.look-alike-letters.json");
        var table = new char[TableSize];
        foreach (var (from, to) in raw.Letters)
        {
            if (from.Length != 1 || to.Length != 1 || from[0] >= TableSize)
                throw new InvalidOperationException($"look-alike-letters.json: '{from}' → '{to}' is not one letter below U+{TableSize:X4} to one letter.");
            table[from[0]] = to[0];
        }
        return table;
    }
}
