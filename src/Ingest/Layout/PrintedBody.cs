namespace DirectiveTracker.Ingest.Layout;

/// <summary>The body text's font size: the size most of a document's printed characters have (0 when no line's print is known).</summary>
internal static class PrintedBody
{
    public static double Size(IEnumerable<LayoutLine> lines)
    {
        var characters = new Dictionary<double, int>();
        foreach (var line in lines)
            if (line is { IsBody: true, Style: { } style } && style.Size > 0)
                characters[style.Size] = characters.GetValueOrDefault(style.Size) + line.Text.Length;
        return characters.Count == 0 ? 0 : characters.MaxBy(kv => kv.Value).Key;
    }
}
