using System.Text.RegularExpressions;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Reads back list markers OCR misread ("8)" for "a)" or "g)", "©)" for "c)", "I." for "1.", "9," for "9."), which
/// otherwise break the outline. A marker is read as the one its list expects only when what was read is a known
/// look-alike of it (<see cref="OcrLookAlikes"/>, a data table) and its neighbours confirm the sequence: the previous
/// sibling (or the list's start) and the next sibling (or the list's end), never both ends. A look-alike of another
/// kind (a digit for a letter, a symbol, a comma) is no typing slip, so it is proof of OCR by itself; a digit read for
/// another digit ("3." between "4." and "6.") is read back only in a document OCR shows: a scanned page, or such a
/// proof elsewhere in it. Numbered ("1.") and lettered ("a)") lists are read; a clean document keeps every marker.
/// </summary>
public sealed partial class OcrListMarkers : ILayoutStep
{
    private readonly OcrLookAlikes _table;

    public OcrListMarkers(OcrLookAlikes? table = null) => _table = table ?? OcrLookAlikes.Embedded;

    // What a misread marker may look like: one or two glyphs, a closing mark and an item's first word in capitals (a
    // wrapped line of prose, "9, 10 của Điều 5", starts in lower case or with a digit).
    [GeneratedRegex(@"^(?<indent>\s*)(?<label>[^\s.,;:()]{1,2})(?<close>[.,)])(?=\s+\p{Lu})")]
    private static partial Regex MisreadShape();

    [GeneratedRegex(@"^\d{1,2}\.$")]
    private static partial Regex NumberMarker();

    [GeneratedRegex(@"^[a-zđ]\)$")]
    private static partial Regex LetterMarker();

    // Markers that hold numbered items below them: a section ("II.", "II-"), a part ("B."), an article ("Điều 3.").
    [GeneratedRegex(@"^(?:[IVXL][IVXLivxl]{0,4}\.|[IVXLHl1]{1,5}\s?-|[A-Z]\.)$")]
    private static partial Regex SectionMarker();

    [GeneratedRegex(@"^\s*(?:Điều|ĐIỀU)\s+\d")]
    private static partial Regex ArticleStart();

    [GeneratedRegex(@"^[IVXL]{1,5}$")]
    private static partial Regex RomanLabel();

    private enum Kind { None, Section, Number, SubNumber, Letter, End }

    private enum Family { Number, Letter }

    public void Apply(LayoutDocument document)
    {
        var lines = document.Lines;
        bool ocr = document.HasOcrPages;
        int repaired = 0;
        // A marker read back confirms its neighbours in turn ("a)", "B)", "C)": b first, then c), so pass again until none changes.
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            var read = lines.Select(Classify).ToArray();
            var found = new List<(int Line, string Marker, bool Proof)>();
            for (int i = 0; i < lines.Count; i++)
            {
                if (!lines[i].IsBody || MisreadShape().Match(lines[i].Text) is not { Success: true } m) continue;
                foreach (var family in (ReadOnlySpan<Family>)[Family.Number, Family.Letter])
                    if (Expected(read, i, family, m.Groups["label"].Value, m.Groups["close"].Value) is { } repair)
                    {
                        found.Add((i, repair.Marker, repair.Proof));
                        break;
                    }
            }
            ocr |= found.Any(f => f.Proof);
            int before = repaired;
            foreach (var (i, marker, proof) in found)
            {
                if (!proof && !ocr) continue;
                var m = MisreadShape().Match(lines[i].Text);
                lines[i] = lines[i] with { Text = m.Groups["indent"].Value + marker + lines[i].Text[m.Length..] };
                repaired++;
            }
            if (repaired == before) break;
        }
        if (repaired > 0)
            document.Warnings.Add(new("ocr-list-markers", $"Đã đọc lại {repaired} số thứ tự mục bị nhận dạng sai (OCR), theo thứ tự của danh sách."));
    }

    private const int MaxPasses = 4;

    /// <summary>
    /// The marker a misread one at <paramref name="i"/> stands for in a list of <paramref name="family"/>, and whether the
    /// misreading proves OCR by itself; null unless a look-alike and both neighbours agree.
    /// </summary>
    private (string Marker, bool Proof)? Expected(Read[] read, int i, Family family, string label, string close)
    {
        char own = family == Family.Number ? '.' : ')';
        bool closeSame = close[0] == own;
        if (!closeSame && !(_table.Closers.TryGetValue(close, out var closes) && closes.Contains(own.ToString()))) return null;
        var before = Sibling(read, i, family, -1);
        var after = Sibling(read, i, family, +1);
        if (before is null && after is null) return null; // a lone item: nothing confirms it
        string? expected = before is { } b ? Next(family, b) : First(family);
        if (expected is null || after is { } a && Next(family, expected) != a) return null;
        if (label == expected && closeSame) return null; // already right
        if (label != expected && !(_table.Labels.TryGetValue(label, out var meant) && meant.Contains(expected))) return null;
        if (OwnSequenceContinues(read, i, label, close)) return null;
        bool proof = !closeSame || GlyphClass(label) != GlyphClass(expected);
        return (expected + own, proof);
    }

    /// <summary>The label of the nearest item of the same list before or after <paramref name="i"/> (null at the list's edge).</summary>
    private static string? Sibling(Read[] read, int i, Family family, int step)
    {
        for (int j = i + step; j >= 0 && j < read.Length; j += step)
        {
            var r = read[j];
            if (r.Kind == Kind.End || r.Kind == Kind.Section) return null;
            if (family == Family.Letter && r.Kind is Kind.Number or Kind.SubNumber) return null;
            if (family == Family.Number && r.Kind == Kind.Number || family == Family.Letter && r.Kind == Kind.Letter) return r.Label;
        }
        return null;
    }

    /// <summary>
    /// True when what was read is a marker of its own list that goes on ("I." with a later "II."): then it is that list's
    /// item, not a misread one.
    /// </summary>
    private static bool OwnSequenceContinues(Read[] read, int i, string label, string close)
    {
        if (close != "." || !RomanLabel().IsMatch(label)) return false;
        var next = ToRoman(RomanValue(label) + 1);
        for (int j = i + 1; j < read.Length; j++)
            if (read[j].Kind == Kind.Section && read[j].Label == next) return true;
        return false;
    }

    private string? First(Family family) => family == Family.Number ? "1" : _table.Letters[..1];

    private string? Next(Family family, string label)
    {
        if (family == Family.Number) return int.TryParse(label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        int k = _table.Letters.IndexOf(label, StringComparison.Ordinal);
        return k >= 0 && k + 1 < _table.Letters.Length ? _table.Letters.Substring(k + 1, 1) : null;
    }

    // A digit for a digit can be a typing slip; a glyph of another kind cannot.
    private static int GlyphClass(string label) =>
        label.All(char.IsAsciiDigit) ? 0 : label.All(char.IsLetter) ? 1 : 2;

    private readonly record struct Read(Kind Kind, string Label);

    private Read Classify(LayoutLine line)
    {
        if (!line.IsBody) return default;
        var text = line.Text.AsSpan().TrimStart();
        foreach (var end in _table.ListEnds)
            if (text.StartsWith(end, StringComparison.OrdinalIgnoreCase)) return new(Kind.End, "");
        if (ArticleStart().IsMatch(line.Text)) return new(Kind.Section, "");
        var marker = ListMarker.Match(line.Text);
        if (marker is null) return default;
        if (NumberMarker().IsMatch(marker)) return new(Kind.Number, marker[..^1]);
        if (LetterMarker().IsMatch(marker)) return new(Kind.Letter, marker[..^1]);
        if (SectionMarker().IsMatch(marker)) return new(Kind.Section, marker.TrimEnd('.', '-', ' '));
        // "1.2.", "2.1", "3)": items above a lettered list's level, beside a numbered list's.
        if (char.IsAsciiDigit(marker[0]) || marker[0] == '(' && marker.Length > 1 && char.IsAsciiDigit(marker[1])) return new(Kind.SubNumber, "");
        return default;
    }

    private static int RomanValue(string label)
    {
        int total = 0, prev = 0;
        for (int i = label.Length - 1; i >= 0; i--)
        {
            int v = label[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
            total += v < prev ? -v : v;
            prev = Math.Max(prev, v);
        }
        return total;
    }

    private static string ToRoman(int value)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (v, s) in (ReadOnlySpan<(int, string)>)[(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")])
            while (value >= v) { sb.Append(s); value -= v; }
        return sb.ToString();
    }
}

/// <summary>The look-alike table of OCR'd list markers (ocr-list-markers.json, embedded).</summary>
public sealed class OcrLookAlikes
{
    /// <summary>A glyph OCR read → the labels it may stand for ("8" → "a", "g").</summary>
    public required IReadOnlyDictionary<string, string[]> Labels { get; init; }

    /// <summary>A closing mark OCR read → the marks it may stand for ("," → ".").</summary>
    public required IReadOnlyDictionary<string, string[]> Closers { get; init; }

    /// <summary>A lettered list's order.</summary>
    public required string Letters { get; init; }

    /// <summary>Line openings that end every list above them.</summary>
    public required IReadOnlyList<string> ListEnds { get; init; }

    public static OcrLookAlikes Embedded { get; } = Load();

    private sealed record Raw(Dictionary<string, string[]> Labels, Dictionary<string, string[]> Closers, string Letters, List<string> ListEnds);

    private static OcrLookAlikes Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Ingest.ocr-list-markers.json");
        return new OcrLookAlikes { Labels = raw.Labels, Closers = raw.Closers, Letters = raw.Letters, ListEnds = raw.ListEnds };
    }
}
